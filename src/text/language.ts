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
export const DETECT_MIN_LETTERS = 40;
/** Enough text to tell; more only costs time on a long law. */
const SAMPLE_LENGTH = 2000;

// Not language: web addresses, e-mail addresses, HTML tags and entities, clause IDs, Markdown link targets.
const NOT_PROSE = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|<[^<>]*>|&\w+;|\{#[^}]*\}|\]\([^)]*\)/g;

/** The language of a text as a BCP-47 tag ('nl', 'en', 'de' …), or undefined when it is too short to tell. */
export function detectLanguage(text: string): string | undefined {
  const sample = text
    .slice(0, SAMPLE_LENGTH * 2)
    .replace(NOT_PROSE, ' ')
    .slice(0, SAMPLE_LENGTH);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < DETECT_MIN_LETTERS) return undefined;
  const code = franc(sample, { only: Object.keys(CANDIDATES), minLength: DETECT_MIN_LETTERS });
  return CANDIDATES[code];
}
