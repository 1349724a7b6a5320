// Articles, chapters and paragraphs recognised by what their headings say ("Artikel 1. Begripsbepalingen",
// "HOOFDSTUK 2 De klacht", "§ 3 Melden"), in whatever style they are set: a bold Normal paragraph, a Kop 1 or Kop 2,
// an <h2> LibreOffice made from HTML, or a bold item of Word's numbering button. Schools type their headings every
// way; what the heading says is the same. The document's own numbers are what the policy prints (issue 68): an
// article whose typed number is the one the policy counts becomes structure, any other number stays in the heading's
// text, and a chapter or paragraph heading over the articles is printed as typed, without a number of its own, so
// no "HOOFDSTUK 1.1 Artikel 1." is made of "HOOFDSTUK 1" and "Artikel 1.". A chapter typed bold with its number
// alone ("2. Klachtencommissie") right over a bold article line is such a chapter too: it was a list item or text.
import type { PolicyNumbering } from '../model/numbering.js';
import { slugify } from '../parse/ids.js';
import { type Block, type HeadingBlock, type Inline, inlineText, withoutPrefix } from './blocks.js';
import { type HeadingNumber, headingNumber } from './markers.js';

type Role = 'article' | 'chapter' | 'paragraph';

/** The word a typed heading starts with, and what it makes of the heading. */
const ROLES: readonly [RegExp, Role][] = [
  [/^(?:artikel|article|art\.)$/iu, 'article'],
  [/^(?:hoofdstuk|chapter)$/iu, 'chapter'],
  [/^(?:paragraaf|§)$/iu, 'paragraph'],
];

/** At most this many words: a heading, not a sentence that starts with "Artikel 3 …". */
const MAX_HEADING_WORDS = 12;

interface Typed {
  index: number;
  role: Role;
  /** The typed label ("Artikel 1.") and the heading's words after it. */
  marker: string;
  title: string;
  /** The whole heading's inlines, its typed label included. */
  inlines: Inline[];
  number: string;
}

const textOf = (inlines: readonly Inline[]): string => inlineText(inlines).replace(/\s+/gu, ' ').trim();

/** Every word of the text is set bold: a heading typed as bold text. */
const allBold = (inlines: readonly Inline[]): boolean => {
  const worded = inlines.filter((inline) => /[\p{L}\p{N}]/u.test(inline.text));
  return worded.length > 0 && worded.every((inline) => inline.bold === true);
};

/** The heading's inlines with the typed label a reader already took as its marker put back in front. */
function wholeInlines(block: Block): Inline[] {
  if (block.kind !== 'heading' && block.kind !== 'paragraph') return [];
  const marker = block.kind === 'heading' ? block.marker : undefined;
  return marker ? [{ text: `${marker} ` }, ...block.inlines] : block.inlines;
}

/** A heading that says only its typed number ("Artikel 4", "§ 1"), as a law's export sets it above its title. */
const BARE_NUMBER = /^(?:artikel|article|hoofdstuk|chapter|paragraaf|§)\s*\d{1,3}[a-z]?\.?$/iu;

/** A heading (below the title) that says its typed number alone. */
const bareHeading = (block: Block | undefined): boolean =>
  block?.kind === 'heading' && block.level >= 2 && BARE_NUMBER.test(textOf(wholeInlines(block)));

/**
 * A law's export sets an article's number and its title as two headings ("### Artikel 4" over "####Afhandeling"):
 * they are one heading, "Artikel 4 Afhandeling", whose words are what the reader sees. The next heading is taken as
 * the title when it follows at once, is no typed heading of its own and reads as a title.
 */
export function joinBareNumbers(blocks: Block[]): void {
  for (let index = 0; index < blocks.length - 1; index++) {
    const block = blocks[index] as Block;
    const next = blocks[index + 1];
    if (block.kind !== 'heading' || next?.kind !== 'heading' || next.level < 2 || !bareHeading(block)) continue;
    const title = textOf(next.inlines);
    if (title === '' || /[.;:,]$/u.test(title) || title.split(' ').length > MAX_HEADING_WORDS) continue;
    if (headingNumber(title) || bareHeading(next)) continue;
    blocks[index] = { ...block, inlines: [...block.inlines, { text: ' ' }, ...next.inlines] };
    blocks.splice(index + 1, 1);
  }
}

