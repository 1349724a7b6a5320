// What a status cannot say of an adoption written by hand (no hash): the text it adopted is not recorded, and, where
// git shows it (src/procedure/adoption-git.ts, read by the caller), the words changed since, or that these are the
// words adopted, and where the adoption's row was corrected since; in a shallow clone, or where git does not follow
// the file's history before the commit it was added in, that git cannot tell, and why. One wording for the HTML page,
// the report's index, the PDF/Word cover, diff's versions and the board pack, so none shows such a policy as plainly
// "Vastgesteld" while another qualifies it.
import { adoptionOf } from '../model/adoption.js';
import type { Policy } from '../model/policy.js';
import type { AdoptedPerGit, ChangedPerGit, GitEvidence } from '../procedure/adoption-git.js';
import { formatDate } from '../text/format-date.js';
import { fillLabel, type Labels } from './labels.js';

/** What git shows of the commit that wrote the adoption row down (commits as printed): read by the caller. */
export type { GitEvidence };

/** "; rij later verbeterd in commit …" where the adoption's row reads otherwise since the commit shown; else "". */
function correctedNote(labels: Labels, corrected: string | undefined): string {
  return corrected === undefined ? '' : `; ${fillLabel(labels.adoptionRowCorrected, { commit: corrected })}`;
}

/** "gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit … van …", in `lang`. */
export function changedPerGitNote(labels: Labels, changed: ChangedPerGit, lang: string): string {
  const date = formatDate(changed.date, lang) ?? changed.date;
  const note = fillLabel(labels.adoptionChangedPerGit, { commit: changed.commit, date });
  return `${note}${correctedNote(labels, changed.corrected)}`;
}

/** "vastgestelde tekst volgens git (commit …, vaststelling …)", in `lang`. */
export function adoptedPerGitNote(labels: Labels, adopted: AdoptedPerGit, lang: string): string {
  const date = formatDate(adopted.date, lang) ?? adopted.date;
  const note = fillLabel(labels.adoptedTextPerGit, { commit: adopted.commit, date });
  return `${note}${correctedNote(labels, adopted.corrected)}`;
}

/**
 * Why git cannot tell whether these are the words adopted, where its history is cut before the commit that first
 * holds the adoption row: a shallow clone, or a move git does not connect ("…, want de git-geschiedenis is niet
 * volledig (ondiepe kopie)", "…, want de geschiedenis vóór commit … is niet gevolgd …"); undefined where it is not.
 */
export function cutHistoryNote(
  labels: Labels,
  evidence: Pick<GitEvidence, 'shallow' | 'notFollowed'>,
): string | undefined {
  if (evidence.notFollowed) return fillLabel(labels.adoptionTextUnrecordedNotFollowed, evidence.notFollowed);
  return evidence.shallow ? labels.adoptionTextUnrecordedShallow : undefined;
}

/**
 * Of an adoption without a hash, in the language of `labels`: what `evidence` (gitEvidence, read by the caller)
 * shows, that these are the words adopted or that they changed since; where git shows neither (no commit holds the
 * adoption row, the file is not in git, or git was not asked), that the adopted text is not recorded, and, in a
 * shallow clone or before a commit git does not follow the file past, why. The one wording of every output.
 */
export function unrecordedAdoptionNote(labels: Labels, evidence: GitEvidence | undefined, lang: string): string {
  if (evidence?.changed) return changedPerGitNote(labels, evidence.changed, lang);
  if (evidence?.adopted) return adoptedPerGitNote(labels, evidence.adopted, lang);
  // A cut history: git cannot tell, and the note says why, so the answer a full history gives is not missed.
  return (evidence && cutHistoryNote(labels, evidence)) ?? labels.adoptionTextUnrecorded;
}

/**
 * The note beside the status on `day`, in the language of `labels` (`lang`: the policy's unless the page is in
 * another, as the report's index may be): unrecordedAdoptionNote of an adoption without a hash. Null for a recorded
 * adoption, or none.
 */
export function adoptionNote(
  policy: Policy,
  labels: Labels,
  day: string,
  evidence: GitEvidence | undefined,
  lang = policy.meta.lang,
): string | null {
  const adoption = adoptionOf(policy, day);
  if (adoption.status !== 'approved' || adoption.recorded) return null;
  return unrecordedAdoptionNote(labels, evidence, lang);
}
