// A template filled with one school's values: the text that school would have if it adopted every clause as it
// stands. Deviations, check rules and upgrade compare against this, so a filled-in variable counts as verbatim.
import { errorById } from '../io/messages.js';
import type { Policy } from '../model/policy.js';
import { allClauses, type ClauseVisit } from '../model/walk.js';
import { parsePolicy } from '../parse/index.js';
import { fillProgram } from './handlebars.js';
import type { SectorTemplate } from './template.js';
import type { VariableUse } from './types.js';
import { markdownValue } from './variables.js';

export interface ResolvedValues {
  /** Every declared variable that has a value: the given one, else the template's default. */
  values: Record<string, string>;
  /** Uses of a variable that has neither (in template order). */
  missing: VariableUse[];
}

export function resolveValues(template: SectorTemplate, given: Readonly<Record<string, string>>): ResolvedValues {
  const values: Record<string, string> = {};
  for (const [name, declaration] of template.declarations) {
    const value = Object.hasOwn(given, name) ? given[name] : declaration.default;
    if (value !== undefined) values[name] = value;
  }
  const missing = template.uses.filter((use) => !Object.hasOwn(values, use.name));
  return { values, missing };
}

/** Throws for the first `{{name}}` that would stay unfilled, at its place in the template. */
export function requireValues(template: SectorTemplate, resolved: ResolvedValues): void {
  const use = resolved.missing[0];
  if (!use) return;
  const declared = template.declarations.get(use.name);
  const others = resolved.missing.filter((other) => other.name !== use.name).map((other) => other.name);
  const messageId = declared
    ? others.length > 0
      ? 'template-missing-value.no-value-others'
      : 'template-missing-value.no-value'
    : others.length > 0
      ? 'template-missing-value.not-declared-others'
      : 'template-missing-value.not-declared';
  throw errorById(
    {
      messageId,
      fixId: declared ? 'template-missing-value.give-value' : 'template-missing-value.declare-or-spell',
      params: {
        name: use.name,
        ...(others.length > 0 ? { others: [...new Set(others)].join(', ') } : {}),
        ...(declared ? { description: declared.description || use.name } : { template: template.file }),
      },
    },
    { place: { file: template.file, point: use.point }, ruleId: 'template-missing-value' },
  );
}

/** Unfilled variables stay visible as `{{name}}` (escaped, so they are text) in a lenient fill. */
const placeholder = (name: string): string => `\\{\\{${name}\\}\\}`;

export function fillBody(template: SectorTemplate, values: Readonly<Record<string, string>>): string {
  const program = template.body.program;
  if (!program) return template.body.text;
  return fillProgram(program, (name) =>
    Object.hasOwn(values, name) ? markdownValue(values[name] ?? '') : placeholder(name),
  );
}

/** The title with raw values (it goes into YAML, which does its own quoting). */
export function fillTitle(template: SectorTemplate, values: Readonly<Record<string, string>>): string {
  const program = template.title.program;
  if (!program) return template.title.text;
  return fillProgram(program, (name) =>
    Object.hasOwn(values, name) ? (values[name] ?? '').replace(/\s+/g, ' ').trim() : `{{${name}}}`,
  );
}

export interface TemplateInstance {
  template: SectorTemplate;
  values: Record<string, string>;
  /** The filled body (no frontmatter); positions in `policy` refer to it. */
  source: string;
  policy: Policy;
  clauses: Map<string, ClauseVisit>;
}

const instances = new WeakMap<SectorTemplate, Map<string, TemplateInstance>>();

/** The template filled with `values` (unfilled variables stay as text), parsed; cached per template and values. */
export function instantiate(template: SectorTemplate, values: Readonly<Record<string, string>>): TemplateInstance {
  const key = JSON.stringify(Object.entries(values).sort(([a], [b]) => a.localeCompare(b, 'en')));
  let perTemplate = instances.get(template);
  if (!perTemplate) {
    perTemplate = new Map();
    instances.set(template, perTemplate);
  }
  const cached = perTemplate.get(key);
  if (cached) return cached;
  const source = fillBody(template, values);
  const policy = parsePolicy(source, { path: template.file }).policy;
  const clauses = new Map<string, ClauseVisit>();
  for (const visit of allClauses(policy)) if (!visit.clause.synthetic) clauses.set(visit.clause.id, visit);
  const instance: TemplateInstance = { template, values: { ...values }, source, policy, clauses };
  perTemplate.set(key, instance);
  return instance;
}
