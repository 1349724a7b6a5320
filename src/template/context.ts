// The values wording templates see. Every name a template may use is always present (null when the policy has no
// such value), so strict mode catches misspellings without failing on policies that merely lack an effective date.
import type { Approval, PolicyMeta } from '../model/policy.js';
import type { Labels } from './labels.js';

export interface BuildInfo {
  /** SHA-256 (hex) of the Markdown source bytes. */
  sourceSha256: string;
  /** clausemark's version (package.json). */
  toolVersion: string;
  /** Build date, YYYY-MM-DD. */
  date: string;
}

export interface TemplatePolicy {
  id: string;
  title: string;
  organisation: string;
  org: string;
  version: string;
  status: PolicyMeta['status'];
  /** The status in the output language ("Vastgesteld"). */
  statusLabel: string;
  lang: string;
  effective: string | null;
  supersedes: string | null;
  editor: string | null;
}

export interface TemplateAdoption {
  date: string;
  name: string;
  /** The approval's role, or its name when the role is empty. */
  role: string;
  step: string | null;
}

export interface TemplateContext {
  lang: string;
  labels: Labels;
  policy: TemplatePolicy;
  /** The last approval (latest date; the later entry on a tie), or null. */
  adoption: TemplateAdoption | null;
  build: BuildInfo | null;
}

/** The approval that adopted the policy: the latest by date, the later one in the list when dates tie. */
export function lastApproval(approvals: readonly Approval[]): Approval | undefined {
  let last: Approval | undefined;
  for (const approval of approvals) if (!last || approval.date >= last.date) last = approval;
  return last;
}

export function templateContext(meta: PolicyMeta, labels: Labels, build?: BuildInfo): TemplateContext {
  const adopted = lastApproval(meta.approvals);
  return {
    lang: meta.lang,
    labels,
    policy: {
      id: meta.id,
      title: meta.title,
      organisation: meta.organisation,
      org: meta.org,
      version: meta.version,
      status: meta.status,
      statusLabel: labels.statuses[meta.status] ?? meta.status,
      lang: meta.lang,
      effective: meta.effective ?? null,
      supersedes: meta.supersedes ?? null,
      editor: meta.editor ?? null,
    },
    adoption: adopted
      ? { date: adopted.date, name: adopted.name, role: adopted.role || adopted.name, step: adopted.step ?? null }
      : null,
    build: build ?? null,
  };
}
