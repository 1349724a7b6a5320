// A sentence that leaves a clause for a paragraph of its own. The clause still pairs with what is left of it (a
// close match, text removed), and the sentence stands alone elsewhere: next door, or under another heading. Read
// as "sentence removed here, new clause added there" it is a false substantive addition; it is a split (a moved
// one when the sentence went elsewhere). The mirror, a paragraph that joins another clause as its last sentence,
// is a merge. The sentence may change on the way ("Laatste update: 27 november 2020" → "… 15 maart 2021").
import { RareWordIndex } from './candidates.js';
import type { MatchState } from './state.js';
import { type Candidate, type Direction, isOneToOne, viewOf } from './split-view.js';
import { normalise } from '../text/normalise.js';
import { splitSentences } from '../text/sentences.js';
import { containment, dice, profileOfNormal, profileSimilarity } from '../text/similarity.js';
import { SPLIT_MIN } from './split-view.js';

/** A sentence of the whole is still in the part it paired with when this share of its words is there. */
const KEPT = 0.6;
/**
 * How close the sentences that left must be to the clause they became: next door (shared words: a short sentence
 * whose date changed shares few word pairs), and anywhere else (words and word pairs).
 */
const LEFT_NEARBY = 0.35;
const LEFT_ELSEWHERE = 0.6;

/** The sentences of the whole that its partner does not contain, as one normal form ('' when none or all left). */
function sentencesThatLeft(wholeText: string, partWords: ReadonlySet<string>): string {
  const sentences = splitSentences(wholeText)
    .map((sentence) => normalise(sentence))
    .filter(Boolean);
  if (sentences.length < 2) return '';
  const left = sentences.filter((sentence) => containment(new Set(sentence.split(' ')), partWords) < KEPT);
  return left.length === 0 || left.length === sentences.length ? '' : left.join(' ');
}

export function findSentenceCandidates(state: MatchState, direction: Direction): Candidate[] {
  const view = viewOf(state, direction);
  const { whole, parts, partMatch } = view;
  const free: number[] = [];
  partMatch.forEach((id, index) => {
    if (id === -1) free.push(index);
  });
  if (free.length === 0) return [];
  const index = new RareWordIndex(parts, free);
  const candidates: Candidate[] = [];
  for (const match of state.matches) {
    if (!isOneToOne(match) || match.similarity >= 1) continue;
    const [wholeIndex = 0] = view.wholeOf(match);
    const [kept = 0] = view.partsOf(match);
    const left = sentencesThatLeft(whole.entry(wholeIndex).text, parts.profile(kept).unigrams);
    if (left === '') continue;
    const leftProfile = profileOfNormal(left);
    const keptEntry = parts.entry(kept);
    for (const part of index.lookup(leftProfile.unigrams)) {
      const nearby = Math.abs(part - kept) === 1 && parts.entry(part).section === keptEntry.section;
      const close = nearby
        ? dice(leftProfile.unigrams, parts.profile(part).unigrams) >= LEFT_NEARBY
        : profileSimilarity(leftProfile, parts.profile(part)) >= LEFT_ELSEWHERE;
      if (!close) continue;
      const ordered = part < kept ? [part, kept] : [kept, part];
      const joined = profileOfNormal(ordered.map((at) => parts.normal(at)).join(' '));
      const similarity = profileSimilarity(whole.profile(wholeIndex), joined);
      if (similarity < SPLIT_MIN) continue;
      candidates.push({ direction, whole: wholeIndex, parts: ordered, similarity });
    }
  }
  return candidates;
}
