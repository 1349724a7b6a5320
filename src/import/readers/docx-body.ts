// The body of a Word document → blocks. Paragraph styles and outline levels give headings, automatic numbering
// gives lists (the numbers are structure, never typed text), runs give bold, italic, links and footnote references,
// and a symbol font's signs the characters they show (docx-symbols.ts; one with none is reported at its paragraph);
// a field is read as the result Word prints, and what Word does not print as the words (a field inside another's
// code, an equation) is left out and listed, as is the placeholder of a content control never filled in
// (docx-controls.ts); text struck through (w:strike, w:dstrike, on the run or by its character style) is left out and
// listed too; tracked changes are taken or left according to the caller's choice.
import type { Element } from '@xmldom/xmldom';
import { type Block, type Decision, type Inline, type SourcePlace, type TableBlock, withoutPrefix } from '../blocks.js';
import type { NumberingLevel, PolicyNumbering } from '../../model/numbering.js';
import { headingNumber } from '../markers.js';
import {
  child,
  children,
  descendants,
  isHiddenRun,
  isOn,
  isStruckRun,
  rAttr,
  runFont,
  wAttr,
  type DocxParts,
} from './docx-parts.js';
import { indentOf, MAX_LEVEL, Numbering, sizeOf, Styles, wordNumber, type Numbered } from './docx-styles.js';
import { DocxToc } from './docx-toc.js';
import { layoutParagraphs } from './docx-layout-tables.js';
import { joinLabel } from '../layout-tables.js';
import { textBoxTexts } from './docx-text-boxes.js';
import { wordArtTexts } from './docx-word-art.js';
import { insertedSymbol, typedSymbols } from './docx-symbols.js';
import { checkBoxOf, controlText, formCheckBoxOf, showsPlaceholder } from './docx-controls.js';
import { closeStruckGaps, struckGap } from './struck-gaps.js';
import { dateFieldDecision, type DateFieldRead, dateFieldOf, OpenFields } from './docx-date-fields.js';

export type ChangeChoice = 'accept' | 'reject';

/** Why a content control's placeholder is left out (docx-controls.ts). */
const PLACEHOLDER = 'import-reason.placeholder';
/** What a struck-through run may hold to be left out as struck text: its properties, text and spacing. */
const STRUCK_PARTS = new Set(['rPr', 't', 'tab', 'br', 'cr', 'lastRenderedPageBreak', 'softHyphen', 'noBreakHyphen']);
/** The text a part of a struck-through run shows. */
const struckText = (node: Element): string =>
  node.localName === 't'
    ? (node.textContent ?? '')
    : (({ tab: ' ', br: ' ', cr: ' ', noBreakHyphen: '-' } as Record<string, string>)[node.localName ?? ''] ?? '');

/**
 * What a block's Word paragraph says beyond its text, for reading back clausemark's own documents (docx-own.ts):
 * the bookmarks that start in it (clause and section IDs), its style, whether Word numbers it or indents it, and
 * the comments anchored in it.
 */
export interface WordParagraph {
  /** The paragraph (or table) element it was read from. */
  element: Element;
  anchors: string[];
  style?: string;
  numbered: boolean;
  indented: boolean;
  /** The text up to the paragraph's first tab, when a tab follows text in its first run ("Artikel 2⇥"). */
  beforeTab?: string;
  comments: string[];
  /** The largest size its words are set in (half-points), for a paragraph: a chapter line is no smaller than an article's. */
  size?: number;
}

/** Word's number formats clausemark's default house style prints by depth (1., a., i.), so a list in them maps as it is. */
const HOUSE_FORMATS = ['decimal', 'lowerLetter', 'lowerRoman'];

/** Word's number formats → the placeholder of a policy's own numbering for a level's own ordinal (model/numbering.ts). */
const OWN_PLACEHOLDERS: Record<string, string> = {
  lowerLetter: '%a',
  upperLetter: '%A',
  lowerRoman: '%i',
  upperRoman: '%I',
};

/**
 * Word's label pattern at list level `ilvl` as a policy's own numbering pattern, when it maps. `shift` is 0 when the
 * list's level 0 numbers the articles (Word's %1 is then the section number) and 1 when it does not (Word's %1 is
 * then the clause's own number, the pattern's %2). Only this level's own number may be other than decimal.
 * Undefined when it does not map (then the house style prints it, with a warning).
 */
