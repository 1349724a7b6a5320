// A policy read handed to a build worker keeps its values but not their classes: postMessage clones objects
// structurally, so a WrittenNumber (`version: 1.0` as typed) arrived as a plain { source, value } object and the
// worker's check said "must be text, not a mapping", which a build in this thread (tests, `--jobs 1`) never said.
// The places of the numbers travel with the read, and the worker makes them WrittenNumbers again.
import { WrittenNumber } from '../parse/frontmatter.js';
import type { PolicyRead } from './read.js';

/** Keys and list indices from a root of the frontmatter (`data` or meta's `extra`) down to a WrittenNumber. */
export type NumberPlace = { root: 'data' | 'extra'; path: (string | number)[] };

function roots(read: PolicyRead): Record<NumberPlace['root'], unknown> {
  const policy = read.parsed.policy;
  return { data: policy.frontmatter?.data, extra: policy.meta.extra };
}

function collect(value: unknown, path: (string | number)[], root: NumberPlace['root'], out: NumberPlace[]): void {
  if (value instanceof WrittenNumber) out.push({ root, path });
  else if (Array.isArray(value)) value.forEach((item, index) => collect(item, [...path, index], root, out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) collect(item, [...path, key], root, out);
}

/** Where the read's frontmatter holds WrittenNumbers, to send along with it. */
export function numberPlaces(read: PolicyRead): NumberPlace[] {
  const out: NumberPlace[] = [];
  for (const [root, value] of Object.entries(roots(read))) collect(value, [], root as NumberPlace['root'], out);
  return out;
}

/** Turns the cloned { source, value } objects at `places` back into WrittenNumbers, in place. */
export function reviveNumbers(read: PolicyRead, places: readonly NumberPlace[]): PolicyRead {
  const all = roots(read);
  for (const { root, path } of places) {
    let parent = all[root] as Record<string | number, unknown> | undefined;
    for (const step of path.slice(0, -1)) parent = parent?.[step] as Record<string | number, unknown> | undefined;
    const last = path.at(-1);
    const clone = last === undefined || parent === undefined ? undefined : parent[last];
    if (last === undefined || parent === undefined || clone === null || typeof clone !== 'object') continue;
    const { source, value } = clone as { source: unknown; value: unknown };
    if (typeof source === 'string' && typeof value === 'number') parent[last] = new WrittenNumber(source, value);
  }
  return read;
}
