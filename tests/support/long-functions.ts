// The functions of src/ longer than a limit, read with the TypeScript compiler's own parser (so a brace in a string
// or a template cannot fool it). Every function-like node counts on its own, nested ones too: a 90-line callback
// inside a short function is as long to read as a 90-line function. A function's length is the lines from its first
// token to its last, blank lines and comments inside it included. tests/architecture.test.ts holds src/ to it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import type * as TS from 'typescript';
import { PROJECT_ROOT } from './paths.js';
import { sourceFiles } from './source-files.js';

// typescript is CommonJS: an import of it first has node scan its 9 MB for the names it exports (cjs-module-lexer,
// ~0.6 CPU s), which require skips.
const ts = createRequire(import.meta.url)('typescript') as typeof TS;

export interface LongFunction {
  /** The file, relative to the project root. */
  file: string;
  /** What the code calls it: its own name, the variable or property it is assigned to, else `<anonymous>`. */
  name: string;
  /** Its first line (1-based). */
  line: number;
  lines: number;
}

function nameOf(node: TS.Node, source: TS.SourceFile): string {
  const named = node as TS.Node & { name?: TS.Node };
  if (named.name && !ts.isComputedPropertyName(named.name)) return named.name.getText(source);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
  )
    return parent.name.getText(source);
  return '<anonymous>';
}

/** Every function of `file` (TypeScript source) over `limit` lines, in the order they start. */
export function longFunctionsIn(file: string, limit: number): LongFunction[] {
  // Doc comments are not read into nodes (ParseNone): a function's lines run from its first token either way, and
  // parsing them was a sixth of the parse.
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), options, true);
  const found: LongFunction[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit)
        found.push({ file: relative(PROJECT_ROOT, file), name: nameOf(node, source), line: start + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every function of every .ts file under `folder` over `limit` lines. */
export function longFunctions(folder: string, limit: number): LongFunction[] {
  return sourceFiles(folder)
    .sort()
    .flatMap((file) => longFunctionsIn(file, limit));
}
