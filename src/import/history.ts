// An import is a draft; only `approve` adopts (issue 68 item 2). What a document says about its own adoption (an
// approval table, "Dit protocol is vastgesteld door de directeur na instemming van de MR …", the approvals a
// clausemark Word document carries) is history: reported by the import and kept as a note in the front matter,
// never `status: approved` or an approval row, which would make the outputs say "Vastgesteld" for a text no one
// adopted here. A line whose adoption is dated after today (an adoption planned, or a typing error) is said so in the
// report: it is in force nowhere, no more than any other history. The date that counts is the adoption step's own,
// never the later day the text takes effect ("Vastgesteld op 1 maart 2026, in werking per 1 augustus 2027" is no
// future-dated adoption); words of both are data (templates/import/adoption-lines.yaml).
import { isMap, isSeq, parseDocument } from 'yaml';
import { IMPORT_HISTORY_NOTE } from '../model/adoption.js';
import type { Approval } from '../model/policy.js';
import type { CheckFinding } from '../model/diagnostics.js';
import { adoptionLineWords, stepWordLists, wholePhrases } from '../parse/adoption-lines.js';
import { todayIso } from '../procedure/evaluate.js';
import { findDate } from './dates.js';

/** The longest a history line is quoted in the note and the report. */
const MAX_LINE = 200;

/** An approval row as one line of history: "2024-03-05 vaststelling: M. de Boer (voorzitter)". */
export function approvalLine(approval: Approval): string {
  const step = approval.step ? ` ${approval.step}` : '';
  const role = approval.role && approval.role !== approval.name ? ` (${approval.role})` : '';
  return `${approval.date}${step}: ${approval.name}${role}`;
}

const oneLine = (text: string): string => {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
};

/** The front matter's note: YAML comment lines (each "# …"), the history quoted one line each. */
export function historyNote(history: readonly string[]): string {
  if (history.length === 0) return '';
  return [
    `${IMPORT_HISTORY_NOTE}; not recorded as approvals (record each step with clausemark approve):`,
    ...history.map((line) => `#   ${oneLine(line)}`),
  ]
    .map((line) => `${line}\n`)
    .join('');
}

/** The dates a line names, as YYYY-MM-DD with the words they are written in, in no set order. */
function datesIn(text: string): { iso: string; written: string }[] {
  const dates: { iso: string; written: string }[] = [];
  let rest = text;
  for (let found = findDate(rest); found; found = findDate(rest)) {
    dates.push(found);
    const at = rest.indexOf(found.written);
    rest = `${rest.slice(0, at)} ${rest.slice(at + found.written.length)}`;
  }
  return dates;
}

/** The step of the procedure that adopts a policy, as the data's `nl.steps` and `en.steps` name it. */
const ADOPTION = 'vaststelling';

/**
 * The words that say when a text takes effect, those of its adoption, and those of each other step ("instemming",
 * "na advies"), as patterns of the data's words.
 */
let stepWords: { inForce: RegExp; adoption: RegExp; others: [RegExp, string][] } | undefined;
function stepPatterns(): NonNullable<typeof stepWords> {
  if (stepWords) return stepWords;
  const { nl, en } = adoptionLineWords();
  const steps = stepWordLists();
  const adopting = steps.find(([step]) => step === ADOPTION)?.[1] ?? [];
  stepWords = {
    inForce: new RegExp(wholePhrases([...nl.inForce, ...en.inForce]), 'giu'),
    adoption: new RegExp(wholePhrases([...nl.adopted, ...en.adopted, ...adopting]), 'iu'),
    others: steps
      .filter(([step]) => step !== ADOPTION)
      .map(([step, words]) => [new RegExp(wholePhrases(words), 'giu'), step]),
  };
  return stepWords;
}

/** The step a line names last before `at` (where its date is written), else the first it names; none: undefined. */
function stepBefore(line: string, at: number): string | undefined {
  const named = stepPatterns()
    .others.flatMap(([pattern, step]) => [...line.matchAll(pattern)].map((match) => ({ at: match.index, step })))
    .sort((a, b) => a.at - b.at);
  return (named.filter((found) => found.at < at).at(-1) ?? named[0])?.step;
}

/**
 * The line without the dates it gives the text's taking effect ("in werking per 1 augustus 2027", "takes effect on
 * …"): the first date after such words, unless the adoption's words stand between ("treedt in werking na vaststelling
 * door de directeur op 10 september 2013": that date is the adoption's).
 */
