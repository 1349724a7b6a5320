// Word's content controls that were never filled in (Developer → Controls: a text, a date picker, a drop-down list).
// Such a control shows its placeholder, "Klik of tik om tekst in te voeren.", which Word prints grey: an instruction
// to whoever fills in the form, no text of the policy. Read as text it became a clause's words ("De functionaris
// gegevensbescherming is Klik of tik om tekst in te voeren.") while the account said "0 lost". A control shows its
// placeholder when Word marks it so (w:showingPlcHdr) or when its whole text is one of Word's own placeholders
// (templates/import/word-placeholders.yaml): LibreOffice drops the mark of a text control when it saves. A filled-in
// control's text is text like any other. Where import leaves the text around it out for another reason (a header's
// line, a text box), a placeholder is still listed as one, apart from that text: it asks to be filled in; a control
// whose placeholder is a school's own fill-in ("[naam directeur]", src/import/fill-ins.ts) is read as text. A check box
// control (Word 2010 and later) or form field (Word 97–2003) is read as the box its state says, ☒ checked or ☐ not,
// whatever font draws it.
import type { Document, Element } from '@xmldom/xmldom';
import { placeholderFile } from '../../fmt/fill-ins.js';
import { fillInsOf } from '../fill-ins.js';
import { child, descendants, isHiddenRun, isOn } from './docx-parts.js';

/** Word 2010's namespace, of the check box control (w14:checkbox). */
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

/** The first child element of `element` named `name` in Word 2010's namespace. */
const childW14 = (element: Element | undefined, name: string): Element | undefined =>
  element
    ? [...Array.from(element.childNodes)].find(
        (node): node is Element =>
          node.nodeType === 1 && (node as Element).namespaceURI === W14 && (node as Element).localName === name,
      )
    : undefined;

/**
 * A check box control's state as the box it shows, "☒" checked or "☐" not (no w14:checked: not); undefined for any
 * other control. Its state, not the glyph it shows: that may be a symbol font's sign (Wingdings 2's "T").
 */
export function checkBoxOf(sdt: Element): string | undefined {
  const box = childW14(child(sdt, 'sdtPr'), 'checkbox');
  if (!box) return undefined;
  const checked = childW14(box, 'checked');
  const value = checked?.getAttributeNS(W14, 'val') || checked?.getAttribute('w14:val') || '1';
  return checked && !['0', 'false', 'off'].includes(value) ? '☒' : '☐';
}

/**
 * A check box form field's state (Word 97–2003, FORMCHECKBOX, at its w:fldChar begin) as the box it shows: its
 * w:checked, else its w:default. Word draws the box; the field has no text, and box and state were lost without a
 * word. Undefined for any other field.
 */
export function formCheckBoxOf(fieldBegin: Element): string | undefined {
  const box = child(child(fieldBegin, 'ffData'), 'checkBox');
  if (!box) return undefined;
  const checked = child(box, 'checked');
  return (checked ? isOn(checked) : isOn(child(box, 'default'))) ? '☒' : '☐';
}

/** A text as the placeholders are compared: lower case, its spacing made single. */
const normal = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();

let placeholders: Set<string> | undefined;

function wordPlaceholders(): Set<string> {
  placeholders ??= new Set(placeholderFile().controls.map(normal));
  return placeholders;
}

/** The text a content control shows: the words of its content, hidden runs aside, its paragraphs one space apart. */
export function controlText(sdt: Element): string {
  const content = child(sdt, 'sdtContent');
  if (!content) return '';
  const paragraphs = descendants(content, 'p');
  const parts = paragraphs.length > 0 ? paragraphs : [content];
  return parts
    .map((part) =>
      descendants(part, 'r')
        .filter((run) => !isHiddenRun(run))
        .flatMap((run) => descendants(run, 't').map((text) => text.textContent ?? ''))
        .join(''),
    )
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Whether a content control shows Word's placeholder: never filled in. One whose placeholder is a fill-in of the
 * school's own ("[naam directeur]") is read as text, as it is once LibreOffice dropped its mark, and reported as a
 * fill-in (src/import/fill-ins.ts).
 */
export function showsPlaceholder(sdt: Element): boolean {
  const text = controlText(sdt);
  if (fillInsOf(text)[0] === text && text !== '') return false;
  if (isOn(child(child(sdt, 'sdtPr'), 'showingPlcHdr'))) return true;
  return text !== '' && wordPlaceholders().has(normal(text));
}

/** Whether a run stands in a content control that shows its placeholder. */
export function inUnfilledControl(run: Element): boolean {
  for (let node = run.parentNode; node; node = node.parentNode) {
    const element = node as Element;
    if (element.localName === 'sdt' && element.namespaceURI === run.namespaceURI && showsPlaceholder(element))
      return true;
  }
  return false;
}

/** The placeholders of the content controls never filled in within `element` (a header, a text box), in order. */
export function unfilledControls(element: Element | Document): string[] {
  return descendants(element, 'sdt')
    .filter((sdt) => showsPlaceholder(sdt) && !inUnfilledControl(sdt))
    .map(controlText)
    .filter((text) => text !== '');
}
