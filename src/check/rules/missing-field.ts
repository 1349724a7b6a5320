// The parser fills in a missing id, title, organisation or version from the file name and headings so every
// command keeps working; check is the one place that tells the author to write them down. The CLI names the
// front-matter field; the workplace's pages (workplace-advice.missing-field.*) say what the document lacks in words
// (`what`) and where on the page to fill it in (`fill`), naming no key.
import type { MessageParam } from '../../model/diagnostics.js';
import type { Policy } from '../../model/policy.js';
import type { Rule } from '../rule.js';
import { frontmatterPlace, has, keyPlace, yamlText } from './support.js';

const REQUIRED = ['id', 'title', 'organisation', 'version'] as const;

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A line the author can paste: the title the parser found in the first heading, the id it made of the file name. */
function example(policy: Policy, field: (typeof REQUIRED)[number]): MessageParam {
  if (field === 'version') return 'version: "1.0"';
  if (field === 'organisation') return { messageId: 'missing-field.example-organisation' };
  return `${field}: ${yamlText(policy.meta[field])}`;
}

export const missingField: Rule = {
  id: 'missing-field',
  severity: 'error',
  description: 'a required frontmatter field (id, title, organisation, version) is missing',
  run({ policy }) {
    const data = policy.frontmatter?.data ?? {};
    return REQUIRED.filter((field) => isBlank(data[field])).map((field) => {
      // `Title:` from someone else's frontmatter is read as the title, but the field name is case-sensitive.
      const misspelt = Object.keys(data).find((key) => key !== field && key.toLowerCase() === field);
      const empty = has(data, field);
      const fix = misspelt
        ? 'rename'
        : empty
          ? 'fill-in'
          : policy.frontmatter
            ? 'write-in-frontmatter'
            : 'write-new-frontmatter';
      return {
        messageId: `missing-field.${empty ? 'empty' : 'missing'}`,
        fixId: `missing-field.${fix}`,
        params: {
          field,
          example: example(policy, field),
          what: { messageId: `missing-field.what-${field}` },
          fill: { messageId: `missing-field.fill-${field}` },
          ...(misspelt ? { written: misspelt } : {}),
        },
        place: empty ? keyPlace(policy, field) : frontmatterPlace(policy),
      };
    });
  },
};