export function ownPattern(numbered: Numbered, ilvl: number, shift: 0 | 1): string | undefined {
  const used = [...numbered.pattern.matchAll(/%(\d)/gu)].map((match) => Number(match[1]));
  if (used.length === 0 || used.some((level) => level > ilvl + 1) || ilvl + 1 + shift > 3) return undefined;
  const own = numbered.format === 'decimal' ? undefined : OWN_PLACEHOLDERS[numbered.format];
  if (numbered.format !== 'decimal' && (!own || used.some((level) => level !== ilvl + 1))) return undefined;
  return numbered.pattern.replace(/%(\d)/gu, (_whole, digit: string) =>
    own && Number(digit) === ilvl + 1 ? own : `%${Number(digit) + shift}`,
  );
}

/** Whether clausemark prints a heading numbered this way as Word does: "%1", "%1.%2." … in decimals. */
const headingMaps = (numbered: Numbered, ilvl: number): boolean =>
  numbered.format === 'decimal' &&
  numbered.pattern.replace(/\.$/u, '') === Array.from({ length: ilvl + 1 }, (_, index) => `%${index + 1}`).join('.');

/** Whether clausemark prints a list item numbered this way as Word does: "%2." in the house style of its depth. */
const itemMaps = (numbered: Numbered, ilvl: number, depth: number): boolean =>
  !numbered.ordered ||
  (numbered.pattern === `%${ilvl + 1}.` && numbered.format === HOUSE_FORMATS[depth % HOUSE_FORMATS.length]);

export class BodyReader {
  readonly blocks: Block[] = [];
  /** Numbering clausemark will print otherwise than Word showed it, at its place (import-numbering). */
  readonly decisions: Decision[] = [];
  /** The text of the body in reading order, for the accountability check. */
  readonly text: string[] = [];
  images = 0;
  textBoxes = 0;
  /** Each symbol no character is known for, named ("Wingdings F0FF"), in reading order: the account counts them. */
  readonly unreadSymbols: string[] = [];
  /** Those read since the last paragraph reported them (reportRead). */
  private symbolsHere: string[] = [];
  /** Text of hidden runs (w:vanish) read since the last block: left out and listed after it, never clause text. */
  private hidden: string[] = [];
  /**
   * Other text read since the last block that Word does not print as the paragraph's words, each with its reason (a
   * formula; a nested field's result inside another field's code, "PO" in { IF { MERGEFIELD Soort } = "PO" … }):
   * left out and listed after it, so no count misses it and no clause holds it. `inParagraph`: taken out of the
   * paragraph's words (a content control's placeholder), so its report stands at that paragraph.
   */
  private apart: { text: string; reason: string; inParagraph?: boolean }[] = [];
  /** The text of the struck-through runs read one after another so far: one passage, left out as one text. */
  private struck = '';
  /** The complex fields open at this point (w:fldChar), and the date fields read (docx-date-fields.ts). */
  private readonly fields = new OpenFields();
  /** The text of each text box read since the last block (docx-text-boxes.ts): left out and listed after it. */
  private boxed: string[] = [];
  /** The signs of those text boxes no character is known for, with the boxes' text. */
  private boxedSymbols: { symbols: string[]; text: string }[] = [];
  /** The date fields of the text boxes read since the last paragraph reported them (reportRead). */
  private boxedDateFields: DateFieldRead[] = [];
  private paragraph = 0;
  /** Per list definition, how many of its levels number headings ("Artikel %1" at level 0: 1); items sit below. */
  private readonly headingLevels = new Map<string, number>();
  /** Section numbers so far by heading level, to recognise a typed "Artikel 2" as the number the policy computes. */
  private readonly sections: number[] = [];
  /** List levels already reported as printed otherwise, so that a list is reported once, at its first paragraph. */
  private readonly reported = new Set<string>();
  /** The source's own labels found so far, one pattern per level (frontmatter `numbering`). */
  readonly ownNumbering: PolicyNumbering = {};
  private readonly styles: Styles;
  private readonly numbering: Numbering;
  /** Where the document marks its table of contents (docx-toc.ts). */
  private readonly toc = new DocxToc();
  /** Per block read from a paragraph or table: what its Word paragraph says beyond its text. */
  readonly word = new Map<Block, WordParagraph>();
  /** Bookmarks that started before the next block (between paragraphs, or in an empty paragraph before a table). */
  private pending: string[] = [];
  /** Blocks read when the table of contents ended, and when the cover's section ended: where a body may start. */
  contentsEnd: number | undefined;
  coverEnd: number | undefined;

  constructor(
    private readonly parts: DocxParts,
    private readonly changes: ChangeChoice,
    /**
     * The document is clausemark's own: its writer sets a section's number before a tab ("2⇥Doel"), so a number
     * typed in a heading's words ("Artikel 3 Termijn", printed as typed) is the title's, not structure.
     */
    private readonly own = false,
  ) {
    this.styles = new Styles(parts.styles);
    this.numbering = new Numbering(parts.numbering);
  }

