// Reading a Word document clausemark built: recognised by what the writer puts in its properties, read by its
// bookmarks (docx-own.ts), its tracked changes resolved clause by clause as the caller decides (docx-revisions.ts)
// and listed as proposals, its comments kept with the clause they stand beside.
import type { Document, Element } from '@xmldom/xmldom';
import YAML from 'yaml';
import { errorById, wordMessage } from '../../io/messages.js';
import { FRONTMATTER_PROPERTY, frontmatterFromProperties, SOURCE_HASH_PROPERTY } from '../../model/word-source.js';
import { findForeignMetadata, findFrontmatter } from '../../parse/fence.js';
import {
  type Block,
  counted,
  type Decision,
  type OwnDocument,
  type ReadDocument,
  type WordComment,
} from '../blocks.js';
import { BodyReader } from './docx-body.js';
import { ownBlocks } from './docx-own.js';
import { child, descendants, type DocxParts, wAttr } from './docx-parts.js';
import { inThreadOrder, threadPlaces } from './docx-comment-threads.js';
import {
  type CommentText,
  changesByClause,
  clauseKeys,
  commentTexts,
  hasChanges,
  resolveChanges,
} from './docx-revisions.js';
import type { ReadOptions } from './options.js';
import { namedControls } from '../../text/controls.js';

const COMMENTS = ['import-count.comment', 'import-count.comments'] as const;
const CLAUSES = ['import-count.clause', 'import-count.clauses'] as const;
const NEW_PARAGRAPHS = ['import-count.new-paragraph', 'import-count.new-paragraphs'] as const;
const IMAGES = ['import-count.image', 'import-count.images'] as const;

/** The properties every clausemark Word document has had (src/render/docx/index.ts), before it carried its source. */
const OLDER_PROPERTIES = ['PolicyId', 'Organisation', 'Version', 'Language', 'Status'];

/**
 * Whether clausemark built the document, and what it says about its source: the frontmatter (from the custom
 * properties, or for a document from before they carried it, from the single fields they do carry), the hash and
 * the carried source.
 */
export function ownDocumentOf(parts: DocxParts, path: string): Omit<OwnDocument, 'proposals' | 'comments'> | undefined {
  const { properties } = parts;
  const hash = properties.get(SOURCE_HASH_PROPERTY);
  const older = OLDER_PROPERTIES.every((name) => properties.has(name));
  if (hash === undefined && !parts.carried && !older) return undefined;
  const stated = frontmatterFromProperties(properties);
  if (stated !== undefined && stated !== '') refuseUnlessOneBlock(stated, path);
  const frontmatter = stated ?? (older ? olderFrontmatter(parts) : undefined);
  return {
    ...(frontmatter !== undefined && frontmatter !== '' ? { frontmatter } : {}),
    ...(hash ? { hash } : parts.carried?.hash ? { hash: parts.carried.hash } : {}),
    ...(parts.carried ? { carried: parts.carried.text } : {}),
  };
}

/**
 * Why the frontmatter property is not one metadata block (undefined when it is): the writer puts the source's block
 * there, `---` lines included. Word shows custom properties to no reader, so text after a second `---` (or a second
 * YAML document) would become clauses nobody saw: refused, never pasted.
 */
function notOneBlock(text: string): string | undefined {
  const whole = text.endsWith('\n') ? text : `${text}\n`;
  const yaml = findFrontmatter(whole);
  if (yaml) {
    if (whole.slice(yaml.bodyStart).trim() !== '') return 'text follows the closing --- line';
    const documents = YAML.parseAllDocuments(yaml.yaml);
    const list = Array.isArray(documents) ? documents : [documents];
    if (list.length > 1) return 'it holds more than one YAML document';
    const [document] = list;
    const error = document?.errors[0];
    if (error) return error.message.split('\n')[0];
    if (document && document.contents !== null && !YAML.isMap(document.contents)) return 'it is not a YAML mapping';
    return undefined;
  }
  const foreign = findForeignMetadata(whole);
  if (foreign && !foreign.unclosed && foreign.format !== 'comment' && whole.slice(foreign.bodyStart).trim() === '')
    return undefined;
  return 'it does not start with a --- line and end with one';
}

