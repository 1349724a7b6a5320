// Word (.docx) → blocks. Tracked changes and comments are never taken silently: without --accept-changes or
// --reject-changes a document that has them is refused with their count.
import { ClausemarkError } from '../../model/errors.js';
import type { Block, Decision, ReadDocument } from '../blocks.js';
import { BodyReader } from './docx-body.js';
import { child, children, descendants, wAttr, type DocxParts } from './docx-parts.js';
import { readParts } from './docx-parts.js';
import type { ReadOptions } from './index.js';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function countChanges(parts: DocxParts): { insertions: number; deletions: number; comments: number } {
  const count = (...names: string[]): number =>
    names.reduce((sum, name) => sum + descendants(parts.document, name).length, 0);
  const comments = parts.comments ? descendants(parts.comments, 'comment').length : count('commentReference');
  return { insertions: count('ins', 'moveTo'), deletions: count('del', 'moveFrom'), comments };
}

/** Footnotes as blocks (the separators Word keeps in footnotes.xml are not footnotes). */
function footnotes(parts: DocxParts, reader: BodyReader): Block[] {
  const notes = parts.footnotes ? descendants(parts.footnotes, 'footnote') : [];
  const out: Block[] = [];
  for (const note of notes) {
    if (wAttr(note, 'type') && wAttr(note, 'type') !== 'normal') continue;
    const inlines = children(note, 'p').flatMap((paragraph, index) => [
      ...(index > 0 ? [{ text: ' ' }] : []),
      ...reader.inlines(paragraph),
    ]);
    const text = inlines.map((inline) => inline.text).join('');
    if (text.trim() === '') continue;
    reader.text.push(text);
    out.push({ kind: 'footnote', label: wAttr(note, 'id') ?? String(out.length + 1), inlines, source: { line: 0 } });
  }
  return out;
}

export async function readDocx(bytes: Uint8Array, options: ReadOptions): Promise<ReadDocument> {
  const parts = readParts(bytes, options.path);
  const changes = countChanges(parts);
  const tracked = changes.insertions + changes.deletions;
  if (options.changes === 'refuse' || options.changes === undefined) {
    if (tracked + changes.comments > 0) {
      const what = [
        tracked > 0
          ? `${plural(tracked, 'tracked change')} (${plural(changes.insertions, 'insertion')}, ${plural(changes.deletions, 'deletion')})`
          : '',
        changes.comments > 0 ? plural(changes.comments, 'comment') : '',
      ]
        .filter(Boolean)
        .join(' and ');
      throw new ClausemarkError(`the document has ${what}; import does not decide them for you`, {
        place: { file: options.path },
        hint: 'accept or reject them in Word first, or pass --accept-changes or --reject-changes (comments are then left out and reported)',
      });
    }
  }
  const reader = new BodyReader(parts, options.changes === 'reject' ? 'reject' : 'accept');
  const body = child(parts.document.documentElement ?? undefined, 'body');
  if (body) reader.read(body);
  const blocks = [...reader.blocks, ...footnotes(parts, reader)];
  const decisions: Decision[] = [];
  const report = (ruleId: string, message: string): void => {
    decisions.push({
      ruleId,
      message,
      source: { line: 0 },
      fix: 'check the original document and copy what is missing in by hand',
    });
  };
  if (tracked > 0)
    report(
      'import-changes',
      `${plural(tracked, 'tracked change')} ${options.changes === 'reject' ? 'rejected' : 'accepted'} (--${options.changes}-changes)`,
    );
  if (changes.comments > 0) report('import-dropped', `${plural(changes.comments, 'comment')} left out`);
  if (reader.images > 0)
    report('import-dropped', `${plural(reader.images, 'image')} left out: a policy holds text only`);
  if (reader.textBoxes > 0)
    report('import-dropped', `${plural(reader.textBoxes, 'text box')} left out: their text is not imported`);
  if (parts.title && !blocks.some((block) => block.kind === 'heading' && block.level === 1)) {
    blocks.unshift({ kind: 'heading', level: 1, inlines: [{ text: parts.title }], source: { line: 0 } });
    reader.text.unshift(parts.title);
    report('import-title', `the title "${parts.title}" comes from the document properties, not from its text`);
  }
  return { blocks, decisions, sourceText: reader.text.join('\n'), firstLineIsTitle: false };
}
