// Where a policy's frontmatter holds WrittenNumbers (`version: 1.0` as typed, src/parse/frontmatter.ts). A clone of
// the model (postMessage to a build worker, src/build/cross-thread.ts; V8's serialisation in the cache of parsed
// policies, src/parse/stored.ts) keeps their values but not their class: they arrive as plain { source, value }
// objects, and a check would then say "must be text, not a mapping". The places travel with the clone, and the
// receiver makes them WrittenNumbers again.
import type { Policy } from '../model/policy.js';
import { WrittenNumber } from './frontmatter.js';

/** Keys and list indices from a root of the frontmatter (`data` or meta's `extra`) down to a WrittenNumber. */
export type NumberPlace = { root: 'data' | 'extra'; path: (string | number)[] };

function roots(policy: Policy): Record<NumberPlace['root'], unknown> {
  return { data: policy.frontmatter?.data, extra: policy.meta.extra };
}

function collect(value: unknown, path: (string | number)[], root: NumberPlace['root'], out: NumberPlace[]): void {
  if (value instanceof WrittenNumber) out.push({ root, path });
  else if (Array.isArray(value)) value.forEach((item, index) => collect(item, [...path, index], root, out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) collect(item, [...path, key], root, out);
}

/** Where the policy's frontmatter holds WrittenNumbers. */
export function numberPlaces(policy: Policy): NumberPlace[] {
  const out: NumberPlace[] = [];
  for (const [root, value] of Object.entries(roots(policy))) collect(value, [], root as NumberPlace['root'], out);
  return out;
}

/** Turns the cloned { source, value } objects at `places` back into WrittenNumbers, in place. */
export function reviveNumbers(policy: Policy, places: readonly NumberPlace[]): void {
  const all = roots(policy);
  for (const { root, path } of places) {
    let parent = all[root] as Record<string | number, unknown> | undefined;
    for (const step of path.slice(0, -1)) parent = parent?.[step] as Record<string | number, unknown> | undefined;
    const last = path.at(-1);
    const clone = last === undefined || parent === undefined ? undefined : parent[last];
    if (last === undefined || parent === undefined || clone === null || typeof clone !== 'object') continue;
    const { source, value } = clone as { source: unknown; value: unknown };
    if (typeof source === 'string' && typeof value === 'number') parent[last] = new WrittenNumber(source, value);
  }
}
