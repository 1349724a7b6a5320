// Sections and clauses share one ID namespace: a reused ID makes links, diffs and approvals ambiguous.
import { IdAllocator } from '../../parse/ids.js';
import type { Rule } from '../rule.js';
import { at, idSites, type IdSite } from './support.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'a section or clause ID is used more than once',
  run({ policy }) {
    const sites = idSites(policy);
    const free = new IdAllocator(sites.map((site) => site.id));
    const first = new Map<string, IdSite>();
    const findings = [];
    for (const site of sites) {
      // Synthetic IDs are unique by construction; an empty `{#}` is malformed-id's business.
      if (site.synthetic || site.id === '') continue;
      const earlier = first.get(site.id);
      if (!earlier) {
        first.set(site.id, site);
        continue;
      }
      findings.push({
        message: `ID "${site.id}" is already used by a ${earlier.kind} (first used at ${at(earlier.place)})`,
        place: site.place,
        fix: `give this ${site.kind} an ID of its own, e.g. {#${free.allocate(site.id)}}`,
      });
    }
    return findings;
  },
};
