// The line that closes a document by saying it was adopted ("Vastgesteld bij besluit van het college van bestuur d.d.
// 12 maart 2024.", "Aldus vastgesteld door het bestuur op 12 maart 2024 te Utrecht.", in English "Adopted by the board
// on 12 March 2025." (adoption-words.ts)), or its steps' lines, one a line ("Advies GMR: 3 februari 2025" over
// "Instemming MR: 1 maart 2025" over "Vastgesteld door het bestuur: 10 maart 2025": approvals.ts stepLineApproval): a
// line of its own after the last article, or the last sentence of the last paragraph ("Dit reglement treedt in
// werking op 1 augustus 2024. Vastgesteld …"). It is no text of the policy: kept in the text it would print an adoption no one recorded here,
// beside the one `approve` records. It is left out and listed, and read as any line about the adoption is (history,
// never an approval) or said to be unread; one whose date is a Word date field (SAVEDATE: the last save) is unread
// whatever it says, and so is one naming a council as adopting ("Vastgesteld door de GMR op …": a GMR does not
// adopt; the report names the council). A sentence about an adoption anywhere else ("Het schoolplan is vastgesteld
// door de directeur na instemming van de MR.") is text of the policy and stays. A heading that held nothing but those
// lines ("Artikel 9 Slotbepaling", "Vaststelling") heads nothing once they are out: published, it would be an empty
// section. It is left out with them and listed, its words counted as left out; so is a chapter heading that held only it.
import type { SectorProcedures } from '../procedure/types.js';
import {
  adoptionLine,
  adoptionSentences,
  asked,
  deniesAdoption,
  MAX_LINE_WORDS,
  stepLineApproval,
  stepLineForm,
} from './approvals.js';
import {
  inlineText,
  type Block,
  type HeadingBlock,
  type Decision,
  type DroppedBlock,
  type Inline,
  type ParagraphBlock,
} from './blocks.js';
import { adoptionLineWords } from '../parse/adoption-lines.js';
import { dutchAdoption } from '../parse/adoption-patterns.js';
import { anyPhrase } from '../text/phrase-pattern.js';
import { adoptingCouncil, englishAdoption, englishAdoptionForm } from './adoption-words.js';
import { findDate } from './dates.js';
import { splitSentences } from '../text/sentences.js';

/**
 * Words of taking effect: a sentence that says when the policy takes effect is text of the policy
 * (templates/import/adoption-lines.yaml `nl.closingInForce`). Made on first use.
 */
let inForce: RegExp | undefined;
const inForcePattern = (): RegExp =>
  (inForce ??= new RegExp(`\\b(?:${anyPhrase(adoptionLineWords().nl.closingInForce)})\\b`, 'iu'));

/**
 * Whether a sentence is an adoption line in form: it opens with the adoption's words ("(Aldus) vastgesteld bij besluit
 * van …", "… in de vergadering van …", "… door …"; the data's, src/parse/adoption-patterns.ts), names a whole date, is short
 * as a line is, and speaks neither of a step asked ("ter vaststelling aangeboden") nor of taking effect.
 */
export function adoptionLineForm(sentence: string): boolean {
  const line = sentence.replace(/\s+/gu, ' ').trim();
  return (
    (dutchAdoption().closingForm.test(line) || englishAdoptionForm(line) || stepLineForm(line)) &&
    findDate(line) !== undefined &&
    line.split(' ').length <= MAX_LINE_WORDS &&
    !asked(line) &&
    !inForcePattern().test(line)
  );
}

/** The sentences of a text as written (each with the white space after it: joined, the text again). */
const rawSentences = (text: string): string[] => {
  const sentences = splitSentences(text);
  return sentences.join('') === text ? sentences : [text];
};

/** Whether a paragraph's last sentence is an adoption line in form: where the document's text ends. */
export const closesWithAdoption = (text: string): boolean => adoptionLineForm(rawSentences(text).at(-1) ?? '');

/** The inlines before a place in their text, a run the place falls inside cut there. */
function inlinesBefore(inlines: readonly Inline[], at: number): Inline[] {
  const before: Inline[] = [];
  let offset = 0;
  for (const inline of inlines) {
    // A footnote's reference (no text) goes with the text before it.
    if (inline.text === '' ? offset < at : offset + inline.text.length <= at) before.push(inline);
    else if (offset < at) before.push({ ...inline, text: inline.text.slice(0, at - offset) });
    offset += inline.text.length;
  }
  return before;
}

/** Whether any of `inlines` between two places in their text is a Word date field's result (docx-date-fields.ts). */
function holdsDateField(inlines: readonly Inline[], from: number, to: number): boolean {
  let offset = 0;
  for (const inline of inlines) {
    const end = offset + inline.text.length;
    if (inline.dateField && end > from && offset < to) return true;
    offset = end;
  }
  return false;
}

/**
 * The paragraph without its trailing adoption lines, and those lines, each with whether its text holds a Word date
 * field; none when its last sentence is no such line.
 */
function closingSentences(block: ParagraphBlock): { kept: Inline[]; lines: string[]; dated: boolean[] } | undefined {
  const text = inlineText(block.inlines);
  const sentences = rawSentences(text);
  let first = sentences.length;
  while (first > 0 && adoptionLineForm(sentences[first - 1] ?? '')) first--;
  if (first === sentences.length) return undefined;
  const at = sentences.slice(0, first).join('').length;
  const kept = inlinesBefore(block.inlines, at);
  const last = kept.at(-1);
  if (last) kept[kept.length - 1] = { ...last, text: last.text.trimEnd() };
  const lines = sentences.slice(first);
  let from = at;
  const dated = lines.map((line) => {
    from += line.length;
    return holdsDateField(block.inlines, from - line.length, from);
  });
  return { kept: kept.filter((inline) => inline.text !== '' || inline.footnote !== undefined), lines, dated };
}

