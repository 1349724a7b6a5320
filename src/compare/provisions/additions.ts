// What a reworded clause adds to the rule it rewords. Word similarity calls a clause "reworded" when most of its
// words are the reference's; yet "Leerlingen gebruiken hun telefoon niet in de les" and "… niet in de les en leggen
// hem bij binnenkomst in de telefoonkluis" are two rules, the second with an obligation more. A member whose redline
// inserts an obligation or prohibition word, or a party, that the reference lacks (templates/lemmas/
// nl-obligations.txt), or inserts a whole new part of a sentence (at least NEW_PART words after "en", "of", a comma
// or a sentence's end), is therefore "different: adds …", with the words added, and never "reworded".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../io/root.js';
import type { WordOp } from '../../match/types.js';
import { normalise } from '../../text/normalise.js';
import { FUNCTION_WORDS } from '../terms/function-words.js';

const OBLIGATIONS_FILE = join(PACKAGE_ROOT, 'templates', 'lemmas', 'nl-obligations.txt');
/** Content words an inserted part of a sentence needs to be a rule of its own. */
const NEW_PART = 3;
/** The addition named is cut after this many words. */
const SHOWN_WORDS = 14;

/** Word → its class (a line of the file): words of one class say the same, so swapping them adds nothing. */
type Vocabulary = ReadonlyMap<string, number>;

/** Parses the file: each line under a "[kind]" heading is a class of words. */
export function parseObligations(text: string): Vocabulary {
  const classes = new Map<string, number>();
  let line = 0;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || /^\[\w+\]$/.test(trimmed)) continue;
    line++;
    for (const word of normalise(trimmed).split(' ')) classes.set(word, line);
  }
  return classes;
}

let loaded: Vocabulary | undefined;
function vocabulary(): Vocabulary {
  loaded ??= parseObligations(readFileSync(OBLIGATIONS_FILE, 'utf8'));
  return loaded;
}

const wordsOf = (text: string): string[] => {
  const normal = normalise(text);
  return normal === '' ? [] : normal.split(' ');
};

/**
 * The words a reworded member adds that make it another rule, as the member has them; undefined when it only
 * rewords. `words` is the redline from the reference to the member.
 */
export function addedRule(words: readonly WordOp[]): string | undefined {
  const classes = vocabulary();
  const reference = new Set(
    words
      .filter((op) => op.op !== 'insert')
      .flatMap((op) => wordsOf(op.text))
      .flatMap((word) => (classes.has(word) ? [classes.get(word)] : [])),
  );
  const added: string[] = [];
  words.forEach((op, index) => {
    if (op.op !== 'insert') return;
    const inserted = wordsOf(op.text);
    const newWord = inserted.some((word) => classes.has(word) && !reference.has(classes.get(word)));
    const before = words[index - 1]?.text ?? '';
    const startsPart = /^\s*(en|of|maar|and|or)\b/i.test(op.text) || /[,;.:]\s*$/.test(before) || index === 0;
    const content = inserted.filter((word) => !FUNCTION_WORDS.has(word)).length;
    if (newWord || (startsPart && content >= NEW_PART)) added.push(op.text.trim());
  });
  if (added.length === 0) return undefined;
  const text = added.join(' … ').split(/\s+/);
  return text.length > SHOWN_WORDS ? `${text.slice(0, SHOWN_WORDS).join(' ')} …` : text.join(' ');
}
