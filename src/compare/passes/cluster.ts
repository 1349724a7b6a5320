// From pairwise links to provisions across all documents. Every link of every document pair is considered at once,
// strongest first (id links before text links), and joins the provisions of its clauses unless that would put two
// clauses of one document into one provision — the only exception being two consecutive clauses that a split link
// showed to be one clause elsewhere. Considering all pairs at once (rather than aligning everything to a base)
// makes the result independent of the order the documents were given in and of which one is the base.
import { UnionFind } from '../../match/union-find.js';
import type { AlignDocument } from '../terms/documents.js';
import type { PairAlignment, PairLink } from './pairwise.js';

/** One provision: document position → its clauses there (one, or two consecutive ones), ascending. */
export type Group = Map<number, number[]>;

export interface Ranked {
  link: PairLink;
  leftDocument: number;
  rightDocument: number;
}

/** The links of one pair of documents, as they are ranked and joined. */
export interface LinkSet {
  left: AlignDocument;
  right: AlignDocument;
  links: readonly PairLink[];
}

export class Clusters {
  private readonly sets: UnionFind;
  private readonly members = new Map<number, Group>();
  /** Approved splits: "document:first clause". */
  private readonly splits = new Set<string>();
  /** Node → nodes it may never share a provision with (a person rejected the pairing: confirmations.ts). */
  private readonly forbidden = new Map<number, Set<number>>();
  readonly offsets: number[];

  constructor(private readonly documents: readonly AlignDocument[]) {
    this.offsets = [];
    let total = 0;
    for (const document of documents) {
      this.offsets.push(total);
      document.clauses.forEach((_, clause) => this.members.set(total + clause, new Map([[document.order, [clause]]])));
      total += document.clauses.length;
    }
    this.sets = new UnionFind(total);
  }

  node(document: number, clause: number): number {
    return (this.offsets[document] ?? 0) + clause;
  }

  find(node: number): number {
    return this.sets.find(node);
  }

  /** Keeps two clauses apart for good: no later join may put them into one provision. */
  forbid(a: number, b: number): void {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = this.forbidden.get(from) ?? new Set<number>();
      set.add(to);
      this.forbidden.set(from, set);
    }
  }

  /** Whether a person rejected putting these two clauses into one provision. */
  isForbidden(document: number, clause: number, otherDocument: number, otherClause: number): boolean {
    return this.forbidden.get(this.node(document, clause))?.has(this.node(otherDocument, otherClause)) ?? false;
  }

  private breaksForbidden(group: Group): boolean {
    if (this.forbidden.size === 0) return false;
    const nodes = new Set<number>();
    for (const [document, clauses] of group) for (const clause of clauses) nodes.add(this.node(document, clause));
    for (const node of nodes) {
      for (const other of this.forbidden.get(node) ?? []) if (nodes.has(other)) return true;
    }
    return false;
  }

  /** Joins the groups of the link's clauses when the result stays one group per document. Returns whether it did. */
  join(ranked: Ranked): boolean {
    const { link, leftDocument, rightDocument } = ranked;
    const nodes = [
      ...link.left.map((clause) => this.node(leftDocument, clause)),
      ...link.right.map((clause) => this.node(rightDocument, clause)),
    ];
    const roots = [...new Set(nodes.map((node) => this.find(node)))];
    const merged: Group = new Map();
    for (const root of roots) {
      for (const [document, clauses] of this.members.get(root) ?? [])
        merged.set(document, [...(merged.get(document) ?? []), ...clauses]);
    }
    const newSplits: string[] = [];
    if (link.via === 'split') {
      const [document, parts] = link.left.length === 2 ? [leftDocument, link.left] : [rightDocument, link.right];
      newSplits.push(`${document}:${parts[0]}`);
    }
    for (const [document, clauses] of merged) {
      clauses.sort((a, b) => a - b);
      if (clauses.length === 1) continue;
      if (clauses.length > 2) return false;
      const [first, second] = clauses as [number, number];
      const key = `${document}:${first}`;
      if (second !== first + 1 || (!this.splits.has(key) && !newSplits.includes(key))) return false;
    }
    if (this.breaksForbidden(merged)) return false;
    for (const key of newSplits) this.splits.add(key);
    const [root, ...rest] = roots as [number, ...number[]];
    for (const other of rest) {
      this.sets.union(root, other);
      this.members.delete(other);
    }
    this.members.set(root, merged);
    return true;
  }

  groups(): Group[] {
    return [...this.members.values()];
  }

  /** Considers the links of all pairs at once, strongest first (see compareRanked), joining where allowed. */
  joinAll(sets: readonly LinkSet[]): void {
    const ranked: Ranked[] = sets.flatMap((set) =>
      set.links.map((link) => ({ link, leftDocument: set.left.order, rightDocument: set.right.order })),
    );
    ranked.sort(compareRanked(this.documents));
    for (const link of ranked) this.join(link);
  }
}

/** Strongest first: id links, then by score; ties broken by document and clause positions, never by input order. */
function compareRanked(documents: readonly AlignDocument[]) {
  const keyOf = (document: number): string => documents[document]?.key ?? '';
  const idRank = (link: PairLink): number => (link.via === 'id' ? 0 : 1);
  return (a: Ranked, b: Ranked): number =>
    idRank(a.link) - idRank(b.link) ||
    b.link.score - a.link.score ||
    (keyOf(a.leftDocument) < keyOf(b.leftDocument) ? -1 : keyOf(a.leftDocument) > keyOf(b.leftDocument) ? 1 : 0) ||
    (keyOf(a.rightDocument) < keyOf(b.rightDocument) ? -1 : keyOf(a.rightDocument) > keyOf(b.rightDocument) ? 1 : 0) ||
    (a.link.left[0] ?? 0) - (b.link.left[0] ?? 0) ||
    (a.link.right[0] ?? 0) - (b.link.right[0] ?? 0);
}

/**
 * Provisions from the pairwise alignments of every pair of documents; every clause is in exactly one group.
 * `before` runs on the empty clusters first: what a person confirmed or rejected is settled before any link.
 */
export function clusterLinks(
  documents: readonly AlignDocument[],
  pairs: readonly PairAlignment[],
  before?: (clusters: Clusters) => void,
): Clusters {
  const clusters = new Clusters(documents);
  before?.(clusters);
  clusters.joinAll(pairs);
  return clusters;
}
