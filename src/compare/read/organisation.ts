// Organisation names are the one difference every adaptation of a model text has ("Casparus College onderkent …"
// vs "Aeres MBO onderkent …"): they must neither make two clauses look different nor, when two documents happen to
// mention one name, look alike. Every organisation's full name and its distinctive words become one placeholder.
import type { Policy } from '../../model/policy.js';
import { normalisedWords } from '../../text/normalise.js';

/** What organisation names become in the words compared. Not a Dutch or English word. */
export const ORGANISATION_TOKEN = 'orgname';

/** Words of a name that say what kind of body it is, not which one: "Stichting", "College", "MBO" … */
const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'stichting',
  'vereniging',
  'college',
  'colleges',
  'school',
  'scholen',
  'scholengroep',
  'scholengemeenschap',
  'scholengemeenschappen',
  'groep',
  'onderwijs',
  'onderwijsgroep',
  'lyceum',
  'gymnasium',
  'academie',
  'instituut',
  'mbo',
  'vmbo',
  'havo',
  'vwo',
  'vo',
  'po',
  'so',
  'vso',
  'hbo',
  'roc',
  'bv',
  'nv',
  'de',
  'het',
  'een',
  'van',
  'voor',
  'en',
  'te',
  'in',
  'op',
  'aan',
  'the',
  'of',
  'and',
  'for',
  'foundation',
  'schools',
  'group',
  'trust',
]);

/** Shortest distinctive word taken as a name on its own: shorter ones are too likely to be ordinary words. */
const MIN_DISTINCTIVE_LENGTH = 4;

export interface NameMask {
  /** First word of a name → the names starting with it (as word sequences), longest first. */
  byFirstWord: Map<string, string[][]>;
}

/** The names of every organisation in the comparison, as normalised word sequences. */
export function nameMask(policies: readonly Policy[]): NameMask {
  const phrases = new Map<string, string[]>();
  const add = (words: string[]): void => {
    if (words.length > 0) phrases.set(words.join(' '), words);
  };
  for (const policy of policies) {
    for (const name of [policy.meta.organisation, policy.meta.org.replace(/[-_.]+/g, ' ')]) {
      const words = normalisedWords(name);
      add(words);
      for (const word of words) {
        if (word.length >= MIN_DISTINCTIVE_LENGTH && !GENERIC_NAME_WORDS.has(word) && !/^\d+$/.test(word)) add([word]);
      }
    }
  }
  const byFirstWord = new Map<string, string[][]>();
  for (const phrase of phrases.values()) {
    const first = phrase[0] as string;
    byFirstWord.set(
      first,
      [...(byFirstWord.get(first) ?? []), phrase].sort((a, b) => b.length - a.length),
    );
  }
  return { byFirstWord };
}

/** Replaces every organisation name in normalised words by ORGANISATION_TOKEN (runs of it collapse to one). */
export function maskNames(words: readonly string[], mask: NameMask): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] as string;
    const phrase = mask.byFirstWord.get(word)?.find((candidate) => candidate.every((part, k) => words[i + k] === part));
    if (phrase) {
      if (out[out.length - 1] !== ORGANISATION_TOKEN) out.push(ORGANISATION_TOKEN);
      i += phrase.length;
    } else {
      out.push(word);
      i++;
    }
  }
  return out;
}
