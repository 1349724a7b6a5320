// Word (.docx) → blocks. Tracked changes and comments are never taken silently: without --accept-changes or
// --reject-changes a document that has them is refused with their count.
import { errorById } from '../../io/messages.js';
import type { MessageParams } from '../../model/diagnostics.js';
import { articleHeadings } from '../article-headings.js';
import { typedItems } from './docx-typed.js';
import { type Block, counted, type Decision, type ReadDocument } from '../blocks.js';
import { BodyReader, endnoteLabel } from './docx-body.js';
import { nestByIndent } from './docx-nesting.js';
import { dropTypedContents } from './docx-toc.js';
import { headerAndFooterBlocks, headerAndFooterFillIns } from './docx-furniture.js';
import { headerAndFooterDateFields, placeTextBoxFields } from './docx-date-fields.js';
import { child, children, descendants, wAttr, type DocxParts } from './docx-parts.js';
import { readParts } from './docx-parts.js';
import { ownDocumentOf, readOwnDocx } from './docx-own-read.js';
import { resolveChanges } from './docx-revisions.js';
import type { ReadOptions } from './options.js';

const TRACKED = ['import-count.tracked-change', 'import-count.tracked-changes'] as const;
const INSERTIONS = ['import-count.insertion', 'import-count.insertions'] as const;
const DELETIONS = ['import-count.deletion', 'import-count.deletions'] as const;
const COMMENTS = ['import-count.comment', 'import-count.comments'] as const;
const IMAGES = ['import-count.image', 'import-count.images'] as const;
const TEXT_BOXES = ['import-count.text-box', 'import-count.text-boxes'] as const;

/** The tracked changes of the body and of its notes (a change in a footnote was taken without a word). */
function countChanges(parts: DocxParts): { insertions: number; deletions: number; comments: number } {
  const texts = [parts.document, parts.footnotes, parts.endnotes].filter((part) => part !== undefined);
  const count = (...names: string[]): number =>
    names.reduce((sum, name) => sum + texts.reduce((inPart, part) => inPart + descendants(part, name).length, 0), 0);
  const comments = parts.comments ? descendants(parts.comments, 'comment').length : count('commentReference');
  return { insertions: count('ins', 'moveTo'), deletions: count('del', 'moveFrom'), comments };
}

/**
 * Footnotes, then endnotes, as footnote blocks (the separators Word keeps in footnotes.xml and endnotes.xml are not
 * notes). An endnote's text was left out and not even counted: "0 lost" while it was gone.
 */
/** The first words of a note, to name it by: at most eight. */
const noteStart = (text: string): string => {
  const words = text.trim().split(/\s+/u);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
};

function notes(parts: DocxParts, reader: BodyReader): Block[] {
  const kinds = [
    { part: parts.footnotes, name: 'footnote', label: (id: string): string => id },
    { part: parts.endnotes, name: 'endnote', label: endnoteLabel },
  ];
  const out: Block[] = [];
  for (const { part, name, label } of kinds) {
    for (const note of part ? descendants(part, name) : []) {
      if (wAttr(note, 'type') && wAttr(note, 'type') !== 'normal') continue;
      const inlines = children(note, 'p').flatMap((paragraph, index) => [
        ...(index > 0 ? [{ text: ' ' }] : []),
        ...reader.inlines(paragraph),
      ]);
      const text = inlines.map((inline) => inline.text).join('');
      // A text box in the note stands in no paragraph of the body: named by its note, never "source line 0".
      const box = { line: 0, part: 'note-text-box', note: noteStart(text) } as const;
      reader.reportRead(text, { line: 0 }, box);
      reader.leaveOutBoxes(box);
      if (text.trim() === '') continue;
      reader.text.push(text);
      out.push({
        kind: 'footnote',
        label: label(wAttr(note, 'id') ?? String(out.length + 1)),
        inlines,
        source: { line: 0 },
      });
    }
  }
  return out;
}

/** A document with tracked changes or comments, and no decision on them: refused, naming what it holds. */
function refuseUndecided(changes: ReturnType<typeof countChanges>, path: string): never {
  const tracked = changes.insertions + changes.deletions;
  const params = {
    ...(tracked > 0
      ? {
          changes: counted(tracked, TRACKED),
          insertions: counted(changes.insertions, INSERTIONS),
          deletions: counted(changes.deletions, DELETIONS),
        }
      : {}),
    ...(changes.comments > 0 ? { comments: counted(changes.comments, COMMENTS) } : {}),
  };
  const messageId =
    tracked === 0
      ? 'import-refused.has-comments'
      : changes.comments === 0
        ? 'import-refused.has-changes'
        : 'import-refused.has-changes-and-comments';
  throw errorById({ messageId, fixId: 'import-refused.decide-changes', params }, { place: { file: path } });
}

