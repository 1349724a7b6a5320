// Sections and clauses share one ID namespace: a reused ID makes links, diffs and approvals ambiguous.
import { IdAllocator } from '../../parse/ids.js';
import type { Rule } from '../rule.js';
import type { RuleFinding } from '../rule.js';
import { idSites, type IdSite, kindWord } from './support.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'a section or clause ID is used more than once',
  run({ policy }) {
    const sites = idSites(policy);
    // Made at the first reuse: most policies have none, and a civil code has 7,700 IDs.
    let free: IdAllocator | undefined;
    const first = new Map<string, IdSite>();
    const findings: RuleFinding[] = [];
    for (const site of sites) {
      // Synthetic IDs are unique by construction; an empty `{#}` is malformed-id's business.
      if (site.synthetic || site.id === '') continue;
      const earlier = first.get(site.id);
      if (!earlier) {
        first.set(site.id, site);
        continue;
      }
      findings.push({
        messageId: 'duplicate-id.reused',
        fixId: 'duplicate-id.own-id',
        params: {
          id: site.id,
          firstKind: kindWord(earlier.kind),
          line: earlier.place.start.line,
          column: earlier.place.start.column,
          kind: kindWord(site.kind),
          free: (free ??= new IdAllocator(sites.map(({ id }) => id))).allocate(site.id),
        },
        place: site.place,
      });
    }
    return findings;
  },
};
