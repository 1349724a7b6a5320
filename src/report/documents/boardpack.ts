// Building a board pack: the version diff of a policy as the PDF a school board approves. Resolves what the
// renderer needs — brand (the --brand argument, else the new version's), wording in the new version's language,
// the reproducible date — and renders. Returns the bytes; the caller (`clausemark diff --format pdf`) writes them.
import type { MetaChange, PolicyDiff } from '../../diff/types.js';
import { adoptionOf } from '../../model/adoption.js';
import { todayIso } from '../../procedure/evaluate.js';
import { sha256 } from '../../model/fingerprint.js';
import type { Policy } from '../../model/policy.js';
import { renderBoardPack, type BoardPackTexts } from '../../render/boardpack/index.js';
import { wordReason } from '../../wording/reasons.js';
import { citationWords, diffLabels } from '../../wording/article-words.js';
import { changeSummaryText } from '../../render/diff/report.js';
import { metaParts } from '../../render/diff/meta-line.js';
import { comparedText, versionsArrow } from '../../render/shared/compared-versions.js';
import { fillLabel, loadLabels } from '../../wording/labels.js';
import { creationDate, revisionDate, sourceHash } from '../../io/reproducible.js';
import { toolVersion } from '../../io/version.js';
import { approvalTableTexts } from '../../build/texts.js';
import { gitEvidence } from '../../procedure/adoption-git.js';
import { adoptionNote } from '../../wording/adoption-note.js';
import type { WordNotes } from '../../import/result.js';
import { withPrintedNumbers } from './printed-diff.js';
import { signingPage } from './boardpack-signing.js';
import { printedRevision } from './revision-brand.js';

export interface BoardPackBuildOptions {
  /** Project root (templates/ lives here). */
  root: string;
  /** --brand: overrides the new version's own brand. */
  brand?: string;
  /** For a new version read from git: when the last commit that changed it was made (see revisionDate). */
  newCommitted?: Date;
  /** A returned Word document's proposals and comments (diff SOURCE.md RETURNED.docx). */
  word?: WordNotes;
}

/** The PDF's date: for a new version read from git, when its commit was made (never later than the run). */
function packDate(newPolicy: Policy, options: BoardPackBuildOptions): Date {
  return options.newCommitted ? revisionDate(newPolicy, options.newCommitted) : creationDate(newPolicy);
}

export function boardPackTexts(diff: PolicyDiff, policy: Policy, root: string): BoardPackTexts {
  const { meta } = policy;
  // A policy of typed articles calls its clauses provisions (src/wording/article-words.ts).
  const labels = diffLabels(loadLabels(meta.lang, { root }), diff);
  // Without version numbers: "wijzigingen" alone, never "wijzigingen →".
  const changes = [labels.changes.toLocaleLowerCase(meta.lang), versionsArrow(diff.old, diff.new)].join(' ').trim();
  return {
    lang: meta.lang,
    documentTitle: `${meta.title} — ${changes}`,
    header: `${meta.title} · ${changes}`,
    comparedTo: comparedText(labels, diff.old, diff.new),
    summary: changeSummaryText(labels, diff.summary, diff.meta.length),
    page: (page, pages) => fillLabel(labels.page, { page, pages }),
    kinds: labels.kinds,
    changes: labels.changes,
    substantive: labels.substantive,
    editorial: labels.editorial,
    rewritten: labels.rewritten,
    invisibleOnly: labels.invisibleOnly,
    oldText: labels.oldText,
    newText: labels.newText,
    noChanges: labels.noChanges,
    reasons: labels.reasons,
    clause: labels.clause,
    section: labels.section,
    version: labels.version,
    approvalBlock: labels.approvalBlock,
    wordNotes: labels.wordNotes,
    proposedBy: (who, date, before, after) => fillLabel(labels.proposedBy, { who, date, before, after }),
    commentBy: (who, date, text) => fillLabel(labels.commentBy, { who, date, text }),
    // Approvals record their step in Dutch procedure terms (docs/format.md); English packs name the decision.
    decisionStep: labels.phrases.decisionStep,
    phrases: labels.phrases,
    ...approvalTableTexts(labels),
    meta: (change) => metaParts(change, labels),
    reason: (reason) => wordReason(reason, labels),
  };
}

/**
 * The diff as the board must read it: when the new version is marked approved but its text changed after the
 * approval that recorded its hash, its status is shown as what it is (src/model/adoption.ts), not "Vastgesteld".
 */
function withEffectiveStatus(diff: PolicyDiff, newPolicy: Policy): PolicyDiff {
  const adoption = adoptionOf(newPolicy, todayIso());
  if (adoption.status !== 'outdated') return diff;
  const others = diff.meta.filter((change) => change.field !== 'status');
  const old = diff.meta.find((change) => change.field === 'status')?.old ?? adoption.declared;
  const status: MetaChange = {
    field: 'status',
    old,
    new: 'outdated',
    description: `status ${String(old)} → outdated (text changed after its approval)`,
  };
  // Status goes where the diff puts it: after title and version.
  const at = others.findIndex((change) => !['title', 'version'].includes(change.field));
  const meta = at === -1 ? [...others, status] : [...others.slice(0, at), status, ...others.slice(at)];
  return { ...diff, meta };
}

/**
 * Of the version the board compares with, an adoption that records no hash, in the pack's language: what git shows
 * of its text (src/procedure/adoption-git.ts), that it is the adopted text or that it changed since; where git cannot
 * tell or shows nothing (or no row records the adoption), that it may not be the one adopted, as its cover says. The
 * Word revision's summary says the same.
 */
export function oldAdoption(oldPolicy: Policy, newPolicy: Policy, root: string): { oldAdoptionNote?: string } {
  const day = todayIso();
  const adoption = adoptionOf(oldPolicy, day);
  if (adoption.status !== 'approved' || adoption.recorded) return {};
  const lang = newPolicy.meta.lang;
  const labels = loadLabels(lang, { root });
  const note = adoptionNote(oldPolicy, labels, day, gitEvidence(oldPolicy.path, oldPolicy, day), lang);
  return note ? { oldAdoptionNote: `${labels.version} ${oldPolicy.meta.version}: ${note}` } : {};
}

export async function buildBoardPack(
  diff: PolicyDiff,
  oldPolicy: Policy,
  newPolicy: Policy,
  options: BoardPackBuildOptions,
): Promise<Uint8Array> {
  // Both versions numbered by the brand's label patterns, as their PDFs print them (printedRevision).
  const brand = printedRevision(oldPolicy, newPolicy, options);
  // The document ID changes whenever either version's words change, and differs from both policies' own PDFs.
  const seed = sha256(`clausemark board pack\n${sourceHash(oldPolicy.source)}\n${sourceHash(newPolicy.source)}`);
  const texts = boardPackTexts(diff, newPolicy, options.root);
  const printed = withPrintedNumbers(diff, oldPolicy, newPolicy, brand.numbering, citationWords(texts.phrases));
  return renderBoardPack({
    diff: withEffectiveStatus(printed, newPolicy),
    policy: newPolicy,
    signing: signingPage(oldPolicy, newPolicy, options.root, loadLabels(newPolicy.meta.lang, { root: options.root })),
    brand,
    texts: { ...texts, ...oldAdoption(oldPolicy, newPolicy, options.root) },
    ...(options.word ? { word: options.word } : {}),
    options: { creationDate: packDate(newPolicy, options), producer: `clausemark ${toolVersion()}`, sourceHash: seed },
  });
}
