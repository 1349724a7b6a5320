// Checks on a parsed template before it is compiled: only our helpers, only the partials the caller allows (HTML
// layouts; wording templates get none), no decorators, no way to reach
// an object's prototype (`constructor`, `__proto__`, `toString` …). Handlebars already refuses prototype access at
// run time; refusing it here as well turns a silent empty string into an error at the line that asked for it.
// A fault names its words in templates/messages/en.yaml (`layout-error.*`); template syntax in them (`{{> name}}`)
// is a value, since {{…}} there is a placeholder.
import type { MessageIds } from '../io/messages.js';

export interface TemplateFault {
  ids: MessageIds;
  loc: hbs.AST.SourceLocation | undefined;
}

type Node = hbs.AST.Node;

function isForbiddenSegment(part: string): boolean {
  return part === 'prototype' || part in Object.prototype;
}

function fault(ids: MessageIds, node: Node): TemplateFault {
  return { ids, loc: node.loc };
}

/** Every node below `node` (including it), depth first in source order. */
export function* walk(node: Node | null | undefined): Generator<Node> {
  if (!node) return;
  yield node;
  const record = node as unknown as Record<string, unknown>;
  for (const key of ['path', 'params', 'hash', 'pairs', 'value', 'program', 'inverse', 'body']) {
    const child = record[key];
    if (Array.isArray(child)) for (const item of child) yield* walk(item as Node);
    else if (child && typeof child === 'object' && 'type' in child) yield* walk(child as Node);
  }
}

/** `{{> name}}`: only where partials are allowed, and only one of those named. */
function checkPartial(node: Node, partials: readonly string[]): TemplateFault | undefined {
  if (partials.length === 0)
    return fault(
      { messageId: 'layout-error.no-partials', fixId: 'layout-error.write-here', params: { tag: '{{> name}}' } },
      node,
    );
  const name = partialName(node as hbs.AST.PartialStatement);
  if (name !== undefined && partials.includes(name)) return undefined;
  return fault(
    {
      messageId: 'layout-error.unknown-partial',
      fixId: 'layout-error.partials-are',
      params: { name: name ?? { messageId: 'layout-error.computed' }, partials: partials.join(', ') },
    },
    node,
  );
}

/** A path may not reach an object's prototype. */
function checkPath(node: Node): TemplateFault | undefined {
  const path = node as hbs.AST.PathExpression;
  const bad = path.parts.find(isForbiddenSegment);
  if (bad === undefined) return undefined;
  return fault(
    {
      messageId: 'layout-error.forbidden-name',
      fixId: 'layout-error.given-names',
      params: { path: path.original, name: bad },
    },
    node,
  );
}

/** `{{#name}}`: only our block helpers. */
function checkBlock(node: Node, blockHelpers: readonly string[]): TemplateFault | undefined {
  const block = node as hbs.AST.BlockStatement;
  const name = (block.path as hbs.AST.PathExpression).original;
  if (blockHelpers.includes(name)) return undefined;
  return fault(
    {
      messageId: 'layout-error.unknown-block-helper',
      fixId: 'layout-error.blocks-are',
      params: { name, blocks: blockHelpers.map((helper) => `{{#${helper}}}`).join(', ') },
    },
    node,
  );
}

/** A call (`{{date x}}`, a subexpression) only of our helpers, whose path arguments become strict lookups. */
function checkCall(node: Node, helpers: readonly string[]): TemplateFault | undefined {
  const call = node as hbs.AST.MustacheStatement | hbs.AST.SubExpression;
  if (call.path.type !== 'PathExpression') return undefined;
  const name = (call.path as hbs.AST.PathExpression).original;
  const isCall = call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0 || node.type === 'SubExpression';
  if (isCall && !helpers.includes(name)) {
    return fault(
      {
        messageId: 'layout-error.unknown-helper',
        fixId: 'layout-error.helpers-are',
        params: { name, helpers: helpers.join(', '), example: '{{policy.title}}' },
      },
      node,
    );
  }
  if (helpers.includes(name)) {
    for (const param of call.params)
      if (param.type === 'PathExpression') (param as hbs.AST.PathExpression & { strict?: boolean }).strict = true;
  }
  return undefined;
}