function refuseUnlessOneBlock(text: string, path: string): void {
  const reason = notOneBlock(text);
  if (reason === undefined) return;
  throw errorById(
    {
      messageId: 'import-refused.frontmatter-property',
      fixId: 'import-refused.correct-frontmatter-property',
      params: { property: FRONTMATTER_PROPERTY, reason },
    },
    { place: { file: path } },
  );
}

function olderFrontmatter(parts: DocxParts): string {
  const { properties } = parts;
  const data = {
    id: properties.get('PolicyId'),
    title: parts.title ?? properties.get('PolicyId'),
    organisation: properties.get('Organisation'),
    version: properties.get('Version'),
    status: properties.get('Status'),
    lang: properties.get('Language'),
  };
  return `---\n${YAML.stringify(data, { lineWidth: 0 })}---`;
}

/**
 * A document with tracked changes and no decision is refused, naming the clauses they are in (by ID; a paragraph
 * typed in Word has none yet, and is counted).
 */
function refuseUndecided(keys: readonly string[], comments: number, path: string): never {
  const ids = keys.filter((key) => !key.startsWith('¶'));
  const fresh = keys.length - ids.length;
  throw errorById(
    {
      messageId: 'import-refused.has-proposals',
      fixId: 'import-refused.decide-proposals',
      params: {
        clauses: counted(keys.length, CLAUSES),
        ids: [...ids, ...(fresh > 0 ? [wordMessage(counted(fresh, NEW_PARAGRAPHS))] : [])].join(', '),
        ...(comments > 0 ? { comments: counted(comments, COMMENTS) } : {}),
      },
    },
    { place: { file: path } },
  );
}

/** The ids of the comment marks `name` (commentRangeStart, commentRangeEnd) inside an element. */
const commentMarks = (element: Element, name: string): string[] =>
  descendants(element, name).flatMap((mark) => wAttr(mark, 'id') ?? []);

/** The key of a comment on no block read (the generated contents): kept under the title (comment-notes.ts). */
const OUTSIDE = '¶';

/**
 * The comments, each with the clause key of every block its range covers: a comment anchored across two articles
 * stands beside both, once each. One on no block read (the contents, which the import drops) is kept all the same,
 * under the key of no clause: the report never says a comment was kept that was not. Those at one place are in their
 * threads' order, a question before its replies (docx-comment-threads.ts).
 */
function commentsOf(parts: DocxParts, blocks: readonly Block[], reader: BodyReader): WordComment[] {
  const texts = commentTexts(parts.comments);
  const byKey = new Map<string, string[]>();
  const open = new Set<string>();
  for (const block of blocks) {
    const word = reader.word.get(block);
    const covering = [...open, ...(word?.comments ?? [])];
    if (word) {
      for (const id of commentMarks(word.element, 'commentRangeStart')) open.add(id);
      for (const id of commentMarks(word.element, 'commentRangeEnd')) open.delete(id);
    }
    if (block.key === undefined) continue;
    const kept = byKey.get(block.key) ?? [];
    for (const id of covering) if (texts.has(id) && !kept.includes(id)) kept.push(id);
    if (kept.length > 0) byKey.set(block.key, kept);
  }
  const anywhere = new Set([...byKey.values()].flat());
  const outside = [...texts.keys()].filter((id) => !anywhere.has(id));
  if (outside.length > 0) byKey.set(OUTSIDE, outside);
  const threads = threadPlaces(parts.comments, parts.commentsExtended, parts.document);
  return [...byKey].flatMap(([key, ids]) =>
    inThreadOrder(ids, threads).map((id) => wordComment(key, texts.get(id) as CommentText)),
  );
}

/** A comment as written into the source beside `clause` and printed in the report: control characters named. */
function wordComment(clause: string, comment: { author: string; date?: string; text: string }): WordComment {
  const author = namedControls(comment.author);
  const text = namedControls(comment.text);
  const named = author.named + text.named;
  return {
    clause,
    author: author.text,
    ...(comment.date ? { date: comment.date } : {}),
    text: text.text,
    ...(named > 0 ? { named } : {}),
  };
}

