// Frontmatter from what the document states: its title, version, date, organisation and approvals. Nothing is
// invented: a field the document does not state is either left out or, when clausemark requires it (version,
// organisation), filled from the command line or a stated default and reported as a finding.
import type { Approval } from '../model/policy.js';
import { slugify } from '../parse/ids.js';
import { approvalTableWords } from '../parse/approval-tables.js';
import { coverFieldLabels } from '../parse/cover-fields.js';
import { policyKind } from '../parse/kinds.js';
import type { SectorProcedures } from '../procedure/types.js';
import {
  adoptionLine,
  adoptionSentences,
  asked,
  decided,
  deniedCell,
  deniesAdoption,
  planned,
  rowApproval,
  statedApprovals,
  stepOf,
} from './approvals.js';
import { approvalLine } from './history.js';
import {
  blockText,
  inlineText,
  isSentence,
  type Block,
  type Decision,
  type HeadingBlock,
  type ParagraphBlock,
  type SourcePlace,
  type TableBlock,
} from './blocks.js';
import { dutchAdoption } from '../parse/adoption-patterns.js';
import { closesWithAdoption, takeClosingLines, unreadLine } from './closing-line.js';
import { findDate } from './dates.js';
import { leaveOutUncitedNotes } from './notes.js';
import { coverOrganisation, keyedCoverLines, onlyNamesOrganisation, organisationInText } from './organisation.js';
import { withoutOwnAdoptionNote } from './own-notes.js';
import { coverAdoptions } from './cover-adoption.js';
import { takeTopAdoptionLines } from './top-adoption.js';
import { withoutFieldDates } from './field-dates.js';
import { lastCoverHeading, statedVersion } from './cover-headings.js';
import { coverFillIn, leftOutCoverFillIns } from './fill-ins.js';
import { ownInForce, sentencesOf } from './this-document.js';
import type { MessageRef } from '../model/diagnostics.js';

export interface ImportedMeta {
  title?: string;
  organisation?: string;
  version?: string;
  effective?: string;
  /** Never set by import: only `approve` adopts (history.ts). */
  status?: 'approved';
  approvals: Approval[];
  /** What the document says about its own adoption (its approval table's rows, its sentences): history, not approvals. */
  history?: string[];
  /** Approvals (by index) of a council under a line saying the policy was adopted: their step is the procedure's. */
  unsettled?: number[];
}

/**
 * A field that names the date the policy takes effect ("Ingangsdatum: 1 augustus 2024"), and a date that is the
 * document's own ("Datum: 14 februari 2024", "d.d: 21 september 2021"): not when it takes effect. Their labels are
 * data (templates/import/cover-fields.yaml); made once on first use.
 */
let datedFields: { effective: RegExp; documentDate: RegExp } | undefined;
function datedField(): { effective: RegExp; documentDate: RegExp } {
  if (!datedFields) {
    const { effective, documentDate } = coverFieldLabels();
    datedFields = {
      effective: new RegExp(String.raw`(?:^|\s)(?:${effective})\s*:\s*(.+)$`, 'iu'),
      documentDate: new RegExp(String.raw`(?:^|\s)(?:${documentDate})\s*:?\s*(.+)$`, 'iu'),
    };
  }
  return datedFields;
}

/**
 * Text of the body rather than a cover line: a sentence, a long paragraph ending in a colon that introduces what
 * follows, or anything longer than a cover line ever is.
 */
const BODY_TEXT = (text: string): boolean => {
  const count = text.trim().split(/\s+/).length;
  return isSentence(text) || (/[:;]$/u.test(text.trim()) && count >= 8) || count > 20;
};

/** A sentence of four words or more: under a heading, text of the body. */
const SHORT_SENTENCE = (text: string): boolean =>
  BODY_TEXT(text) || (/[.!?]$/u.test(text.trim()) && text.trim().split(/\s+/).length >= 4);

