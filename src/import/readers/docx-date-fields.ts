// Word's date fields (Invoegen → Datum en tijd, "Automatisch bijwerken"; Snelonderdelen → Veld): DATE and TIME show
// today's date or time, SAVEDATE the last save, PRINTDATE the last print, CREATEDATE when the file was made. The file
// keeps the date Word last showed, and import reads it as the words Word prints, but it is no date of the policy:
// "Vastgesteld door het bestuur op 27 november 2026" held the day it was last saved, and became the adoption's
// history. Each such field is kept as printed, reported at its paragraph and named in the summary; its inlines are
// marked (Inline.dateField), so that a line about the adoption is not read from it (closing-line.ts). One in a header
// or footer ("Datum: { DATE }", printed on every page) or a text box was reported nowhere, though its line is listed
// as left out as printed: it is reported as one of the body's is, naming where it stands.
import type { Element } from '@xmldom/xmldom';
import { type Block, type Decision, inlineText, type SourcePlace } from '../blocks.js';
import { children, type DocxParts, isHiddenRun, printedParagraphText, runningParts, wAttr } from './docx-parts.js';

/** The date fields, by what Word fills in (import-field.*). */
const DATE_FIELDS: Record<string, string> = {
  DATE: 'import-field.today',
  TIME: 'import-field.today',
  SAVEDATE: 'import-field.saved',
  PRINTDATE: 'import-field.printed',
  CREATEDATE: 'import-field.created',
};

/** The date field a field's code names ("SAVEDATE" of ` SAVEDATE \@ "d-M-yyyy" `), if it is one. */
export function dateFieldOf(code: string): string | undefined {
  const name = /^\s*([A-Za-z]+)/u.exec(code)?.[1]?.toUpperCase();
  return name !== undefined && name in DATE_FIELDS ? name : undefined;
}

/**
 * The report's word of a date field whose result `text` stands at `source`, in the paragraph `near` if one is kept.
 * One in a header, a footer or a text box (`source.part`) stands in a line left out and listed, so it is not kept.
 */
export function dateFieldDecision(field: string, text: string, source: SourcePlace, near?: string): Decision {
  return {
    ruleId: 'import-field',
    messageId: source.part === undefined ? 'import-field.changing-date' : 'import-field.changing-date-left-out',
    fixId: 'import-field.type-date',
    params: { field, text: text.trim(), what: { messageId: DATE_FIELDS[field] ?? 'import-field.today' } },
    source,
    ...(near !== undefined ? { near } : {}),
  };
}

/** A date field read, with the result Word last showed. */
export interface DateFieldRead {
  field: string;
  text: string;
}

/**
 * The complex fields open at a point of the text (w:fldChar begin … separate … end), innermost last: whether each is
 * still in its code, its code and the result shown so far; and the date fields read since they were last taken.
 */
export class OpenFields {
  private readonly open: { inCode: boolean; code: string; result: string }[] = [];
  private read: DateFieldRead[] = [];

  /** A field's mark: it opens in its code, its result starts, or it ends. */
  mark(type: string | undefined): void {
    const innermost = this.open.at(-1);
    if (type === 'begin') this.open.push({ inCode: true, code: '', result: '' });
    else if (type === 'separate' && innermost) innermost.inCode = false;
    else if (type === 'end' && innermost) {
      this.open.pop();
      const field = dateFieldOf(innermost.code);
      if (field && innermost.result.trim() !== '') this.read.push({ field, text: innermost.result });
    }
  }

  /** Whether this point is in a field's code, which Word does not print. */
  inCode(): boolean {
    return this.open.some((field) => field.inCode);
  }

  /** Text of the innermost field's code (w:instrText). */
  code(text: string): void {
    const innermost = this.open.at(-1);
    if (innermost?.inCode) innermost.code += text;
  }

  /** Text printed here, added to the results of the fields it is in: the date field it is the result of, if any. */
  shown(text: string): string | undefined {
    let field: string | undefined;
    for (const open of this.open) {
      if (open.inCode) continue;
      open.result += text;
      field = dateFieldOf(open.code) ?? field;
    }
    return field;
  }

  /** A simple field (w:fldSimple) read whole. */
  simple(field: string, text: string): void {
    if (text.trim() !== '') this.read.push({ field, text });
  }

  /** The date fields read since the last call. */
  take(): DateFieldRead[] {
    const read = this.read;
    this.read = [];
    return read;
  }
}

/**
 * The date fields an element holds, outside the body's own reading (a header or footer, a text box's content), with
 * the results Word last showed. Of Word's alternatives of one drawing (mc:AlternateContent: DrawingML, and VML for
 * older readers, each holding the same box) only the first is read, so a field is read once.
 */
export function dateFieldsIn(element: Element): DateFieldRead[] {
  const fields = new OpenFields();
  const walk = (node: Element): void => {
    for (const inner of node.localName === 'AlternateContent' ? children(node).slice(0, 1) : children(node)) {
      const name = inner.localName;
      const simple = name === 'fldSimple' ? dateFieldOf(wAttr(inner, 'instr') ?? '') : undefined;
      // Its result as printed: a hidden run in it is no part of what Word shows.
      if (simple) fields.simple(simple, printedParagraphText(inner));
      else if (name === 'fldChar') fields.mark(wAttr(inner, 'fldCharType'));
      else if (name === 'instrText') fields.code(inner.textContent ?? '');
      else if (name === 't' && !fields.inCode()) fields.shown(inner.textContent ?? '');
      else if (!(name === 'r' && isHiddenRun(inner))) walk(inner);
    }
  };
  walk(element);
  return fields.take();
}

/**
 * The date fields of the headers and footers, each reported once where it stands ("a header of the Word document"):
 * the first page's header often repeats the others'.
 */
export function headerAndFooterDateFields(parts: DocxParts): Decision[] {
  const seen = new Set<string>();
  const decisions: Decision[] = [];
  for (const { root, kind } of runningParts(parts)) {
    for (const { field, text } of dateFieldsIn(root)) {
      const key = `${kind} ${field} ${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      decisions.push(dateFieldDecision(field, text, { line: 0, part: kind }));
    }
  }
  return decisions;
}

/**
 * Each text box's date field placed in the text written by the words kept first at or after the paragraph it is
 * anchored in, as the box's text left out is: a box is often anchored in an empty paragraph, and its field's report
 * stood at the file's first line. `blocks` as read, headings without the numbers that became structure.
 */
export function placeTextBoxFields(decisions: readonly Decision[], blocks: readonly Block[]): void {
  for (const decision of decisions) {
    if (decision.ruleId !== 'import-field' || decision.source.part !== 'text-box') continue;
    const kept = blocks.find(
      (block) =>
        block.kind !== 'dropped' &&
        block.source.line >= decision.source.line &&
        'inlines' in block &&
        inlineText(block.inlines).trim() !== '',
    );
    if (kept && 'inlines' in kept) decision.near = inlineText(kept.inlines);
  }
}
