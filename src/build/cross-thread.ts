// A policy read handed to a build worker keeps its values but not their classes: postMessage clones objects
// structurally, so a WrittenNumber (`version: 1.0` as typed) arrived as a plain { source, value } object and the
// worker's check said "must be text, not a mapping", which a build in this thread (tests, `--jobs 1`) never said.
// The places of the numbers travel with the read, and the worker makes them WrittenNumbers again
// (src/parse/written-numbers.ts, which the cache of parsed policies shares).
import { type NumberPlace, numberPlaces as placesIn, reviveNumbers as revive } from '../parse/written-numbers.js';
import type { PolicyRead } from './read.js';

export type { NumberPlace };

/** Where the read's frontmatter holds WrittenNumbers, to send along with it. */
export function numberPlaces(read: PolicyRead): NumberPlace[] {
  return placesIn(read.parsed.policy);
}

/** Turns the cloned { source, value } objects at `places` back into WrittenNumbers, in place. */
export function reviveNumbers(read: PolicyRead, places: readonly NumberPlace[]): PolicyRead {
  revive(read.parsed.policy, places);
  return read;
}