/** A bold paragraph of its own (no list item's further text), a heading typed as bold text. */
const boldLine = (block: Block | undefined): block is Extract<Block, { kind: 'paragraph' }> =>
  block?.kind === 'paragraph' && block.continues !== true && allBold(block.inlines);

/**
 * A Dutch reglement types an article's number and its title as two bold lines ("**Artikel 1**" over
 * "**Begripsbepalingen**"): they are one heading, "Artikel 1 Begripsbepalingen", as joinBareNumbers makes of two
 * headings. The next line is taken as the title when it is bold too, is no typed heading of its own and reads as a
 * title.
 */
function joinBoldNumberLines(blocks: Block[]): void {
  for (let index = 0; index < blocks.length - 1; index++) {
    const block = blocks[index];
    const next = blocks[index + 1];
    if (!boldLine(block) || !boldLine(next) || !BARE_NUMBER.test(textOf(block.inlines))) continue;
    const title = textOf(next.inlines);
    if (/[.;:,]$/u.test(title) || title.split(' ').length > MAX_HEADING_WORDS) continue;
    if (headingNumber(title) || BARE_NUMBER.test(title)) continue;
    blocks[index] = { ...block, inlines: [...block.inlines, { text: ' ', bold: true }, ...next.inlines] };
    blocks.splice(index + 1, 1);
  }
}

/** The next block after `index` that is not text left out. */
const nextKept = (blocks: readonly Block[], index: number): number =>
  blocks.findIndex((block, at) => at > index && block.kind !== 'dropped');

/**
 * A heading, or a bold line, that says an article's label alone ("Artikel 1") over the article's text: a heading of
 * no title, as a reglement sets its articles ("Artikel 1" bold, its sentence under it), not a title of its own.
 */
function bareArticle(blocks: readonly Block[], index: number, text: string): HeadingNumber | undefined {
  const block = blocks[index] as Block;
  if (!BARE_NUMBER.test(text) || (block.kind === 'paragraph' && !allBold(block.inlines))) return undefined;
  const next = blocks[nextKept(blocks, index)];
  if (next?.kind !== 'paragraph' && next?.kind !== 'item') return undefined;
  return { kind: 'word', marker: text, depth: 1, title: '' };
}

/** A block that is a typed article, chapter or paragraph heading, with what it says. */
function typedHeading(blocks: readonly Block[], index: number): Typed | undefined {
  const block = blocks[index] as Block;
  if (block.kind === 'paragraph' ? block.continues === true : block.kind !== 'heading' || block.level < 2)
    return undefined;
  const inlines = wholeInlines(block);
  const text = textOf(inlines);
  const bare = bareArticle(blocks, index, text);
  // A sentence that starts with an article's name ("Artikel 3 is van toepassing.") is text, not a heading.
  if (!bare && (text === '' || /[.;:,]$/u.test(text) || text.split(' ').length > MAX_HEADING_WORDS)) return undefined;
  const typed = bare ?? headingNumber(text);
  if (!typed || typed.kind !== 'word' || (typed.title === '' && !bare)) return undefined;
  const word = /^\S+?(?=\s*\d)/u.exec(typed.marker)?.[0] ?? typed.marker.split(/\s/u)[0] ?? '';
  const role = ROLES.find(([pattern]) => pattern.test(word))?.[1];
  if (!role) return undefined;
  // A plain paragraph is a heading by its words only when it reads as one: bold, or its title capitalised.
  if (block.kind === 'paragraph' && !allBold(inlines) && !/^\p{Lu}/u.test(typed.title)) return undefined;
  const number = /\d+[a-z]?/u.exec(typed.marker)?.[0] ?? '';
  return { index, role, marker: typed.marker, title: typed.title, inlines, number };
}

/**
 * A chapter whose number is typed without a chapter word ("2. Klachtencommissie", "II Klachtencommissie") in a bold
 * line of its own, directly over an article that reads as one and set no smaller than it (`sizeOf`, where the reader
 * knows sizes): a chapter, as "Hoofdstuk 2 De klachtencommissie" is. Its title must read as a title, and the chapters
 * so found must count 1, 2, 3 … (or I, II …), so a bold item "1. Doel" of a list is never one.
 */
