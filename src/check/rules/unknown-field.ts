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
          message: `unknown frontmatter field "${field}" is kept as is but not used by clausemark`,
          place: keyPlace(policy, field),
          fix: meant
            ? `did you mean "${meant}"? Rename the field to ${meant}`
            : `remove it, or keep it if another tool needs it; known fields are ${KNOWN_FIELDS.join(', ')}`,
        };
      });
  },
};
