// The frontmatter is read leniently (meta.ts drops what it cannot use), so a list where text belongs, or an
// approval without a role, would silently vanish from every output. This rule says so, at the value itself.
import type { Finding } from '../../model/diagnostics.js';
import type { Policy } from '../../model/policy.js';
import { WrittenNumber } from '../../parse/frontmatter.js';
import { slugify } from '../../parse/ids.js';
import type { Rule } from '../rule.js';
import { describe, has, isMapping, itemPlace, quoted, valuePlace } from './support.js';

type Hit = Omit<Finding, 'ruleId' | 'severity'>;

const TEXT_FIELDS = [
  'id',
  'title',
  'organisation',
  'org',
  'version',
  'status',
  'lang',
  'effective',
  'supersedes',
  'derivedFrom',
  'brand',
  'editor',
] as const;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** An id or org key that is not kebab-case: only spelling, since output paths are made safe either way. */
export const NOT_KEBAB_CASE = 'not-kebab-case';
const APPROVAL_REQUIRED = ['date', 'name', 'role'] as const;
const APPROVAL_FIELDS: readonly string[] = [...APPROVAL_REQUIRED, 'step', 'hash'];
const APPROVAL_EXAMPLE =
  'approvals:\n  - date: 2024-06-12\n    name: GMR\n    role: Gemeenschappelijke medezeggenschapsraad';

/** How to turn a wrongly typed value into text: quote scalars, flatten anything else by hand. */
function asTextFix(name: string, value: unknown): string {
  if (value instanceof WrittenNumber || typeof value === 'number' || typeof value === 'boolean') {
    return `quote it so it stays as written: ${name}: ${quoted(String(value))}`;
  }
  return `write it on one line as text: ${name}: <text>`;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function textFields(policy: Policy, data: Record<string, unknown>): Hit[] {
  const hits: Hit[] = [];
  for (const field of TEXT_FIELDS) {
    const value = data[field];
    // An empty optional field is read as absent; an empty required one is missing-field's to report.
    if (isBlank(value) || typeof value === 'string' || (field === 'version' && value instanceof WrittenNumber))
      continue;
    hits.push({
      message: `frontmatter field "${field}" must be text, not ${describe(value)}`,
      place: valuePlace(policy, field),
      fix: asTextFix(field, value),
    });
  }
  for (const field of ['id', 'org'] as const) {
    const value = data[field];
    if (typeof value !== 'string' || value.trim() === '' || KEBAB.test(value)) continue;
    hits.push({
      code: NOT_KEBAB_CASE,
      message: `frontmatter field "${field}" must be kebab-case (lower-case words joined by "-"), not "${value}"`,
      place: valuePlace(policy, field),
      fix: `write ${field}: ${slugify(value, 12) || 'my-' + field}`,
    });
  }
  return hits;
}

function approvalRow(policy: Policy, row: unknown, index: number): Hit[] {
  const path = `approvals[${index}]`;
  const label = `approval ${index + 1}`;
  if (!isMapping(row)) {
    return [
      {
        message: `${label} must be a mapping with date, name and role, not ${describe(row)}`,
        place: itemPlace(policy, path),
        fix: `write it as\n${APPROVAL_EXAMPLE}`,
      },
    ];
  }
  const hits: Hit[] = [];
  for (const field of APPROVAL_REQUIRED) {
    if (!isBlank(row[field])) continue;
    const example =
      field === 'date'
        ? 'date: 2024-06-12'
        : field === 'name'
          ? 'name: <who approved, e.g. GMR>'
          : 'role: <their role, e.g. Voorzitter College van Bestuur>';
    hits.push({
      message: `${label} has no ${field}`,
      place: itemPlace(policy, has(row, field) ? `${path}.${field}` : path),
      fix: `add \`${example}\` to ${label}`,
    });
  }
  for (const [field, value] of Object.entries(row)) {
    const at = itemPlace(policy, `${path}.${field}`);
    if (!APPROVAL_FIELDS.includes(field)) {
      hits.push({
        message: `${label} has an unknown field "${field}"; clausemark would drop it`,
        place: at,
        fix: `use only ${APPROVAL_FIELDS.join(', ')}; put other remarks in step`,
      });
    } else if (!isBlank(value) && typeof value !== 'string') {
      hits.push({
        message: `${label}: "${field}" must be text, not ${describe(value)}`,
        place: at,
        fix: field === 'date' ? 'write the date as YYYY-MM-DD, e.g. date: 2024-06-12' : asTextFix(field, value),
      });
    }
  }
  return hits;
}

function approvals(policy: Policy, value: unknown): Hit[] {
  if (isBlank(value)) return [];
  if (!Array.isArray(value)) {
    return [
      {
        message: `frontmatter field "approvals" must be a list of approvals, not ${describe(value)}`,
        place: valuePlace(policy, 'approvals'),
        fix: `write one "- date: …" entry per approval:\n${APPROVAL_EXAMPLE}`,
      },
    ];
  }
  return value.flatMap((row, index) => approvalRow(policy, row, index));
}

function sources(policy: Policy, value: unknown): Hit[] {
  if (isBlank(value) || typeof value === 'string') return [];
  if (!Array.isArray(value)) {
    return [
      {
        message: `frontmatter field "sources" must be a list of text, not ${describe(value)}`,
        place: valuePlace(policy, 'sources'),
        fix: 'write one "- <source>" line per source',
      },
    ];
  }
  return value.flatMap((item, index) =>
    typeof item === 'string'
      ? []
      : [
          {
            message: `source ${index + 1} must be text, not ${describe(item)}`,
            place: itemPlace(policy, `sources[${index}]`),
            fix:
              isMapping(item) || Array.isArray(item)
                ? 'write the source as one line of text'
                : `quote it: - ${quoted(String(item))}`,
          },
        ],
  );
}

function rationale(policy: Policy, value: unknown): Hit[] {
  if (isBlank(value)) return [];
  if (!isMapping(value)) {
    return [
      {
        message: `frontmatter field "rationale" must map clause IDs to reasons, not ${describe(value)}`,
        place: valuePlace(policy, 'rationale'),
        fix: 'write one "<clause-id>: <why it was changed>" line per clause, indented under rationale:',
      },
    ];
  }
  return Object.entries(value)
    .filter(([, reason]) => typeof reason !== 'string')
    .map(([id, reason]) => ({
      message: `rationale for "${id}" must be text, not ${describe(reason)}`,
      place: itemPlace(policy, `rationale.${id}`),
      fix: `write the reason as one line of text: ${id}: <why it was changed>`,
    }));
}

export const fieldType: Rule = {
  id: 'field-type',
  severity: 'error',
  description: 'a frontmatter field has the wrong type or shape',
  run({ policy }) {
    const data = policy.frontmatter?.data ?? {};
    return [
      ...textFields(policy, data),
      ...approvals(policy, data.approvals),
      ...sources(policy, data.sources),
      ...rationale(policy, data.rationale),
    ];
  },
};
