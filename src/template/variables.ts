// Template variables: their declarations in the template's frontmatter, the values a school gives them, and how a
// value is written into Markdown so that it stays one piece of inline text (it can never open a heading, a list,
// a link or an `{#id}` marker).
import { errorById } from '../io/messages.js';
import type { Policy } from '../model/policy.js';
import { asText, WrittenNumber } from '../parse/frontmatter.js';
import type { TemplateProblem, VariableDeclaration } from './types.js';

/** camelCase: no `_` or `-`, which Markdown or Handlebars would read as syntax. */
export const VARIABLE_NAME = /^[a-z][A-Za-z0-9]*$/;

const DECLARATION_FIELDS = ['description', 'default'];

/** A YAML mapping (`key: value` lines), as the frontmatter reader hands it over. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof WrittenNumber);
}

function itemPlace(policy: Policy, path: string) {
  return policy.frontmatter?.items?.[path] ?? policy.frontmatter?.fields.variables?.key;
}

/** A declaration's default, trimmed, when it is one line of text; else undefined, and the problem added. */
function readDefault(
  policy: Policy,
  name: string,
  raw: unknown,
  at: { place?: TemplateProblem['place'] },
  problems: TemplateProblem[],
): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const fallback = asText(raw);
  const problem = fallback === undefined ? 'bad-variable-value.not-text' : valueProblem(fallback);
  if (!problem) return fallback?.trim();
  const defaultPlace = itemPlace(policy, `variables.${name}.default`);
  problems.push({
    messageId: 'bad-variable-value.default',
    fixId: 'bad-variable-value.default-one-line',
    params: { name, problem: { messageId: problem } },
    ...(defaultPlace ? { place: defaultPlace } : at),
  });
  return undefined;
}

/** One declaration, `name: { description, default }`; what is wrong with it is added to `problems`. */
function readDeclaration(
  policy: Policy,
  name: string,
  value: unknown,
  problems: TemplateProblem[],
): VariableDeclaration | undefined {
  const place = itemPlace(policy, `variables.${name}`);
  const at = place ? { place } : {};
  if (!VARIABLE_NAME.test(name)) {
    problems.push({
      messageId: 'template-definition.declared-name',
      fixId: 'template-definition.camel-case',
      params: { name },
      ...at,
    });
    return undefined;
  }
  if (!isMapping(value)) {
    problems.push({
      messageId: 'template-definition.declared-value',
      fixId: 'template-definition.declaration-example',
      params: { name },
      ...at,
    });
    return undefined;
  }
  const description = asText(value.description);
  if (description === undefined || description.trim() === '') {
    problems.push({
      messageId: 'template-definition.no-description',
      fixId: 'template-definition.add-description',
      params: { name },
      ...at,
    });
  }
  for (const key of Object.keys(value)) {
    if (!DECLARATION_FIELDS.includes(key)) {
      const keyPlace = itemPlace(policy, `variables.${name}.${key}`);
      problems.push({
        messageId: 'template-definition.declared-unknown-field',
        fixId: 'template-definition.declaration-fields',
        params: { name, field: key },
        ...(keyPlace ? { place: keyPlace } : at),
      });
    }
  }
  const declaration: VariableDeclaration = { name, description: description?.trim() ?? '' };
  const fallback = readDefault(policy, name, value.default, at, problems);
  if (fallback !== undefined) declaration.default = fallback;
  if (place) declaration.place = place;
  return declaration;
}

/** The `variables:` declarations of a template, and what is wrong with them. */
export function readDeclarations(policy: Policy): {
  declarations: Map<string, VariableDeclaration>;
  problems: TemplateProblem[];
} {
  const declarations = new Map<string, VariableDeclaration>();
  const problems: TemplateProblem[] = [];
  const raw = policy.frontmatter?.data.variables;
  if (raw === undefined || raw === null) return { declarations, problems };
  if (!isMapping(raw)) {
    const place = policy.frontmatter?.fields.variables?.value;
    problems.push({
      messageId: 'template-definition.declarations-not-mapping',
      fixId: 'template-definition.declarations-example',
      params: {},
      ...(place ? { place } : {}),
    });
    return { declarations, problems };
  }
  for (const [name, value] of Object.entries(raw)) {
    const declaration = readDeclaration(policy, name, value, problems);
    if (declaration) declarations.set(name, declaration);
  }
  return { declarations, problems };
}

/** Why a value cannot be filled in (the id of a phrase in templates/messages/en.yaml), or undefined when it can. */
export function valueProblem(value: string): string | undefined {
  if (value.trim() === '') return 'bad-variable-value.empty';
  if (/[\n\r\u2028\u2029]/.test(value)) return 'bad-variable-value.several-lines';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) return 'bad-variable-value.control-character';
  return undefined;
}

/**
 * A value as Markdown inline text that reads back as exactly the value: characters that could start emphasis,
 * links, HTML, code, tables or an `{#id}` marker are backslash-escaped, and so is anything that would open a block
 * (`#`, `>`, `-`, `1.`) should the value land at the start of a line. Whitespace runs become one space.
 */
export function markdownValue(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  let escaped = text.replace(/[\\`*_[\]<>{}#|~]/g, (char) => `\\${char}`);
  escaped = escaped.replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  escaped = escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return escaped;
}

/** The values a policy recorded when it was adapted (`variables:` in its frontmatter): name → text. */
export function recordedValues(policy: Policy): Record<string, string> {
  const raw = policy.frontmatter?.data.variables;
  const values: Record<string, string> = {};
  if (!isMapping(raw)) return values;
  for (const [name, value] of Object.entries(raw)) {
    const text = asText(value);
    if (text !== undefined && VARIABLE_NAME.test(name)) values[name] = text;
  }
  return values;
}

/** `name=value` pairs from the command line (`--set contactRole=teamleider`), strictly checked against the template. */
export function parseAssignments(
  assignments: readonly string[],
  declarations: ReadonlyMap<string, VariableDeclaration>,
  templateFile: string,
): Record<string, string> {
  const values: Record<string, string> = {};
  const declared = [...declarations.keys()].join(', ') || '(none)';
  for (const assignment of assignments) {
    const at = assignment.indexOf('=');
    const argument = `--set ${assignment}`;
    if (at <= 0) {
      throw errorById(
        { messageId: 'bad-arguments.set-not-assignment', fixId: 'bad-arguments.set-example', params: { declared } },
        { place: { argument }, ruleId: 'bad-arguments' },
      );
    }
    const name = assignment.slice(0, at).trim();
    const value = assignment.slice(at + 1);
    if (!declarations.has(name)) {
      throw errorById(
        {
          messageId: 'unknown-variable.not-declared',
          fixId: 'unknown-variable.declared-are',
          params: { name, template: templateFile, declared },
        },
        { place: { argument }, ruleId: 'unknown-variable' },
      );
    }
    const problem = valueProblem(value);
    if (problem)
      throw errorById(
        {
          messageId: 'bad-variable-value.value',
          fixId: 'bad-variable-value.one-line',
          params: { name, problem: { messageId: problem } },
        },
        { place: { argument }, ruleId: 'bad-variable-value' },
      );
    if (Object.hasOwn(values, name))
      throw errorById(
        { messageId: 'bad-arguments.set-twice', fixId: 'bad-arguments.one-set-each', params: { name } },
        { place: { argument }, ruleId: 'bad-arguments' },
      );
    values[name] = value.trim();
  }
  return values;
}
