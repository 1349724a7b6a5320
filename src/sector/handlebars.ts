// The Handlebars of a sector template: plain `{{name}}` variables and `{{! comments }}`, nothing else. A template
// holds text, not logic, so helpers, blocks, partials and paths (`{{a.b}}`) are refused with their position. The
// text is filled by walking Handlebars' own parse tree (its whitespace control already applied), which keeps a
// variable called `log` or `if` a variable and needs no runtime at all.
import Handlebars from 'handlebars';
import type { Point } from '../model/policy.js';
import type { TemplateProblem, VariableUse } from './types.js';

const env = Handlebars.create();

export interface ScannedText {
  program?: hbs.AST.Program;
  uses: VariableUse[];
  problems: TemplateProblem[];
}

/** File position of a Handlebars location inside a text that starts at `origin` (columns are 0-based in hbs). */
function toFile(origin: Point, position: { line: number; column: number }): Point {
  return position.line === 1
    ? { line: origin.line, column: origin.column + position.column }
    : { line: origin.line + position.line - 1, column: position.column + 1 };
}

function spanAt(origin: Point, loc: hbs.AST.SourceLocation | undefined): TemplateProblem['place'] {
  if (!loc) return { start: origin, end: origin };
  return { start: toFile(origin, loc.start), end: toFile(origin, loc.end) };
}

/** Where the last `{{` without a closing `}}` opens: the place to look when the text ends inside one. */
function unclosedOpening(text: string): { line: number; column: number } | undefined {
  const at = text.lastIndexOf('{{');
  if (at === -1 || text.indexOf('}}', at) !== -1) return undefined;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length };
}

function parseError(error: Error, text: string, origin: Point): TemplateProblem {
  const lexed = (
    (env as unknown as { Parser: unknown }).Parser as {
      lexer?: { yylloc?: { first_line: number; first_column: number } };
    }
  ).lexer?.yylloc;
  const expectation = /Expecting (.+), got '([^']+)'/.exec(error.message);
  const opening = expectation?.[2] === 'EOF' ? unclosedOpening(text) : undefined;
  const point = opening
    ? toFile(origin, opening)
    : lexed
      ? toFile(origin, { line: lexed.first_line, column: lexed.first_column })
      : origin;
  const what =
    expectation?.[2] === 'EOF'
      ? 'the text ends inside an unfinished {{…}}'
      : `\`{{…}}\` is not a variable (${error.message.split('\n')[0]?.replace(/ - \d+:\d+$/, '')})`;
  return {
    message: `template syntax error: ${what}`,
    fix: 'write variables as {{name}}; to show literal braces write \\{{',
    place: { start: point, end: point },
  };
}

function describeNode(node: hbs.AST.Statement): string {
  switch (node.type) {
    case 'BlockStatement':
      return `the block \`{{#${((node as hbs.AST.BlockStatement).path as hbs.AST.PathExpression).original}}}\``;
    case 'PartialStatement':
    case 'PartialBlockStatement':
      return 'a partial (`{{> …}}`)';
    case 'Decorator':
    case 'DecoratorBlock':
      return 'a decorator (`{{* …}}`)';
    default:
      return `\`${node.type}\``;
  }
}

/** Checks a piece of template text and lists its variables with their file positions. */
export function scanText(text: string, origin: Point): ScannedText {
  let program: hbs.AST.Program;
  try {
    program = env.parse(text);
  } catch (error) {
    return { uses: [], problems: [parseError(error as Error, text, origin)] };
  }
  const uses: VariableUse[] = [];
  const problems: TemplateProblem[] = [];
  for (const node of program.body) {
    if (node.type === 'ContentStatement' || node.type === 'CommentStatement') continue;
    const place = spanAt(origin, node.loc);
    const at = place ? { place } : {};
    if (node.type !== 'MustacheStatement') {
      problems.push({
        message: `${describeNode(node)} cannot be used in a sector template: only {{name}} variables`,
        fix: 'write the text itself; a school adapts it after adopting the template',
        ...at,
      });
      continue;
    }
    const mustache = node as hbs.AST.MustacheStatement;
    const path = mustache.path as hbs.AST.PathExpression;
    const written =
      path.type === 'PathExpression'
        ? path.original
        : String((mustache.path as unknown as { original?: unknown }).original);
    if (mustache.params.length > 0 || (mustache.hash?.pairs.length ?? 0) > 0) {
      problems.push({
        message: `\`{{${written} …}}\` calls a helper; a sector template has only {{name}} variables`,
        fix: `write {{${written}}} and give the variable a value`,
        ...at,
      });
    } else if (path.type !== 'PathExpression' || path.data || path.parts.length !== 1 || path.original === 'this') {
      problems.push({
        message: `\`{{${written}}}\` is not a variable name`,
        fix: 'write a variable as {{name}}, e.g. {{organisation}}',
        ...at,
      });
    } else if (!mustache.escaped) {
      problems.push({
        message: `\`{{{${written}}}}\` has three braces; values are always filled in as plain text`,
        fix: `write {{${written}}}`,
        ...at,
      });
    } else {
      uses.push({ name: path.parts[0] ?? '', point: place?.start ?? origin });
    }
  }
  return { program, uses, problems };
}

/** The text with every `{{name}}` replaced by `valueOf(name)`; comments disappear. Only for scanned programs. */
export function fillProgram(program: hbs.AST.Program, valueOf: (name: string) => string): string {
  let out = '';
  for (const node of program.body) {
    if (node.type === 'ContentStatement') out += (node as hbs.AST.ContentStatement).value;
    else if (node.type === 'MustacheStatement') {
      const path = (node as hbs.AST.MustacheStatement).path as hbs.AST.PathExpression;
      out += valueOf(path.parts[0] ?? '');
    }
  }
  return out;
}
