// The documents of a comparison, prepared once. Each clause becomes terms (organisation names masked, function
// words kept as written and silenced, compounds split, words stemmed or mapped to their synonym class,
// near-identical stems joined), TF-IDF vectors of those terms (with word pairs and triples, and of words alone),
// and the same vectors of its parts: its sentences, and the comma-separated stretches of long sentences. Parts let
// a short clause of one document find the one sentence (or half sentence) of a long clause in another that says
// the same. A table's parts are its rows, read with their header (units.ts). Each clause also keeps the vectors of
// its units (sentences and runs of them, or table rows), by which part of it can join a provision of its own
// (unit-links.ts).
import { Side, type Entry } from '../../match/entries.js';
import type { Policy } from '../../model/policy.js';
import { memoisedWords, phrasesOf } from './clause-words.js';
import { prepareClauseWords } from './clause-words-cache.js';
import { clauseSentences } from '../read/sentence-memo.js';
import { clauseTitles, statedText } from '../read/section-titles.js';
import { isClosingLine } from '../read/closing-lines.js';
import { splitCompound } from './compounds.js';
import { isFunctionWord } from './function-words.js';
import { nameMask, ORGANISATION_TOKEN } from '../read/organisation.js';
import { nearStems } from './stem.js';
import { type DocumentLabel, documentLabels } from '../read/keys.js';
import { hasSynonyms, term } from './synonyms.js';
import { TextCounts } from './text-counts.js';
import { type ClauseUnit, clauseUnits, tableRowUnits } from './units.js';
import { Vocabulary, type SparseVector, type TermCounts } from './vectors.js';

/** A sentence shorter than this many words ("Onthoudt dat!") is too slight to align a clause by. */
export const MIN_SENTENCE_WORDS = 5;
/** A stretch between commas, semicolons or colons counts as a part from this many words. */
export const MIN_PHRASE_WORDS = 7;
/** What a match between parts is worth against a match between whole clauses: the rest says more. */
export const SENTENCE_DISCOUNT = 0.9;
export const PHRASE_DISCOUNT = 0.75;

export interface ClausePart {
  vector: SparseVector;
  /** The vector of its single words alone (see Vocabulary.vector). */
  words: SparseVector;
  discount: number;
}

export interface AlignClause {
  entry: Entry;
  /** Normalised words with organisation names masked (for statuses and similarity, not for alignment). */
  words: string[];
  /** Term counts (see vectors.ts). */
  counts: TermCounts;
  vector: SparseVector;
  /** The vector of its single words alone (see Vocabulary.vector). */
  wordVector: SparseVector;
  /**
   * Term ids of its content words: no function words, no organisation name (evidence counted by second-pass.ts),
   * ascending, each once.
   */
  contentTerms: Int32Array;
  /** Sentences (when there are two or more of MIN_SENTENCE_WORDS) and long comma-separated stretches. */
  parts: ClausePart[];
  /** Units that may join a provision apart from the clause (units.ts), with their vectors. */
  units: AlignUnit[];
}

export interface AlignUnit extends ClauseUnit {
  /** Normalised words with organisation names masked (for statuses and similarity). */
  words: string[];
  vector: SparseVector;
  /** Term ids of its content words (as AlignClause.contentTerms). */
  contentTerms: Int32Array;
}

export interface AlignDocument {
  /** The document's key in the result: its org key, made unique and readable (keys.ts). */
  key: string;
  /** Its readable name in headers (keys.ts). */
  name: string;
  /** Position in the caller's list. */
  order: number;
  policy: Policy;
  clauses: AlignClause[];
  /** The author-written ids (not synthesised) of this document's clauses → clause index. */
  explicitIds: Map<string, number>;
}

/** What naming a clause of a comparison needs (`clausemark confirm`): keys and entries, without the vectors. */
export interface KeyedDocument {
  key: string;
  name: string;
  order: number;
  policy: Policy;
  clauses: { entry: Entry }[];
}

export interface PreparedSet {
  documents: AlignDocument[];
  vocabulary: Vocabulary;
}

interface Draft {
  counts: TermCounts;
  content: Int32Array;
  parts: { counts: TermCounts; discount: number }[];
  units: { unit: ClauseUnit; words: string[]; counts: TermCounts; content: Int32Array }[];
}

/** The texts of a clause's parts: sentences, then comma-separated stretches of each sentence. */
function partTexts(entry: Entry): { text: string; discount: number; minimum: number }[][] {
  // A table's rows, read with their header, are its sentences.
  const rows = tableRowUnits(entry.clause.content);
  if (rows.length > 0) return [rows.map((row) => ({ text: row.text, discount: SENTENCE_DISCOUNT, minimum: 1 }))];
  const sentences = clauseSentences(entry.clause.text);
  const groups = [
    sentences.map((sentence) => ({ text: sentence, discount: SENTENCE_DISCOUNT, minimum: MIN_SENTENCE_WORDS })),
  ];
  for (const sentence of sentences) {
    groups.push(
      phrasesOf(sentence).map((phrase) => ({ text: phrase, discount: PHRASE_DISCOUNT, minimum: MIN_PHRASE_WORDS })),
    );
  }
  return groups;
}

