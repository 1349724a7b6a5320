// Which policies in a corpus are revisions of each other: a policy whose `supersedes` names the version of another
// policy with the same organisation and id. `npm start` makes a board pack for each such pair.
import type { Policy } from '../../model/policy.js';

export interface RevisionPair {
  old: Policy;
  new: Policy;
}

export function revisionPairs(policies: readonly Policy[]): RevisionPair[] {
  const byKey = new Map<string, Policy>();
  for (const policy of policies)
    byKey.set(`${policy.meta.org}\u0000${policy.meta.id}\u0000${policy.meta.version}`, policy);
  const pairs: RevisionPair[] = [];
  for (const policy of policies) {
    const { org, id, supersedes } = policy.meta;
    if (!supersedes) continue;
    const previous = byKey.get(`${org}\u0000${id}\u0000${supersedes}`);
    if (previous && previous !== policy) pairs.push({ old: previous, new: policy });
  }
  return pairs;
}
