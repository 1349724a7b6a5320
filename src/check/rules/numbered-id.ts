// Display numbers change whenever a clause is inserted; an ID that copies one ("2.3") soon lies about its place.
import type { Rule } from '../rule.js';
import { excerpt, idSites } from './support.js';
import { slugify } from '../../parse/ids.js';

const DISPLAY_NUMBER = /^\d+(\.\d+)*$/;

export const numberedId: Rule = {
  id: 'numbered-id',
  severity: 'warning',
  description: 'an ID is just a display number, which changes when clauses are inserted',
  run({ policy }) {
    return idSites(policy)
      .filter((site) => !site.synthetic && DISPLAY_NUMBER.test(site.id))
      .map((site) => {
        const text = site.section?.title ?? site.clause?.text ?? '';
        const words = slugify(text, 3);
        return {
          message: `ID "${site.id}" of ${site.kind} ${excerpt(text)} looks like a display number; numbers change when clauses are inserted`,
          place: site.place,
          fix: `use a name that says what the ${site.kind} is about, e.g. {#${words || `${site.kind}-${site.id.replace(/\./g, '-')}`}}`,
        };
      });
  },
};
