// How split.ts and sentence-split.ts look at a matching: a split seen from the old side is a merge seen from the
// new side, so both are searched with one piece of code over a "whole" side and a "parts" side.
import type { Side } from '../match/entries.js';
import type { Match, MatchState } from './state.js';

/** The parts together must be at least this similar to the whole. */
export const SPLIT_MIN = 0.7;

export type Direction = 'split' | 'merge';

export interface Candidate {
  direction: Direction;
  whole: number;
  /** Clauses of the other version, in reading order (consecutive, except a sentence that left for elsewhere). */
  parts: number[];
  similarity: number;
}

export interface View {
  whole: Side;
  parts: Side;
  wholeMatch: Int32Array;
  partMatch: Int32Array;
  wholeOf(match: Match): number[];
  partsOf(match: Match): number[];
}

export function viewOf(state: MatchState, direction: Direction): View {
  return direction === 'split'
    ? {
        whole: state.oldSide,
        parts: state.newSide,
        wholeMatch: state.oldMatch,
        partMatch: state.newMatch,
        wholeOf: (match) => match.old,
        partsOf: (match) => match.new,
      }
    : {
        whole: state.newSide,
        parts: state.oldSide,
        wholeMatch: state.newMatch,
        partMatch: state.oldMatch,
        wholeOf: (match) => match.new,
        partsOf: (match) => match.old,
      };
}

export function isOneToOne(match: Match | undefined): match is Match {
  return match !== undefined && match.old.length === 1 && match.new.length === 1;
}