  /** Runs, hyperlinks and changes of a paragraph → inlines, struck-through text left out (struck-gaps.ts). */
  inlines(element: Element, inherited: Partial<Inline> = {}): Inline[] {
    return closeStruckGaps(this.readInlines(element, inherited));
  }

  private readInlines(element: Element, inherited: Partial<Inline>): Inline[] {
    const out: Inline[] = [];
    for (const node of children(element)) {
      switch (node.localName) {
        case 'r':
          out.push(...this.run(node, inherited));
          break;
        case 'hyperlink': {
          const id = rAttr(node, 'id');
          const target = id ? this.parts.relationships.get(id) : undefined;
          const anchor = bookmarkName(wAttr(node, 'anchor'));
          const link = target ?? (anchor ? `#${anchor}` : undefined);
          out.push(...this.readInlines(node, link ? { ...inherited, link } : inherited));
          break;
        }
        case 'ins':
        case 'moveTo':
          if (this.changes === 'accept') out.push(...this.readInlines(node, inherited));
          break;
        case 'del':
        case 'moveFrom':
          if (this.changes === 'reject') out.push(...this.readInlines(node, inherited));
          break;
        // Text set right to left (w:dir, w:bdo: an Arabic welcome) is text: it was dropped, and the account said
        // "0 lost", its words never read.
        case 'sdt': {
          const box = checkBoxOf(node);
          if (box) out.push({ ...inherited, text: box });
          else if (showsPlaceholder(node)) {
            this.leaveOut(controlText(node), PLACEHOLDER, true);
            out.push({ ...inherited, text: '', placeholder: true });
          } else out.push(...this.readInlines(node, inherited));
          break;
        }
        case 'fldSimple': {
          const field = dateFieldOf(wAttr(node, 'instr') ?? '');
          const inner = this.readInlines(node, field ? { ...inherited, dateField: field } : inherited);
          if (field) this.fields.simple(field, inner.map((inline) => inline.text).join(''));
          out.push(...inner);
          break;
        }
        case 'smartTag':
        case 'customXml':
        case 'sdtContent':
        case 'dir':
        case 'bdo':
          out.push(...this.readInlines(node, inherited));
          break;
        case 'oMath':
        case 'oMathPara':
          this.leaveOut(node.textContent ?? '', 'import-reason.formula');
          break;
        default:
          break;
      }
    }
    return out;
  }

  /** Text Word does not print as the paragraph's words: left out after the block, with `reason` (leaveOutHidden). */
  private leaveOut(text: string, reason: string, inParagraph = false): void {
    if (text.trim() !== '')
      this.apart.push({ text: text.replace(/\s+/gu, ' ').trim(), reason, ...(inParagraph ? { inParagraph } : {}) });
  }

  /** The struck-through passage read so far, left out after the block. */
  private endStruck(): void {
    this.leaveOut(this.struck, 'import-reason.struck-through');
    this.struck = '';
  }

  private run(run: Element, inherited: Partial<Inline>): Inline[] {
    const properties = child(run, 'rPr');
    // Hidden text is neither printed nor shown by Word: it is not what the reader of the policy reads.
    if (isHiddenRun(run)) {
      const text = children(run, 't')
        .map((node) => node.textContent ?? '')
        .join('');
      if (text.trim() !== '') this.hidden.push(text);
      return [];
    }
    // Text struck through by hand says "not this": it is not what the policy says (Word splits a passage into runs).
    // A run holding more than text (a field's mark, a note's reference, a picture) is read as it stands, and so is
    // all text of clausemark's own document: a policy's `~~…~~` is built as struck text, and is policy text.
    if (
      isStruckRun(run, (style, name) => this.styles.runSetting(style, name)) &&
      !this.own &&
      !this.fields.inCode() &&
      children(run).every((node) => STRUCK_PARTS.has(node.localName ?? ''))
    ) {
      this.struck += children(run).map(struckText).join('');
      return [struckGap()];
    }
    this.endStruck();
    const format: Partial<Inline> = { ...inherited };
    if (isOn(child(properties, 'b'))) format.bold = true;
    if (isOn(child(properties, 'i'))) format.italic = true;
    const out: Inline[] = [];
    // Text typed in a symbol font: its private-use characters are the signs the font shows.
    const typed = (text: string): string => typedSymbols(text, runFont(run), this.symbolsHere);
    // A footnote reference with a mark of its own ("*"): the run's text after it is that mark.
    let noteMark = false;
    for (const node of children(run)) {
      const name = node.localName;
      if (name === 'fldChar') {
        const box = formCheckBoxOf(node);
        if (box && !this.fields.inCode()) out.push({ ...format, text: box });
        this.fields.mark(wAttr(node, 'fldCharType'));
      } else if (name === 'instrText') this.fields.code(node.textContent ?? '');
      // Text inside a field's code (a nested field's result there) is not printed: Word prints the field's result.
      else if ((name === 't' || (name === 'delText' && this.changes === 'reject')) && this.fields.inCode())
        this.leaveOut(node.textContent ?? '', 'import-reason.field-code');
      else if (name === 't' || (name === 'delText' && this.changes === 'reject')) {
        const text = typed(node.textContent ?? '');
        const dateField = this.fields.shown(text) ?? format.dateField;
        out.push({ ...format, text, ...(noteMark ? { noteMark } : {}), ...(dateField ? { dateField } : {}) });
      } else if (name === 'sym')
        out.push({ ...format, text: insertedSymbol(wAttr(node, 'font') ?? '', wAttr(node, 'char'), this.symbolsHere) });
      else if (name === 'tab' || name === 'br' || name === 'cr')
        out.push({ ...format, text: ' ', ...lineBreakOf(node) });
      else if (name === 'noBreakHyphen') out.push({ ...format, text: '-' });
      else if (name === 'footnoteReference' || name === 'endnoteReference') {
        const id = wAttr(node, 'id') ?? '';
        out.push({ text: '', footnote: name === 'endnoteReference' ? endnoteLabel(id) : id });
        // Word's own mark for the note (`*`) follows as text: it is the note's mark, not the sentence's.
        noteMark = ['1', 'true', 'on'].includes(wAttr(node, 'customMarkFollows') ?? '');
      } else if (name === 'drawing' || name === 'pict' || name === 'object' || name === 'AlternateContent')
        this.readShape(node);
    }
    return out;
  }

