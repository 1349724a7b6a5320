// Our wording templates (templates/layouts/<name>.hbs) rendered with Handlebars in its strictest setting: a
// misspelt variable, an unknown helper or a syntax slip is a ClausemarkError at the template's line and column,
// never an empty string in a printed policy. Templates are text edited by an organisation; they get values, not code.
//
// Escaping: templates under layouts/pdf/ produce plain text that the PDF renderer draws, so nothing is escaped
// (an "&" in a title stays "&"). Templates under layouts/html/ are compiled with escaping on, and may use the
// partials in layouts/html/partials/ ({{> header}}); wording templates get no partials.
import { readFileSync, statSync } from 'node:fs';
import Handlebars from 'handlebars';
import { errorById, type MessageIds } from '../io/messages.js';
import type { ClausemarkError } from '../model/errors.js';
import { displayPath } from '../io/yaml-file.js';
import { cachedPrecompile, type PrecompiledTemplate } from './compiled-cache.js';
import { templateEntries, templateFile } from './lookup.js';
import { BLOCK_HELPERS, HELPERS, HelperError } from './helpers.js';
import { insideContextBlock, partialsUsed, pathAt, pathReading, validateTemplate } from './validate.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';

export interface TemplateOptions {
  /** The project root: the folder holding templates/. */
  root: string;
}

const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/;

const env = Handlebars.create();
for (const [name, helper] of Object.entries(HELPERS)) env.registerHelper(name, helper);
// Not for wording templates: `log` prints to the console, `lookup` reads computed property names.
env.unregisterHelper('log');
env.unregisterHelper('lookup');

const RUNTIME_OPTIONS: RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

interface CompiledTemplate {
  stamp: string;
  /** The parsed template, for the words of an error at run time (parsed again only then when it came from the cache). */
  program: () => hbs.AST.Program;
  render: HandlebarsTemplateDelegate;
  /** Partials the template calls (by name, from layouts/html/partials/). */
  partials: string[];
}

const PARTIALS_FOLDER = 'html/partials';

/** The partials an HTML layout may call: the .hbs files in templates/layouts/html/partials/. */
function availablePartials(name: string, root: string): string[] {
  if (!name.startsWith('html/')) return [];
  return templateEntries(root, `layouts/${PARTIALS_FOLDER}`)
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => file.slice(0, -'.hbs'.length))
    .filter((partial) => TEMPLATE_NAME.test(partial));
}

const compiled = new Map<string, CompiledTemplate>();

/** templates/layouts/<name>.hbs: the project's own, else the one clausemark ships. */
export function templatePath(root: string, name: string): string {
  return templateFile(root, `layouts/${name}.hbs`);
}

function compileOptions(name: string): CompileOptions {
  return {
    strict: true,
    assumeObjects: true,
    knownHelpersOnly: true,
    knownHelpers: {
      ...Object.fromEntries(Object.keys(HELPERS).map((helper) => [helper, true])),
      log: false,
      lookup: false,
    },
    noEscape: !name.startsWith('html/'),
  };
}

/** Where a `{{/name}}` closing tag stands, searching from `line` (1-based) on; for "if doesn't match iff". */
function closingTag(source: string, name: string, line: number): { line: number; column: number } | undefined {
  const lines = source.split('\n');
  const pattern = new RegExp(`\\{\\{~?\\s*/\\s*${escapeRegExp(name)}(?![\\w-])`);
  for (let index = Math.max(0, line - 1); index < lines.length; index++) {
    const match = pattern.exec(lines[index] ?? '');
    if (match) return { line: index + 1, column: match.index + 1 };
  }
  return undefined;
}

