// Which language's word lists judge the changes between two versions. Both versions of one policy are in one
// language, but each version's `lang` is settled on its own: written in its frontmatter, detected from its text, or
// the default when the text is too short to tell. A few short clauses of word soup can be detected as German in one
// version and Dutch in the other, and judging with the new version's lists alone then calls removing "het"
// substantive one way (German has no such stopword) and adding it editorial the other: diff(b, a) would not mirror
// diff(a, b). So the pair gets one language, chosen the same whichever version is called old: the better-founded
// one (written over detected over default), and between two detected ones the language of both texts together.
import type { Policy, LangSource } from '../model/policy.js';
import { allClauses } from '../model/walk.js';
import { detectLanguage } from '../text/language.js';

const TRUST: Record<LangSource, number> = { frontmatter: 2, detected: 1, default: 0 };

/** Enough of each version's text for a guess (the detector itself samples 2000 characters). */
const SAMPLE_PER_VERSION = 1000;

function sampleOf(policy: Policy): string {
  return allClauses(policy)
    .map(({ clause }) => clause.text)
    .join('\n')
    .slice(0, SAMPLE_PER_VERSION);
}

/** The language both versions are judged in; the new version's when neither is better founded nor the texts tell. */
export function judgingLanguage(oldPolicy: Policy, newPolicy: Policy): string {
  const older = oldPolicy.meta;
  const newer = newPolicy.meta;
  if (older.lang === newer.lang) return newer.lang;
  const trust = TRUST[newer.langSource] - TRUST[older.langSource];
  if (trust !== 0) return trust > 0 ? newer.lang : older.lang;
  if (newer.langSource !== 'detected') return newer.lang;
  // Sorted, so the joined text is the same whichever version is old.
  const together = [sampleOf(oldPolicy), sampleOf(newPolicy)].sort().join('\n');
  return detectLanguage(together) ?? newer.lang;
}
