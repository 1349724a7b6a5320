// Plain text → blocks. Text extracted from PDFs and Word has lost its structure: numbers are typed characters,
// lines are hard-wrapped, page breaks split paragraphs, and page furniture sits between the text. This reader puts
// the structure back with the heuristics people use when they read such text, and reports each guess.
import { inlineText, type Block, type Decision, type Inline, type ItemBlock, type ReadDocument } from '../blocks.js';
import {
  CHAPTER_CLAUSE as CLAUSE_LABEL,
  canStartList,
  continuesClauses,
  headingNumber,
  listMarker,
  looksLikeInitial,
  ordinalOf,
  type ListMarker,
  type MarkerKind,
} from '../markers.js';
import { articleHeadings } from '../article-headings.js';
import { opensWithLetterClosing, readsAsSigner, SIGNATURE_LINES, signsLetter } from '../letter-closings.js';
import { joinWrapped, type Spellings, spellingsOf } from './text-hyphens.js';
import { markLabel, RAISED_MARK, raisedMark } from '../note-marks.js';
import { DROP_REASONS, classifyLines, coverPageLines, type LineRole } from './text-lines.js';
import {
  headingLevel,
  headsParagraph,
  isNumberedHeading,
  type LineUnder,
  looksLikeHeading,
  promoteHeadings,
  startsSentence,
  takesLetterPlace,
} from './text-headings.js';
import type { MessageRef } from '../../model/diagnostics.js';

interface Line {
  text: string;
  number: number;
}

/** Lines that belong together: no blank line or page furniture between them. */
interface Chunk {
  lines: Line[];
}

/** A line that is neither a heading nor text under one (a table's row, a clause, a note). */
const NONE: LineUnder = { body: '' };
const FOOTNOTE_LINE = new RegExp(`^(${RAISED_MARK})\\s+(\\S.*)$`, 'u');
const DEFINITION_LINE = /^([^\t:]{1,40}):\t+(\S[^\t]*)$/u;
const SENTENCE_END = /[.!?:;)"”’]$/u;
/** Lines are wrapped at 60 to 120 characters; text with most long lines over this is not hard-wrapped. */
const UNWRAPPED = 160;
/** A word fits after a line when the two stay this far within the wrap width (a proportional font's letters vary). */
const FITS = 0.95;
const indentOf = (text: string): number => text.length - text.trimStart().length;
const startsLower = (text: string): boolean => /^\p{Ll}/u.test(text.trim());

/** "*cursief*" and "**vet**" as a text extractor writes them. */
export function parseInlines(text: string): Inline[] {
  const inlines: Inline[] = [];
  const pattern = /(\*\*|\*)(?=\S)([^*\n]*?\S)\1/gu;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) inlines.push({ text: text.slice(last, index) });
    inlines.push(match[1] === '**' ? { text: match[2] ?? '', bold: true } : { text: match[2] ?? '', italic: true });
    last = index + match[0].length;
  }
  if (last < text.length) inlines.push({ text: text.slice(last) });
  return inlines;
}

function chunksOf(
  lines: readonly string[],
  roles: readonly LineRole[],
  furniture: ReadonlyMap<number, MessageRef> = new Map(),
): (Chunk | Block)[] {
  const cover = coverPageLines(lines);
  const chunks: (Chunk | Block)[] = [];
  let current: Chunk | undefined;
  lines.forEach((line, index) => {
    const known = furniture.get(index + 1);
    if (known) {
      current = undefined;
      chunks.push({ kind: 'dropped', text: line.trim(), reason: known, source: { line: index + 1 } });
      return;
    }
    const role = roles[index] ?? 'text';
    if (role === 'text') {
      if (!current || cover.has(index)) chunks.push((current = { lines: [] }));
      current.lines.push({ text: line.replace(/\f/g, '').replace(/\s+$/u, ''), number: index + 1 });
      // A cover page's line stands alone: the title, the school and the version are no paragraph (text-lines.ts).
      if (cover.has(index)) current = undefined;
      return;
    }
    current = undefined;
    if (role === 'blank') return;
    // Dropped lines become blocks of their own, in source order, so the accountability check sees them.
    chunks.push({ kind: 'dropped', text: line.trim(), reason: DROP_REASONS[role], source: { line: index + 1 } });
  });
  return chunks;
}

