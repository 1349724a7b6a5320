// The frontmatter is read leniently (meta.ts drops what it cannot use), so a list where text belongs, or an
// approval without a role, would silently vanish from every output. This rule says so, at the value itself.
import type { MessageParams } from '../../model/diagnostics.js';
import { APPROVAL_PROCEDURE_FIELDS, type Policy } from '../../model/policy.js';
import { WrittenNumber } from '../../parse/frontmatter.js';
import { KEY_PATTERN, slugify } from '../../parse/ids.js';
import { TEXT_FIELDS } from '../../parse/meta.js';
import { OUTCOMES, PARTS } from '../../procedure/types.js';
import type { Rule, RuleFinding } from '../rule.js';
import { describe, has, isMapping, itemPlace, quoted, valuePlace } from './support.js';

type Hit = RuleFinding;

/** An id or org key that is not kebab-case: only spelling, since output paths are made safe either way. */
export const NOT_KEBAB_CASE = 'field-type.not-kebab-case';
const APPROVAL_REQUIRED = ['date', 'name', 'role'] as const;
const APPROVAL_FIELDS: readonly string[] = [...APPROVAL_REQUIRED, 'step', 'hash', ...APPROVAL_PROCEDURE_FIELDS];
/** Fields whose words the procedure reads, so a value outside these would silently count as something else. */
const APPROVAL_CHOICES: Record<string, readonly string[]> = { outcome: OUTCOMES, part: PARTS };

/** How to turn a wrongly typed value into text: quote scalars, flatten anything else by hand. */
function asTextFix(name: string, value: unknown): { fixId: string; params: MessageParams } {
  if (value instanceof WrittenNumber || typeof value === 'number' || typeof value === 'boolean') {
    return { fixId: 'field-type.quote-value', params: { field: name, quoted: quoted(String(value)) } };
  }
  return { fixId: 'field-type.one-line', params: { field: name } };
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
    const { fixId, params } = asTextFix(field, value);
    hits.push({
      messageId: 'field-type.not-text',
      fixId,
      params: { ...params, actual: describe(value) },
      place: valuePlace(policy, field),
    });
  }
  for (const field of ['id', 'org'] as const) {
    const value = data[field];
    if (typeof value !== 'string' || value.trim() === '' || KEY_PATTERN.test(value)) continue;
    hits.push({
      messageId: NOT_KEBAB_CASE,
      fixId: 'field-type.write-kebab-case',
      params: { field, value, suggestion: slugify(value, 12) || `my-${field}` },
      place: valuePlace(policy, field),
    });
  }
  return hits;
}

function approvalRow(policy: Policy, row: unknown, index: number): Hit[] {
  const path = `approvals[${index}]`;
  const number = index + 1;
  if (!isMapping(row)) {
    return [
      {
        messageId: 'field-type.approval-not-mapping',
        fixId: 'field-type.approval-example',
        params: { number, actual: describe(row) },
        place: itemPlace(policy, path),
      },
    ];
  }
  const hits: Hit[] = [];
  // A step asked and not yet answered has no decision date (docs/procedure.md).
  const pending = !isBlank(row.asked) && isBlank(row.outcome);
  for (const field of APPROVAL_REQUIRED) {
    if (!isBlank(row[field]) || (field === 'date' && pending && !has(row, 'date'))) continue;
    hits.push({
      messageId: `field-type.approval-no-${field}`,
      fixId: `field-type.add-${field}`,
      params: { number },
      place: itemPlace(policy, has(row, field) ? `${path}.${field}` : path),
    });
  }
  for (const [field, value] of Object.entries(row)) {
    const at = itemPlace(policy, `${path}.${field}`);
    if (!APPROVAL_FIELDS.includes(field)) {
      hits.push({
        messageId: 'field-type.approval-unknown-field',
        fixId: 'field-type.approval-known-fields',
        params: { number, field, known: APPROVAL_FIELDS.join(', ') },
        place: at,
      });
    } else if (!isBlank(value) && typeof value !== 'string') {
      const fix = field === 'date' ? { fixId: 'field-type.write-date', params: {} } : asTextFix(field, value);
      hits.push({
        messageId: 'field-type.approval-field-not-text',
        fixId: fix.fixId,
        params: { ...fix.params, number, field, actual: describe(value) },
        place: at,
      });
    } else if (
      typeof value === 'string' &&
      APPROVAL_CHOICES[field] &&
      !APPROVAL_CHOICES[field].includes(value.trim())
    ) {
      hits.push({
        messageId: 'field-type.approval-not-a-choice',
        fixId: 'field-type.approval-choices',
        params: { number, field, value, allowed: APPROVAL_CHOICES[field].join(', ') },
        place: at,
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
        messageId: 'field-type.approvals-not-list',
        fixId: 'field-type.one-entry-per-approval',
        params: { actual: describe(value) },
        place: valuePlace(policy, 'approvals'),
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
        messageId: 'field-type.sources-not-list',
        fixId: 'field-type.one-line-per-source',
        params: { actual: describe(value) },
        place: valuePlace(policy, 'sources'),
      },
    ];
  }
  return value.flatMap((item, index): Hit[] =>
    typeof item === 'string'
      ? []
      : [
          {
            messageId: 'field-type.source-not-text',
            ...(isMapping(item) || Array.isArray(item)
              ? { fixId: 'field-type.source-one-line', params: { number: index + 1, actual: describe(item) } }
              : {
                  fixId: 'field-type.quote-source',
                  params: { number: index + 1, actual: describe(item), quoted: quoted(String(item)) },
                }),
            place: itemPlace(policy, `sources[${index}]`),
          },
        ],
  );
}

function rationale(policy: Policy, value: unknown): Hit[] {
  if (isBlank(value)) return [];
  if (!isMapping(value)) {
    return [
      {
        messageId: 'field-type.rationale-not-mapping',
        fixId: 'field-type.one-line-per-clause',
        params: { actual: describe(value) },
        place: valuePlace(policy, 'rationale'),
      },
    ];
  }
  return Object.entries(value)
    .filter(([, reason]) => typeof reason !== 'string')
    .map(([id, reason]) => ({
      messageId: 'field-type.reason-not-text',
      fixId: 'field-type.reason-one-line',
      params: { id, actual: describe(reason) },
      place: itemPlace(policy, `rationale.${id}`),
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
