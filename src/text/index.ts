// Dutch-aware text utilities shared by the version diff and the cross-organisation comparison.
export { tokenize, isWordLike, isFigure, type Token, type TokenKind } from './tokenize.js';
export { normalise, normalisedWords, foldDiacritics, foldWord, stripListNumbering } from './normalise.js';
export {
  profileOf,
  profileOfNormal,
  profileSimilarity,
  textSimilarity,
  dice,
  cosine,
  containment,
  editDistance,
  type TextProfile,
} from './similarity.js';
export { splitSentences } from './sentences.js';
export * as lexicon from './lexicon.js';
