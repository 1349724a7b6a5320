// The steps of a policy's approval trail as a document states them: which step each row of an approval table
// records and which body took it, and the sentences that say so ("vastgesteld door het College van Bestuur d.d. 26
// maart 2024, na instemming van de GMR op 12 maart 2024"). Bodies are known by the names the procedure files give
// them (templates/procedures/<sector>.yaml `bodies`). A council (MR, GMR) never adopts a policy: a row of its
// chairman under "Vastgesteld" took the step the procedure gives that council, and the report says it was read so
// (issue 39 item 6: "Instemming GMR" was imported as a vaststelling, and a klachtenregeling's adoption date was the
// GMR's).
import type { Approval } from '../model/policy.js';
import { bodyNamed, stepBody } from '../procedure/evaluate.js';
import type { SectorProcedures } from '../procedure/types.js';
import { dutchAdoption } from '../parse/adoption-patterns.js';
import { isDeniedStepLine, isStepLine } from '../parse/adoption-line-form.js';
import { adoptionLineWords, phrasesPattern } from '../parse/adoption-lines.js';
import { cannotAdopt, englishAdoption, englishBody, opensAsEnglishAdoption } from './adoption-words.js';
import { findDate } from './dates.js';
import type { Decision } from './blocks.js';
import { deniesOwnAdoption, opensWithStep, ownAdoption, sentencesOf } from './this-document.js';

/**
 * The step a short text names at its start ("Vastgesteld", "Instemming GMR", "Consent of the participation council"),
 * if it names one: by the words of each step in the data (templates/import/adoption-lines.yaml `nl.steps`, `en.steps`).
 */
export function stepOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.split(/\s+/).length > 8) return undefined;
  return dutchAdoption().steps.find(([pattern]) => pattern.test(trimmed))?.[1];
}

/** The body `text` names (GMR, bestuur …), by the procedure files' names for it. */
export function bodyIn(text: string, procedures: SectorProcedures | undefined): string | undefined {
  return procedures && text.trim() !== '' ? bodyNamed(text, procedures) : undefined;
}

/** A council: the body that advises or consents (MR, GMR, deelraad), never the one that adopts. */
export function isCouncil(body: string | undefined, procedures: SectorProcedures | undefined): boolean {
  if (!body || !procedures) return false;
  return Object.values(procedures.councils).includes(body) || body === 'deelraad';
}

/**
 * Whether a text (a row's cell, a line) speaks of a step asked or planned rather than taken: "ter vaststelling
 * aangeboden", "voorgelegd", "gepland" (templates/import/adoption-lines.yaml `nl.asked`).
 */
export const asked = (text: string): boolean => dutchAdoption().asked.test(text);

/** A cell that states a decision taken: "Vastgesteld door het CvB", "Instemming verleend", "Advies gegeven". */
export const decided = (text: string): boolean => dutchAdoption().decided.test(text) && !asked(text);

/**
 * A heading or line over a table of steps still to take: "Planning", "Het reglement doorloopt de volgende stappen"
 * (the data's `schedule`), or one of a step asked.
 */
export const planned = (text: string): boolean => dutchAdoption().schedule.test(text.trim()) || asked(text);

/**
 * Whether a line says a step was NOT taken (templates/import/adoption-lines.yaml `denied`): "Niet vastgesteld",
 * "Vastgesteld: nee", "Vaststelling: n.v.t.", "Dit reglement is niet vastgesteld door het bestuur op 12 maart 2025.".
 * It records no step, never the adoption, and is reported as seen and not read.
 */
export const deniesAdoption = (line: string, title?: string): boolean =>
  isDeniedStepLine(line) || deniesOwnAdoption(line, title);

/**
 * A table's cell that says its step was not taken: a date cell "nee", "n.v.t.", "nog niet"; a step cell "Niet
 * vastgesteld", "Vastgesteld: nee".
 */
export const deniedCell = (cell: string): boolean => isDeniedStepLine(cell) || dutchAdoption().denied.test(cell);

/** The clause of a sentence a match stands in: from the comma or semicolon before it to the one after it. */
function clauseOf(text: string, match: RegExpExecArray | RegExpMatchArray): string {
  const start = match.index ?? 0;
  const end = start + match[0].length;
  const from = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start)) + 1;
  const after = text.slice(end).search(/[,;]/u);
  return text.slice(from, after < 0 ? text.length : end + after);
}

/**
 * The approvals a sentence states, each with its step, body (where the procedure names it) and date: "vastgesteld
 * door het College van Bestuur d.d. 26 maart 2024, na instemming van de GMR op 12 maart 2024" holds two.
 */