function numberedChapters(
  blocks: readonly Block[],
  articles: readonly Typed[],
  sizeOf: (block: Block) => number | undefined,
): Typed[] {
  const byIndex = new Map(articles.map((article) => [article.index, article]));
  const found: Typed[] = [];
  blocks.forEach((block, index) => {
    if (!boldLine(block)) return;
    const text = textOf(block.inlines);
    const typed = headingNumber(text);
    if (!typed || typed.kind === 'word' || typed.depth !== 1 || !/^\p{Lu}/u.test(typed.title)) return;
    if (/[.;:,]$/u.test(text) || text.split(' ').length > MAX_HEADING_WORDS) return;
    const article = byIndex.get(nextKept(blocks, index));
    if (!article) return;
    const [own, theirs] = [sizeOf(block), sizeOf(blocks[article.index] as Block)];
    if (own !== undefined && theirs !== undefined && own < theirs) return;
    const number = typed.marker.replace(/[\s.]/gu, '');
    found.push({ index, role: 'chapter', marker: typed.marker, title: typed.title, inlines: block.inlines, number });
  });
  const counts = found.every(
    (chapter, at) => chapter.number === String(at + 1) || chapter.number === romanNumeral(at + 1),
  );
  return counts ? found : [];
}

/** I, II, III … XXIX: the roman numbers a chapter count reaches. */
const romanNumeral = (value: number): string =>
  `${'X'.repeat(Math.floor(value / 10))}${['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][value % 10] ?? ''}`;

/** A short bold paragraph or heading of no typed number standing first: the document's title. */
function titleAt(block: Block | undefined): boolean {
  if (!block || (block.kind !== 'heading' && block.kind !== 'paragraph')) return false;
  const text = textOf(block.inlines);
  if (text === '' || /[.;:,]$/u.test(text) || text.split(' ').length > MAX_HEADING_WORDS) return false;
  return block.kind === 'heading' || allBold(block.inlines);
}

/**
 * A bold item of Word's numbering ("1. Doel" made with the numbering button) with text under it that is no item:
 * a numbered heading, its number Word's. Every item of its list must read so, or none is taken.
 */
function numberedHeadings(blocks: Block[]): string | undefined {
  const lists = new Map<string, number[]>();
  blocks.forEach((block, index) => {
    if (block.kind !== 'item' || block.list === undefined || !block.ordered) return;
    lists.set(block.list, [...(lists.get(block.list) ?? []), index]);
  });
  for (const indexes of lists.values()) {
    const reads = indexes.every((index) => {
      const block = blocks[index] as Extract<Block, { kind: 'item' }>;
      const next = blocks.slice(index + 1).find((candidate) => candidate.kind !== 'dropped');
      const text = textOf(block.inlines);
      return (
        block.level === 0 &&
        allBold(block.inlines) &&
        text.split(' ').length <= 8 &&
        !/[.;:,]$/u.test(text) &&
        next?.kind === 'paragraph'
      );
    });
    if (!reads || indexes.length < 2) continue;
    const first = blocks[indexes[0] as number] as Extract<Block, { kind: 'item' }>;
    for (const index of indexes) {
      const item = blocks[index] as Extract<Block, { kind: 'item' }>;
      blocks[index] = {
        kind: 'heading',
        level: 2,
        inlines: item.inlines,
        ...(item.label !== undefined ? { label: item.label } : {}),
        source: item.source,
        ...(item.id !== undefined ? { id: item.id } : {}),
        ...(item.key !== undefined ? { key: item.key } : {}),
      };
    }
    // The label Word showed ("1.") as the sections' own pattern, when it is the number with text around it.
    const label = first.label;
    const number = first.number;
    if (label !== undefined && number !== undefined && label.includes(String(number)))
      return label.replace(String(number), '%1');
    return undefined;
  }
  return undefined;
}