/**
 * A block's text as its sentence ends: a footnote's reference after the full stop, and the mark Word shows for it
 * ("leerkracht.*", "nodig.²"), are no part of the sentence.
 */
function sentenceText(block: Block): string {
  if (block.kind === 'dropped' || block.kind === 'table') return blockText(block);
  const inlines = [...block.inlines];
  for (let last = inlines.at(-1); last; last = inlines.at(-1)) {
    if (last.footnote === undefined && !last.noteMark && last.text.trim() !== '') break;
    inlines.pop();
  }
  return inlineText(inlines).replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*$/u, '');
}

/** Text of the body under a heading: a list item, or a paragraph that is a sentence, even a short one. */
/**
 * A paragraph's text as the cover and the body are told apart by: without clausemark's own note on an adoption in it
 * ("Versie 1.0 Status: Vastgesteld tekst niet vastgelegd …" on a cover clausemark printed, own-notes.ts).
 */
function coverTestText(block: Block): string {
  const text = sentenceText(block);
  return block.kind === 'paragraph' ? (withoutOwnAdoptionNote(text) ?? text) : text;
}

const textUnderHeading = (block: Block | undefined): boolean =>
  block !== undefined &&
  (block.kind === 'item' || (block.kind === 'paragraph' && SHORT_SENTENCE(coverTestText(block))));

/**
 * Whether the heading at `index` has text of the body under it: directly, or under the sub-headings that follow it
 * ("Hoofdstuk 1 Algemene bepalingen" over "Artikel 1 Begripsbepalingen" over its first sentence). Under a heading
 * even a short sentence is body text ("De school verwerkt persoonsgegevens zorgvuldig."): a cover has no headings
 * over its lines' sentences.
 */
function headsText(blocks: readonly Block[], index: number): boolean {
  let level = (blocks[index] as HeadingBlock).level;
  for (let at = index + 1; at < blocks.length; at++) {
    const next = blocks[at] as Block;
    if (next.kind === 'dropped') continue;
    if (next.kind !== 'heading') return textUnderHeading(next);
    if (next.level <= level) return false;
    level = next.level;
  }
  return false;
}

/**
 * Where the body starts: the first numbered heading, list item or its lead-in, sentence, or heading with a sentence
 * under it (or under its sub-headings), past the cover's lines a reader took for headings (cover-headings.ts).
 */
function bodyStart(blocks: readonly Block[], from: number, orgWords: string | undefined): number {
  const start = firstBodyBlock(blocks, from);
  const lastCover = lastCoverHeading(blocks, start, orgWords, (index) => headsText(blocks, index));
  return lastCover < start ? start : firstBodyBlock(blocks, lastCover + 1);
}

/** A paragraph ending in a colon right over a list ("Het bestuur bestaat uit:"): the lead-in the list completes. */
function leadsInToList(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index] as Block;
  if (block.kind !== 'paragraph' || !/:$/u.test(coverTestText(block).trim())) return false;
  const next = blocks.slice(index + 1).find((each) => each.kind !== 'dropped');
  return next?.kind === 'item';
}

/** The first numbered heading, list item or its lead-in, sentence, or heading with a sentence under it. */
function firstBodyBlock(blocks: readonly Block[], from: number): number {
  for (let index = from; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.kind === 'item' || block.kind === 'footnote') return index;
    if (block.kind === 'paragraph' && (BODY_TEXT(coverTestText(block)) || leadsInToList(blocks, index))) return index;
    // A numbered heading (typed, or numbered by Word's list: its label), or one printed as typed over the articles
    // ("HOOFDSTUK 1 …"), starts the body.
    if (block.kind === 'heading' && (block.marker || block.unnumbered || block.label)) return index;
    // "Versie 2.1" standing alone on a PDF's cover was read as a heading: a field of the cover, not a chapter.
    if (block.kind === 'heading' && statedVersion(blockText(block)) !== undefined) continue;
    if (block.kind === 'heading' && headsText(blocks, index)) return index;
  }
  return blocks.length;
}