  /**
   * The symbols read since the last report that no character is known for (kept for the account), and the date
   * fields, reported at the paragraph `near` (its text): a sign left out of a sentence changes what it says ("≥ 16
   * jaar"), and a date field's date is no date of the policy.
   */
  reportRead(near: string, source: { line: number }, box: SourcePlace = { line: source.line, part: 'text-box' }): void {
    for (const { field, text } of this.fields.take()) this.decisions.push(dateFieldDecision(field, text, source, near));
    // A text box's, at the paragraph it is anchored in (placed once the blocks are read: placeTextBoxFields), or in
    // a note's, naming the note (`box`).
    for (const { field, text } of this.boxedDateFields.splice(0))
      this.decisions.push(dateFieldDecision(field, text, box));
    if (this.symbolsHere.length === 0) return;
    this.reportUnread(this.symbolsHere, near, source);
    this.symbolsHere = [];
  }

  /**
   * `symbols` no character is known for, read in the text `near`: reported and counted. Text left out (a header's
   * line, a text box) is no place in the policy: reported `unplaced`, at the policy's start, its text in the message.
   */
  reportUnread(symbols: readonly string[], near: string, source: { line: number }, unplaced = false): void {
    this.unreadSymbols.push(...symbols);
    this.decisions.push({
      ruleId: 'import-lost',
      messageId: 'import-lost.unread-symbol',
      fixId: 'import-lost.type-symbol',
      params: { symbols: symbols.join(', '), text: near.replace(/\s+/gu, ' ').trim().slice(0, 60) },
      source,
      ...(unplaced ? {} : { near }),
    });
  }

  /**
   * A run's drawing, picture or object: a text box (its text left out after the paragraph, its unread signs and date
   * fields noted, a placeholder in it listed as one),
   * old WordArt (its words left out and listed: docx-word-art.ts) or an image (counted). Word's alternatives of one
   * drawing (mc:AlternateContent) are one text box unless they hold WordArt alone.
   */
  private readShape(node: Element): void {
    const extras = { unread: [], placeholders: [], dateFields: [] };
    const texts = textBoxTexts(node, extras);
    this.boxedDateFields.push(...extras.dateFields);
    const wordArt = texts.length === 0 ? wordArtTexts(node) : [];
    if (wordArt.length > 0) for (const text of wordArt) this.leaveOut(text, 'import-reason.word-art');
    else if (node.localName === 'AlternateContent' || descendants(node, 'txbxContent').length > 0) this.textBoxes++;
    else this.images++;
    this.boxed.push(...texts);
    for (const text of extras.placeholders) this.leaveOut(text, PLACEHOLDER);
    if (extras.unread.length > 0) this.boxedSymbols.push({ symbols: extras.unread, text: texts.join(' ') });
  }

