// The values wording templates see. Every name a template may use is always present (null when the policy has no
// such value), so strict mode catches misspellings without failing on policies that merely lack an effective date.
import { adoptionOf, adopts, type EffectiveStatus } from '../model/adoption.js';
import { todayIso } from '../procedure/evaluate.js';
import type { Approval, Policy } from '../model/policy.js';
import { statusLabel, type Labels } from './labels.js';
import { adoptionNote, type GitEvidence } from './adoption-note.js';

export interface BuildInfo {
  /** SHA-256 (hex) of the Markdown source bytes. */
  sourceSha256: string;
  /** clausemark's version (package.json). */
  toolVersion: string;
  /** The date the document was made up, YYYY-MM-DD (src/io/reproducible.ts), or null when it is not known. */
  date: string | null;
  /** The day whose decisions count (YYYY-MM-DD); default today. */
  day?: string;
  /**
   * For an adoption without a hash: what git shows of the commit that wrote it down, that its words are these or
   * differ from them (read by the build, src/procedure/adoption-git.ts gitEvidence; templates never read git).
   */
  adoptionGit?: GitEvidence;
}

export interface TemplatePolicy {
  id: string;
  title: string;
  organisation: string;
  org: string;
  version: string;
  /**
   * The effective status (src/model/adoption.ts): `outdated` when the policy is marked approved but its text changed
   * after the approval that recorded its hash; never `approved` for a text nobody adopted.
   */
  status: EffectiveStatus;
  /** The status in the output language ("Vastgesteld", "Concept: gewijzigd na vaststelling"). */
  statusLabel: string;
  lang: string;
  effective: string | null;
  supersedes: string | null;
  editor: string | null;
  /**
   * Beside the status, for an adoption written by hand (no hash): git shows these are the words adopted, or that
   * they changed since; where git cannot tell, the text adopted is not recorded (src/wording/adoption-note.ts); null
   * otherwise.
   */
  adoptionNote: string | null;
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
  /**
   * The approval that adopted the text shown (latest date; the later entry on a tie): only for a policy that is
   * adopted (or was, and is now retired), else null, so no template can print "Vastgesteld door" over a draft.
   */
  adoption: TemplateAdoption | null;
  /** The approval whose recorded hash the text no longer matches, when the status is `outdated`; else null. */
  changedAfterAdoption: TemplateAdoption | null;
  build: BuildInfo | null;
}

/**
 * The approval that adopted the policy: the latest adopting one by date (the later one in the list when dates tie).
 * Advice or consent (step advies, instemming) never reads as the adoption, even when it came later.
 */
function lastApproval(approvals: readonly Approval[]): Approval | undefined {
  let last: Approval | undefined;
  for (const approval of approvals) if (adopts(approval) && (!last || approval.date >= last.date)) last = approval;
  return last;
}

function adoptionView(approval: Approval | undefined): TemplateAdoption | null {
  return approval
    ? { date: approval.date, name: approval.name, role: approval.role || approval.name, step: approval.step ?? null }
    : null;
}

export function templateContext(policy: Policy, labels: Labels, build?: BuildInfo): TemplateContext {
  const { meta } = policy;
  const adoption = adoptionOf(policy, build?.day ?? todayIso());
  const adopted =
    adoption.status === 'approved' || adoption.status === 'retired' ? lastApproval(meta.approvals) : undefined;
  return {
    lang: meta.lang,
    labels,
    policy: {
      id: meta.id,
      title: meta.title,
      organisation: meta.organisation,
      org: meta.org,
      version: meta.version,
      status: adoption.status,
      statusLabel: statusLabel(labels, adoption.status),
      lang: meta.lang,
      effective: meta.effective ?? null,
      supersedes: meta.supersedes ?? null,
      editor: meta.editor ?? null,
      adoptionNote: adoptionNote(policy, labels, build?.day ?? todayIso(), build?.adoptionGit),
    },
    adoption: adoptionView(adopted),
    changedAfterAdoption: adoption.status === 'outdated' ? adoptionView(adoption.recorded?.approval) : null,
    build: build ?? null,
  };
}
