// Disjoint sets over the numbers 0…n-1 (union-find with path compression): which clauses have been joined into one
// group. Used by the assignment's graph components (assign.ts) and by the comparison's provisions (compare/cluster.ts).
export class UnionFind {
  private readonly parent: number[];

  constructor(size = 0) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  /** A new singleton set; returns its number. */
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let node = x;
    while (this.parent[node] !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** Joins the set of `b` into the set of `a`; `a`'s root stays the root. */
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[rootB] = rootA;
  }
}
