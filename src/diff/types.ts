// The result of comparing two versions of a policy: what every diff output (text, md, html, json, pdf board pack)
// renders. Plain data, JSON-serialisable as it is (documented in docs/diff.md).
import type { ClauseRef, WordOp } from '../match/types.js';

export type { ClauseRef, WordOp };

export type ChangeKind = 'added' | 'removed' | 'modified' | 'moved' | 'renumbered' | 'id-renamed' | 'split' | 'merged';

export type Significance = 'editorial' | 'substantive';

export interface ClauseChange {
  /** Every kind that applies: a clause can be moved and modified, id-renamed and modified … Never empty. */
  kinds: ChangeKind[];
  significance: Significance;
  /** Why it is substantive, in plain words ("number 5 → 7", "obligation mag → moet", "clause added"); [] if editorial. */
  reasons: string[];
  /** The clause in the old version (absent for added). For merged: the first of the old clauses. */
  old?: ClauseRef;
  /** The clause in the new version (absent for removed). For split: the first of the new clauses. */
  new?: ClauseRef;
  /** For split: all new clauses; for merged: all old clauses. */
  parts?: ClauseRef[];
  /** Word-level redline old → new (modified, split, merged); absent when the text is unchanged. */
  words?: WordOp[];
  /** The text was rewritten beyond recognition, or the word diff gave up: show old and new whole. */
  rewritten?: boolean;
  /** Only invisible characters changed (a zero-width space, a no-break space for a space): editorial. */
  invisibleOnly?: boolean;
  /** Similarity of old and new text, 0..1 (1 for identical). */
  similarity: number;
}

export interface MetaChange {
  field: string;
  old?: unknown;
  new?: unknown;
  /** e.g. "approval added: 2024-07-01 J. de Vries (vaststelling)". */
  description: string;
}

export interface DocumentRef {
  path: string;
  /** Git revision or "working copy", when the version came from git. */
  revision?: string;
  title: string;
  organisation: string;
  version: string;
  status: string;
}

/**
 * Per kind, and the headline: total = substantive + editorial, without the entries that were only renumbered
 * (`renumbered` counts those; the outputs show them as one line).
 */
export type ChangeCounts = Record<ChangeKind, number> & { substantive: number; editorial: number; total: number };

export interface PolicyDiff {
  old: DocumentRef;
  new: DocumentRef;
  summary: ChangeCounts;
  /** In reading order of the new version; removed clauses stand where they stood in the old one. */
  changes: ClauseChange[];
  meta: MetaChange[];
}
