// One-to-one assignment of old to new clauses maximising total similarity over the candidate graph. The graph
// falls apart into small connected components (clauses that share rare words); each is solved exactly with the
// Hungarian algorithm. A component too large for its O(n²m) cost (never seen on real documents: it would take
// hundreds of near-identical clauses) is matched greedily, best pair first.
import { UnionFind } from './union-find.js';

export interface WeightedEdge {
  old: number;
  new: number;
  weight: number;
}

/** Above this many rows × columns a component is matched greedily. */
export const HUNGARIAN_LIMIT = 400 * 400;

/**
 * Minimum-cost assignment of every row to a distinct column (rows ≤ columns), O(rows² · columns).
 * Returns the column of each row. The classic potentials formulation (Kuhn–Munkres with Dijkstra-like updates).
 */
export function hungarian(cost: readonly (readonly number[])[], columns: number): number[] {
  const rows = cost.length;
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(columns + 1);
  const rowOfColumn = new Int32Array(columns + 1); // 0 = free; rows are 1-based here
  const way = new Int32Array(columns + 1);
  for (let row = 1; row <= rows; row++) {
    rowOfColumn[0] = row;
    let column0 = 0;
    const minTo = new Float64Array(columns + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(columns + 1);
    do {
      used[column0] = 1;
      const row0 = rowOfColumn[column0] ?? 0;
      let delta = Number.POSITIVE_INFINITY;
      let column1 = 0;
      for (let column = 1; column <= columns; column++) {
        if (used[column]) continue;
        const reduced = (cost[row0 - 1]?.[column - 1] ?? 0) - (u[row0] ?? 0) - (v[column] ?? 0);
        if (reduced < (minTo[column] ?? 0)) {
          minTo[column] = reduced;
          way[column] = column0;
        }
        if ((minTo[column] ?? 0) < delta) {
          delta = minTo[column] ?? 0;
          column1 = column;
        }
      }
      for (let column = 0; column <= columns; column++) {
        if (used[column]) {
          const r = rowOfColumn[column] ?? 0;
          u[r] = (u[r] ?? 0) + delta;
          v[column] = (v[column] ?? 0) - delta;
        } else {
          minTo[column] = (minTo[column] ?? 0) - delta;
        }
      }
      column0 = column1;
    } while ((rowOfColumn[column0] ?? 0) !== 0);
    do {
      const column1 = way[column0] ?? 0;
      rowOfColumn[column0] = rowOfColumn[column1] ?? 0;
      column0 = column1;
    } while (column0 !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let column = 1; column <= columns; column++) {
    const row = rowOfColumn[column] ?? 0;
    if (row > 0) result[row - 1] = column - 1;
  }
  return result;
}

function solveComponent(edges: WeightedEdge[]): WeightedEdge[] {
  if (edges.length === 1) return edges;
  const olds = [...new Set(edges.map((edge) => edge.old))];
  const news = [...new Set(edges.map((edge) => edge.new))];
  if (olds.length * news.length > HUNGARIAN_LIMIT) return greedy(edges);
  const transpose = olds.length > news.length;
  const rows = transpose ? news : olds;
  const columns = transpose ? olds : news;
  const rowAt = new Map(rows.map((id, i) => [id, i]));
  const columnAt = new Map(columns.map((id, i) => [id, i]));
  // Maximising weight = minimising its negative; a non-edge costs 0, the same as leaving both unmatched.
  const cost = rows.map(() => new Array<number>(columns.length).fill(0));
  const edgeAt = new Map<string, WeightedEdge>();
  for (const edge of edges) {
    const row = rowAt.get(transpose ? edge.new : edge.old) ?? 0;
    const column = columnAt.get(transpose ? edge.old : edge.new) ?? 0;
    const line = cost[row];
    if (line) line[column] = -edge.weight;
    edgeAt.set(`${row}:${column}`, edge);
  }
  const assigned = hungarian(cost, columns.length);
  const chosen: WeightedEdge[] = [];
  assigned.forEach((column, row) => {
    const edge = edgeAt.get(`${row}:${column}`);
    if (edge) chosen.push(edge);
  });
  return chosen;
}

function greedy(edges: WeightedEdge[]): WeightedEdge[] {
  const sorted = [...edges].sort((a, b) => b.weight - a.weight || a.old - b.old || a.new - b.new);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const chosen: WeightedEdge[] = [];
  for (const edge of sorted) {
    if (usedOld.has(edge.old) || usedNew.has(edge.new)) continue;
    usedOld.add(edge.old);
    usedNew.add(edge.new);
    chosen.push(edge);
  }
  return chosen;
}

/** The maximum-weight one-to-one matching over the edges (exact per component up to HUNGARIAN_LIMIT). */
export function assignMaxWeight(edges: readonly WeightedEdge[]): WeightedEdge[] {
  const sets = new UnionFind();
  const oldNode = new Map<number, number>();
  const newNode = new Map<number, number>();
  const node = (map: Map<number, number>, key: number): number => {
    let id = map.get(key);
    if (id === undefined) {
      id = sets.add();
      map.set(key, id);
    }
    return id;
  };
  for (const edge of edges) sets.union(node(oldNode, edge.old), node(newNode, edge.new));
  const components = new Map<number, WeightedEdge[]>();
  for (const edge of edges) {
    const root = sets.find(node(oldNode, edge.old));
    const list = components.get(root);
    if (list) list.push(edge);
    else components.set(root, [edge]);
  }
  const chosen: WeightedEdge[] = [];
  for (const component of components.values()) chosen.push(...solveComponent(component));
  return chosen.sort((a, b) => a.new - b.new);
}