export function statedApprovals(text: string, procedures: SectorProcedures | undefined): Approval[] {
  const approvals: Approval[] = [];
  const { statement, englishStatement } = dutchAdoption();
  for (const match of [...text.matchAll(statement), ...text.matchAll(englishStatement)]) {
    const step = stepOf(match[1] ?? '');
    const name = (match[2] ?? '').trim();
    const date = findDate(match[3] ?? '');
    if (!step || !date || name === '') continue;
    // "ter instemming van de GMR voorgelegd op 4 juni 2024", "… op 1 september 2025 (concept)": a step asked or
    // planned, not taken, as the words of its clause say.
    if (dutchAdoption().askedBefore.test(text.slice(0, match.index)) || asked(clauseOf(text, match))) continue;
    // "Dit reglement is niet vastgesteld door het bestuur op …", "Nog niet vastgesteld door …": not taken.
    if (dutchAdoption().deniedBefore.test(text.slice(0, match.index))) continue;
    // "Vastgesteld door de GMR op …": a council does not adopt; no reading of the adoption (adoption-words.ts).
    if (step === 'vaststelling' && cannotAdopt(name, procedures)) continue;
    const body = bodyIn(name, procedures) ?? englishBody(name, procedures);
    approvals.push({ date: date.iso, name, role: name, step, ...(body ? { body } : {}) });
  }
  // In the order they were taken: "vastgesteld … d.d. 26 maart, na instemming … op 12 maart" consented first.
  return approvals.sort((a, b) => a.date.localeCompare(b.date, 'en'));
}

/**
 * The adoption a line of its own states by a meeting or a decision ("Vastgesteld in de vergadering van het college
 * van bestuur van 12 maart 2024", "Vastgesteld bij besluit van …"): only when the meeting is of a body the procedure files name that adopts (no council) and the date
 * is a whole one; else none. A sentence inside a clause is never such a line.
 */
export function meetingAdoption(line: string, procedures: SectorProcedures | undefined): Approval | undefined {
  const match = dutchAdoption().meeting.exec(line.replace(/\s+/gu, ' ').trim());
  const name = (match?.[2] ?? '').trim();
  const body = bodyIn(name, procedures);
  const date = findDate(match?.[3] ?? '');
  if (!match || !body || isCouncil(body, procedures) || cannotAdopt(name, procedures) || !date) return undefined;
  return { date: date.iso, name, role: name, step: 'vaststelling', body };
}

/** The words that say the adoption itself was taken, Dutch and English: "(Aldus) vastgesteld", "Adopted", "Approved". */
let adoptedWords: RegExp | undefined;
const saysAdopted = (words: string): boolean => {
  const { nl, en } = adoptionLineWords();
  adoptedWords ??= new RegExp(
    String.raw`^(?:(?:${phrasesPattern(nl.opening)})\s+)?(?:${phrasesPattern([...nl.adopted, ...en.adopted])})$`,
    'iu',
  );
  return adoptedWords.test(words.replace(/\s+/gu, ' ').trim());
};

/**
 * The step a line of its own states as a step's words, its body and a whole date ("Instemming MR: 1 maart 2025",
 * "Advies GMR 3 februari 2025", "Consent of the staff council: 1 March 2025", "Vastgesteld door het bestuur: 10 maart
 * 2025"), as such lines stand at the top or the end of a document: a council's step where the body is a council (the
 * procedure's MR or GMR, or one of the data's `nonAdopting`); the adoption only where the words say it was adopted
 * ("vastgesteld", "adopted": not "Vaststelling") by a body the procedure or the data names that adopts. Else none: an
 * unknown body, a step asked ("Instemming MR gepland: …"), a line that is no such line.
 */
export function stepLineApproval(line: string, procedures: SectorProcedures | undefined): Approval | undefined {
  const text = line.replace(/\s+/gu, ' ').trim();
  const match = dutchAdoption().stepLine.exec(text);
  const words = match?.[1] ?? '';
  const step = stepOf(words);
  const name = (match?.[2] ?? '').trim();
  const date = findDate(match?.[3] ?? '');
  if (!match || !step || !date || name === '' || asked(text) || dutchAdoption().denied.test(text)) return undefined;
  const body = bodyIn(name, procedures) ?? englishBody(name, procedures);
  const council = cannotAdopt(name, procedures);
  const taken =
    step === 'vaststelling'
      ? saysAdopted(words) && body !== undefined && !council && !isCouncil(body, procedures)
      : council;
  return taken ? { date: date.iso, name, role: name, step, ...(body ? { body } : {}) } : undefined;
}