/** An ID of its own for a heading printed as typed (`{#id .unnumbered}`), none taken twice. */
function idFor(text: string, taken: Set<string>): string {
  const base = slugify(text, 5) || 'section';
  let id = base;
  for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

/**
 * Reads the headings the text types, in place: articles become the policy's sections (level 2), with their typed
 * number as structure when it is the one the policy counts (1, 2, 3 … through the whole document), else kept in the
 * heading; chapters and paragraphs above the articles are headings printed as typed; a short bold first line is the
 * title. The sections' own pattern, where it came from Word's numbering of bold items ("%1."), goes into `numbering`
 * unless that has one.
 */
export function articleHeadings(
  blocks: Block[],
  numbering: PolicyNumbering,
  sizeOf: (block: Block) => number | undefined = () => undefined,
): void {
  const sections = numberedHeadings(blocks);
  if (sections) numbering.sections ??= sections;
  joinBareNumbers(blocks);
  joinBoldNumberLines(blocks);
  const typed = blocks.flatMap((_, index) => {
    const found = typedHeading(blocks, index);
    return found ? [found] : [];
  });
  const articles = typed.filter((heading) => heading.role === 'article');
  if (articles.length > 1) {
    typed.push(...numberedChapters(blocks, articles, sizeOf));
    typed.sort((a, b) => a.index - b.index);
  }
  // Chapters are the sections where no article is typed: "Hoofdstuk 1 Inleiding" of a protocol.
  const main = articles.length > 0 ? articles : typed.filter((heading) => heading.role === 'chapter');
  // Bold text alone is a heading by its words once the document types two such headings, or one in a heading style.
  if (main.length === 0 || (main.length === 1 && blocks[main[0]?.index ?? 0]?.kind === 'paragraph')) return;
  const counted = main.every((heading, at) => heading.number === String(at + 1));
  const taken = new Set<string>();
  const firstMain = main[0]?.index ?? 0;
  for (const heading of typed) {
    const old = blocks[heading.index] as Block;
    const base = { kind: 'heading' as const, level: 2, source: old.source, ...(old.key ? { key: old.key } : {}) };
    if (main.includes(heading) && counted) {
      const start = inlineText(heading.inlines).length - inlineText(heading.inlines).trimStart().length;
      const markerEnd = inlineText(heading.inlines).indexOf(heading.title, start + heading.marker.length);
      blocks[heading.index] = {
        ...base,
        inlines: withoutPrefix(heading.inlines, markerEnd),
        marker: heading.marker,
        // A heading of no title is found by its label's ID ("artikel-1"): it has no words to make one of.
        ...(old.id ? { id: old.id } : heading.title === '' ? { id: idFor(heading.marker, taken) } : {}),
      };
    } else if (main.includes(heading) || heading.index < firstMain || heading.role !== 'paragraph') {
      blocks[heading.index] = {
        ...base,
        inlines: heading.inlines,
        unnumbered: true,
        id: old.id ?? idFor(textOf(heading.inlines), taken),
      };
    } else {
      // A paragraph (§) inside an article: a heading below it, printed as typed.
      blocks[heading.index] = { ...base, level: 3, inlines: heading.inlines };
    }
  }
  markTitle(blocks, firstMain);
  // Any other section heading among the articles ("Inleiding", "Bijlage") is printed without a number, so that it
  // does not shift the articles' numbers.
  if (counted)
    blocks.forEach((block, index) => {
      if (block.kind !== 'heading' || block.level !== 2 || block.marker || block.unnumbered) return;
      blocks[index] = { ...block, unnumbered: true, id: block.id ?? idFor(textOf(block.inlines), taken) };
    });
}

/** A document without a title heading: its first line, when it reads as one and stands before the first article. */
function markTitle(blocks: Block[], firstMain: number): void {
  if (blocks.some((block) => block.kind === 'heading' && block.level === 1)) return;
  const first = blocks.findIndex((block) => block.kind !== 'dropped');
  const block = blocks[first];
  if (first < 0 || first >= firstMain || !titleAt(block) || !block || block.kind === 'dropped') return;
  const heading: HeadingBlock = {
    kind: 'heading',
    level: 1,
    inlines: 'inlines' in block ? (block as { inlines: Inline[] }).inlines : [],
    source: block.source,
  };
  blocks[first] = heading;
}