interface ListLevel {
  /** 'clause': a clause typed with its article's number ("1.2"), the level its items nest under. */
  kind: MarkerKind | 'clause';
  indent: number;
  last: number;
  letter: string;
}

/** Turns the chunks into blocks, one pass, keeping the list nesting that the markers imply. */
class TextStructure {
  readonly blocks: Block[] = [];
  readonly decisions: Decision[] = [];
  private lists: ListLevel[] = [];
  private previousLine = '';
  /** The typed number of the chapter the text is in ("Artikel 3", "3"), undefined when it had none. */
  private chapter: number | undefined;
  /** The last clause label typed with its chapter's number ("1.2" → [1, 2]), to see whether the next continues it. */
  private lastClause: [number, number] | undefined;
  /** The lines a signature under a letter's closing formula may still hold, and the source line it stands under. */
  private signature = { left: 0, under: 0 };

  /** `wrapWidth`: the length most full lines of the text have (the width it was hard-wrapped at, if it was). */
  constructor(
    private readonly wrapWidth: number,
    /** 1-based lines the caller knows are clauses set with their label before a hanging indent, never headings. */
    private readonly clauseLines: ReadonlySet<number> = new Set(),
    /** 1-based lines the caller knows are a table's rows, with their cells (a PDF's columns, read by position). */
    private readonly tableRows: ReadonlyMap<number, readonly string[]> = new Map(),
    /** The source's lines, to see whether an "A." is followed by a "B." further on. */
    private readonly sourceLines: readonly string[] = [],
    /**
     * 1-based lines the caller knows are set larger than the body (a PDF's headings): a typed "2. Toepassingsbereik"
     * there is a heading even where a list open above it would go on with "2.".
     */
    private readonly largerLines: ReadonlySet<number> = new Set(),
    /** 1-based lines the caller knows go on with the paragraph of the line before them (a line break inside it). */
    private readonly continuingLines: ReadonlySet<number> = new Set(),
    /**
     * 1-based lines the caller knows stand at the line spacing under the line before them, on pages that set their
     * paragraphs apart (a PDF's): that line's paragraph, so a signer's line there was typed after a line break.
     */
    private readonly underLines: ReadonlySet<number> = new Set(),
    /** How the document writes its words where no line end cuts them: a hyphen at a line end is written so. */
    private readonly spellings: Spellings = spellingsOf(sourceLines),
  ) {}

  /**
   * The list marker `text` (source line `number`) opens with, when it is one here: "J. de Vries" after "(b)" is a
   * name, not a list, and so is "A. Jansen" unless a "B." follows later in the text.
   */
  private markerOf(text: string, number: number): ListMarker | undefined {
    const marker = listMarker(text, { alphaBefore: this.alphaBefore });
    if (!marker) return undefined;
    const continues = this.continuesList(marker);
    if (!canStartList(marker, continues || this.followsWithGap(marker))) return undefined;
    if (looksLikeInitial(marker) && !continues && !this.hasLaterSibling(marker, number)) return undefined;
    return marker;
  }

  /** "k." after "i.": the source skipped a letter (numbering-check reports it), but the list goes on. */
  private followsWithGap(marker: ListMarker): boolean {
    const value = ordinalOf(marker);
    return this.lists.some((level) => level.kind === marker.kind && level.last < value && value <= level.last + 2);
  }

  private hasLaterSibling(marker: ListMarker, number: number): boolean {
    const next = `${String.fromCharCode(marker.value.charCodeAt(0) + 1)}.`;
    return this.sourceLines.slice(number).some((line) => listMarker(line)?.marker === next);
  }

