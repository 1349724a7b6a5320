// Display numbers change whenever a clause is inserted; an ID that copies one ("2.3") soon lies about its place.
import type { Rule } from '../rule.js';
import { excerpt, idSites, kindWord } from './support.js';
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
          messageId: 'numbered-id.display-number',
          fixId: 'numbered-id.name-it',
          params: {
            id: site.id,
            kind: kindWord(site.kind),
            excerpt: excerpt(text),
            suggestion: words || `${site.kind}-${site.id.replace(/\./g, '-')}`,
          },
          place: site.place,
        };
      });
  },
};
