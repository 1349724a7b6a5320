// derivedFrom names the exact template version a policy was adapted from, so compare --template can diff
// against it. Whether that template exists is checked elsewhere; here only the shape.
import { ID_PATTERN, slugify } from '../../parse/ids.js';
import type { Rule } from '../rule.js';
import { valuePlace } from './support.js';

const VERSION = /^[0-9A-Za-z][0-9A-Za-z._-]*$/;

function isValid(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at <= 0) return false;
  return ID_PATTERN.test(text.slice(0, at)) && VERSION.test(text.slice(at + 1));
}

/** "Social Media 2.0" → "social-media@2.0"; without a recognisable version the placeholder stays. */
function suggestion(text: string): string {
  const match = /^(.*?)[\s@:/]*v?(\d+(?:\.\d+)*)$/i.exec(text.trim());
  const template = slugify(match?.[1] ?? text.split('@')[0] ?? text, 12) || '<template-id>';
  return `${template}@${match?.[2] ?? '<version>'}`;
}

export const invalidDerivedFrom: Rule = {
  id: 'invalid-derived-from',
  severity: 'error',
  description: 'derivedFrom is not <template-id>@<version>',
  run({ policy }) {
    const value = policy.frontmatter?.data.derivedFrom;
    // Non-text is field-type's; empty means not derived.
    if (typeof value !== 'string' || value.trim() === '' || isValid(value.trim())) return [];
    return [
      {
        messageId: 'invalid-derived-from.not-template-ref',
        fixId: 'invalid-derived-from.write-ref',
        params: { value, suggestion: suggestion(value) },
        place: valuePlace(policy, 'derivedFrom'),
      },
    ];
  },
};