const headerWord = (cell: string): string => cell.toLowerCase().replace(/[:\s]+$/u, '');

/**
 * The columns of an approval table's header row (Datum / Naam / Functie, or Date / Name / Role), if it is one: each
 * column by its header words (templates/import/approval-tables.yaml).
 */
export function approvalColumns(
  header: readonly string[],
): { date: number; name: number; role: number; step: number } | undefined {
  const columns = header.map(headerWord);
  const words = approvalTableWords();
  const date = columns.findIndex((name) => words.date.has(name));
  const name = columns.findIndex((name) => words.name.has(name));
  const role = columns.findIndex((name) => words.role.has(name));
  const step = columns.findIndex((name) => words.step.has(name));
  return date < 0 || name < 0 ? undefined : { date, name, role, step };
}

/**
 * A table headed Datum / Naam / Functie (or Date / Name / Role) is the adoption trail, each row's step and body read
 * by approvals.ts: from a Stap column where it has one (which alone says each row's step, none where the cell is
 * empty or names no step), else from the row's role ("Instemming GMR") or the line `above` the table. A row is no
 * adoption where it speaks of a step asked ("Ter vaststelling aangeboden"), in a table of steps `planned`, or in an
 * edit log (a Versie or Wijziging column) unless a cell states a decision taken ("Vastgesteld door het CvB"). `whole`:
 * every row was taken.
 */
function approvalsFrom(
  table: TableBlock,
  above: string | undefined,
  procedures: SectorProcedures | undefined,
  plan: boolean,
): { approvals: Approval[]; unsettled: number[]; whole: boolean } | undefined {
  const header = (table.rows[0] ?? []).map(inlineText);
  const columns = approvalColumns(header);
  if (!columns) return undefined;
  const { date: dateColumn, name: nameColumn, role: roleColumn, step: stepColumn } = columns;
  const editLog = header.some((cell) => approvalTableWords().edits.has(headerWord(cell)));
  const approvals: Approval[] = [];
  const unsettled: number[] = [];
  for (const row of table.rows.slice(1)) {
    const cells = row.map((cell) => inlineText(cell).trim());
    const date = findDate(cells[dateColumn] ?? '');
    const name = cells[nameColumn] ?? '';
    if (!date || name === '') return undefined;
    const decision = cells.find(decided);
    if (plan || cells.some(asked) || (editLog && decision === undefined)) continue;
    // "Vastgesteld | bestuur | nog niet", a Stap cell "Niet vastgesteld": a step not taken.
    if ([dateColumn, roleColumn, stepColumn].some((column) => column >= 0 && deniedCell(cells[column] ?? ''))) continue;
    const role = roleColumn >= 0 ? (cells[roleColumn] ?? '') : '';
    const stepCell = stepColumn >= 0 ? cells[stepColumn] : editLog ? decision : undefined;
    const read = rowApproval(
      { date: date.iso, name, role: role === '' ? name : role, ...(stepCell !== undefined ? { stepCell } : {}) },
      above,
      procedures,
    );
    if (read.unsettled) unsettled.push(approvals.length);
    approvals.push(read.approval);
  }
  return approvals.length > 0 ? { approvals, unsettled, whole: approvals.length === table.rows.length - 1 } : undefined;
}

export interface MetaResult {
  meta: ImportedMeta;
  blocks: Block[];
  decisions: Decision[];
}

/**
 * Reads the frontmatter from the blocks and returns the blocks the body keeps: the title becomes the level-1
 * heading, cover lines that became frontmatter and other cover lines are dropped with their reason.
 */
/** Lines naming the organisation (a letterhead, a logo's words) a title may stand under. */
const LETTERHEAD_LINES = 3;

/** A line a title may be: a heading, or a short line that is no sentence. */
const mayBeTitle = (block: Block | undefined): block is HeadingBlock | ParagraphBlock =>
  block !== undefined &&
  (block.kind === 'heading' ||
    (block.kind === 'paragraph' && !isSentence(blockText(block)) && blockText(block).split(/\s+/).length <= 12));

