// Lossless edits to a policy's frontmatter (approve, adapt, upgrade): the YAML is edited as a document, so comments,
// quoting and key order survive, and the Markdown body is kept byte for byte. The result is verified before use.
import { type Document, isMap, parseDocument } from 'yaml';
import { errorById } from '../io/messages.js';
import { findForeignMetadata, findFrontmatter } from './fence.js';

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
    throw errorById(
      { messageId: 'lossy-edit.not-valid-yaml', fixId: 'lossy-edit.check-first' },
      { place: { file }, ruleId: 'yaml-syntax' },
    );
  }
  // An empty frontmatter block parses to no contents; start a block mapping the edit can add to.
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  edit(doc);
  const edited = doc.toString({ lineWidth: 0 });
  const lost = commentLines(yaml).filter((comment) => !edited.includes(comment));
  if (lost.length > 0) {
    throw errorById(
      {
        messageId: 'lossy-edit.would-lose-comment',
        fixId: 'lossy-edit.move-comment',
        params: { comment: lost[0] ?? '' },
      },
      { place: { file }, ruleId: 'lossy-edit' },
    );
  }
  return `${open}${edited}${close}${hasFrontmatter ? body : `\n${body}`}`;
}

/** What each kind of foreign metadata is called in the messages (templates/messages/en.yaml). */
const FOREIGN_KINDS = {
  toml: 'foreign-frontmatter.toml',
  'yaml-unfenced': 'foreign-frontmatter.yaml-unfenced',
  headers: 'foreign-frontmatter.headers',
  comment: 'foreign-frontmatter.comment',
} as const;

/**
 * A file that starts with another tool's metadata (TOML, header lines, unfenced YAML, a licence comment) cannot get a
 * YAML block put in front of it: the old block would then be read as text. Refuse, and say how to convert it.
 */
function refuseForeignMetadata(source: string, file: string): void {
  const block = findForeignMetadata(source);
  if (!block) return;
  throw errorById(
    {
      messageId: 'foreign-frontmatter.cannot-edit',
      fixId: 'foreign-frontmatter.rewrite-as-yaml',
      params: { kind: { messageId: FOREIGN_KINDS[block.format] } },
    },
    { place: { file, point: { line: 1, column: 1 } }, ruleId: 'foreign-frontmatter' },
  );
}