  private paragraphBlock(paragraph: Element): void {
    this.paragraph++;
    const properties = child(paragraph, 'pPr');
    const styleId = wAttr(child(properties, 'pStyle'), 'val');
    const outline = wAttr(child(properties, 'outlineLvl'), 'val');
    const inlines = this.inlines(paragraph);
    const text = inlines.map((inline) => inline.text).join('');
    const source = { line: this.paragraph };
    this.reportRead(text, source);
    const anchors = [...this.pending, ...bookmarksIn(paragraph)];
    if (child(properties, 'sectPr') && this.coverEnd === undefined) this.coverEnd = this.blocks.length;
    // Asked of every paragraph, empty ones too: a field may begin or end in one.
    const contents = this.toc.paragraph(paragraph, this.styles.names(styleId));
    if (text.trim() === '' && !inlines.some((inline) => inline.footnote)) {
      this.pending = anchors;
      this.leaveOutHidden(source);
      return;
    }
    this.pending = [];
    const count = this.blocks.length;
    this.text.push(text);
    // A table-of-contents entry (a TOC field, style or content control) repeats a heading: not part of the policy.
    if (contents) {
      this.blocks.push({ kind: 'dropped', text, reason: { messageId: 'import-reason.toc' }, source });
      return;
    }
    const level = this.styles.headingLevel(styleId, outline === undefined ? undefined : Number(outline));
    const numPr = child(properties, 'numPr');
    const numId = wAttr(child(numPr, 'numId'), 'val');
    const ilvl = wordNumber(wAttr(child(numPr, 'ilvl'), 'val'), 0, MAX_LEVEL);
    const direct = numId !== undefined ? { numId, ilvl } : undefined;
    const numbered = direct ?? this.styles.numbering(styleId);
    const number = numbered ? this.numbering.next(numbered.numId, numbered.ilvl) : undefined;
    const listed = number && numbered ? { number, ilvl: numbered.ilvl } : undefined;
    // Its own indentation, else its list level's, else its style's, else none: how far in Word sets it
    // (docx-nesting.ts).
    const indented = { indent: indentOf(properties) ?? number?.indent ?? this.styles.indent(styleId) ?? 0 };
    if (level !== undefined) this.headingBlock(level, listed, inlines, text, source);
    else if (listed) this.itemBlock(listed, inlines, text, source, indented);
    else this.blocks.push({ kind: 'paragraph', inlines, source, ...indented });
    const block = this.blocks[count];
    if (block && this.blocks.length === count + 1) {
      const indent = child(properties, 'ind');
      const beforeTab = textBeforeTab(paragraph);
      this.word.set(block, {
        element: paragraph,
        anchors,
        ...(styleId !== undefined ? { style: styleId } : {}),
        numbered: numbered !== undefined,
        indented: Number(wAttr(indent, 'left') ?? wAttr(indent, 'start') ?? 0) > 0,
        ...(beforeTab !== undefined ? { beforeTab } : {}),
        comments: commentsIn(paragraph),
        size: this.textSize(paragraph, styleId),
      });
    }
    this.leaveOutHidden(source, placeNear(inlines, text));
  }

  /** The largest size a paragraph's words are set in: their runs' own, else their style's (half-points). */
  private textSize(paragraph: Element, styleId: string | undefined): number {
    const base = this.styles.textSize(styleId);
    const sizes = descendants(paragraph, 'r')
      .filter((run) => children(run, 't').some((text) => /\S/u.test(text.textContent ?? '')))
      .map((run) => sizeOf(child(run, 'rPr')) ?? base);
    return sizes.length > 0 ? Math.max(...sizes) : base;
  }

  /** Each text box's text read since the last block, one each, left out where `source` says (counted as left out). */
  leaveOutBoxes(source: SourcePlace): void {
    for (const text of this.boxed) {
      this.text.push(text);
      this.blocks.push({ kind: 'dropped', text, reason: { messageId: 'import-reason.text-box' }, source });
    }
    this.boxed = [];
  }

  /**
   * The hidden text read since the last block, as one text left out after it, and each text box's text, one each
   * (all counted as left out). `near`: the text of the paragraph just read, where text taken out of its words is
   * reported.
   */
  leaveOutHidden(source: { line: number }, near?: string): void {
    this.leaveOutBoxes(source);
    this.endStruck();
    for (const { symbols, text } of this.boxedSymbols) this.reportUnread(symbols, text, source, true);
    this.boxedSymbols = [];
    for (const { text, reason, inParagraph } of this.apart) {
      this.text.push(text);
      const at = inParagraph && near !== undefined ? { near } : {};
      this.blocks.push({ kind: 'dropped', text, reason: { messageId: reason }, source, ...at });
    }
    this.apart = [];
    if (this.hidden.length === 0) return;
    const text = this.hidden.join(' ');
    this.hidden = [];
    this.text.push(text);
    this.blocks.push({ kind: 'dropped', text, reason: { messageId: 'import-reason.word-hidden' }, source });
  }

