// Fixed expressions read as one term (templates/lemmas/nl-expressions.txt): "in kennis te stellen" is one thing,
// and its "kennis" is not the "kennis" of "kennis en informatie delen". A clause's words are scanned for each
// expression and its words replaced by one token, the same in every document, before terms are made.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../io/root.js';

const EXPRESSIONS_FILE = join(PACKAGE_ROOT, 'templates', 'lemmas', 'nl-expressions.txt');

interface Slot {
  forms: ReadonlySet<string>;
  optional: boolean;
}

interface Expression {
  slots: Slot[];
  /** The token its words become: the expression's first forms joined by "_". */
  token: string;
}

/** Parses the expressions file's lines (see its header). */
export function parseExpressions(text: string): Expression[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const slots = line.split(/\s+/).map((piece) => {
        const optional = piece.startsWith('(') && piece.endsWith(')');
        const forms = (optional ? piece.slice(1, -1) : piece).split('|');
        return { forms: new Set(forms), optional };
      });
      const token = slots
        .filter((slot) => !slot.optional)
        .map((slot) => [...slot.forms][0])
        .join('_');
      return { slots, token };
    });
}

let loaded: Expression[] | undefined;

function expressions(): Expression[] {
  loaded ??= parseExpressions(readFileSync(EXPRESSIONS_FILE, 'utf8'));
  return loaded;
}

/** How many words from `start` the expression covers, or 0 when it does not match there. */
function matchAt(words: readonly string[], start: number, slots: readonly Slot[]): number {
  let at = start;
  for (const slot of slots) {
    const word = words[at];
    if (word !== undefined && slot.forms.has(word)) at++;
    else if (!slot.optional) return 0;
  }
  return at - start;
}

/** The words with each fixed expression replaced by its one token. */
export function fuseExpressions(words: readonly string[], list: readonly Expression[] = expressions()): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let fused = false;
    for (const expression of list) {
      const length = matchAt(words, i, expression.slots);
      if (length > 0) {
        out.push(expression.token);
        i += length - 1;
        fused = true;
        break;
      }
    }
    if (!fused) out.push(words[i] as string);
  }
  return out;
}
