// Word's headers and footers: the text it prints on every page. It is not the policy's text, so it is left out, but
// listed in the report and counted as left out: import read none of it, and a footer holding a rule ("Deze regeling
// geldt ook voor de kinderopvang") or a header naming the organisation was gone while the summary said "0 lost".
// A symbol font's sign in them is read as in the body (docx-symbols.ts), one it has no character for named. Word's
// watermark ("CONCEPT" behind the text of every page) stands in a header as a VML text path (docx-word-art.ts):
// listed as a watermark, once. A content control never filled in (the school's name in the header) is listed as a
// placeholder, apart from its line (docx-controls.ts). A template's fill-in never filled in ("[naam school]" in the
// footer) is reported where it stands, "a footer of the Word document", as a date field there is (docx-date-fields.ts).
import type { Element } from '@xmldom/xmldom';
import { type Block, type Decision, runningReason } from '../blocks.js';
import { fillInsOf } from '../fill-ins.js';
import { inUnfilledControl, unfilledControls } from './docx-controls.js';
import { descendants, type DocxParts, printedParagraphText, runningParts, wAttr } from './docx-parts.js';
import { isPageNumberLine } from './text-lines.js';
import { wordArtTexts } from './docx-word-art.js';

/** The text of a header or footer paragraph as printed, tabs kept (they separate its parts). */
const paragraphText = (paragraph: Element, unread: string[]): string =>
  printedParagraphText(paragraph, unread, inUnfilledControl).replace(/ {2,}/g, ' ').trim();

/** Word's fields that print the page's number or the number of pages. */
const PAGE_FIELD = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b/u;
/** What a page number says around its numbers: "Pagina 3 van 9" without them. */
const PAGE_LABEL = /^(?:(?:pagina|page|blz\.?|p\.)\s*)?(?:(?:van|of|\/)\s*)?$/iu;

/**
 * Whether a line is a page number ("Pagina 4", "Pagina {PAGE} van {NUMPAGES}"): Word prints a different one on each
 * page (a field; the file keeps its last value, or none), so it is no text of anyone's.
 */
function isPageNumber(paragraph: Element, text: string): boolean {
  if (isPageNumberLine(text)) return true;
  const instructions = [
    ...descendants(paragraph, 'instrText').map((node) => node.textContent ?? ''),
    ...descendants(paragraph, 'fldSimple').map((node) => wAttr(node, 'instr') ?? ''),
  ];
  return (
    instructions.some((instruction) => PAGE_FIELD.test(instruction)) &&
    PAGE_LABEL.test(text.replace(/\d+/gu, '').trim())
  );
}

const leftOut = (text: string, reason: string, part: 'header' | 'footer'): Block => ({
  kind: 'dropped',
  text,
  reason: { messageId: reason },
  source: { line: 0, part },
});

/**
 * Each distinct line the headers and footers print (the first page's header often repeats the others'), as text
 * left out of the policy as a running header or a running footer (import-reason.running-header, -footer; a line both
 * print, as the first), named where it stands ("a footer of the Word document"), and each distinct
 * watermark's text (import-reason.watermark) and each placeholder's (import-reason.placeholder); a page number alone
 * is not read. `unread` is told each such line's signs no character is known for (docx-symbols.ts), once a line.
 */
export function headerAndFooterBlocks(
  parts: DocxParts,
  unread: (symbols: string[], text: string) => void = () => undefined,
): Block[] {
  const seen = new Set<string>();
  const blocks: Block[] = [];
  for (const { root, kind } of runningParts(parts)) {
    for (const text of unfilledControls(root).filter((placeholder) => !seen.has(placeholder))) {
      seen.add(text);
      blocks.push(leftOut(text, 'import-reason.placeholder', kind));
    }
    for (const paragraph of descendants(root, 'p')) {
      for (const text of wordArtTexts(paragraph).filter((mark) => !seen.has(mark))) {
        seen.add(text);
        blocks.push(leftOut(text, 'import-reason.watermark', kind));
      }
      const symbols: string[] = [];
      const text = paragraphText(paragraph, symbols);
      if (text === '' || seen.has(text) || isPageNumber(paragraph, text)) continue;
      seen.add(text);
      if (symbols.length > 0) unread(symbols, text);
      blocks.push(leftOut(text, runningReason(kind === 'header' ? 'top' : 'bottom'), kind));
    }
  }
  return blocks;
}

/**
 * Each fill-in of the headers and footers never filled in ("[naam school]", "«Schooljaar»"), reported once where it
 * stands ("a footer of the Word document"): its line is left out of the policy and listed, the fill-in with it, so it
 * is no fill-in the policy keeps (import-fill-in.unfilled-left-out), but the Word document still holds it.
 */
export function headerAndFooterFillIns(parts: DocxParts): Decision[] {
  const seen = new Set<string>();
  const decisions: Decision[] = [];
  for (const { root, kind } of runningParts(parts)) {
    for (const paragraph of descendants(root, 'p')) {
      const near = paragraphText(paragraph, []);
      for (const text of fillInsOf(near).filter((fillIn) => !seen.has(`${kind} ${fillIn}`))) {
        seen.add(`${kind} ${text}`);
        decisions.push({
          ruleId: 'import-fill-in',
          messageId: 'import-fill-in.unfilled-left-out',
          fixId: 'import-fill-in.fill-in-word',
          params: { text, line: near },
          source: { line: 0, part: kind },
        });
      }
    }
  }
  return decisions;
}
