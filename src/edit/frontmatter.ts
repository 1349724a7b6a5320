// Lossless edits to a policy's frontmatter (approve, adapt, upgrade): the YAML is edited as a document, so comments,
// quoting and key order survive, and the Markdown body is kept byte for byte. The result is verified before use.
import { type Document, isMap, parseDocument } from 'yaml';
import { ClausemarkError } from '../model/errors.js';
import { findForeignMetadata, findFrontmatter } from '../parse/fence.js';

export interface SplitSource {
  yaml: string;
  body: string;
  hasFrontmatter: boolean;
  /** The fence lines as written (a trailing space or CRLF kept), for writing the block back. */
  open: string;
  close: string;
}

/** The frontmatter and the body, found by the rule the parser uses (src/parse/fence.ts). */
export function splitFrontmatter(source: string): SplitSource {
  const block = findFrontmatter(source);
  if (!block) return { yaml: '', body: source, hasFrontmatter: false, open: '---\n', close: '---\n' };
  const close = block.close.endsWith('\n') ? block.close : `${block.close}\n`;
  return { yaml: block.yaml, body: source.slice(block.bodyStart), hasFrontmatter: true, open: block.open, close };
}

function commentLines(yaml: string): string[] {
  return yaml
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('#'));
}

/**
 * Applies `edit` to the frontmatter of `source` (creating the block when there is none) and returns the new source.
 * Throws when the frontmatter is not valid YAML, or when the edit would drop a comment of the author's.
 */
export function editFrontmatter(source: string, file: string, edit: (doc: Document) => void): string {
  refuseForeignMetadata(source, file);
  const { yaml, body, hasFrontmatter, open, close } = splitFrontmatter(source);
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) {
    throw new ClausemarkError('the frontmatter is not valid YAML, so it cannot be edited safely', {
      place: { file },
      hint: 'run `clausemark check` on the file and fix the frontmatter first',
      ruleId: 'yaml-syntax',
    });
  }
  // An empty frontmatter block parses to no contents; start a block mapping the edit can add to.
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  edit(doc);
  const edited = doc.toString({ lineWidth: 0 });
  const lost = commentLines(yaml).filter((comment) => !edited.includes(comment));
  if (lost.length > 0) {
    throw new ClausemarkError(`editing the frontmatter would lose a comment (${lost[0]})`, {
      place: { file },
      hint: 'move the comment onto its own line above a field, then try again',
      ruleId: 'lossy-edit',
    });
  }
  return `${open}${edited}${close}${hasFrontmatter ? body : `\n${body}`}`;
}

const FOREIGN_KINDS = {
  toml: 'TOML (+++)',
  'yaml-unfenced': 'YAML without its opening ---',
  headers: 'header lines (Title: …)',
  comment: 'a comment',
} as const;

/**
 * A file that starts with another tool's metadata (TOML, header lines, unfenced YAML, a licence comment) cannot get a
 * YAML block put in front of it: the old block would then be read as text. Refuse, and say how to convert it.
 */
function refuseForeignMetadata(source: string, file: string): void {
  const block = findForeignMetadata(source);
  if (!block) return;
  throw new ClausemarkError(
    `the file starts with ${FOREIGN_KINDS[block.format]}, not with YAML frontmatter, so its frontmatter cannot be edited`,
    {
      place: { file, point: { line: 1, column: 1 } },
      hint: 'rewrite the metadata as YAML between two --- lines (`title: …`, one field per line), then try again',
      ruleId: 'foreign-frontmatter',
    },
  );
}