/** How the documents' words become terms: alike in every document of the set. */
interface DocumentTerms {
  /** A text's words with the organisations' names masked and fixed expressions fused. */
  maskedWords: (text: string) => string[];
  /** The masked words of each clause, per document. */
  clauseWords: string[][][];
  /** A word reduced to its terms (compounds split, stems joined with their near spellings). */
  termsOfWord: (word: string) => readonly string[];
}

function documentTerms(policies: readonly Policy[], entries: readonly Entry[][]): DocumentTerms {
  const mask = nameMask(policies);
  // Fixed expressions first: their words are one term (expressions.ts), in every document alike. Each text once: two
  // versions of one law share most clauses, sentences and stretches word for word (the same words are then the same
  // array, which nothing changes).
  const maskedByText = new Map<string, string[]>();
  // Read back per document from the cache where it holds them (clause-words-cache.ts), else made when first read; so
  // are the words' dictionary splits, which spares a warm run the lemma table.
  const dictionarySplits = new Map<string, readonly string[] | null>();
  prepareClauseWords(entries, mask, maskedByText, dictionarySplits);
  const maskedWords = memoisedWords(maskedByText, mask);
  const clauseWords = entries.map((list) => list.map((entry) => maskedWords(entry.clause.text)));
  // Compounds are split only into words the documents use on their own, so every document splits alike.
  // In the order flat(2) gives, without its array of every word of both documents.
  const known = new Set<string>();
  for (const clauses of clauseWords) for (const words of clauses) for (const word of words) known.add(word);
  // Function words are neither split nor stemmed: they are matched (and silenced) as written.
  const stemsOfWord = (word: string): string[] =>
    isFunctionWord(word)
      ? [word]
      : (hasSynonyms(word) ? [word] : splitCompound(word, known, dictionarySplits)).map(term);
  // Each known word's stems once: the near stems are found among them, and its terms made of them.
  const stemsOfKnown = new Map<string, string[]>();
  for (const word of known) stemsOfKnown.set(word, stemsOfWord(word));
  const near = nearStems([...stemsOfKnown.values()].flat());
  // Words repeat across clauses, sentences and stretches: each is reduced to its terms once (text-counts.ts).
  const termsOfWord = (word: string): string[] =>
    (stemsOfKnown.get(word) ?? stemsOfWord(word)).map((stem) => near.get(stem) ?? stem);
  return { maskedWords, clauseWords, termsOfWord };
}

/**
 * A clause counted into the vocabulary: its term counts, its content terms, its parts and its units. Each array of
 * words is counted once (maskedWords gives the same text the same array, text-counts.ts): the counts of the same words
 * are the same, the terms they register are registered by the first.
 */
function draftClause(entry: Entry, words: readonly string[], terms: DocumentTerms, counted: TextCounts): Draft {
  const { maskedWords } = terms;
  const counts = counted.counts(words);
  const content = counted.content(words);
  const parts: Draft['parts'] = [];
  for (const group of partTexts(entry)) {
    const kept = group
      .map((part) => ({ ...part, words: maskedWords(part.text) }))
      .filter((part) => part.words.length >= part.minimum);
    // One sentence (or one long stretch) is the clause itself, or nearly: not a part.
    if (kept.length < 2) continue;
    for (const part of kept) parts.push({ counts: counted.counts(part.words), discount: part.discount });
  }
  const units = clauseUnits(entry.clause.text, entry.clause.content).map((unit) => {
    const unitWords = maskedWords(unit.text);
    const own = counted.counts(unitWords);
    return { unit, words: unitWords, counts: own, content: counted.content(unitWords) };
  });
  return { counts, content, parts, units };
}

/**
 * The vectors of term counts, with word pairs and triples (terms) and of words alone (words): each made once per
 * counts (see Counted), when first asked for. Only the clauses' and parts' term vectors are asked for before the score
 * matrix; the others wait until after it, or until this thread has the time while the helper computes rows
 * (meanwhile.ts). A vector is the same whenever it is made: the term weights are fixed once every clause is counted.
 */
interface Vectors {
  terms: (counts: TermCounts) => SparseVector;
  words: (counts: TermCounts) => SparseVector;
}

function vectorsOf(vocabulary: Vocabulary): Vectors {
  const terms = new Map<TermCounts, SparseVector>();
  const words = new Map<TermCounts, SparseVector>();
  const once =
    (made: Map<TermCounts, SparseVector>, wordsOnly: boolean) =>
    (counts: TermCounts): SparseVector => {
      let vector = made.get(counts);
      if (!vector) {
        vector = vocabulary.vector(counts, wordsOnly);
        made.set(counts, vector);
      }
      return vector;
    };
  return { terms: once(terms, false), words: once(words, true) };
}