  private pushItem(marker: ListMarker, number: number): ItemBlock {
    // A marker of a kind already open returns to that level; a new kind (or deeper indentation) opens a sub-list.
    const open = this.lists.findIndex(
      (level) => level.kind === marker.kind && Math.abs(level.indent - marker.indent) < 3,
    );
    if (open >= 0) this.lists.length = open + 1;
    else {
      while (this.lists.length > 0 && marker.indent < (this.lists.at(-1)?.indent ?? 0) - 2) this.lists.pop();
      // A numbered list typed right under a bulleted one, as far in ("- …" then "1. …"), is a list of its own at
      // that level, not the last bullet's sub-list: a bullet's sub-list is set further in.
      const top = this.lists.at(-1);
      if (marker.kind === 'decimal' && top?.kind === 'bullet' && marker.indent <= top.indent) this.lists.pop();
      this.lists.push({ kind: marker.kind, indent: marker.indent, last: 0, letter: '' });
    }
    const level = this.lists.at(-1) as ListLevel;
    level.last = ordinalOf(marker);
    level.letter = marker.value.toLowerCase();
    const item: ItemBlock = {
      kind: 'item',
      level: this.lists.length - 1,
      ordered: marker.kind !== 'bullet',
      marker: marker.marker,
      // The source's own number, so a list the text breaks (a table, a paragraph) goes on where it did.
      ...(marker.kind !== 'bullet' ? { number: ordinalOf(marker) } : {}),
      inlines: parseInlines(marker.rest),
      source: { line: number },
    };
    this.blocks.push(item);
    return item;
  }

  /**
   * A line "1.2 De regeling geldt …" standing alone between blank lines that is a clause, not a numbered heading: it
   * ends like a sentence and what follows it is another clause, an item, a chapter or the end, as in a reglement
   * whose paragraphs have space between them. A "5.1 Richtlijnen voor alle gebruikers." with text under it is a
   * heading (FLEX-College).
   */
  private standsAsClause(text: string, number: number): boolean {
    const typed = CLAUSE_LABEL.exec(text);
    if (!typed || !/[.:;]$/u.test(typed[4] ?? '')) return false;
    const next = this.sourceLines.slice(number).find((line) => line.trim() !== '');
    if (next === undefined || CLAUSE_LABEL.test(next.trim()) || listMarker(next)) return true;
    const chapter = headingNumber(next);
    return chapter !== undefined && chapter.depth === 1 && chapter.kind !== 'letter';
  }

  /**
   * A clause typed with its article's number at the start of a line ("1.2 De regeling …", as a reglement numbers
   * them): a numbered clause of its chapter, its label the source's, the level its "a)" items nest under. Only when
   * it continues the clauses typed so far (the next number of its chapter, one skipped allowed, or the first of a
   * new one) and, under a numbered chapter, carries that chapter's number: "2.5 kilometer" is a sentence's start.
   */
  private addClause(text: string, number: number): boolean {
    const typed = CLAUSE_LABEL.exec(text.trimStart());
    if (!typed) return false;
    const chapter = Number(typed[2]);
    const own = Number(typed[3]);
    if (!continuesClauses(chapter, own, this.lastClause, this.chapter)) return false;
    this.lastClause = [chapter, own];
    this.lists = [{ kind: 'clause', indent: indentOf(text), last: own, letter: '' }];
    this.blocks.push({
      kind: 'item',
      level: 0,
      ordered: true,
      marker: typed[1] ?? '',
      number: own,
      inlines: parseInlines(typed[4] ?? ''),
      source: { line: number },
    });
    return true;
  }

  private alphaBefore = (letter: string): boolean =>
    this.lists.some(
      (level) =>
        level.kind === (letter === letter.toLowerCase() ? 'alpha' : 'ALPHA') &&
        level.letter.charCodeAt(0) + 1 === letter.toLowerCase().charCodeAt(0),
    );