export async function readDocx(bytes: Uint8Array, options: ReadOptions): Promise<ReadDocument> {
  const parts = readParts(bytes, options.path);
  const own = ownDocumentOf(parts, options.path);
  if (own) return readOwnDocx(parts, own, options);
  const changes = countChanges(parts);
  const tracked = changes.insertions + changes.deletions;
  if ((options.changes === 'refuse' || options.changes === undefined) && tracked + changes.comments > 0)
    refuseUndecided(changes, options.path);
  const choice = options.changes === 'reject' ? 'reject' : 'accept';
  const body = child(parts.document.documentElement ?? undefined, 'body');
  // Resolved before reading, as Word resolves them: a deleted paragraph mark accepted joins its paragraph to the
  // next one (an inserted one rejected too), a row deleted goes; the reader then meets no tracked change in the body.
  if (body && tracked > 0) resolveChanges(parts.document, new Map([[body, 'body']]), () => choice);
  const reader = new BodyReader(parts, choice);
  if (body) reader.read(body);
  // A table of contents typed by hand (its entries repeat the headings), then labels typed at the start of
  // paragraphs, where Word's numbering did not number them.
  dropTypedContents(reader.blocks);
  // Articles and chapters by what their headings say, in any style (a bold line, Kop 2, an <h2>).
  articleHeadings(reader.blocks, reader.ownNumbering, (block) => reader.word.get(block)?.size);
  typedItems(reader.blocks);
  // A list set further in than the item before it, another list, is its sub-list.
  nestByIndent(reader.blocks);
  const read = notes(parts, reader);
  const hiddenInNotes = reader.blocks.length;
  reader.leaveOutHidden({ line: 0 });
  const furniture = headerAndFooterBlocks(parts, (symbols, text) =>
    reader.reportUnread(symbols, text, { line: 0 }, true),
  );
  for (const block of furniture) if (block.kind === 'dropped') reader.text.push(block.text);
  const blocks = [
    ...reader.blocks.slice(0, hiddenInNotes),
    ...read,
    ...reader.blocks.slice(hiddenInNotes),
    ...furniture,
  ];
  placeTextBoxFields(reader.decisions, reader.blocks);
  const furnitureDecisions = [...headerAndFooterDateFields(parts), ...headerAndFooterFillIns(parts)];
  const decisions: Decision[] = [...reader.decisions, ...furnitureDecisions];
  const report = (ruleId: string, messageId: string, params: MessageParams): void => {
    decisions.push({ ruleId, messageId, fixId: 'import-report.check-original', params, source: { line: 0 } });
  };
  if (tracked > 0)
    report('import-changes', options.changes === 'reject' ? 'import-changes.rejected' : 'import-changes.accepted', {
      changes: counted(tracked, TRACKED),
    });
  if (changes.comments > 0)
    report('import-dropped', 'import-dropped.comments', { comments: counted(changes.comments, COMMENTS) });
  if (reader.images > 0) report('import-dropped', 'import-dropped.images', { images: counted(reader.images, IMAGES) });
  if (reader.textBoxes > 0)
    report('import-dropped', 'import-dropped.text-boxes', { textBoxes: counted(reader.textBoxes, TEXT_BOXES) });
  if (parts.title && !blocks.some((block) => block.kind === 'heading' && block.level === 1)) {
    blocks.unshift({ kind: 'heading', level: 1, inlines: [{ text: parts.title }], source: { line: 0 } });
    reader.text.unshift(parts.title);
    report('import-title', 'import-title.from-properties', { title: parts.title });
  }
  return { blocks, decisions, sourceText: reader.text.join('\n'), firstLineIsTitle: false, ...foundBeside(reader) };
}

/** What the reader found beside the text: the source's own numbering, signs it could not read. */
function foundBeside(reader: BodyReader): Pick<ReadDocument, 'numbering' | 'unreadSymbols'> {
  return {
    ...(Object.keys(reader.ownNumbering).length > 0 ? { numbering: reader.ownNumbering } : {}),
    ...(reader.unreadSymbols.length > 0 ? { unreadSymbols: reader.unreadSymbols } : {}),
  };
}
