// A list of phrases from a data file (letter closings, adoption words) as one regular-expression alternative: each
// phrase's words literal and apart by any white space, as a line wraps or a typist spaces them, the longest first so
// that "Met vriendelijke groet" wins over "Met".

import { escapeRegExp } from './escape-reg-exp.js';

/** Any of `phrases`, as the source of an alternative (no group around it): words apart by `\s+`, longest first. */
export const anyPhrase = (phrases: readonly string[]): string =>
  phrases
    .map((phrase) => phrase.trim().split(/\s+/u).map(escapeRegExp).join('\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|');