/**
 * The title's line from `first`: past lines at the top that only name the organisation ("Stichting De Linde", a logo's
 * "allure" for --org allure, set large as a heading) where a line that may be a title follows them.
 */
function pastLetterhead(blocks: readonly Block[], first: number, orgWords: string | undefined): number {
  let at = first;
  for (let skipped = 0; skipped < LETTERHEAD_LINES; skipped++) {
    const block = blocks[at];
    if (!block || block.kind === 'table' || !onlyNamesOrganisation(blockText(block), orgWords)) return at;
    const next = blocks.findIndex((candidate, index) => index > at && candidate.kind !== 'dropped');
    if (next < 0 || !mayBeTitle(blocks[next])) return first;
    at = next;
  }
  return onlyNamesOrganisation(blockText(blocks[at] as Block), orgWords) ? first : at;
}

/** A short line, no sentence, that names a kind of policy (templates/import/policy-kinds.yaml). */
const namesItsKind = (block: Block | undefined): boolean =>
  block?.kind === 'paragraph' && mayBeTitle(block) && policyKind(blockText(block)) !== undefined;

/**
 * The title: the first level-1 heading, or the first line when it is short and no sentence (in a Word document only
 * where it names the policy's kind); made a heading.
 */
function markTitle(blocks: Block[], meta: ImportedMeta, titleByPosition: boolean, orgWords?: string): number {
  const levelOne = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1);
  const start = !titleByPosition && levelOne >= 0 ? levelOne : blocks.findIndex((block) => block.kind !== 'dropped');
  const titleIndex = pastLetterhead(blocks, start, orgWords);
  const titleBlock = blocks[titleIndex];
  // Under a letterhead, the title is the line that follows it, however large it is set; with no title styled as
  // one, a first line that names the document's kind ("Privacyreglement Stichting De Linde" typed as plain text) is
  // the title too.
  const byPosition = titleByPosition || titleIndex !== start || (levelOne < 0 && namesItsKind(titleBlock));
  if (
    titleBlock &&
    ((titleBlock.kind === 'heading' && (titleBlock.level === 1 || byPosition)) ||
      (byPosition && titleBlock.kind === 'paragraph' && mayBeTitle(titleBlock)))
  ) {
    const heading: HeadingBlock = { kind: 'heading', level: 1, inlines: titleBlock.inlines, source: titleBlock.source };
    blocks[titleIndex] = heading;
    meta.title = inlineText(titleBlock.inlines).trim();
  }
  return titleIndex;
}

/** The text of the heading a block stands under, if any. */
function headingOver(blocks: readonly Block[], index: number): string | undefined {
  for (let at = index - 1; at >= 0; at--) {
    const block = blocks[at] as Block;
    if (block.kind === 'heading') return blockText(block);
  }
  return undefined;
}

/**
 * Approval tables stand where the document puts them, at the start or the end: frontmatter, never body text. A table
 * only some of whose rows record the adoption (an edit log with a row "Vastgesteld") stays where it is; those rows
 * are history.
 */
function takeApprovalTables(blocks: Block[], meta: ImportedMeta, procedures: SectorProcedures | undefined): void {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.kind !== 'table') continue;
    const above = blocks[index - 1];
    const line = above?.kind === 'paragraph' || above?.kind === 'heading' ? blockText(above) : undefined;
    // The line above names the step; read from a PDF or text, where it stands alone, it was taken for a heading.
    const step =
      above?.kind === 'paragraph' || (above?.kind === 'heading' && above.level > 1 && !above.marker)
        ? stepOf(blockText(above))
        : undefined;
    // A table under "Planning", or after "Het reglement doorloopt de volgende stappen": steps to come; under
    // "Vastgesteld: nee", "Niet vastgesteld": steps not taken.
    const plan = [line, headingOver(blocks, index)].some(
      (text) => text !== undefined && (planned(text) || deniesAdoption(text)),
    );
    const table = approvalsFrom(block, step, procedures, plan);
    if (!table) continue;
    // The document's own record of its adoption: history (history.ts), never approval rows of this policy.
    meta.history = [...(meta.history ?? []), ...table.approvals.map(approvalLine)];
    if (!table.whole) continue;
    const moved = { messageId: 'import-reason.into-frontmatter', params: { fields: 'history' } };
    if (above && step)
      blocks[index - 1] = { kind: 'dropped', text: blockText(above).trim(), reason: moved, source: above.source };
    blocks[index] = { kind: 'dropped', text: blockText(block).trim(), reason: moved, source: block.source };
  }
}

