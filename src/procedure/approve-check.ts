// `approve` on a policy that names a kind: the step must be one its procedure has, taken by the body the procedure
// names, and the adoption (vaststelling) must come after every advice and consent the procedure requires. Refused
// otherwise, before anything is written. Each refusal names the step the procedure does have, its body, its part and
// legal basis, and gives the command that records it (issue 43 item 3): a `--role "Voorzitter GMR"` on a consent that
// is the GMR's parents' part is told to add `--part ouders/leerlingen`, not that the procedure has no such consent.
// The adoption is judged as recorded on the text as it stands: a consent given for other words does not count.
import type { MessageRef } from '../model/diagnostics.js';
import { thisPolicy } from './kind-phrase.js';
import { isAdoptingStep } from '../model/adoption.js';
import { approvalHash } from '../model/fingerprint.js';
import { errorById } from '../io/messages.js';
import type { Policy } from '../model/policy.js';
import { stepLabel } from './attach.js';
import { bodyNamed, judgeProcedure, type ProcedureReport, stepBody } from './evaluate.js';
import { proceduresFor } from './load.js';
import {
  type KindProcedure,
  type Level,
  PARTS,
  type ProcedureStep,
  RIGHTS,
  type Right,
  type SectorProcedures,
} from './types.js';
import { namedKind } from '../model/kind.js';

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

/** A part of a council as a sentence names it: "de hele raad", "de ouders/leerlingen". */
function partPhrase(part: string): MessageRef {
  return { messageId: `procedure-part.${part === 'ouders/leerlingen' ? 'parents' : part}`, params: {} };
}

/** The command that records `step`: `clausemark approve FILE --step … --body … [--part …] --name … --role …`. */
function approveCommand(file: string, step: ProcedureStep, body: string): string {
  const words = ['clausemark approve', quoted(file), `--step ${step.right}`];
  if (step.right !== 'vaststelling') words.push(`--body ${quoted(body)}`);
  if (step.part !== 'whole') words.push(`--part ${step.part}`);
  words.push('--name … --role … --date …');
  if (step.right !== 'vaststelling') words.push('--asked …');
  return `\`${words.join(' ')}\``;
}