  /** A heading paragraph: counted in the sections above it, its list number (if any) computed from its level. */
  private headingBlock(
    level: number,
    listed: { number: Numbered; ilvl: number } | undefined,
    inlines: Inline[],
    text: string,
    source: { line: number },
  ): void {
    if (level > 1) {
      this.sections[level] = (this.sections[level] ?? 0) + 1;
      this.sections.length = level + 1;
    }
    if (!listed) {
      this.blocks.push(this.typedHeading(level, inlines, source));
      return;
    }
    const { number, ilvl } = listed;
    // A numbered heading: its number is computed by clausemark from the heading level; the list's deeper
    // levels are the clauses under it ("Artikel %1" over "%1.%2").
    this.headingLevels.set(number.list, Math.max(this.headingLevels.get(number.list) ?? 0, ilvl + 1));
    const maps = headingMaps(number, ilvl);
    const own = !maps && level === 2 && ilvl === 0 ? ownPattern(number, 0, 0) : undefined;
    if (own) this.keep('sections', own);
    else if (!maps) this.restyled(number, ilvl, text, source);
    this.blocks.push({ kind: 'heading', level, inlines, label: number.label, source });
  }

  /** A paragraph of a list that is not a heading: a clause or an item, at its depth below the list's headings. */
  private itemBlock(
    { number, ilvl }: { number: Numbered; ilvl: number },
    inlines: Inline[],
    text: string,
    source: { line: number },
    indented: { indent: number },
  ): void {
    // Items of a list whose upper levels number the headings start at the level below them.
    const depth = Math.max(0, ilvl - (this.headingLevels.get(number.list) ?? 0));
    // The source's own labels where the house style would print them otherwise: below a list level that numbers
    // the articles ("%1.%2" under "Artikel %1"), or a plain list of clauses ("%1)") and their items.
    const headings = this.headingLevels.get(number.list) ?? 0;
    const maps = itemMaps(number, ilvl, depth);
    const own =
      !maps && number.ordered && headings <= 1 && ilvl >= headings && depth <= 1
        ? ownPattern(number, ilvl, headings === 1 ? 0 : 1)
        : undefined;
    // A level numbered two ways keeps the first; where that misprints a label, the check after writing says so.
    if (own) this.keep(depth === 0 ? 'clauses' : 'items', own);
    else if (!maps) this.restyled(number, ilvl, text, source);
    this.blocks.push({
      kind: 'item',
      level: depth,
      ordered: number.ordered,
      ...(number.ordered ? { number: number.number, label: number.label } : {}),
      list: number.list,
      ...indented,
      inlines,
      source,
    });
  }

  /**
   * A heading with its number typed in ("Artikel 2 Aanpak"): when the number is the one the policy computes for it,
   * it is structure and leaves the text; any other typed number stays in the text, so nothing is renumbered silently.
   */
  private typedHeading(level: number, inlines: Inline[], source: { line: number }): Block {
    const text = inlines.map((inline) => inline.text).join('');
    const typed = level > 1 ? headingNumber(text) : undefined;
    const computed = this.sections.slice(2, level + 1).join('.');
    const value = typed?.marker.match(/\d+(?:\.\d+)*/u)?.[0];
    if (!typed || typed.title === '' || value !== computed) return { kind: 'heading', level, inlines, source };
    const start = text.length - text.trimStart().length;
    if (this.own && text[start + typed.marker.length] !== '\t') return { kind: 'heading', level, inlines, source };
    const markerEnd = text.indexOf(typed.title, start + typed.marker.length);
    return { kind: 'heading', level, inlines: withoutPrefix(inlines, markerEnd), marker: typed.marker, source };
  }

  /** Records `pattern` as the source's own numbering of `level`, unless the level was numbered otherwise before. */
  private keep(level: NumberingLevel, pattern: string): void {
    this.ownNumbering[level] ??= pattern;
  }