/**
 * The version and effective date a cover line states, taken into `meta` where it has none yet: the fields taken.
 * "Versie 1.0 Status: Concept Ingangsdatum: 21 september 2021" states two fields on one line. A version left to fill
 * in ("Versie: [x.x]") is taken as it stands and told to `fillIn`: the cover prints it, so it is still to be filled in.
 */
function coverFields(text: string, meta: ImportedMeta, fillIn: (text: string) => void): string[] {
  const fields: string[] = [];
  const version = statedVersion(text);
  if (version && !meta.version) {
    meta.version = version.value;
    fields.push('version');
    if (version.fillIn) fillIn(version.value);
  }
  const effective = datedField().effective.exec(text);
  const dated = effective && !meta.effective ? findDate(effective[1] ?? '') : undefined;
  if (dated) {
    meta.effective = dated.iso;
    fields.push('effective');
  }
  return fields;
}

/**
 * The report's word of a line of the cover or back cover left out: each fill-in on it as a fill-in, with its fix
 * (fill-ins.ts), else that the line stands on the cover and was left out.
 */
function leftOutCoverLine(text: string, source: SourcePlace, side: 'cover' | 'back-cover'): Decision[] {
  const fillIns = leftOutCoverFillIns(text, source, side);
  if (fillIns.length > 0) return fillIns;
  const params = { text: text.slice(0, 60) };
  return [
    { ruleId: 'import-dropped', messageId: `import-dropped.${side}`, fixId: 'import-dropped.copy-in', params, source },
  ];
}

/** The report's word where two cover lines or more spell the --org key: neither is taken, no guess. */
const severalOrganisations = (blocks: readonly Block[], keyed: readonly number[]): Decision => ({
  ruleId: 'import-unstated',
  messageId: 'import-unstated.several-organisations',
  fixId: 'import-unstated.fill-in',
  params: {
    names: keyed.map((index) => `"${blockText(blocks[index] as Block).trim()}"`).join(', '),
    field: 'organisation',
    what: { messageId: 'import-unstated.field-organisation' },
  },
  source: (blocks[keyed[0] as number] as Block).source,
});

/**
 * The cover's lines, each read into a field it states (version, effective date, organisation) or left out with its
 * reason: a document date, or a cover line the frontmatter has no field for. True where two lines or more spell the
 * --org key (organisation.ts), none of them taken.
 */
