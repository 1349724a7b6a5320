// An import is a draft; only `approve` adopts (issue 68 item 2). What a document says about its own adoption (an
// approval table, "Dit protocol is vastgesteld door de directeur na instemming van de MR …", the approvals a
// clausemark Word document carries) is history: reported by the import and kept as a note in the front matter,
// never `status: approved` or an approval row, which would make the outputs say "Vastgesteld" for a text no one
// adopted here. A line dated after today (an adoption planned, or a typing error) is said so in the report: it is in
// force nowhere, no more than any other history.
import { isMap, isSeq, parseDocument } from 'yaml';
import { IMPORT_HISTORY_NOTE } from '../model/adoption.js';
import type { Approval } from '../model/policy.js';
import type { CheckFinding } from '../model/diagnostics.js';
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

/** The dates a line names, as YYYY-MM-DD, in no set order. */
function datesIn(text: string): string[] {
  const dates: string[] = [];
  let rest = text;
  for (let found = findDate(rest); found; found = findDate(rest)) {
    dates.push(found.iso);
    const at = rest.indexOf(found.written);
    rest = `${rest.slice(0, at)} ${rest.slice(at + found.written.length)}`;
  }
  return dates;
}

/** The latest date a history line names when it is after `today` (YYYY-MM-DD). */
export function futureDate(line: string, today: string): string | undefined {
  const latest = datesIn(line).sort().at(-1);
  return latest !== undefined && latest > today ? latest : undefined;
}

/**
 * One report line per history line: where the document says it was adopted, and that the policy is a draft; and for
 * a line dated after today, that its step is not taken and the policy in force nowhere.
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
    const date = futureDate(line, today);
    if (date === undefined) return [stated];
    const params = { text: oneLine(line), date, today };
    return [stated, { ...stated, messageId: 'import-history.future', fixId: 'import-history.check-date', params }];
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