/** A clause with its vectors, once the vocabulary has seen every clause of the set (the later ones made at need). */
function alignClause(entry: Entry, words: string[], draft: Draft, vectors: Vectors): AlignClause {
  const { counts } = draft;
  return {
    entry,
    words,
    counts,
    vector: vectors.terms(counts),
    get wordVector() {
      return vectors.words(counts);
    },
    contentTerms: draft.content,
    parts: draft.parts.map((part) => ({
      vector: vectors.terms(part.counts),
      get words() {
        return vectors.words(part.counts);
      },
      discount: part.discount,
    })),
    units: draft.units.map(({ unit, words: unitWords, counts: unitCounts, content }) => ({
      ...unit,
      words: unitWords,
      get vector() {
        return vectors.terms(unitCounts);
      },
      contentTerms: content,
    })),
  };
}

/** Makes every vector of the documents that alignClause left to be made at need (see Vectors). */
export function makeLaterVectors(documents: readonly AlignDocument[]): void {
  for (const document of documents) {
    for (const clause of document.clauses) {
      void clause.wordVector;
      for (const part of clause.parts) void part.words;
      for (const unit of clause.units) void unit.vector;
    }
  }
}

/**
 * draftClause, once per text for a clause without a table (drafted from its text alone): two versions of one law
 * share most clauses word for word.
 */
function draftOnce(terms: DocumentTerms, counted: TextCounts): (entry: Entry, words: readonly string[]) => Draft {
  const draftOfText = new Map<string, Draft>();
  return (entry, words) => {
    if (entry.clause.content.some((block) => block.type === 'table')) return draftClause(entry, words, terms, counted);
    let draft = draftOfText.get(entry.clause.text);
    if (!draft) {
      draft = draftClause(entry, words, terms, counted);
      draftOfText.set(entry.clause.text, draft);
    }
    return draft;
  };
}

/**
 * The clauses a comparison aligns: every clause but a heading written as text ("####Begripsbepalingen", a law export's
 * title line), which titles the clauses after it as a Markdown heading does and, like one, is no provision, but an
 * entry of a table of contents (read/contents-entries.ts), but a line that closes a regulation (its place and date,
 * signature or publication formula) or a lapsed article's "Vervallen." (read/closing-lines.ts), and
 * but a clause that shows no text (a law export's `<meta http-equiv=…>` line, HTML a reader never sees). On the page
 * each would stand as a rule "only here" (the empty one with no words at all), or "not found" where another document
 * words it otherwise.
 */
export function comparedEntries(policy: Policy): Entry[] {
  const entries = new Side(policy).entries;
  // A title line, written as text or an entry of a table of contents (read/contents-entries.ts), names a section.
  const titles = clauseTitles(policy, entries);
  const kept = entries.filter(
    (entry, e) =>
      entry.text.trim() !== '' &&
      statedText(entry.text) !== undefined &&
      !titles[e]?.isTitle &&
      !isClosingLine(entry.text),
  );
  return kept.length === entries.length ? entries : kept;
}

export function prepareDocuments(policies: readonly Policy[]): PreparedSet {
  const entries = policies.map(comparedEntries);
  const terms = documentTerms(policies, entries);
  const { clauseWords } = terms;

  const vocabulary = new Vocabulary(isFunctionWord);
  const counted = new TextCounts(vocabulary, terms.termsOfWord, term(ORGANISATION_TOKEN));
  const drafted = draftOnce(terms, counted);
  const drafts: Draft[][] = entries.map((list, order) =>
    list.map((entry, index) => {
      const draft = drafted(entry, clauseWords[order]?.[index] ?? []);
      // Every clause counts towards the document frequencies, the same words again as often as they stand.
      vocabulary.observe(draft.counts);
      return draft;
    }),
  );
  const vectors = vectorsOf(vocabulary);
  const labels = documentLabels(policies);
  const documents = policies.map((policy, order): AlignDocument => {
    const clauses = (entries[order] ?? []).map((entry, index) =>
      alignClause(entry, clauseWords[order]?.[index] ?? [], drafts[order]?.[index] as Draft, vectors),
    );
    const explicitIds = new Map<string, number>();
    clauses.forEach((clause, index) => {
      if (clause.entry.explicitId) explicitIds.set(clause.entry.ref.id, index);
    });
    const { key, name } = labelOf(labels, order, policy);
    return { key, name, order, policy, clauses, explicitIds };
  });
  return { documents, vocabulary };
}

function labelOf(labels: readonly DocumentLabel[], order: number, policy: Policy): { key: string; name: string } {
  return labels[order] ?? { key: `document-${order + 1}`, name: policy.meta.organisation };
}

/** The documents as prepareDocuments keys them, with their clause entries only: no terms, no vectors. */
export function keyedDocuments(policies: readonly Policy[]): KeyedDocument[] {
  const labels = documentLabels(policies);
  return policies.map((policy, order) => ({
    ...labelOf(labels, order, policy),
    order,
    policy,
    clauses: comparedEntries(policy).map((entry) => ({ entry })),
  }));
}
