// Which language a policy is written in, when its frontmatter does not say (`lang`): most real documents carry no
// `lang`, and the language picks the significance lexicon (src/text/lexicon.ts), the output labels and the
// hyphenation. franc-min (trigram profiles, offline, no dependencies beyond its own tables) chooses among the
// languages a school policy here is plausibly written in; text too short to tell gives undefined, and the
// caller falls back to its default.
import { franc } from 'franc-min';

/** ISO 639-3 (what franc answers) → the BCP-47 tag a policy's `lang` uses. */
const CANDIDATES: Record<string, string> = {
  nld: 'nl',
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
};

/** Below this many letters a guess is not worth making: one short clause says little about its language. */
const DETECT_MIN_LETTERS = 40;
/** Enough text to tell; more only costs time on a long law. */
const SAMPLE_LENGTH = 2000;

// Not language: web addresses, e-mail addresses, HTML tags and entities, clause IDs, Markdown link targets.
const NOT_PROSE = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|<[^<>]*>|&\w+;|\{#[^}]*\}|\]\([^)]*\)/g;

/**
 * The answers for the samples seen last: one document is often read several times in a row (fmt reads a file and
 * what it wrote, `import` and `check` read their result), and franc's trigram count is most of a short parse.
 */
const recentAnswers = new Map<string, string | undefined>();
const RECENT_ANSWERS = 16;

/** The language of a text as a BCP-47 tag ('nl', 'en', 'de' …), or undefined when it is too short to tell. */
export function detectLanguage(text: string): string | undefined {
  const sample = text
    .slice(0, SAMPLE_LENGTH * 2)
    .replace(NOT_PROSE, ' ')
    .slice(0, SAMPLE_LENGTH);
  if (recentAnswers.has(sample)) return recentAnswers.get(sample);
  const answer = detectInSample(sample);
  recentAnswers.set(sample, answer);
  for (const oldest of recentAnswers.keys()) {
    if (recentAnswers.size <= RECENT_ANSWERS) break;
    recentAnswers.delete(oldest);
  }
  return answer;
}

function detectInSample(sample: string): string | undefined {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < DETECT_MIN_LETTERS) return undefined;
  const code = franc(sample, { only: Object.keys(CANDIDATES), minLength: DETECT_MIN_LETTERS });
  return CANDIDATES[code];
}