function readCover(
  blocks: Block[],
  cover: readonly number[],
  meta: ImportedMeta,
  decisions: Decision[],
  orgWords: string | undefined,
): boolean {
  const keyed = keyedCoverLines(blocks, cover, orgWords);
  if (keyed.length > 1) decisions.push(severalOrganisations(blocks, keyed));
  for (let position = 0; position < cover.length; position++) {
    const index = cover[position] as number;
    const block = blocks[index] as Block;
    if (block.kind === 'dropped') continue;
    const text = blockText(block).trim();
    // The fields it states are read without the dates Word fills in by itself (field-dates.ts).
    const stated = withoutFieldDates(block).trim();
    const drop = (reason: MessageRef): void => {
      blocks[index] = { kind: 'dropped', text, reason, source: block.source, ...(stated !== text ? { stated } : {}) };
    };
    // A table on the cover (a version history) is no line stating the document's date.
    const { effective, documentDate: documentDated } = datedField();
    const date = block.kind === 'table' || effective.test(stated) ? undefined : documentDated.exec(stated);
    const following = blocks[index + 1];
    const nextCover =
      cover[position + 1] === index + 1 && following && following.kind !== 'dropped' ? following : undefined;
    const documentDate = date ? findDate(date[1] ?? '') : undefined;
    const fields = coverFields(stated, meta, (fillIn) => decisions.push(coverFillIn('version', fillIn, block.source)));
    const named = meta.organisation ? undefined : coverOrganisation(index, text, nextCover, orgWords, keyed);
    if (fields.length > 0) {
      drop({ messageId: 'import-reason.into-frontmatter', params: { fields: fields.join(', ') } });
    } else if (documentDate) {
      // The date the document was written or adopted, which the frontmatter has no field for: it says nothing
      // about when the policy takes effect.
      drop({ messageId: 'import-reason.document-date' });
    } else if (named) {
      meta.organisation = named.name;
      drop({ messageId: 'import-reason.into-frontmatter', params: { fields: 'organisation' } });
      if (named.second && nextCover) {
        blocks[index + 1] = {
          kind: 'dropped',
          text: blockText(nextCover).trim(),
          reason: { messageId: 'import-reason.into-frontmatter', params: { fields: 'organisation' } },
          source: nextCover.source,
        };
        position++;
      }
    } else {
      drop({ messageId: 'import-reason.cover-page' });
      // A table's rows quoted on one line, as the report lists left-out text.
      decisions.push(...leftOutCoverLine(text.split('\n').join(' / '), block.source, 'cover'));
    }
  }
  return keyed.length > 1;
}

/** A copyright line, the colophon's: what follows it is no text of the policy. */
const COPYRIGHT = /©|\bcopyright\b|alle\s+rechten\s+voorbehouden|all\s+rights\s+reserved/iu;

/** A line that ends the policy's text: it says the policy was adopted or takes effect, or is its copyright line. */
const endsText = (text: string, procedures: SectorProcedures | undefined): boolean =>
  // "Vastgesteld …", "Aldus vastgesteld …": the line that closes the text, signatures under it.
  dutchAdoption().adopted.test(text) ||
  closesWithAdoption(text) ||
  sentencesOf(text).some((sentence) => ownInForce(sentence, undefined) !== undefined) ||
  COPYRIGHT.test(text) ||
  statedApprovals(text, procedures).length > 0;

/**
 * The short lines at the end (no sentence, no heading, no list item), and the block before them: the policy's last
 * sentence, or its last heading when the short lines stand under it.
 */
function shortLinesAtEnd(blocks: readonly Block[], start: number): { before: number; lines: number[] } {
  const lines: number[] = [];
  let index = blocks.length - 1;
  for (; index > start; index--) {
    const block = blocks[index] as Block;
    if (block.kind === 'dropped') continue;
    const text = sentenceText(block).trim();
    // A sentence, even a short one ("De directeur is verantwoordelijk."), is text: a back cover holds an address.
    if (block.kind !== 'paragraph' || SHORT_SENTENCE(text) || text.split(/\s+/).length > 8) break;
    lines.unshift(index);
  }
  return { before: index, lines };
}

/**
 * The back cover: short lines (a signature, an address, a telephone number, a web address) after the text's end,
 * the line that says the policy was adopted or takes effect, or its copyright line. Short lines with no such line
 * before them are the last article's own text (a vertrouwenspersoon's name, telephone and address under
 * "Contactgegevens") and stay: a line kept can be deleted by a person, a line left out is easily missed.
 */