/** The fault of one node, if any; the forms no template may use (partial blocks, decorators) are refused here. */
function checkNode(
  node: Node,
  helpers: readonly string[],
  blockHelpers: readonly string[],
  partials: readonly string[],
): TemplateFault | undefined {
  switch (node.type) {
    case 'PartialStatement':
      return checkPartial(node, partials);
    case 'PartialBlockStatement':
      return fault(
        {
          messageId: 'layout-error.no-partial-blocks',
          fixId: 'layout-error.plain-partial',
          params: { tag: '{{#> name}}', plain: '{{> name}}' },
        },
        node,
      );
    case 'Decorator':
    case 'DecoratorBlock':
      return fault(
        {
          messageId: 'layout-error.no-decorators',
          fixId: 'layout-error.remove-decorator',
          params: { tag: '{{* name}}' },
        },
        node,
      );
    case 'PathExpression':
      return checkPath(node);
    case 'BlockStatement':
      return checkBlock(node, blockHelpers);
    case 'MustacheStatement':
    case 'SubExpression':
      return checkCall(node, helpers);
    default:
      return undefined;
  }
}

/**
 * Check `program` against the allowed helpers. Marks path arguments of our helpers as strict lookups (Handlebars'
 * strict mode only covers plain `{{value}}` mustaches), so `{{date policy.efective}}` fails instead of printing "".
 */
export function validateTemplate(
  program: hbs.AST.Program,
  helpers: readonly string[],
  blockHelpers: readonly string[],
  partials: readonly string[] = [],
): TemplateFault | undefined {
  for (const node of walk(program)) {
    const found = checkNode(node, helpers, blockHelpers, partials);
    if (found) return found;
  }
  return undefined;
}

/** The name of `{{> name}}` when it is written out (not computed at run time). */
function partialName(node: hbs.AST.PartialStatement): string | undefined {
  const name = node.name as hbs.AST.PathExpression | hbs.AST.SubExpression;
  return name.type === 'PathExpression' ? (name as hbs.AST.PathExpression).original : undefined;
}

/** The names of the partials `program` uses. */
export function partialsUsed(program: hbs.AST.Program): string[] {
  const names = new Set<string>();
  for (const node of walk(program)) {
    if (node.type !== 'PartialStatement') continue;
    const name = partialName(node as hbs.AST.PartialStatement);
    if (name !== undefined) names.add(name);
  }
  return [...names];
}

/** The path expression starting at a 1-based line and 0-based column, as Handlebars reports run-time errors. */
export function pathAt(program: hbs.AST.Program, line: number, column: number): hbs.AST.PathExpression | undefined {
  for (const node of walk(program)) {
    if (node.type === 'PathExpression' && node.loc?.start.line === line && node.loc.start.column === column)
      return node as hbs.AST.PathExpression;
  }
  return undefined;
}

/** The first path that reads `segment` below its first part (for "Cannot read properties of undefined (reading 'x')"). */
export function pathReading(program: hbs.AST.Program, segment: string): hbs.AST.PathExpression | undefined {
  for (const node of walk(program)) {
    if (node.type === 'PathExpression' && (node as hbs.AST.PathExpression).parts.slice(1).includes(segment))
      return node as hbs.AST.PathExpression;
  }
  return undefined;
}

function contains(outer: hbs.AST.SourceLocation, inner: hbs.AST.SourceLocation): boolean {
  const before = (a: hbs.AST.Position, b: hbs.AST.Position): boolean =>
    a.line < b.line || (a.line === b.line && a.column <= b.column);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** True when `path` sits in the body of an {{#each}} or {{#with}}, where names are relative to the current item. */
export function insideContextBlock(program: hbs.AST.Program, path: hbs.AST.PathExpression): boolean {
  for (const node of walk(program)) {
    if (node.type !== 'BlockStatement') continue;
    const block = node as hbs.AST.BlockStatement;
    const name = (block.path as hbs.AST.PathExpression).original;
    if ((name === 'each' || name === 'with') && block.program?.loc && contains(block.program.loc, path.loc))
      return true;
  }
  return false;
}
