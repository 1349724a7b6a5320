// Whether a topic's signals stand in a clause only as an act that is the circumstance of what the clause states (issue
// 73): "Van het niet in behandeling nemen van de klacht wordt de klager in kennis gesteld" states a notice, not when a
// complaint is not dealt with; "De commissie wordt na het indienen van een klacht samengesteld" when the commission
// is formed, not how a complaint is lodged. A verb made a noun after a preposition and an article is such an act. The
// words are data, per language: templates/topics/acts/<lang>.yaml (its header says how they are read).
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../io/root.js';
import { LINK, signalText } from './signal-text.js';
import { signalPattern } from './topic-signals.js';
import { baseLanguage, languageData, wordsOf } from './language-data.js';

interface ActWords {
  articles: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  verbEndings: readonly string[];
  negations: ReadonlySet<string>;
}

const FOLDER = join(PACKAGE_ROOT, 'templates', 'topics', 'acts');
const loaded = new Map<string, ActWords | undefined>();

/** The words of `lang` ("en-GB" reads en), or undefined where no file gives them: then no act is read so. */
function actWords(lang: string): ActWords | undefined {
  const base = baseLanguage(lang);
  if (loaded.has(base)) return loaded.get(base);
  const data = languageData(FOLDER, base);
  let words: ActWords | undefined;
  if (data) {
    words = {
      articles: new Set(wordsOf(data.articles)),
      adverbs: new Set(wordsOf(data.adverbs)),
      prepositions: new Set(wordsOf(data.prepositions)),
      verbEndings: wordsOf(data.verbEndings),
      negations: new Set(wordsOf(data.negations)),
    };
  }
  loaded.set(base, words);
  return words;
}

/** Whether a match whose first word is `first` and before which stand `before` is an act after a preposition. */
function actAfterPreposition(before: readonly string[], first: string, words: ActWords): boolean {
  const verbMadeNoun =
    words.negations.has(first) ||
    words.verbEndings.some((ending) => first.length > ending.length && first.endsWith(ending));
  if (!verbMadeNoun) return false;
  let at = before.length - 1;
  if (words.adverbs.has(before[at] ?? '')) at--;
  return words.articles.has(before[at] ?? '') && words.prepositions.has(before[at - 1] ?? '');
}

/**
 * Whether each of `signals` that `text` holds stands there, at every place, only as an act that is a circumstance of
 * the clause's statement, and one does: false where none stands in the text, or the language has no words for it.
 */
export function signalsOnlyAsCircumstance(text: string, signals: readonly string[], lang: string): boolean {
  const words = actWords(lang);
  if (!words || signals.length === 0) return false;
  const padded = ` ${signalText(text).linkedNormal} `;
  let any = false;
  for (const signal of signals) {
    const pattern = new RegExp(signalPattern(signal).source, 'gu');
    for (const match of padded.matchAll(pattern)) {
      any = true;
      const before = padded
        .slice(0, match.index + 1)
        .trim()
        .split(' ');
      const first = match[0].trim().split(LINK)[0]?.split(' ')[0] ?? '';
      if (!actAfterPreposition(before, first, words)) return false;
    }
  }
  return any;
}
