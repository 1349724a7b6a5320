// What every reader is given besides the bytes. Its own file so that the readers and the table that picks one
// (index.ts) do not import each other.
import type { Decide } from './docx-revisions.js';

export interface ReadOptions {
  path: string;
  /** Tracked changes in a Word document: refuse (default), accept or reject them. */
  changes?: 'refuse' | 'accept' | 'reject';
  /** Take the Markdown source a clausemark PDF/A carries (default true). */
  attachment?: boolean;
  /** In a clausemark Word document: per clause key, whether to accept or reject its tracked changes (over `changes`). */
  decide?: Decide;
  /** A clausemark Word document's tracked changes, undecided: listed, not refused (import --dry-run alone). */
  listOnly?: boolean;
}
