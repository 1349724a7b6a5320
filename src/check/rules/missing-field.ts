// The parser fills in a missing id, title, organisation or version from the file name and headings so every
// command keeps working; check is the one place that tells the author to write them down.
import type { Policy } from '../../model/policy.js';
import type { Rule } from '../rule.js';
import { frontmatterPlace, has, keyPlace, yamlText } from './support.js';

const REQUIRED = ['id', 'title', 'organisation', 'version'] as const;

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A line the author can paste: the title the parser found in the first heading, the id it made of the file name. */
function example(policy: Policy, field: (typeof REQUIRED)[number]): string {
  if (field === 'version') return 'version: "1.0"';
  if (field === 'organisation') return 'organisation: <name of the school or board>';
  return `${field}: ${yamlText(policy.meta[field])}`;
}

export const missingField: Rule = {
  id: 'missing-field',
  severity: 'error',
  description: 'a required frontmatter field (id, title, organisation, version) is missing',
  run({ policy }) {
    const data = policy.frontmatter?.data ?? {};
    const where = policy.frontmatter
      ? 'in the frontmatter'
      : 'in a frontmatter block (between `---` lines) at the top of the file';
    return REQUIRED.filter((field) => isBlank(data[field])).map((field) => {
      // `Title:` from someone else's frontmatter is read as the title, but the field name is case-sensitive.
      const misspelt = Object.keys(data).find((key) => key !== field && key.toLowerCase() === field);
      const empty = has(data, field);
      return {
        message: `required frontmatter field "${field}" is ${empty ? 'empty' : 'missing'}`,
        place: empty ? keyPlace(policy, field) : frontmatterPlace(policy),
        fix: misspelt
          ? `rename "${misspelt}" to "${field}"`
          : empty
            ? `fill it in, e.g. \`${example(policy, field)}\``
            : `write \`${example(policy, field)}\` ${where}`,
      };
    });
  },
};