/** Comments blanked out (line breaks kept), so tags inside them are not mistaken for real ones. */
function withoutComments(source: string): string {
  return source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** The innermost `{{#name}}` (or `{{^name}}`) without its `{{/name}}`, for "the template ends inside a block". */
function unclosedBlock(source: string): { name: string; line: number; column: number } | undefined {
  const open: { name: string; line: number; column: number }[] = [];
  const lines = withoutComments(source).split('\n');
  for (const [index, line] of lines.entries()) {
    for (const tag of line.matchAll(/\{\{~?\s*([#^/])\s*([^\s}~]+)/g)) {
      const name = tag[2] ?? '';
      if (tag[1] === '/') {
        const at = open.map((block) => block.name).lastIndexOf(name);
        if (at !== -1) open.splice(at);
      } else {
        open.push({ name, line: index + 1, column: (tag.index ?? 0) + 1 });
      }
    }
  }
  return open[open.length - 1];
}

/** The last `{{` before offset `until` (default: the end) with no `}}` after it, if any. */
function unclosedMustache(source: string, until = source.length): { line: number; column: number } | undefined {
  const text = withoutComments(source).slice(0, until);
  const start = text.lastIndexOf('{{');
  if (start === -1 || text.indexOf('}}', start) !== -1) return undefined;
  const before = text.slice(0, start).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Offset in `source` of a 1-based line and 0-based column, as Handlebars' lexer reports them. */
function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = source.indexOf('\n', offset) + 1;
  return offset + column;
}

/** Template syntax the syntax errors' words show, given as values: {{…}} in the messages file is a placeholder. */
const TEMPLATE_SYNTAX = {
  open: '{{',
  close: '}}',
  mustache: '{{…}}',
  if: '{{#if}}',
  each: '{{#each}}',
  endIf: '{{/if}}',
  endEach: '{{/each}}',
};

/** Where the Handlebars lexer stood when the parser stopped: its line (1-based) and column (0-based). */
type LexerPlace = { first_line: number; first_column: number };

/**
 * Any other syntax error: what the parser expected or met (the end, stray text, a token) or its own words, at the
 * closing tag that does not match its block, else where the lexer stopped.
 */
function parseError(
  error: Error,
  expectation: RegExpExecArray | null,
  lexed: LexerPlace | undefined,
  file: string,
  source: string,
): ClausemarkError {
  const mismatch = /^\S+ doesn't match (\S+)/.exec(error.message);
  const closing =
    mismatch && lexed
      ? closingTag(source, mismatch[1] ?? '', (error as Error & { lineNumber?: number }).lineNumber ?? 1)
      : undefined;
  const at = closing ? { first_line: closing.line, first_column: closing.column - 1 } : lexed;
  const token = expectation?.[2];
  const problem: MessageIds = !expectation
    ? {
        messageId: 'layout-syntax.other',
        params: { reason: error.message.split('\n')[0]?.replace(/ - \d+:\d+$/, '') ?? '' },
      }
    : token === 'EOF'
      ? { messageId: 'layout-syntax.ends-inside' }
      : token === 'INVALID'
        ? { messageId: 'layout-syntax.unexpected-text' }
        : { messageId: 'layout-syntax.unexpected-token', params: { token: token ?? '' } };
  return errorById(
    {
      ...problem,
      fixId: 'layout-syntax.check-braces',
      params: { ...problem.params, ...TEMPLATE_SYNTAX },
    },
    {
      place: { file, ...(at ? { point: { line: at.first_line, column: at.first_column + 1 } } : {}) },
      ruleId: 'template-syntax',
    },
  );
}

function syntaxError(error: Error, file: string, source: string): ClausemarkError {
  const expectation = /Expecting (.+), got '([^']+)'/.exec(error.message);
  const unclosed =
    expectation?.[2] === 'EOF' && expectation[1]?.includes('OPEN_ENDBLOCK') ? unclosedBlock(source) : undefined;
  if (unclosed) {
    return errorById(
      {
        messageId: 'layout-syntax.unclosed-block',
        fixId: 'layout-syntax.close-block',
        params: { open: `{{#${unclosed.name}}}`, close: `{{/${unclosed.name}}}` },
      },
      { place: { file, point: { line: unclosed.line, column: unclosed.column } }, ruleId: 'template-syntax' },
    );
  }
  // The parser keeps the position of the token it choked on in its (shared, synchronous) lexer.
  const lexed = (
    (env as unknown as { Parser: unknown }).Parser as {
      lexer?: { yylloc?: { first_line: number; first_column: number } };
    }
  ).lexer?.yylloc;
  // `{{policy.title` then `{{labels.version}}` on the next line: the parser stops at the second {{.
  const got = expectation?.[2] ?? '';
  const dangling =
    got === 'EOF'
      ? unclosedMustache(source)
      : got.startsWith('OPEN') && got !== 'OPEN_SEXPR' && lexed
        ? unclosedMustache(source, offsetOf(source, lexed.first_line, lexed.first_column))
        : undefined;
  if (dangling) {
    return errorById(
      {
        messageId: 'layout-syntax.unclosed-mustache',
        fixId: 'layout-syntax.close-mustache',
        params: { open: '{{', close: '}}', example: '{{policy.title}}' },
      },
      { place: { file, point: dangling }, ruleId: 'template-syntax' },
    );
  }
  return parseError(error, expectation, lexed, file, source);
}

function parseTemplate(source: string, file: string): hbs.AST.Program {
  try {
    return env.parse(source);
  } catch (error) {
    throw syntaxError(error as Error, file, source);
  }
}

/** A checked template compiled as Handlebars precompiles it: the source of its template spec. */
function precompile(
  program: hbs.AST.Program,
  options: CompileOptions,
  partials: string[],
  file: string,
): PrecompiledTemplate {
  const fault = validateTemplate(program, Object.keys(HELPERS), BLOCK_HELPERS, partials);
  if (fault) {
    throw errorById(fault.ids, {
      place: {
        file,
        ...(fault.loc ? { point: { line: fault.loc.start.line, column: fault.loc.start.column + 1 } } : {}),
      },
      ruleId: 'template-error',
    });
  }
  // Without `asObject` (which only compile sets) Handlebars returns the spec as source text.
  return { spec: env.precompile(program, options) as unknown as string, partials: partialsUsed(program) };
}

/**
 * The template spec a precompiled template's source evaluates to. The source is what Handlebars' own compiler wrote
 * (here, or in an earlier run kept in the cache folder): compiling a template in memory runs the same code.
 */
function specOf(precompiled: PrecompiledTemplate): TemplateSpecification {
  return new Function(`return ${precompiled.spec};`)() as TemplateSpecification;
}

function load(name: string, root: string): CompiledTemplate & { file: string } {
  if (!TEMPLATE_NAME.test(name)) {
    throw errorById(
      { messageId: 'layout-name.not-a-name', fixId: 'layout-name.names-are', params: { name } },
      { place: { argument: name }, ruleId: 'unknown-template' },
    );
  }
  const path = templatePath(root, name);
  const file = displayPath(path);
  let stamp: string;
  try {
    const stat = statSync(path);
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    throw errorById(
      { messageId: 'layout-name.no-template', fixId: 'layout-name.create', params: { name, file } },
      { place: { file }, ruleId: 'unknown-template' },
    );
  }
  const cached = compiled.get(path);
  if (cached && cached.stamp === stamp) return { ...cached, file };
  const source = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const options = compileOptions(name);
  const partials = availablePartials(name, root);
  let parsed: hbs.AST.Program | undefined;
  const program = (): hbs.AST.Program => (parsed ??= parseTemplate(source, file));
  const precompiled = cachedPrecompile(
    [Handlebars.VERSION, name, JSON.stringify(options), BLOCK_HELPERS.join(','), partials.join(','), source],
    () => precompile(program(), options, partials, file),
  );
  const entry = { stamp, program, render: env.template(specOf(precompiled)), partials: precompiled.partials };
  compiled.set(path, entry);
  return { ...entry, file };
}

/** Index of the first of `parts` that `context` does not have (as own properties), or -1. */
function firstMissing(context: unknown, parts: readonly string[]): number {
  let value = context;
  for (const [index, part] of parts.entries()) {
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, part)) return index;
    value = (value as Record<string, unknown>)[part];
  }
  return -1;
}

/** Own keys of the object `parts` lead to from `context`, or undefined when they lead nowhere. */
function keysAt(context: unknown, parts: readonly string[]): string[] | undefined {
  let value = context;
  for (const part of parts) {
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : undefined;
}

type LocatedError = Error & { lineNumber?: number; column?: number };

/** Strict mode's `"x" not defined`: the variable named, with the keys its parent does have where that helps. */
function unknownVariableError(
  error: LocatedError,
  line: number,
  column: number,
  written: string,
  template: CompiledTemplate & { file: string },
  context: object,
): ClausemarkError {
  const { file } = template;
  const program = template.program();
  const path = pathAt(program, line, column);
  const name = path?.original ?? written;
  // List the keys where the path first fails (`labls.page` fails at `labls`: list the top level), but only where
  // names are looked up from the top: inside {{#each}} or {{#with}} they are relative to the current item.
  const failedAt = path && !path.data && !insideContextBlock(program, path) ? firstMissing(context, path.parts) : -1;
  const parent = path && failedAt !== -1 ? path.parts.slice(0, failedAt) : undefined;
  const keys = parent ? keysAt(context, parent) : undefined;
  const fixId = !keys
    ? 'layout-variable.check-spelling'
    : parent && parent.length > 0
      ? 'layout-variable.parent-has'
      : 'layout-variable.template-is-given';
  return errorById(
    {
      messageId: 'layout-variable.unknown',
      fixId,
      params: { name, parent: parent?.join('.') ?? '', keys: keys?.join(', ') ?? '' },
    },
    {
      place: { file, point: { line, column: column + 1 } },
      ruleId: 'template-unknown-variable',
      cause: error,
    },
  );
}

/** assumeObjects: a lenient path (in {{#if}}) through a missing object fails inside the compiled code. */
function throughMissingError(
  error: TypeError,
  segment: string,
  template: CompiledTemplate & { file: string },
): ClausemarkError {
  const path = pathReading(template.program(), segment);
  const loc = path?.loc;
  return errorById(
    {
      messageId: 'layout-variable.through-missing',
      fixId: 'layout-variable.check-each-part',
      params: { name: path?.original ?? segment },
    },
    {
      place: { file: template.file, ...(loc ? { point: { line: loc.start.line, column: loc.start.column + 1 } } : {}) },
      ruleId: 'template-unknown-variable',
      cause: error,
    },
  );
}

function runtimeError(
  error: unknown,
  template: CompiledTemplate & { file: string },
  context: object,
): ClausemarkError | undefined {
  const { file } = template;
  if (error instanceof HelperError) {
    const point = error.loc ? { line: error.loc.start.line, column: error.loc.start.column + 1 } : undefined;
    return errorById(error.ids, {
      place: { file, ...(point ? { point } : {}) },
      ruleId: 'template-error',
      cause: error,
    });
  }
  if (!(error instanceof Error)) return undefined;
  const located = error as LocatedError;
  const missing = /^"(.+)" not defined in /.exec(error.message);
  if (missing && located.lineNumber !== undefined && located.column !== undefined)
    return unknownVariableError(located, located.lineNumber, located.column, missing[1] ?? '', template, context);
  if (located.lineNumber !== undefined) {
    // Handlebars' own words (an error it found at run time): passed on as they are.
    return errorById(
      {
        messageId: 'layout-error.handlebars',
        fixId: 'layout-error.see-examples',
        params: { reason: error.message.replace(/ - \d+:\d+$/, '') },
      },
      {
        place: { file, point: { line: located.lineNumber, column: (located.column ?? 0) + 1 } },
        ruleId: 'template-error',
        cause: error,
      },
    );
  }
  const reading =
    error instanceof TypeError ? /\(reading '([^']+)'\)|search for '([^']+)' in/.exec(error.message) : null;
  if (reading) return throughMissingError(error as TypeError, reading[1] ?? reading[2] ?? '', template);
  return undefined;
}

/**
 * Render templates/layouts/<name>.hbs (e.g. `pdf/cover`) with `context`. Compiled templates are cached per process
 * and recompiled when the file changes. The result is the template's text with trailing whitespace removed.
 */
/** The compiled partials `template` calls, and the ones they call in turn. */
function partialsOf(template: CompiledTemplate, root: string): Record<string, HandlebarsTemplateDelegate> {
  const found: Record<string, HandlebarsTemplateDelegate> = {};
  const pending = [...template.partials];
  while (pending.length > 0) {
    const partial = pending.pop() ?? '';
    if (Object.hasOwn(found, partial)) continue;
    const loaded = load(`${PARTIALS_FOLDER}/${partial}`, root);
    found[partial] = loaded.render;
    pending.push(...loaded.partials);
  }
  return found;
}

export function renderTemplate(name: string, context: object, options: TemplateOptions): string {
  const template = load(name, options.root);
  const partials = template.partials.length > 0 ? partialsOf(template, options.root) : undefined;
  try {
    return template.render(context, partials ? { ...RUNTIME_OPTIONS, partials } : RUNTIME_OPTIONS).replace(/\s+$/, '');
  } catch (error) {
    throw runtimeError(error, template, context) ?? error;
  }
}

/** The rendered text as lines, without blank ones: how the PDF renderer draws cover and colophon lines. */
export function renderTemplateLines(name: string, context: object, options: TemplateOptions): string[] {
  return renderTemplate(name, context, options)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