function dropBackCover(
  blocks: Block[],
  start: number,
  decisions: Decision[],
  procedures: SectorProcedures | undefined,
): void {
  const { before, lines } = shortLinesAtEnd(blocks, start);
  const end = [before, ...lines].find((index) => {
    const block = blocks[index];
    return (block?.kind === 'paragraph' || block?.kind === 'item') && endsText(sentenceText(block), procedures);
  });
  if (end === undefined) return;
  // The adoption's lines right under the first (its steps, one a line: "Advies GMR: …", "Instemming MR: …",
  // "Vastgesteld door het bestuur: …") are the closing lines', read there (closing-line.ts); the back cover is under them.
  let last = end;
  for (const index of lines.filter((line) => line > end)) {
    if (!closesWithAdoption(sentenceText(blocks[index] as Block))) break;
    last = index;
  }
  for (const index of lines.filter((line) => line > last)) {
    const block = blocks[index] as Block;
    const text = blockText(block).trim();
    blocks[index] = { kind: 'dropped', text, reason: { messageId: 'import-reason.back-cover' }, source: block.source };
    decisions.push(...leftOutCoverLine(text, block.source, 'back-cover'));
  }
}

/**
 * "Dit reglement treedt in werking op 1 augustus 2024.": the first sentence of the text that says so of this text
 * (this-document.ts), never one about a law or another text ("De Wet verplichte meldcode trad in werking op …").
 */
function inForceDate(blocks: readonly Block[], title: string | undefined): string | undefined {
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'item') continue;
    for (const sentence of sentencesOf(withoutFieldDates(block))) {
      const words = ownInForce(sentence, title);
      const date = words === undefined ? undefined : findDate(words);
      if (date) return date.iso;
    }
  }
  return undefined;
}

/**
 * "Dit protocol treedt in werking na vaststelling door de Algemeen directeur Aeres MBO op 10 september 2013.",
 * "Deze regeling is vastgesteld door het College van Bestuur d.d. 26 maart 2024, na instemming van de GMR op 12 maart
 * 2024": a sentence that states steps of this text's adoption (approvals.ts adoptionSentences) is history, quoted as
 * the document says it (its words may name the body badly: "na instemming van de medezeggenschapsraad en treedt in
 * werking op …"). The adoption's date is no date of taking effect: `effective` comes only from what says so.
 */
function takeAdoptionStatements(
  blocks: readonly Block[],
  meta: ImportedMeta,
  procedures: SectorProcedures | undefined,
  decisions: Decision[],
): void {
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'item') continue;
    const text = withoutFieldDates(block);
    const sentences = adoptionSentences(text, procedures, meta.title).map(({ sentence }) => sentence);
    // A line of its own about the adoption that says it otherwise ("Vastgesteld in de vergadering van …"): read
    // where it names an adopting body of the procedure and a whole date, else said to be seen and not read.
    const line = sentences.length === 0 ? adoptionLine(text, procedures) : { unread: false };
    if (line.approval) sentences.push(text.replace(/\s+/gu, ' ').trim());
    if (line.unread) decisions.push(unreadAdoption(text, block.source, procedures));
    if (sentences.length > 0) meta.history = [...(meta.history ?? []), ...sentences];
  }
}

/**
 * A line about the adoption that was not read: said in the report, with `clausemark approve` to record it; naming the
 * council where the line says one adopted the policy (closing-line.ts unreadLine).
 */
const unreadAdoption = (text: string, source: SourcePlace, procedures: SectorProcedures | undefined): Decision => ({
  ...unreadLine(text.replace(/\s+/gu, ' ').trim(), { source }, 'import-history.unread', procedures),
  near: text,
});