  /** The decimal list open now would continue with this number (an item "4." after "3.", not a heading). */
  private continuesList(marker: ListMarker | undefined): boolean {
    if (!marker) return false;
    return this.lists.some((level) => level.kind === marker.kind && level.last + 1 === ordinalOf(marker));
  }

  private last(): Block | undefined {
    return this.blocks.at(-1);
  }

  add(chunk: Chunk | Block): void {
    if ('kind' in chunk) {
      this.blocks.push(chunk);
      return;
    }
    const first = chunk.lines[0];
    if (!first) return;
    if (this.tableRows.has(first.number)) {
      for (const line of chunk.lines) this.addTableRow(line.text, line.number);
      return;
    }
    if (this.addSignatureLine(first)) {
      this.addLines(chunk.lines.slice(1), true, 0);
      return;
    }
    const single = chunk.lines.length === 1 ? first.text.trim() : undefined;
    const marker = this.markerOf(first.text, first.number);
    if (single !== undefined && this.standsAsClause(single, first.number) && this.addClause(single, first.number))
      return;
    if (single !== undefined && this.addHeading(single, first.number, marker)) return;
    if (this.continuesAcrossBreak(chunk)) return;
    let lines = chunk.lines;
    // "1. Je bent zelf verantwoordelijk" on its own line with its text on the next lines.
    const numbered = single === undefined ? headingNumber(first.text) : undefined;
    const second = chunk.lines[1];
    const inList = chunk.lines.some((line) => line !== first && listMarker(line.text));
    // "1. Profilering" with "Hoe kan …" indented under its text (a hanging indent): an item whose first line is a
    // label, not a heading. A heading's text starts at the left edge like the number does.
    const hanging = second !== undefined && indentOf(second.text) > indentOf(first.text);
    if (
      !hanging &&
      numbered &&
      !inList &&
      isNumberedHeading(numbered, 8) &&
      !/[:.;,]$/u.test(numbered.title) &&
      second &&
      /^\s*\p{Lu}/u.test(second.text) &&
      !listMarker(second.text) &&
      !this.continuesList(marker) &&
      this.addHeading(first.text.trim(), first.number, marker)
    )
      lines = lines.slice(1);
    this.addLines(lines, true);
  }

  /**
   * A chunk's lines, after any heading standing first; `startsAt`: the first of them may start a paragraph;
   * `signedFrom`: the first that may be a signer's line (the line before a chunk's first was a signer's: that one).
   */
  private addLines(lines: readonly Line[], startsAt: boolean, signedFrom = 1): void {
    let startsParagraph = startsAt;
    lines.forEach((line, index) => {
      // A signer's line under a closing formula is a line of its own; the line after it may start a paragraph.
      if (index >= signedFrom && this.addSignatureLine(line)) {
        startsParagraph = true;
        return;
      }
      // Where a paragraph may start: its chunk's first line, after a heading or a sentence's end, or at a line
      // that opens with an article's or chapter's word and number ("Artikel 3 …" under an address's last line).
      const afterSentence = index > 0 && /[.!?:;]$/u.test((lines[index - 1] as Line).text.trim());
      const opensChapter = headingNumber(line.text)?.kind === 'word';
      if ((startsParagraph || afterSentence || opensChapter) && this.headsItsParagraph(lines, index)) {
        // A numbered heading's marker, so one that would go on with a list open above ("3." after "2.") is an item.
        const marker = this.markerOf(line.text, line.number);
        startsParagraph = this.addHeading(line.text.trim(), line.number, marker, 'import-heading.over-paragraph');
        if (startsParagraph) return;
      }
      this.addLine(line, startsParagraph);
      startsParagraph = false;
    });
  }