/** An adoption line read as any line about the adoption is: history, or seen and not read. */
export function readLine(line: string, procedures: SectorProcedures | undefined, title: string | undefined): boolean {
  // "Vastgesteld door het bestuur op: (nog niet)", "Dit reglement is niet vastgesteld door …": never read.
  if (deniesAdoption(line, title)) return false;
  return (
    adoptionSentences(line, procedures, title).length > 0 ||
    adoptionLine(line, procedures).approval !== undefined ||
    englishAdoption(line, procedures) !== undefined ||
    stepLineApproval(line, procedures) !== undefined
  );
}

/** The line left out, listed with why. */
const leftOut = (line: string, read: boolean, block: Block): DroppedBlock => ({
  kind: 'dropped',
  text: line,
  reason: { messageId: read ? 'import-reason.adoption-line' : 'import-reason.adoption-line-unread' },
  source: block.source,
});

/** The report's word of a line naming a council as adopting, for each of a line not read. */
const COUNCIL_MESSAGES: Record<string, string> = {
  'import-history.unread': 'import-history.council',
  'import-history.unread-left-out': 'import-history.council-left-out',
  'import-history.unread-cover': 'import-history.council-cover',
};

/**
 * The report's word of a line about the adoption not read: nothing recorded, the line left out (a closing line; a
 * cover's line says so with `import-history.unread-cover`). A line saying a council adopted the policy ("Vastgesteld
 * door de MR …") is said so, naming the council (`import-history.council…`): its words are not what was missed.
 */
export const unreadLine = (
  line: string,
  block: Pick<Block, 'source'>,
  messageId = 'import-history.unread-left-out',
  procedures?: SectorProcedures,
): Decision => {
  const council = adoptingCouncil(line, procedures);
  return {
    ruleId: 'import-history',
    messageId: council ? (COUNCIL_MESSAGES[messageId] ?? messageId) : messageId,
    fixId: council ? 'import-history.record-council' : 'import-history.record-unread',
    params: { text: line.slice(0, 120), ...(council ? { council } : {}) },
    source: block.source,
  };
};

/**
 * Takes, in place, the adoption lines that close the text out of it: from the end (past the text left out, as the
 * signatures of a back cover, and the footnotes), each paragraph that is only such lines, then the last such
 * sentences of the paragraph before them. Returns the lines read as history, in the document's order, and the
 * report's word of each one not read.
 */
export function takeClosingLines(
  blocks: Block[],
  procedures: SectorProcedures | undefined,
  title: string | undefined,
): { history: string[]; decisions: Decision[] } {
  const history: string[] = [];
  const decisions: Decision[] = [];
  let emptied: number | undefined;
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index] as Block;
    if (block.kind === 'dropped' || block.kind === 'footnote') continue;
    const closing = block.kind === 'paragraph' ? closingSentences(block) : undefined;
    if (!closing) break;
    const lines = closing.lines.map((line) => line.replace(/\s+/gu, ' ').trim());
    // A date Word fills in by itself (SAVEDATE …) is no date of an adoption: such a line is not read.
    const reads = lines.map((line, at) => !closing.dated[at] && readLine(line, procedures, title));
    const dropped = lines.map((line, at) => leftOut(line, reads[at] ?? false, block));
    const kept = closing.kept.length > 0 ? [{ ...block, inlines: closing.kept }] : [];
    blocks.splice(index, 1, ...kept, ...dropped);
    history.unshift(...lines.filter((_, at) => reads[at]));
    const unread = (line: string, at: number): Decision =>
      closing.dated[at]
        ? unreadLine(line, block, 'import-history.unread-date-field')
        : unreadLine(line, block, undefined, procedures);
    decisions.unshift(...lines.flatMap((line, at) => (reads[at] ? [] : [unread(line, at)])));
    if (kept.length > 0) break;
    emptied = index;
  }
  if (emptied !== undefined) leaveOutEmptiedHeadings(blocks, emptied);
  return { history, decisions };
}

/** A heading as the source typed it: its typed number ("Artikel 9") and its words. */
const typedHeading = (heading: HeadingBlock): string =>
  [heading.marker ?? '', inlineText(heading.inlines)].join(' ').replace(/\s+/gu, ' ').trim();

/**
 * Leaves out, in place, the heading right above the closing lines taken from `at` on when nothing else stood under it
 * ("Artikel 9 Slotbepaling" over "Aldus vastgesteld …"), then each heading over it that held only it (a chapter
 * "Slotbepalingen" over that article); never the title, nor a heading with text, nor one beside it (a heading left
 * empty in the source is the source's).
 */
function leaveOutEmptiedHeadings(blocks: Block[], at: number): void {
  let below = Number.POSITIVE_INFINITY;
  for (let index = at - 1; index >= 0; index--) {
    const block = blocks[index] as Block;
    if (block.kind === 'dropped' || block.kind === 'footnote') continue;
    if (block.kind !== 'heading' || block.level < 2 || block.level >= below) return;
    below = block.level;
    blocks[index] = {
      kind: 'dropped',
      text: typedHeading(block),
      reason: { messageId: 'import-reason.adoption-heading' },
      source: block.source,
    };
  }
}