/**
 * The document's text in reading order, for the word account: a footnote's number apart from the word it follows
 * (the writer sets it as a superscript link right after it, "PO-Raad¹"), a heading's typed number before its title.
 * The footnotes apart, with their labels: the Word document lists them at the end, the written policy puts each
 * where it chooses (after the list citing it), so they are matched with its footnote definitions (account.ts).
 */
function ownText(blocks: readonly Block[]): { text: string; notes: { text: string; labels: string[] } } {
  const notes = blocks.filter((block) => block.kind === 'footnote');
  const text = blocks
    .filter((block) => block.kind !== 'footnote')
    .map((block) => {
      if (block.kind === 'dropped') return block.text;
      if (block.kind === 'table')
        return block.rows
          .map((row) => row.map((cell) => cell.map((inline) => inline.text).join('')).join(' '))
          .join('\n');
      const text = block.inlines.map((inline) => (inline.footnote ? ` ${inline.footnote} ` : inline.text)).join('');
      return block.kind === 'heading' && block.marker ? `${block.marker} ${text}` : text;
    })
    .join('\n');
  return {
    text,
    notes: {
      text: notes.map((note) => `${note.label} ${note.inlines.map((inline) => inline.text).join('')}`).join('\n'),
      labels: notes.map((note) => note.label),
    },
  };
}

/** What the report says of a clausemark document's reading: clauses joined in Word, images left out. */
function ownDecisions(joined: readonly { id: string; into: string }[], images: number): Decision[] {
  const decisions: Decision[] = joined.map(({ id, into }) => ({
    ruleId: 'import-word',
    messageId: 'import-word.joined',
    fixId: 'import-word.check-joined',
    params: { id, into },
    source: { line: 0 },
  }));
  if (images > 0)
    decisions.push({
      ruleId: 'import-dropped',
      messageId: 'import-dropped.images',
      fixId: 'import-report.check-original',
      params: { images: counted(images, IMAGES) },
      source: { line: 0 },
    });
  return decisions;
}

export async function readOwnDocx(
  parts: DocxParts,
  own: Omit<OwnDocument, 'proposals' | 'comments'>,
  options: ReadOptions,
): Promise<ReadDocument> {
  const original = child(parts.document.documentElement ?? undefined, 'body');
  // Resolved in a copy only when the original is read for proposals (a copy is a third of a long one's memory).
  const changed = original !== undefined && hasChanges(parts.document);
  const document = changed ? (parts.document.cloneNode(true) as Document) : parts.document;
  const body = child(document.documentElement ?? undefined, 'body');
  const keys = body ? clauseKeys(body) : new Map<Element, string>();
  const proposals = original && changed ? changesByClause(original, clauseKeys(original)) : [];
  const commentCount = parts.comments ? commentTexts(parts.comments).size : 0;
  const choice = options.changes ?? 'refuse';
  const open = proposals.length > 0 && choice === 'refuse' && !options.decide;
  if (open && !options.listOnly)
    refuseUndecided(
      proposals.map((change) => change.key),
      commentCount,
      options.path,
    );
  // Listed only: the text as it was sent, each proposal reported as still to decide.
  const decide = options.decide ?? ((): 'accept' | 'reject' => (choice === 'reject' || open ? 'reject' : 'accept'));
  if (body) resolveChanges(document, keys, decide);
  const reader = new BodyReader({ ...parts, document }, 'accept', true);
  if (body) reader.read(body);
  for (const block of reader.blocks) {
    const element = reader.word.get(block)?.element;
    const key = element ? keys.get(element) : undefined;
    if (key !== undefined) block.key = key;
  }
  const { blocks, joined } = ownBlocks(reader, reader.blocks);
  const decisions = ownDecisions(joined, reader.images);
  const text = ownText(blocks);
  return {
    blocks,
    decisions,
    sourceText: text.text,
    ...(text.notes.labels.length > 0 ? { notesText: text.notes } : {}),
    firstLineIsTitle: false,
    structured: true,
    own: {
      ...own,
      proposals: proposals.map((change) => ({
        clause: change.key,
        authors: change.authors,
        dates: change.dates,
        before: change.before,
        after: change.after,
        decision: open ? ('open' as const) : decide(change.key),
      })),
      comments: commentsOf(parts, reader.blocks, reader),
    },
  };
}