  /** A list level clausemark prints otherwise than Word showed it: reported once, at its first paragraph. */
  private restyled(number: Numbered, ilvl: number, text: string, source: { line: number }): void {
    const key = `${number.list}/${ilvl}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.decisions.push({
      ruleId: 'import-numbering',
      messageId: 'import-numbering.restyled',
      fixId: 'import-numbering.check-references',
      params: { label: number.label, text: text.trim().slice(0, 40) },
      source,
      near: text,
    });
  }

  /** A table that lays out a text (docx-layout-tables.ts) as the paragraphs it lays out, row by row; any other as a table. */
  private table(table: Element): void {
    const laidOut = this.own ? undefined : layoutParagraphs(tableRows(table));
    if (!laidOut) return this.tableBlock(table);
    for (const [label = [], ...beside] of laidOut) {
      const first = this.blocks.length;
      for (const paragraph of label) this.paragraphBlock(paragraph);
      // A label cell read as one paragraph, with a cell beside it: an empty one reads as none.
      const labelled = beside.length === 1 && this.blocks.length === first + 1;
      for (const cell of beside) for (const paragraph of cell) this.paragraphBlock(paragraph);
      if (labelled) this.joinTitle(first);
    }
  }

  /** A label cell's one paragraph and what stands beside it, read as layout-tables.ts `joinLabel` says. */
  private joinTitle(at: number): void {
    const [label, title] = [this.blocks[at] as Block, this.blocks[at + 1] as Block];
    const joined = joinLabel(this.blocks, at);
    const [labelWord, titleWord] = [this.word.get(label), this.word.get(title)];
    if (joined === 'heading' && labelWord) this.word.set(this.blocks[at] as Block, labelWord);
    if (joined === 'line' && labelWord && titleWord) labelWord.comments.push(...titleWord.comments);
    if (joined === 'heading') this.word.delete(label);
    if (joined === 'line') this.word.delete(title);
  }

  /** A table; a cell merged across columns (gridSpan) or rows (vMerge) is repeated in every cell it covers. */
  private tableBlock(table: Element): void {
    this.paragraph++;
    const rows: TableBlock['rows'] = [];
    const above: Inline[][] = [];
    for (const row of tableRows(table)) {
      const cells: Inline[][] = [];
      for (const cell of children(row, 'tc')) {
        const properties = child(cell, 'tcPr');
        const span = Number(wAttr(child(properties, 'gridSpan'), 'val') ?? 1);
        const vMerge = child(properties, 'vMerge');
        const continues = vMerge !== undefined && wAttr(vMerge, 'val') !== 'restart';
        const column = cells.length;
        let content: Inline[];
        if (continues) content = above[column] ?? [];
        else {
          content = [];
          for (const paragraph of this.cellParagraphs(cell)) {
            const inlines = this.inlines(paragraph);
            const text = inlines.map((inline) => inline.text).join('');
            this.reportRead(text, { line: this.paragraph });
            // A cell holding only a placeholder keeps its place, which the text written marks.
            if (text.trim() === '' && !inlines.some((inline) => inline.placeholder)) continue;
            if (text.trim() !== '') this.text.push(text);
            if (content.length > 0) content.push({ text: ' ' });
            content.push(...inlines);
          }
        }
        for (let index = 0; index < span; index++) {
          above[column + index] = content;
          cells.push(content);
        }
      }
      rows.push(cells);
    }
    if (rows.length === 0) return;
    const block: TableBlock = { kind: 'table', rows, source: { line: this.paragraph } };
    this.blocks.push(block);
    this.word.set(block, {
      element: table,
      anchors: this.pending,
      numbered: false,
      indented: false,
      comments: commentsIn(table),
    });
    this.pending = [];
    this.leaveOutHidden(block.source);
  }

  /**
   * A cell's paragraphs in order, those of a table nested in it and of its content controls and changes included: a
   * nested table's text was dropped, and the import said "0 lost". Its cells' paragraphs run on in the outer cell.
   */
  private cellParagraphs(cell: Element): Element[] {
    const out: Element[] = [];
    const pending = children(cell).reverse();
    for (let node = pending.pop(); node; node = pending.pop()) {
      const name = node.localName;
      if (name === 'p') out.push(node);
      else if (name === 'sdt' && showsPlaceholder(node)) this.leaveOut(controlText(node), PLACEHOLDER);
      else if (
        ['tbl', 'tr', 'tc', 'sdt', 'sdtContent', 'customXml'].includes(name ?? '') ||
        (name === 'ins' && this.changes === 'accept') ||
        (name === 'del' && this.changes === 'reject')
      )
        pending.push(...children(node).reverse());
    }
    return out;
  }

  /** A content control of paragraphs never filled in: its placeholder left out and listed where it stands. */
  private unfilledBlock(sdt: Element): void {
    this.paragraph += Math.max(1, descendants(sdt, 'p').length);
    this.leaveOut(controlText(sdt), PLACEHOLDER);
    this.leaveOutHidden({ line: this.paragraph });
  }

  /** Body-level content in order: paragraphs, tables, and the contents of content controls and changes. */
  read(container: Element): void {
    for (const node of children(container)) {
      const name = node.localName;
      if (name === 'p') this.paragraphBlock(node);
      else if (name === 'tbl') this.table(node);
      else if (name === 'bookmarkStart') this.pending.push(bookmarkName(wAttr(node, 'name')) ?? '');
      else if (name === 'sdt' && showsPlaceholder(node)) this.unfilledBlock(node);
      else if (name === 'sdt') {
        this.toc.contentControl(node, () => this.read(node));
        if (isContents(node)) this.contentsEnd ??= this.blocks.length;
      } else if (name === 'sdtContent' || name === 'customXml') this.read(node);
      else if ((name === 'ins' && this.changes === 'accept') || (name === 'del' && this.changes === 'reject'))
        this.read(node);
    }
  }
}

/**
 * The footnote label of Word's endnote `id`: endnotes become footnotes of the policy (Markdown has one kind of note,
 * and the built policy numbers its notes in order), labelled apart from the footnotes, whose ids start at 1 too.
 */
export const endnoteLabel = (id: string): string => `e${id}`;

/**
 * A table's rows in order, those inside content controls too: a repeating section's items (Word 2013 and later)
 * hold rows, and the rows of a table of contactpersonen made so were dropped without a word, under "0 lost".
 */
/** A line break typed inside a paragraph (Shift+Enter, a `w:br` of no type or `textWrapping`); never a page's break. */
function lineBreakOf(node: Element): { lineBreak?: true } {
  if (node.localName !== 'br') return {};
  const type = wAttr(node, 'type');
  return type === undefined || type === 'textWrapping' ? { lineBreak: true } : {};
}

function tableRows(table: Element): Element[] {
  return children(table).flatMap((node) =>
    node.localName === 'tr'
      ? [node]
      : ['sdt', 'sdtContent', 'customXml'].includes(node.localName ?? '')
        ? tableRows(node)
        : [],
  );
}

/**
 * What the report finds a paragraph by where a placeholder was taken out of it: its words before that place, or after
 * it where few come first, as the text written marks the place ("[in te vullen]") between them; else its text.
 */
function placeNear(inlines: readonly Inline[], text: string): string {
  const at = inlines.findIndex((inline) => inline.placeholder);
  if (at < 0) return text;
  const join = (part: readonly Inline[]): string =>
    part
      .map((inline) => inline.text)
      .join('')
      .trim();
  const before = join(inlines.slice(0, at));
  const after = join(inlines.slice(at + 1));
  return before.length >= 12 ? before : after.length >= 12 ? after : text;
}

/** Names of the bookmarks that start inside an element, in document order. */
function bookmarksIn(element: Element): string[] {
  return descendants(element, 'bookmarkStart').map((bookmark) => bookmarkName(wAttr(bookmark, 'name')) ?? '');
}

/** How many times a bookmark's name is unescaped: one per LibreOffice save it went through, and a bound. */
const ESCAPES = 16;

/**
 * A bookmark's name as written: LibreOffice saves "fn:1" as "fn%3A1" (and a link to it so), and escapes it again at
 * each save ("fn%253A1" after two, also through .doc); Word keeps it as it is. No name clausemark writes holds "%".
 */
export function bookmarkName(name: string | undefined): string | undefined {
  let out = name;
  for (let round = 0; out?.includes('%') && round < ESCAPES; round++) {
    try {
      const next = decodeURIComponent(out);
      if (next === out) break;
      out = next;
    } catch {
      break;
    }
  }
  return out;
}

/** Ids of the comments anchored inside an element (their ranges or references), once each, in order. */
function commentsIn(element: Element): string[] {
  const ids: string[] = [];
  for (const name of ['commentRangeStart', 'commentReference'])
    for (const mark of descendants(element, name)) {
      const id = wAttr(mark, 'id');
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
  return ids;
}

/** Whether a content control is a table of contents (Word's and LibreOffice's docPartGallery). */
function isContents(sdt: Element): boolean {
  const gallery = descendants(sdt, 'docPartGallery')[0];
  return /table of contents/i.test(wAttr(gallery, 'val') ?? '');
}

/** The text of a paragraph's runs before its first tab, when text comes first ("Artikel 2" of "Artikel 2⇥Indienen"). */
function textBeforeTab(paragraph: Element): string | undefined {
  let text = '';
  for (const node of descendants(paragraph, '*')) {
    if (node.localName === 'tab' && node.parentNode && (node.parentNode as Element).localName === 'r')
      return text === '' ? undefined : text;
    if (node.localName === 't') {
      // The writer types "Artikel 2\t" into one run; Word and LibreOffice may keep the tab as text or as w:tab.
      const value = node.textContent ?? '';
      const tab = value.indexOf('\t');
      if (tab >= 0) return text + value.slice(0, tab) === '' ? undefined : text + value.slice(0, tab);
      text += value;
    }
    if (node.localName === 'delText' || node.localName === 'br') return undefined;
  }
  return undefined;
}