  /**
   * A signer's line right under a letter's closing formula ("J. de Vries", then "Directeur"; "Jane Smith", then "Head
   * teacher"), at most three: a paragraph of its own, never a heading nor joined to the name above it. The signature
   * ends at a line that signs nothing (letter-closings.ts), a gap of two blank lines or more, a line set larger (a
   * PDF's heading) and a line that heads the text under it ("Afspraken" over "De leerling …", headsText).
   */
  private addSignatureLine(line: Line): boolean {
    const { left, under } = this.signature;
    this.signature = { left: 0, under: 0 };
    if (left === 0 || line.number - under > 2 || this.largerLines.has(line.number)) return false;
    if (this.tableRows.has(line.number) || this.clauseLines.has(line.number) || !signsLetter(line.text)) return false;
    if (this.headsText(line)) return false;
    const above = this.blocks.at(-1);
    // Right under the formula's or the signer's line before at the line spacing (a PDF's): typed after a line break
    // in that paragraph, a line of it (letter-closings.ts keeps the break).
    if (this.underLines.has(line.number) && line.number - under === 1 && above?.kind === 'paragraph')
      above.inlines.push({ text: ' ', lineBreak: true }, ...parseInlines(line.text.trim()));
    else
      this.blocks.push({ kind: 'paragraph', inlines: parseInlines(line.text.trim()), source: { line: line.number } });
    this.previousLine = line.text;
    this.signature = { left: left - 1, under: line.number };
    return true;
  }

  /**
   * Whether a line that may sign a letter heads the text under it instead: it reads as a heading (text-headings.ts)
   * and a sentence starts under it, right under it or after a blank line, and it reads as no signer's line (a role,
   * a name: readsAsSigner). "Bewaren en delen" typed right under "Intern begeleider" heads its text; "Directeur" over
   * "De directeur stuurt …" signs on, the policy's next paragraph under it or not, as pdftotext writes a PDF's lines
   * with -layout (a blank line between every two) and without. So does "A. Slotbepalingen" or "B. Bijlage", a
   * heading's title after a letter's label; "A. Jansen" signs on (readsAsSigner, given the document's own headings).
   */
  private headsText(line: Line): boolean {
    const text = line.text.trim();
    if (readsAsSigner(text, this.ownHeadingWords()) || !looksLikeHeading(text)) return false;
    const below = this.sourceLines
      .slice(line.number)
      .find((next) => next.trim() !== '')
      ?.trim();
    return below !== undefined && startsSentence(below, this.wrapWidth);
  }

  /** The words of the document's own headings: those read so far and the lines set larger (a PDF's), lower case. */
  private ownHeadingWords(): Set<string> {
    const headings = this.blocks.flatMap((block) => (block.kind === 'heading' ? [inlineText(block.inlines)] : []));
    const larger = [...this.largerLines].map((number) => this.sourceLines[number - 1] ?? '');
    return new Set([...headings, ...larger].flatMap((text) => text.toLowerCase().split(/[^\p{L}]+/u)));
  }

  /**
   * Line `index` of a chunk, where a paragraph may start, is a heading with its text right under it and no blank line
   * between (text-headings.ts), in a text hard-wrapped, its next line no line break the PDF reader saw inside a
   * paragraph, nor, under a numbered line, text in a hanging indent.
   */
  private headsItsParagraph(lines: readonly Line[], index: number): boolean {
    const line = lines[index] as Line;
    const next = lines[index + 1];
    if (this.wrapWidth > UNWRAPPED || !next || this.continuingLines.has(next.number)) return false;
    // "1. Profilering" with "Hoe kan …" indented under it (a hanging indent) is an item whose first line is a label.
    if (listMarker(line.text) && indentOf(next.text) > indentOf(line.text)) return false;
    return headsParagraph(lines.slice(index).map(this.underHeading), 0, this.wrapWidth);
  }

