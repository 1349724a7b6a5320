// What the procedure rules share: one procedure report per policy (src/procedure/evaluate.ts), made once however
// many rules read it, and a rule for each kind of finding it gives, placed at the approval row it is about.
import { judgeProcedure, type ProcedureFindingCode, type ProcedureReport, todayIso } from '../../procedure/evaluate.js';
import { proceduresFor } from '../../procedure/load.js';
import type { Policy } from '../../model/policy.js';
import type { Severity } from '../../model/diagnostics.js';
import type { Rule, RuleContext } from '../rule.js';
import { itemPlace, valuePlace } from './support.js';
import { namedKind } from '../../model/kind.js';
import { isTemplateDocument } from '../../template/template.js';

/** Per policy, per day judged on (`check --at`). */
const reports = new WeakMap<Policy, Map<string, ProcedureReport | null>>();

/**
 * The policy's procedure report on the context's day; none when its front matter names no `kind`, nor for a sector
 * template: its `kind` is what `adapt` gives the school's copy, and its approvals are the sector's, not a step of a
 * school's procedure.
 */
function procedureReport({ policy, project, today }: RuleContext): ProcedureReport | undefined {
  const day = today ?? todayIso();
  const byDay = reports.get(policy) ?? new Map<string, ProcedureReport | null>();
  reports.set(policy, byDay);
  if (!byDay.has(day)) {
    const judged = namedKind(policy) !== undefined && !isTemplateDocument(policy);
    const procedures = judged ? proceduresFor(policy.path, project.root) : undefined;
    byDay.set(day, procedures ? (judgeProcedure(policy, procedures, day) ?? null) : null);
  }
  return byDay.get(day) ?? undefined;
}

export function procedureRule(
  code: ProcedureFindingCode,
  severity: Severity,
  description: string,
  messageId: string,
  fixId: string,
): Rule {
  return {
    id: `procedure-${code}`,
    severity,
    description,
    run(context) {
      const report = procedureReport(context);
      if (!report) return [];
      return report.findings
        .filter((finding) => finding.code === code)
        .map((finding) => ({
          messageId: `procedure-${code}.${finding.message ?? messageId}`,
          fixId: `procedure-${code}.${fixId}`,
          params: finding.params,
          place:
            finding.approval !== undefined
              ? itemPlace(context.policy, `approvals[${finding.approval}]`)
              : valuePlace(context.policy, finding.field ?? 'kind'),
        }));
    },
  };
}
