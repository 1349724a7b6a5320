// A Word document without automatic numbering has its clause numbers typed at the start of paragraphs ("1.1⇥In deze
// regeling …", "1) …", "a) …"), as many school documents are typed. Word's own numbering is read from its
// definitions (docx-body.ts); this reads the typed labels as the text reader does, so the same document gives the
// same policy whether it comes as Word, PDF or text: each label that continues its list is a clause or item with the
// label as its marker (typed-numbering.ts makes the policy's numbering of them), any other stays words.
import { type Block, inlineText, type ItemBlock, withoutPrefix } from '../blocks.js';
import {
  CHAPTER_CLAUSE,
  canStartList,
  continuesClauses,
  headingNumber,
  listMarker,
  looksLikeInitial,
  ordinalOf,
  type MarkerKind,
} from '../markers.js';

interface Level {
  kind: MarkerKind | 'clause';
  last: number;
}

/** The typed chapter number of a level-2 heading ("Artikel 3" as its marker or still in its text), if any. */
function chapterOf(heading: Extract<Block, { kind: 'heading' }>): number | undefined {
  const typed = heading.marker ?? headingNumber(inlineText(heading.inlines))?.marker;
  const digits = typed === undefined ? undefined : /\d+/u.exec(typed)?.[0];
  return digits === undefined ? undefined : Number(digits);
}

/** Reads the labels typed at the start of paragraphs as clauses and items, in place. */
export function typedItems(blocks: Block[]): void {
  let chapter: number | undefined;
  let lastClause: [number, number] | undefined;
  let levels: Level[] = [];
  // Typed items right after an item Word numbered are its sub-items ("a)" under Word's "1)").
  let base = 0;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      levels = [];
      base = 0;
      if (block.level === 2) chapter = chapterOf(block);
      return;
    }
    if (block.kind === 'item') {
      levels = [];
      base = block.level + 1;
      return;
    }
    if (block.kind !== 'paragraph') return;
    const text = inlineText(block.inlines);
    const clause = CHAPTER_CLAUSE.exec(text);
    if (clause && continuesClauses(Number(clause[2]), Number(clause[3]), lastClause, chapter)) {
      lastClause = [Number(clause[2]), Number(clause[3])];
      levels = [{ kind: 'clause', last: Number(clause[3]) }];
      base = 0;
      blocks[index] = item(block, clause[1] ?? '', 0, text.length - (clause[4] ?? '').length, Number(clause[3]));
      return;
    }
    const alphaBefore = (letter: string): boolean =>
      levels.some(
        (level) =>
          level.kind === (letter === letter.toLowerCase() ? 'alpha' : 'ALPHA') &&
          level.last + 1 === letter.toLowerCase().charCodeAt(0) - 96,
      );
    const marker = listMarker(text, { alphaBefore });
    const open = marker ? levels.findIndex((level) => level.kind === marker.kind) : -1;
    const continues = marker !== undefined && open >= 0 && ordinalOf(marker) === (levels[open] as Level).last + 1;
    if (
      !marker ||
      marker.kind === 'bullet' ||
      !canStartList(marker, continues) ||
      (looksLikeInitial(marker) && !continues) ||
      (!continues && ordinalOf(marker) !== 1)
    ) {
      levels = [];
      base = 0;
      return;
    }
    if (open >= 0) levels.length = open + 1;
    else levels.push({ kind: marker.kind, last: 0 });
    (levels.at(-1) as Level).last = ordinalOf(marker);
    blocks[index] = item(
      block,
      marker.marker,
      base + levels.length - 1,
      text.length - marker.rest.length,
      ordinalOf(marker),
    );
  });
}

function item(
  block: Extract<Block, { kind: 'paragraph' }>,
  marker: string,
  level: number,
  length: number,
  number: number,
): ItemBlock {
  return {
    kind: 'item',
    level,
    ordered: true,
    marker,
    // The number typed, so a list a table breaks goes on where the source did ("3.2" after a table under "3.1").
    number,
    ...(block.indent !== undefined ? { indent: block.indent } : {}),
    inlines: withoutPrefix(block.inlines, length),
    source: block.source,
  };
}
