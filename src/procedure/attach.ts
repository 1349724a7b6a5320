// Marks a policy read for an output with what its procedure says of it: the steps it did not take before its
// adoption (so the one adoption state every output reads, src/model/adoption.ts, shows it as not adopted), each
// approval row's step named with its right, body and legal basis, and the steps still to take.
import { findProject } from '../io/project.js';
import type { Policy, ProcedureStepState } from '../model/policy.js';
import { judgeProcedure, stepBody, type StepRecord, todayIso } from './evaluate.js';
import { proceduresFor } from './load.js';
import type { Level, ProcedureStep, SectorProcedures } from './types.js';

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
 * command's project root, whose procedures hold (default: the project around the working folder).
 */
export function attachProcedure(policy: Policy, root: string = findProject().root): Policy {
  if (!policy.frontmatter?.data.kind) return policy;
  const procedures = proceduresFor(policy.path, root);
  const today = todayIso();
  const report = judgeProcedure(policy, procedures, today);
  if (!report?.procedure) return policy;
  const { procedure, level } = report;
  const records = new Map((report.records ?? []).map((record) => [record.index, record]));
  const adoptionStep = procedure.steps.find((step) => step.right === 'vaststelling');
  const open = report.steps.filter((status) => status.state !== 'done').map(stepLabel);
  const adopted = report.adoption !== undefined && report.missing.length === 0;
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
  if (adoptionStep) {
    const label = stepName(adoptionStep, stepBody(adoptionStep, level, procedures));
    const decided = report.adoption?.decided;
    steps.push(decided ? { label, state: 'done', date: decided } : { label, state: 'missing' });
  }
  policy.procedure = {
    steps,
    ...(report.nextReview ? { review: { due: report.nextReview, overdue: report.nextReview < today } } : {}),
    missing: report.missing.map(stepLabel),
    labels: policy.meta.approvals.map((_, index) => rowLabel(records.get(index), procedure.steps, level, procedures)),
    remaining: adopted
      ? []
      : [...open, ...(adoptionStep ? [stepName(adoptionStep, stepBody(adoptionStep, level, procedures))] : [])],
  };
  return policy;
}