function withoutInForceDates(line: string): string {
  const { inForce, adoption } = stepPatterns();
  let rest = line;
  for (const match of line.matchAll(inForce)) {
    const from = rest.indexOf(match[0]) + match[0].length;
    const after = rest.slice(from);
    const date = findDate(after);
    if (!date) continue;
    const at = after.indexOf(date.written);
    if (adoption.test(after.slice(0, at))) continue;
    rest = `${rest.slice(0, from)}${after.slice(0, at)} ${after.slice(at + date.written.length)}`;
  }
  return rest;
}

/**
 * The date of the adoption step a history line states: the first date after the adoption's words ("Vastgesteld op 1
 * maart 2026, in werking per 1 augustus 2027": 1 maart 2026); for a line stating no adoption (a council's step, an
 * approval row dated before its step's name), the latest date of a step it names. Never a date of taking effect. With
 * the step: the adoption's, or for a line stating none the step it names by that date ("Instemming GMR: 1 maart
 * 2027": instemming), or none where it names no step.
 */
function stepDate(line: string): { date: string; step?: string } | undefined {
  const rest = withoutInForceDates(line);
  const adoption = stepPatterns().adoption.exec(rest);
  const own = adoption ? findDate(rest.slice(adoption.index + adoption[0].length)) : undefined;
  if (own) return { date: own.iso, step: ADOPTION };
  const latest = datesIn(rest)
    .sort((a, b) => a.iso.localeCompare(b.iso, 'en'))
    .at(-1);
  if (!latest) return undefined;
  const step = adoption ? ADOPTION : stepBefore(rest, rest.indexOf(latest.written));
  return { date: latest.iso, ...(step ? { step } : {}) };
}

/** The adoption step's date of a history line (stepDate) when it is after `today` (YYYY-MM-DD). */
export function futureDate(line: string, today: string): string | undefined {
  return futureStep(line, today)?.date;
}

/** The date and the step of a history line (stepDate) when its date is after `today` (YYYY-MM-DD). */
export function futureStep(line: string, today: string): { date: string; step?: string } | undefined {
  const stated = stepDate(line);
  return stated !== undefined && stated.date > today ? stated : undefined;
}

/**
 * One report line per history line: where the document says it was adopted, and that the policy is a draft; and for
 * a line dated after today, that its step is not taken (named as the line names it: the adoption, or a council's
 * instemming or advies) and the policy in force nowhere.
 */
export function historyFindings(history: readonly string[], today: string = todayIso()): CheckFinding[] {
  return history.flatMap((line) => {
    const place = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const stated: CheckFinding = {
      ruleId: 'import-history',
      severity: 'warning',
      messageId: 'import-history.stated',
      fixId: 'import-history.approve',
      params: { text: oneLine(line) },
      place,
    };
    const future = futureStep(line, today);
    if (future === undefined) return [stated];
    // A council's step dated after today ("Instemming GMR: 1 maart 2027") is worded as that step, not as an adoption.
    const { date, step } = future;
    const otherStep = step !== undefined && step !== ADOPTION;
    const params = { text: oneLine(line), date, today, ...(otherStep ? { step } : {}) };
    const messageId = otherStep ? 'import-history.future-step' : 'import-history.future';
    return [stated, { ...stated, messageId, fixId: 'import-history.check-date', params }];
  });
}

/**
 * A policy's text whose front matter records approvals (a clausemark Word document's, brought in without --into) as
 * a draft: its approval rows and `status` become history in a note; the rest of the front matter as it was.
 */
export function asDraft(output: string): { output: string; history: string[] } {
  const match = /^---\n([\s\S]*?\n)---\n/u.exec(output);
  if (!match) return { output, history: [] };
  const document = parseDocument(match[1] ?? '');
  if (!isMap(document.contents)) return { output, history: [] };
  const approvals = document.get('approvals');
  const status = document.get('status');
  const rows = isSeq(approvals) ? (approvals.toJSON() as Approval[]) : [];
  if (rows.length === 0 && status !== 'approved') return { output, history: [] };
  const history = rows.map(approvalLine);
  document.delete('approvals');
  if (document.has('status')) document.set('status', 'draft');
  const yaml = `${document.toString({ lineWidth: 0 }).replace(/\n*$/u, '\n')}${historyNote(history)}`;
  return { output: `---\n${yaml}---\n${output.slice(match[0].length)}`, history };
}
