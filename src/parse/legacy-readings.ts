// The readings a text was given before the fast path and remark were held to the reference (reference-reading.ts,
// reference-emphasis.ts): an approval recorded then holds the hash of one of them, and a file nobody touched must
// not turn outdated for it (model/fingerprint.ts asks here only when the current reading's hash does not match).
// Only a text holding what the readings differ on is read again, and each policy at most once.
import type { Policy } from '../model/policy.js';
import { mayReadDifferently } from './reference-reading.js';
import { mayResolveEmphasisDifferently } from './reference-emphasis.js';

/**
 * The two readings clausemark gave a text before both readers were held to the reference: the fast path with the
 * blocks it handed remark as micromark read them, and remark's alone.
 */
export type EarlierReading = 'auto-before' | 'remark-before';

const READINGS: readonly EarlierReading[] = ['auto-before', 'remark-before'];

type Parse = (source: string, options: { path: string; markdown: EarlierReading }) => { policy: Policy };

/** The earlier readings of a policy, by `parse` (parsePolicy, which hands this to model/fingerprint.ts). */
export function earlierReadings(parse: Parse): (policy: Policy) => readonly Policy[] {
  const known = new WeakMap<Policy, readonly Policy[]>();
  return (policy) => {
    const cached = known.get(policy);
    if (cached) return cached;
    const text = policy.source;
    const readings =
      mayReadDifferently(text) || mayResolveEmphasisDifferently(text)
        ? READINGS.map((markdown) => parse(text, { path: policy.path, markdown }).policy)
        : [];
    known.set(policy, readings);
    return readings;
  };
}
