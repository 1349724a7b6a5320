// normalise() turns every run of characters that are not part of a word into one space in a single pass over the
// code points (src/text/normalise.ts, separateWords). It must say exactly what the Unicode pattern it replaced says:
// letters and digits of every script, the symbols kept as words, astral characters, lone surrogates.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/text/normalise.js';

/** The normal form as normalise() made it with the pattern (the reference the one-pass version must equal). */
function byPattern(text: string): string {
  const LIST_NUMBERING =
    /^\s*(?:\(\d{1,3}[a-z]?\)|\(\p{Ll}{1,2}\)|\d{1,3}(?:\.\d{1,2})*[.)]|\d{1,3}(?:\.\d{1,2})+|\p{Ll}[.)]|[ivxlc]{1,6}[.)]|[•·▪◦*–—-])(?=\s)\s*/u;
  const match = LIST_NUMBERING.exec(text);
  let folded = (match ? text.slice(match[0].length) : text).toLowerCase();
  if (/[^\u0000-\u007f]/.test(folded)) folded = folded.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
  return folded
    .replace(/[^\p{L}\p{N}%€$£§+.,:/]+/gu, ' ')
    .replace(/(?<![0-9])[.,:/]+|[.,:/]+(?![0-9])|(?<=[0-9])[.,:/]{2,}(?=[0-9])/g, ' ')
    .replace(/[%€$£§+]/g, ' $& ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const SAMPLES = [
  '',
  ' ',
  'Der Schuldner hat – nach § 280 Abs. 1 – Schadensersatz zu leisten.',
  '(1) Die Rechtsfähigkeit des Menschen beginnt mit der Vollendung der Geburt.',
  '—begin and end—',
  'a\u00a0b\u2003c\td\ne',
  '€ 1.000,50 + 3% of £20 / $5',
  'Ελληνικά, русский, العربية, 日本語, हिन्दी١٢٣',
  'math 𝐀𝐁 and emoji 😀😀 end',
  'lone \ud800 high and \udc00 low surrogate',
  '\ud83d',
  '😀',
  'x😀',
  '😀x',
  'ﬁle ĳs Straße',
];

function randomText(seed: number): string {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const pool = [...' .,:/;-–()§%€$£+#*_ab9zÄéß\u0301\u00a0\t😀𝐀\ud800\udc00日١'];
  return Array.from({ length: next() % 40 }, () => pool[next() % pool.length]).join('');
}

describe('normalise, separators', () => {
  it('says what the Unicode pattern says on hand-picked texts', () => {
    for (const sample of SAMPLES) expect(normalise(sample), JSON.stringify(sample)).toBe(byPattern(sample));
  });

  it('says what the Unicode pattern says on 5,000 random texts of separators, marks, letters and surrogates', () => {
    for (let seed = 1; seed <= 5000; seed++) {
      const text = randomText(seed);
      expect(normalise(text), JSON.stringify(text)).toBe(byPattern(text));
    }
  });
});