/** A value as a shell takes it: quoted when it has a space. */
function quoted(value: string): string {
  return /[\s"'$`\\]/.test(value) ? `"${value.replace(/(["$`\\])/g, '\\$1')}"` : value;
}

/** An adoption refused while an advice or consent the procedure requires is not done: each one and its command. */
function refuseOpenSteps(report: ProcedureReport, procedure: KindProcedure, file: string): void {
  const open = report.steps.filter(
    (status) => (status.step.right === 'advies' || status.step.right === 'instemming') && status.state !== 'done',
  );
  if (open.length === 0) return;
  const params = {
    policy: thisPolicy(procedure),
    missing: open.map(stepLabel).join('; '),
    commands: open.map((status) => approveCommand(file, status.step, status.body)).join('; '),
  };
  // A step on record for other words is named, so it is clear why it does not count for these.
  const other = open.find((status) => status.otherText);
  const said = other
    ? {
        messageId: 'approve-procedure.steps-for-other-text',
        fixId: 'approve-procedure.take-steps-for-text',
        params: { ...params, right: other.step.right, body: other.body, given: other.otherText!.decided! },
      }
    : { messageId: 'approve-procedure.steps-missing', fixId: 'approve-procedure.take-steps-first', params };
  throw errorById(said, { place: { file }, ruleId: 'procedure-missing-step' });
}

/** The policy as it will be once adopted as asked: its text's hash on the adoption, as `approve` records it. */
function adoptedAsAsked(policy: Policy, request: StepRequest): Policy {
  const frontmatter = policy.frontmatter;
  if (!frontmatter) return policy;
  const rows = Array.isArray(frontmatter.data.approvals) ? frontmatter.data.approvals : [];
  const row = { date: request.date, name: request.name, role: request.role, step: 'vaststelling' };
  const approvals = [...rows, { ...row, hash: approvalHash(policy) }];
  return { ...policy, frontmatter: { ...frontmatter, data: { ...frontmatter.data, approvals } } };
}

/** The steps of the procedure with their commands, for a refusal's fix. */
function stepsWithCommands(procedure: KindProcedure, level: Level, procedures: SectorProcedures, file: string): string {
  return procedure.steps
    .map((step) => {
      const body = stepBody(step, level, procedures);
      return `${stepLabel({ step, body })}: ${approveCommand(file, step, body)}`;
    })
    .join('; ');
}

/** What a refusal of a step says of the step the procedure does have: its right, body, part, basis and command. */
function stepParams(step: ProcedureStep, body: string, file: string) {
  return {
    step: step.right,
    body,
    part: partPhrase(step.part),
    basis: step.basis,
    command: approveCommand(file, step, body),
  };
}

/**
 * A step asked for that the procedure does not have as asked: the step of the same right it does have, told by what
 * differs (its part, its body), with the command that records it; else every step with its command.
 */
function refuseStep(
  asked: { right: Right; body: string | undefined; part: string; role: string; argument: string },
  procedure: KindProcedure,
  level: Level,
  procedures: SectorProcedures,
  file: string,
): never {
  const policy = thisPolicy(procedure);
  const sameRight = procedure.steps.filter((step) => step.right === asked.right);
  const sameBody = sameRight.find((step) => stepBody(step, level, procedures) === asked.body);
  const only = sameRight.length === 1 ? sameRight[0] : undefined;
  if (sameBody && sameBody.part !== asked.part) {
    const params = stepParams(sameBody, stepBody(sameBody, level, procedures), file);
    throw errorById(
      {
        messageId: 'approve-procedure.other-part',
        fixId: 'approve-procedure.use-part',
        params: { ...params, policy, given: partPhrase(asked.part), partValue: sameBody.part },
      },
      { place: { argument: '--part' }, ruleId: 'procedure-step' },
    );
  }
  const place = { place: { argument: asked.argument }, ruleId: 'procedure-step' };
  if (only) {
    const params = stepParams(only, stepBody(only, level, procedures), file);
    throw errorById(
      {
        messageId: 'approve-procedure.other-body',
        fixId: 'approve-procedure.use-body',
        params: { ...params, policy, given: asked.body ?? asked.role },
      },
      place,
    );
  }
  throw errorById(
    {
      messageId: 'approve-procedure.no-such-step',
      fixId: 'approve-procedure.use-a-step',
      params: {
        policy,
        step: asked.right,
        body: asked.body ?? asked.role,
        steps: stepsWithCommands(procedure, level, procedures, file),
      },
    },
    place,
  );
}

/** The body the approval row records (the one asked for, or the one its role names); throws when the step has no place. */
export function checkStepAgainstProcedure(policy: Policy, request: StepRequest, root: string): string | undefined {
  const kind = namedKind(policy);
  if (kind === undefined) return undefined;
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
  const { procedure, level } = report;
  const word = (request.step ?? 'vaststelling').trim().toLowerCase();
  const right = (isAdoptingStep(word) ? 'vaststelling' : word) as Right;
  if (!(RIGHTS as readonly string[]).includes(right)) {
    throw errorById(
      {
        messageId: 'approve-procedure.not-a-right',
        fixId: 'approve-procedure.use-a-step',
        params: {
          step: request.step ?? '',
          policy: thisPolicy(procedure),
          steps: stepsWithCommands(procedure, level, procedures, file),
        },
      },
      { place: { argument: '--step' }, ruleId: 'procedure-step' },
    );
  }
  const body =
    (request.body ? (bodyNamed(request.body, procedures) ?? request.body) : undefined) ??
    bodyNamed(`${request.role} ${request.name}`, procedures);
  if (right === 'vaststelling') {
    refuseOpenSteps(
      judgeProcedure(adoptedAsAsked(policy, request), procedures, request.date) ?? report,
      procedure,
      file,
    );
    return body ?? 'bestuur';
  }
  const part = request.part ?? 'whole';
  const fits = procedure.steps.some(
    (step) => step.right === right && stepBody(step, level, procedures) === body && step.part === part,
  );
  if (!fits || !(PARTS as readonly string[]).includes(part)) {
    const argument = request.part !== undefined ? '--part' : request.body ? '--body' : '--step';
    refuseStep({ right, body, part, role: request.role, argument }, procedure, level, procedures, file);
  }
  return body;
}
