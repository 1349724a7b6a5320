// The Handlebars of a sector template: plain `{{name}}` variables and `{{! comments }}`, nothing else. A template
// holds text, not logic, so helpers, blocks, partials and paths (`{{a.b}}`) are refused with their position. The
// text is filled by walking Handlebars' own parse tree (its whitespace control already applied), which keeps a
// variable called `log` or `if` a variable and needs no runtime at all.
import Handlebars from 'handlebars';
import type { MessageRef } from '../model/diagnostics.js';
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
  const braces = { braces: '{{…}}', variable: '{{name}}', escaped: '\\{{' };
  return {
    ...(expectation?.[2] === 'EOF'
      ? { messageId: 'template-definition.syntax-unfinished', params: braces }
      : {
          messageId: 'template-definition.syntax-not-variable',
          params: { ...braces, reason: error.message.split('\n')[0]?.replace(/ - \d+:\d+$/, '') ?? '' },
        }),
    fixId: 'template-definition.write-variables',
    place: { start: point, end: point },
  };
}

/** What a statement that is not a variable is, as a phrase of templates/messages/en.yaml. */
function describeNode(node: hbs.AST.Statement): MessageRef {
  switch (node.type) {
    case 'BlockStatement': {
      const name = ((node as hbs.AST.BlockStatement).path as hbs.AST.PathExpression).original;
      return { messageId: 'template-definition.node-block', params: { written: `{{#${name}}}` } };
    }
    case 'PartialStatement':
    case 'PartialBlockStatement':
      return { messageId: 'template-definition.node-partial', params: { written: '{{> …}}' } };
    case 'Decorator':
    case 'DecoratorBlock':
      return { messageId: 'template-definition.node-decorator', params: { written: '{{* …}}' } };
    default:
      return { messageId: 'template-definition.node-other', params: { type: node.type } };
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
        messageId: 'template-definition.not-allowed',
        fixId: 'template-definition.write-text-itself',
        params: { what: describeNode(node), variable: '{{name}}' },
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
        messageId: 'template-definition.calls-helper',
        fixId: 'template-definition.write-plain-and-value',
        params: { written: `{{${written} …}}`, variable: '{{name}}', plain: `{{${written}}}` },
        ...at,
      });
    } else if (path.type !== 'PathExpression' || path.data || path.parts.length !== 1 || path.original === 'this') {
      problems.push({
        messageId: 'template-definition.not-a-variable-name',
        fixId: 'template-definition.write-variable-example',
        params: { written: `{{${written}}}`, variable: '{{name}}', example: '{{organisation}}' },
        ...at,
      });
    } else if (!mustache.escaped) {
      problems.push({
        messageId: 'template-definition.three-braces',
        fixId: 'template-definition.write-plain',
        params: { written: `{{{${written}}}}`, plain: `{{${written}}}` },
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