  /**
   * A line as a heading over text reads it (text-headings.ts): a plain line is both a heading's and a text's; a list
   * item that opens its list ("1.", "a.", "- ", "•") is text under a heading, and a heading itself where it is
   * numbered as one ("1. Inleiding"); a table's row, a clause set with its label, a tab's columns and a note are
   * neither.
   */
  private underHeading = (line: Line): LineUnder => {
    const text = line.text.trim();
    if (this.tableRows.has(line.number) || this.clauseLines.has(line.number) || line.text.includes('\t')) return NONE;
    if (CLAUSE_LABEL.test(text) || FOOTNOTE_LINE.test(text)) return NONE;
    const marker = listMarker(line.text);
    if (!marker) return { heading: text, body: text };
    const opens = marker.kind === 'bullet' || (ordinalOf(marker) === 1 && canStartList(marker, false));
    const numbered = headingNumber(text);
    const heading =
      numbered && numbered.kind !== 'word' && isNumberedHeading(numbered, 8) && !/[:.;,]$/u.test(numbered.title)
        ? text
        : undefined;
    return { ...(heading !== undefined ? { heading } : {}), body: opens ? marker.rest.trim() : '' };
  };

  private addHeading(
    text: string,
    line: number,
    marker: ListMarker | undefined,
    messageId = 'import-heading.stands-alone',
  ): boolean {
    if ((this.continuesList(marker) && !this.largerLines.has(line)) || this.clauseLines.has(line)) return false;
    const numbered = headingNumber(text);
    if (numbered && isNumberedHeading(numbered) && takesLetterPlace(numbered, this.blocks)) {
      this.lists = [];
      if (numbered.depth === 1) {
        const digits = /\d+/u.exec(numbered.marker)?.[0];
        this.chapter = digits === undefined ? undefined : Number(digits);
      }
      this.blocks.push({
        kind: 'heading',
        level: headingLevel(numbered, this.blocks),
        marker: numbered.marker,
        inlines: parseInlines(numbered.title),
        source: { line },
      });
      return true;
    }
    const previous = this.blocks.findLast((block) => block.kind !== 'dropped');
    // "LinkedIn:" then "Er is een Aloysius groep binnen LinkedIn": a label's value, not a heading.
    const afterLabel = previous?.kind === 'paragraph' && /:$/u.test(inlineText(previous.inlines).trim());
    if (!marker && !numbered && !afterLabel && looksLikeHeading(text)) {
      this.lists = [];
      this.chapter = undefined;
      this.blocks.push({
        kind: 'heading',
        level: headingLevel(undefined, this.blocks),
        inlines: parseInlines(text),
        source: { line },
      });
      this.decisions.push({
        ruleId: 'import-heading',
        messageId,
        fixId: 'import-heading.to-paragraph',
        params: { text },
        source: { line },
        near: text,
      });
      return true;
    }
    return false;
  }

  /** A page break in the middle of a sentence: the paragraph before stops without punctuation, this one starts lowercase. */
  private continuesAcrossBreak(chunk: Chunk): boolean {
    const first = chunk.lines[0];
    if (!first || !startsLower(first.text) || listMarker(first.text)) return false;
    const previous = this.blocks.findLast((block) => block.kind !== 'dropped');
    if (!previous || (previous.kind !== 'paragraph' && previous.kind !== 'item')) return false;
    const tail = previous.inlines.at(-1);
    if (!tail || SENTENCE_END.test(tail.text.trimEnd())) return false;
    for (const line of chunk.lines) {
      const joined = joinWrapped(tail.text.trimEnd(), line.text, this.spellings);
      tail.text = joined;
    }
    this.decisions.push({
      ruleId: 'import-joined',
      messageId: 'import-joined.across-break',
      fixId: 'import-joined.blank-line',
      params: { line: first.number },
      source: { line: first.number },
      near: first.text.trim(),
    });
    return true;
  }