/** Whether a line has the form of a step's line (stepLineApproval), whoever it names and whether read or not. */
export const stepLineForm = (line: string): boolean => isStepLine(line) && !asked(line);

/**
 * The sentences of a paragraph that state this text's adoption (this-document.ts), each with the approvals it
 * states; a sentence about another text, or about a step still to take, is none.
 */
export function adoptionSentences(
  text: string,
  procedures: SectorProcedures | undefined,
  title: string | undefined,
): { sentence: string; approvals: Approval[] }[] {
  return sentencesOf(text).flatMap((sentence) => {
    const own = ownAdoption(sentence, title);
    const approvals = own === undefined ? [] : statedApprovals(own, procedures);
    return approvals.length > 0 ? [{ sentence, approvals }] : [];
  });
}

/** At most this many words: a line of its own about the adoption, not a paragraph of the text. */
export const MAX_LINE_WORDS = 30;

/**
 * A paragraph that is one line about this text's adoption, opening with its step ("Vastgesteld …"), from which
 * adoptionSentences read nothing: its adoption by a meeting (meetingAdoption) where that reads it, else undefined
 * with `unread` true, for the report to say it was seen and not read; a line saying it was not adopted
 * (deniesAdoption) is always unread. Any other paragraph: neither.
 */
export function adoptionLine(
  text: string,
  procedures: SectorProcedures | undefined,
): { approval?: Approval; unread: boolean } {
  const line = text.replace(/\s+/gu, ' ').trim();
  const alone = sentencesOf(line).length === 1 && line.split(' ').length <= MAX_LINE_WORDS;
  // "Vastgesteld: nee", "Niet vastgesteld", "Deze regeling is nog niet vastgesteld": seen, never read.
  if (alone && deniesAdoption(line)) return { unread: true };
  const opens = opensWithStep(line) || opensAsEnglishAdoption(line) || stepLineForm(line);
  if (!alone || !opens || asked(line)) return { unread: false };
  const approval =
    meetingAdoption(line, procedures) ?? englishAdoption(line, procedures) ?? stepLineApproval(line, procedures);
  return approval ? { approval, unread: false } : { unread: true };
}

/**
 * A row of an approval table: its step from its own Stap cell, else from its role cell when that names a step
 * ("Instemming GMR"), else the step of the line above the table; its body from whichever of its cells names one. A
 * council's row under a line that says the policy was adopted ("Vastgesteld") did not adopt it: its step is left
 * for the procedure to settle (`unsettled`).
 */
export function rowApproval(
  row: { date: string; name: string; role: string; stepCell?: string },
  above: string | undefined,
  procedures: SectorProcedures | undefined,
): { approval: Approval; unsettled: boolean } {
  const own = row.stepCell !== undefined ? stepOf(row.stepCell) : stepOf(row.role);
  const body = bodyIn(row.stepCell ?? '', procedures) ?? bodyIn(`${row.role} ${row.name}`, procedures);
  const councilAdopting = own === undefined && above === 'vaststelling' && isCouncil(body, procedures);
  const step = own ?? (row.stepCell === undefined && !councilAdopting ? above : undefined);
  return {
    approval: { date: row.date, name: row.name, role: row.role, ...(step ? { step } : {}), ...(body ? { body } : {}) },
    unsettled: councilAdopting,
  };
}

/**
 * Settles the steps of councils' rows left open (rowApproval): the step the procedure of the policy's kind gives
 * that council, reported as read from the procedure; where it gives none, the row keeps no step and the report says
 * so, for a person to fill in.
 */
export function settleSteps(
  approvals: Approval[],
  unsettled: readonly number[],
  procedures: SectorProcedures | undefined,
  kind: string,
): Decision[] {
  const procedure = procedures?.kinds[kind];
  return unsettled.flatMap((index): Decision[] => {
    const approval = approvals[index];
    if (!approval?.body || !procedures) return [];
    const step = procedure?.steps.find(
      (candidate) =>
        candidate.right !== 'vaststelling' && stepBody(candidate, procedure.level, procedures) === approval.body,
    );
    if (step) {
      const { body, ...cells } = approval;
      approvals[index] = { ...cells, step: step.right, body };
    }
    return [
      {
        ruleId: 'import-approval',
        messageId: step ? 'import-approval.step-from-procedure' : 'import-approval.step-not-stated',
        fixId: 'import-approval.check-step',
        params: { name: approval.name, body: approval.body, kind, ...(step ? { step: step.right } : {}) },
        source: { line: 0 },
      },
    ];
  });
}