export function extractMeta(
  input: readonly Block[],
  options: {
    org?: string;
    orgGiven?: boolean;
    firstLineIsTitle?: boolean;
    structured?: boolean;
    /** The procedures of the policy's folder: the names of its bodies (GMR, bestuur), and the steps they take. */
    procedures?: SectorProcedures;
  },
): MetaResult {
  const blocks = [...input];
  const decisions: Decision[] = [];
  const meta: ImportedMeta = { approvals: [] };
  const orgWords = options.org ? slugify(options.org, Number.POSITIVE_INFINITY) : undefined;
  const titleIndex = markTitle(blocks, meta, options.firstLineIsTitle !== false, orgWords);
  if (titleIndex < 0) return { meta, blocks, decisions }; // Nothing but dropped text: the caller refuses it.
  takeApprovalTables(blocks, meta, options.procedures);
  const coverFrom = meta.title === undefined ? titleIndex : titleIndex + 1;
  const start = bodyStart(blocks, coverFrom, orgWords);
  // Lines above the title on the cover (a logo's caption, the organisation) are cover lines too.
  // A source that marks its own structure (Markdown, HTML) has no cover page to guess at.
  // A document in which no body starts (a note of three short lines, none a long sentence) has no cover either:
  // what would be its cover is all the text there is, and left out it was refused as "no text to import".
  const cover =
    options.structured || start >= blocks.length
      ? []
      : [
          ...Array.from({ length: Math.max(0, titleIndex) }, (_, index) => index),
          ...Array.from({ length: Math.max(0, start - coverFrom) }, (_, index) => coverFrom + index),
        ];
  const coverLines = cover.filter((index) => blocks[index]?.kind !== 'table');
  const keyUnsure = readCover(blocks, cover, meta, decisions, orgWords);
  // A cover line about the adoption is left out as the cover's, and read as history (never an approval) or said unread.
  const onCover = coverAdoptions(blocks, coverLines, decisions, { procedures: options.procedures, title: meta.title });
  if (onCover.length > 0) meta.history = [...(meta.history ?? []), ...onCover];
  // A Markdown or HTML file's lines read above its first heading are no text of it either, as a cover's are not.
  const onTop = options.structured
    ? takeTopAdoptionLines(blocks, titleIndex, { procedures: options.procedures, title: meta.title })
    : [];
  if (onTop.length > 0) meta.history = [...(meta.history ?? []), ...onTop];
  if (!options.structured && start < blocks.length) dropBackCover(blocks, start, decisions, options.procedures);
  if (!meta.effective) {
    const inForce = inForceDate(blocks, meta.title);
    if (inForce) meta.effective = inForce;
  }
  // The organisation as the text names itself: "Namens stichting Allure door Marco Geenen", or the words of the
  // --org key spelled in the text ("Casparus College onderkent …" for casparus-college), unless the cover left it
  // in doubt.
  if (!meta.organisation)
    meta.organisation = organisationInText(blocks, options.orgGiven && !keyUnsure ? orgWords : undefined, meta.title);
  // The line that closes the text saying it was adopted is left out of it, read after the text's own statements.
  const closing = takeClosingLines(blocks, options.procedures, meta.title);
  takeAdoptionStatements(blocks, meta, options.procedures, decisions);
  if (closing.history.length > 0) meta.history = [...(meta.history ?? []), ...closing.history];
  decisions.push(...closing.decisions);
  // A footnote of a cover or back-cover line is left out with it.
  leaveOutUncitedNotes(blocks);
  return { meta, blocks, decisions };
}

/**
 * A reader's guesses about blocks that turned out to be the title or cover lines no longer apply. The blocks are
 * looked up by their source place, once for all decisions: a search per decision was quadratic in a text of 16,000
 * short articles, each with its guess "read as a heading".
 */
export function stillApplying(decisions: readonly Decision[], blocks: readonly Block[]): Decision[] {
  const byPlace = new Map<string, Block>();
  for (const block of blocks) {
    const place = `${block.source.page}:${block.source.line}`;
    // The first block at a place, as a search from the start finds it.
    if (!byPlace.has(place)) byPlace.set(place, block);
  }
  return decisions.filter((decision) => {
    if (decision.near === undefined) return true; // About the whole document, not one block.
    // About text outside the body's (a text box anchored in a cover's line): its own place.
    if (decision.source.part !== undefined) return true;
    const block = byPlace.get(`${decision.source.page}:${decision.source.line}`);
    return !block || (block.kind !== 'dropped' && !(block.kind === 'heading' && block.level === 1));
  });
}