  /**
   * Whether the line before `line` (`previousLine`, in block `previous`) ended its paragraph. A line that ends a
   * sentence (or a form's field in its blank, "Datum: ________") well short of the width the text is wrapped at, or
   * with room for this line's first word after it (the break was no wrap), ends it, and so does a sentence's end over
   * a letter's closing formula ("… gesprek." over "Hoogachtend,"), which goes on with no sentence. Text that is not
   * hard-wrapped at all (a paragraph is one line) starts a paragraph on every line, and continues an item.
   */
  private endsParagraph(line: Line, text: string, previousLine: string, previous: Block | undefined): boolean {
    if (this.continuingLines.has(line.number)) return false;
    if (this.wrapWidth > UNWRAPPED) return previous?.kind === 'paragraph';
    const room = previousLine.length + 1 + (text.trim().split(/\s/u)[0] ?? '').length <= FITS * this.wrapWidth;
    if (/[.!?]$/u.test(previousLine.trim()) && opensWithLetterClosing(text)) return true;
    return /(?:[.!?]|_{3,})$/u.test(previousLine.trim()) && (previousLine.length < 0.7 * this.wrapWidth || room);
  }

  private addLine(line: Line, startsChunk: boolean): void {
    const text = line.text;
    // The line before this one in its block, whatever it held: an item's or a clause's first line too. Kept only for
    // plain lines, a wrapped item's second line was measured against the line before the item ("… van de school."),
    // and split off as a paragraph of its own.
    const previousLine = startsChunk ? '' : this.previousLine;
    this.previousLine = text;
    const footnote = FOOTNOTE_LINE.exec(text.trim());
    if (footnote) {
      this.blocks.push({
        kind: 'footnote',
        label: markLabel(footnote[1] ?? ''),
        inlines: parseInlines(footnote[2] ?? ''),
        source: { line: line.number },
      });
      return;
    }
    if (this.addClause(text, line.number)) return;
    const marker = this.markerOf(text, line.number);
    if (marker) {
      this.pushItem(marker, line.number);
      return;
    }
    const definition = DEFINITION_LINE.exec(text.trim());
    if (definition) {
      this.pushItem(
        { kind: 'bullet', marker: '', value: '', rest: `${definition[1]}: ${definition[2]}`, indent: 0 },
        line.number,
      );
      return;
    }
    if (text.includes('\t')) {
      this.addTableRow(text, line.number);
      return;
    }
    const previous = this.last();
    const paragraphEnd = this.endsParagraph(line, text, previousLine, previous);
    if (
      !startsChunk &&
      !paragraphEnd &&
      previous &&
      (previous.kind === 'paragraph' || previous.kind === 'item' || previous.kind === 'footnote')
    ) {
      const tail = previous.inlines.at(-1);
      if (tail) tail.text = joinWrapped(tail.text.trimEnd(), text, this.spellings);
      else previous.inlines.push({ text: text.trim() });
      return;
    }
    if (startsChunk) this.lists = [];
    this.addParagraph(text, line.number);
  }

  /** A paragraph starting on line `number`; one opening with a letter's closing formula may have its signer under it. */
  private addParagraph(text: string, number: number): void {
    this.blocks.push({ kind: 'paragraph', inlines: parseInlines(text.trim()), source: { line: number } });
    if (opensWithLetterClosing(text)) this.signature = { left: SIGNATURE_LINES, under: number };
  }

  private addTableRow(text: string, line: number): void {
    const cells = (this.tableRows.get(line) ?? text.trim().split(/\t+/)).map((cell) => parseInlines(cell.trim()));
    const previous = this.last();
    if (previous?.kind === 'table' && previous.source.line + previous.rows.length === line) previous.rows.push(cells);
    else this.blocks.push({ kind: 'table', rows: [cells], source: { line } });
  }
}

