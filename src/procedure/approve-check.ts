// `approve` on a policy that names a kind: the step must be one its procedure has, taken by the body the procedure
// names, and the adoption (vaststelling) must come after every advice and consent the procedure requires. Refused
// otherwise, before anything is written, with the steps the procedure does have.
import { isAdoptingStep } from '../model/adoption.js';
import { errorById } from '../io/messages.js';
import type { Policy } from '../model/policy.js';
import { stepLabel } from './attach.js';
import { bodyNamed, judgeProcedure, type ProcedureReport, stepBody } from './evaluate.js';
import { proceduresFor } from './load.js';
import { PARTS, RIGHTS, type Right } from './types.js';

/** What of an approval row the procedure checks (approve's request is this and the row's other fields). */
export interface StepRequest {
  name: string;
  role: string;
  /** YYYY-MM-DD. */
  date: string;
  step?: string;
  /** The procedure's fields of the row (docs/procedure.md); `body` is read from the role when not given. */
  body?: string;
  part?: string;
}

/** An adoption refused while an advice or consent the procedure requires is not done. */
function refuseOpenSteps(report: ProcedureReport, kind: string, file: string): void {
  const open = report.steps.filter(
    (status) => (status.step.right === 'advies' || status.step.right === 'instemming') && status.state !== 'done',
  );
  if (open.length === 0) return;
  throw errorById(
    {
      messageId: 'approve-procedure.steps-missing',
      fixId: 'approve-procedure.take-steps-first',
      params: { kind, missing: open.map(stepLabel).join('; ') },
    },
    { place: { file }, ruleId: 'procedure-missing-step' },
  );
}

/** The body the approval row records (the one asked for, or the one its role names); throws when the step has no place. */
export function checkStepAgainstProcedure(policy: Policy, request: StepRequest, root: string): string | undefined {
  const kind = policy.frontmatter?.data.kind;
  if (typeof kind !== 'string' || kind.trim() === '') return undefined;
  const procedures = proceduresFor(policy.path, root);
  const report = judgeProcedure(policy, procedures, request.date);
  const file = policy.path;
  if (!report?.procedure) {
    throw errorById(
      {
        messageId: 'procedure-unknown-kind.unknown',
        fixId: 'procedure-unknown-kind.use-known',
        params: { kind, sector: procedures.sector, known: Object.keys(procedures.kinds).join(', ') },
      },
      { place: { file }, ruleId: 'procedure-unknown-kind' },
    );
  }
  const word = (request.step ?? 'vaststelling').trim().toLowerCase();
  const right = (isAdoptingStep(word) ? 'vaststelling' : word) as Right;
  const steps = report.procedure.steps.map((step) => `${step.right} ${stepBody(step, report.level, procedures)}`);
  if (!(RIGHTS as readonly string[]).includes(right)) {
    throw errorById(
      {
        messageId: 'approve-procedure.not-a-right',
        fixId: 'approve-procedure.use-a-step',
        params: { step: request.step ?? '', kind, steps: steps.join(', ') },
      },
      { place: { argument: '--step' }, ruleId: 'procedure-step' },
    );
  }
  const body =
    (request.body ? (bodyNamed(request.body, procedures) ?? request.body) : undefined) ??
    bodyNamed(`${request.role} ${request.name}`, procedures);
  if (right === 'vaststelling') {
    refuseOpenSteps(report, kind, file);
    return body ?? 'bestuur';
  }
  const part = request.part ?? 'whole';
  const fits = report.procedure.steps.some(
    (step) => step.right === right && stepBody(step, report.level, procedures) === body && step.part === part,
  );
  if (!fits || !(PARTS as readonly string[]).includes(part)) {
    throw errorById(
      {
        messageId: 'approve-procedure.no-such-step',
        fixId: 'approve-procedure.use-a-step',
        params: { step: right, body: body ?? request.role, kind, steps: steps.join(', ') },
      },
      { place: { argument: request.body ? '--body' : '--step' }, ruleId: 'procedure-step' },
    );
  }
  return body;
}
