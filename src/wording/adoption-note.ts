// What a status cannot say of an adoption written by hand (no hash): the text it adopted is not recorded, and, where
// git shows it (src/build/adoption-git.ts, read by the caller), the words changed since. One wording for the HTML
// page, the report's index and the PDF/Word cover, so neither shows such a policy as plainly "Vastgesteld" while the other qualifies it.
import { adoptionOf } from '../model/adoption.js';
import type { Policy } from '../model/policy.js';
import { formatDate } from '../text/format-date.js';
import { fillLabel, type Labels } from './labels.js';

/** The commit that wrote the adoption row down, whose words git shows differ from these (commit as printed). */
export interface ChangedPerGit {
  commit: string;
  date: string;
}

/**
 * The note beside the status on `day`, in the language of `labels` (`lang`: the policy's unless the page is in
 * another, as the report's index may be); null for a recorded adoption, or none.
 */
export function adoptionNote(
  policy: Policy,
  labels: Labels,
  day: string,
  changed: ChangedPerGit | undefined,
  lang = policy.meta.lang,
): string | null {
  const adoption = adoptionOf(policy, day);
  if (adoption.status !== 'approved' || adoption.recorded) return null;
  if (!changed) return labels.adoptionTextUnrecorded;
  const date = formatDate(changed.date, lang) ?? changed.date;
  return fillLabel(labels.adoptionChangedPerGit, { commit: changed.commit, date });
}
