// The matching under construction: which old clauses are paired with which new ones. Shared by the matching
// phases (match.ts) and the split/merge search (split.ts).
import type { Side } from '../match/entries.js';
import { profileSimilarity } from '../text/similarity.js';

export type MatchVia = 'id' | 'text' | 'similarity' | 'split' | 'merge';

export interface Match {
  /** Old clause indices: one, or two consecutive ones for a merge. */
  old: number[];
  /** New clause indices: one, or two consecutive ones for a split. */
  new: number[];
  via: MatchVia;
  similarity: number;
}

/** The matching under construction: who is matched to whom, with removal for splits that replace weak pairs. */
export class MatchState {
  readonly matches: (Match | undefined)[] = [];
  readonly oldMatch: Int32Array;
  readonly newMatch: Int32Array;
  /**
   * How many times a match was added or removed: what is read of the matching as a whole (moves.ts: the matches out of
   * order, the sections mapped) is read again only when this changed.
   */
  version = 0;

  constructor(
    readonly oldSide: Side,
    readonly newSide: Side,
  ) {
    this.oldMatch = new Int32Array(oldSide.size).fill(-1);
    this.newMatch = new Int32Array(newSide.size).fill(-1);
  }

  add(match: Match): void {
    const id = this.matches.length;
    this.version++;
    this.matches.push(match);
    for (const index of match.old) this.oldMatch[index] = id;
    for (const index of match.new) this.newMatch[index] = id;
  }

  remove(id: number): void {
    const match = this.matches[id];
    if (!match) return;
    this.version++;
    for (const index of match.old) this.oldMatch[index] = -1;
    for (const index of match.new) this.newMatch[index] = -1;
    this.matches[id] = undefined;
  }

  matchOfOld(index: number): Match | undefined {
    return this.matches[this.oldMatch[index] ?? -1];
  }

  matchOfNew(index: number): Match | undefined {
    return this.matches[this.newMatch[index] ?? -1];
  }

  unmatchedOld(): number[] {
    const out: number[] = [];
    this.oldMatch.forEach((id, index) => {
      if (id === -1) out.push(index);
    });
    return out;
  }

  unmatchedNew(): number[] {
    const out: number[] = [];
    this.newMatch.forEach((id, index) => {
      if (id === -1) out.push(index);
    });
    return out;
  }

  pair(oldIndex: number, newIndex: number, via: MatchVia, similarity: number): void {
    this.add({ old: [oldIndex], new: [newIndex], via, similarity });
  }

  similarity(oldIndex: number, newIndex: number): number {
    const oldText = this.oldSide.entry(oldIndex).text;
    const newText = this.newSide.entry(newIndex).text;
    if (oldText === newText) return 1;
    return profileSimilarity(this.oldSide.profile(oldIndex), this.newSide.profile(newIndex));
  }
}