/** Attaches "directie¹" to the footnote "¹ …" that the page foot carries (and "beslist.ⁱ" to the endnote "ⁱ …"). */
function linkFootnotes(blocks: Block[]): void {
  for (const note of blocks) {
    if (note.kind !== 'footnote') continue;
    const sign = raisedMark(note.label);
    for (const block of blocks) {
      if (block === note || !('inlines' in block)) continue;
      const index = block.inlines.findIndex((inline) => inline.text.includes(sign));
      const inline = block.inlines[index];
      if (!inline) continue;
      const at = inline.text.indexOf(sign);
      block.inlines.splice(
        index,
        1,
        { ...inline, text: inline.text.slice(0, at) },
        { text: '', footnote: note.label },
        { ...inline, text: inline.text.slice(at + sign.length) },
      );
      break;
    }
  }
}

/**
 * The 90th percentile of line lengths: lines this long were wrapped, shorter lines ending a sentence were not. A text
 * that shows no sign of having been wrapped at all (a short note typed line by line) is given UNWRAPPED's width, so
 * each of its lines is a paragraph of its own: joined as wrapped lines, a three-line policy was one paragraph, or
 * its title with it, and was refused as having no text (issue 39 item 6).
 */
function wrapWidthOf(lines: readonly string[]): number {
  const lengths = lines
    .map((line) => line.trimEnd().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 80;
  return wrapped(lines, width) ? width : Number.POSITIVE_INFINITY;
}

/**
 * Signs that a text was hard-wrapped at `width`: a line that continues a sentence in lower case after a line that
 * did not end one ("… namens de school gegevens" / "verwerkt."), or two full lines (near the width) that go on on
 * the next line. One full line alone is no sign: in a text of three lines the longest is the width by definition.
 */
function wrapped(lines: readonly string[], width: number): boolean {
  let full = 0;
  for (let index = 1; index < lines.length; index++) {
    const before = (lines[index - 1] ?? '').trim();
    const line = (lines[index] ?? '').trim();
    if (before === '' || line === '') continue;
    if (startsLower(line) && !SENTENCE_END.test(before)) return true;
    if (before.length >= 0.85 * width && ++full >= 2) return true;
  }
  return false;
}

/**
 * `furniture`: 1-based lines the caller knows are page furniture, with the reason; `larger`: lines it knows are set
 * larger than the body (headings, never a list's next item); `clauses`: lines it knows start a
 * clause with its label before a hanging indent ("1.2⇥De regeling …"); `tables`: lines it knows are a table's rows,
 * with their cells (an empty cell kept in its column); `continues`: lines it knows go on with the paragraph of the line
 * before them, after a line break that a short line ending a sentence would otherwise take for a paragraph's end;
 * `under`: lines it knows stand at the line spacing under the line before, on pages that set paragraphs apart. The
 * PDF reader sees all of these in the positions.
 */
export function readText(
  text: string,
  options: {
    furniture?: ReadonlyMap<number, MessageRef>;
    clauses?: ReadonlySet<number>;
    larger?: ReadonlySet<number>;
    tables?: ReadonlyMap<number, readonly string[]>;
    continues?: ReadonlySet<number>;
    under?: ReadonlySet<number>;
  } = {},
): ReadDocument {
  const source = text.replace(/^\uFEFF/, '');
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const roles = classifyLines(lines);
  // The width is the text's own: a table of contents' dotted leaders ("1. Inleiding ........ 3") run longer than its
  // lines, and measured with them a heading's next line no longer ran to the width, so the heading joined it.
  const body = lines.map((line, index) => (roles[index] === 'text' && !options.furniture?.has(index + 1) ? line : ''));
  const structure = new TextStructure(
    wrapWidthOf(body),
    options.clauses,
    options.tables,
    lines,
    options.larger,
    options.continues,
    options.under,
  );
  for (const chunk of chunksOf(lines, roles, options.furniture)) structure.add(chunk);
  linkFootnotes(structure.blocks);
  promoteHeadings(structure.blocks, structure.decisions);
  // The typed article numbers are what the policy prints, as in a Word document: "Artikel 5" after "Artikel 3" stays
  // "Artikel 5", never counted "Artikel 4".
  articleHeadings(structure.blocks, {});
  return { blocks: structure.blocks, decisions: structure.decisions, sourceText: text };
}
