// Marks a policy read for an output with what its procedure says of it: the steps it did not take before its
// adoption (so the one adoption state every output reads, src/model/adoption.ts, shows it as not adopted), each
// approval row's step named with its right, body and legal basis, and the steps still to take.
import { findProject } from '../io/project.js';
import { textApprovals, versionApprovals } from '../model/adoption.js';
import type { Policy, ProcedureStepState } from '../model/policy.js';
import { judgeProcedure, type ProcedureReport, stepBody, type StepRecord, todayIso } from './evaluate.js';
import { proceduresFor } from './load.js';
import type { Level, ProcedureStep, SectorProcedures } from './types.js';
import { namedKind } from '../model/kind.js';

/** "Instemming GMR (ouders/leerlingen) (WMS art. 10 sub g)": a step as the approval table and the board pack name it. */
function stepName(step: ProcedureStep, body: string): string {
  const part = step.part === 'whole' ? '' : ` (${step.part})`;
  return `${step.right.charAt(0).toUpperCase()}${step.right.slice(1)} ${body}${part} (${step.basis})`;
}

/** The same, for a step's status in a report. */
export function stepLabel(status: { step: ProcedureStep; body: string }): string {
  return stepName(status.step, status.body);
}

function rowLabel(record: StepRecord | undefined, steps: ProcedureStep[], level: Level, procedures: SectorProcedures) {
  if (!record?.right) return null;
  const step = steps.find(
    (candidate) =>
      candidate.right === record.right &&
      candidate.part === record.part &&
      (candidate.right === 'vaststelling' || stepBody(candidate, level, procedures) === record.body),
  );
  return step ? stepName(step, stepBody(step, level, procedures)) : null;
}

/**
 * Sets `policy.procedure` when it names a kind; a procedure file at fault is an error naming its line. `root`: the
 * command's project root, whose procedures hold (default: the project around the working folder). For a text
 * changed after its adoption, where its steps stand and which remain are judged on the approvals given for this
 * text alone (model/adoption.ts, textApprovals), as for a new version: the consent and adoption of the words before
 * do not carry over; what was missing from that adoption is still read from every row.
 */
export function attachProcedure(policy: Policy, root: string = findProject().root): Policy {
  if (namedKind(policy) === undefined) return policy;
  const procedures = proceduresFor(policy.path, root);
  const today = todayIso();
  const report = judgeProcedure(policy, procedures, today);
  if (!report?.procedure) return policy;
  const { procedure, level } = report;
  const records = new Map((report.records ?? []).map((record) => [record.index, record]));
  const covering = textApprovals(policy);
  const current = (covering.changed && judgeProcedure(onlyRows(policy, covering.indexes), procedures, today)) || report;
  policy.procedure = {
    steps: stepStates(current, procedures, today),
    ...(report.nextReview ? { review: { due: report.nextReview, overdue: report.nextReview < today } } : {}),
    missing: report.missing.map(stepLabel),
    labels: policy.meta.approvals.map((_, index) => rowLabel(records.get(index), procedure.steps, level, procedures)),
    remaining: remainingSteps(current, procedures),
    lawAsOf: lawAsOf(procedure.steps),
  };
  return policy;
}

/**
 * The new version of a revision as its signing page shows it: only the approvals given for it (model/adoption.ts,
 * versionApprovals), its procedure judged on those alone. The consent and adoption the old version's text received,
 * carried over in the new file, are no step taken for this one: they are left to take again.
 */
export function asNewVersion(policy: Policy, previous: Policy, root: string = findProject().root): Policy {
  const given = versionApprovals(policy, previous);
  if (given.length === policy.meta.approvals.length) return policy;
  const view = onlyRows(policy, given);
  delete view.procedure;
  return attachProcedure(view, root);
}

/** The date in a consolidation's address: https://wetten.overheid.nl/BWBR0020685/2025-08-01#Artikel10. */
const CONSOLIDATION_DATE = /^https:\/\/wetten\.overheid\.nl\/BWBR\d+\/(\d{4}-\d{2}-\d{2})/;

/**
 * Per law the steps cite by article ("WMS art. 10 sub g"), in their order, the date of the text read, or none where
 * `checked` says it was not read; a basis that names no article ("bevoegd gezag") cites no text.
 */
function lawAsOf(steps: readonly ProcedureStep[]): { law: string; date?: string }[] {
  const dates = new Map<string, string | undefined>();
  for (const step of steps) {
    const law = /^(.+?)\s+art\.\s/.exec(step.basis)?.[1];
    if (!law) continue;
    const date = CONSOLIDATION_DATE.exec(step.checked)?.[1];
    const known = dates.get(law);
    if (!dates.has(law) || (date && (!known || date > known))) dates.set(law, date);
  }
  return [...dates].map(([law, date]) => (date ? { law, date } : { law }));
}

/** Every step of the procedure where it stands, the adoption last. */
function stepStates(report: ProcedureReport, procedures: SectorProcedures, today: string): ProcedureStepState[] {
  const steps: ProcedureStepState[] = report.steps.map((status) => {
    const state: ProcedureStepState = { label: stepLabel(status), state: status.state };
    const date = status.state === 'waiting' ? status.record?.asked : status.record?.decided;
    if (date) state.date = date;
    if (status.due) {
      state.due = status.due;
      state.overdue = status.due < today;
    }
    return state;
  });
  const adoptionStep = report.procedure?.steps.find((step) => step.right === 'vaststelling');
  if (adoptionStep) {
    const label = stepName(adoptionStep, stepBody(adoptionStep, report.level, procedures));
    const decided = report.adoption?.decided;
    steps.push(decided ? { label, state: 'done', date: decided } : { label, state: 'missing' });
  }
  return steps;
}

/** The steps still to take, in order, the adoption last; none once adopted with every step taken. */
function remainingSteps(report: ProcedureReport, procedures: SectorProcedures): string[] {
  if (!report.procedure || (report.adoption !== undefined && report.missing.length === 0)) return [];
  const open = report.steps.filter((status) => status.state !== 'done').map(stepLabel);
  const adoption = report.procedure.steps.find((step) => step.right === 'vaststelling');
  return [...open, ...(adoption ? [stepName(adoption, stepBody(adoption, report.level, procedures))] : [])];
}

/** The policy as if only the approval rows at `indexes` had been recorded. */
function onlyRows(policy: Policy, indexes: readonly number[]): Policy {
  const given = new Set(indexes);
  const keep = <T>(list: readonly T[]): T[] => list.filter((_, index) => given.has(index));
  const view: Policy = { ...policy, meta: { ...policy.meta, approvals: keep(policy.meta.approvals) } };
  const rows = policy.frontmatter?.data.approvals;
  if (policy.frontmatter)
    view.frontmatter = {
      ...policy.frontmatter,
      data: { ...policy.frontmatter.data, approvals: Array.isArray(rows) ? keep(rows) : rows },
    };
  return view;
}
