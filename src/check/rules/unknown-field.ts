// Unknown fields are kept (no tool drops them), but often they are a typo of a known field that is then missing.
import { KNOWN_FIELDS } from '../../parse/meta.js';
import type { Rule } from '../rule.js';
import { nearest } from '../../text/similarity.js';
import { keyPlace } from './support.js';

export const unknownField: Rule = {
  id: 'unknown-field',
  severity: 'warning',
  description: 'a frontmatter field clausemark does not know (it is kept as is)',
  run({ policy }) {
    const data = policy.frontmatter?.data ?? {};
    return Object.keys(data)
      .filter((field) => !(KNOWN_FIELDS as readonly string[]).includes(field))
      .map((field) => {
        const meant = nearest(field, KNOWN_FIELDS);
        return {
          messageId: 'unknown-field.unknown',
          fixId: meant ? 'unknown-field.did-you-mean' : 'unknown-field.remove-or-keep',
          params: { field, ...(meant ? { meant } : { known: KNOWN_FIELDS.join(', ') }) },
          place: keyPlace(policy, field),
        };
      });
  },
};
