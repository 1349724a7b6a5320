// The one scale every kind of topic evidence maps onto (topic-scores.ts): at TOPIC_THRESHOLD a clause covers a topic,
// from CANDIDATE_FLOOR it is a candidate a person is asked about, and the bars each kind of evidence must reach. Apart
// from the scoring so that the title evidence (title-shares.ts) and the naming rules read the same bars.

/** The score from which a clause covers a topic. */
export const TOPIC_THRESHOLD = 0.5;
/** The score from which a clause is a candidate for a topic it does not cover (the unsure band's lower edge). */
export const CANDIDATE_FLOOR = 0.25;
/**
 * How far on either side of the threshold an assignment is near it, and asked about in the review queue: above, an
 * assignment on one signal of one word or on evidence just over a bar; below, every candidate from the floor up.
 */
export const TOPIC_MARGIN = TOPIC_THRESHOLD - CANDIDATE_FLOOR;
/** A title is about a topic from this share of its weight... */
export const TITLE_MIN = 0.35;
/** ...when no other topic takes more than 1 / TITLE_BEST of that share. */
export const TITLE_BEST = 0.85;
/** A title decides only with this much evidence (topic-evidence.ts titleMatch strength, rarity in the document weighed in). */
export const TITLE_STRENGTH = 0.6;
/** A title fitting more topics than this about equally (by TITLE_BEST) is about none of them ("Opgenomen gegevens"). */
export const TITLE_TIES = 2;
/** A title with this share is a candidate. */
export const TITLE_FLOOR = 0.25;
/** A sentence is about a topic from this strength (topic-evidence.ts textMatch, weighed by rarity in the document)... */
export const TEXT_MIN = 5;
/** ...with at least this many of its words on the topic, when no other topic is stronger than 1 / TEXT_BEST of it;
 * a sentence with fewer is not even a candidate. */
export const TEXT_WORDS = 2;
export const TEXT_BEST = 0.8;
/** A sentence of this strength is a candidate, when it has at least TEXT_WORDS words on the topic. */
export const TEXT_FLOOR = 2;
/**
 * A sentence restates a sentence a topic is defined by (restated-sentences.ts) where it holds this many of its content
 * words. Set on the tuning and added klachtenregelingen, codes of conduct and privacy statements of the hand labels
 * (docs/compare.md, *Topic evidence*): at 4 every candidate it decides there is labelled covered; at 3 three labelled
 * absent are decided too.
 */
export const RESTATED_WORDS = 4;
/** What a weak signal alone scores (topic-signals.ts): a candidate, halfway up the unsure band. */
export const WEAK_SIGNAL_SCORE = (CANDIDATE_FLOOR + TOPIC_THRESHOLD) / 2;
/** The score of a clause with no evidence for a topic (read only: shared by every such clause and topic). */
export const NO_SCORE: ClauseScore = Object.freeze({ score: 0, signals: Object.freeze([]) as unknown as string[] });

export interface ClauseScore {
  score: number;
  /** The topic's signals the clause or a title above it holds. */
  signals: string[];
  /** The title above the clause that is about the topic, when that is the evidence. */
  title?: string;
  /** The topic's keys a sentence holds, when that is the evidence. */
  words?: string[];
  /** 1-based sentences that carry the evidence, when only some do and no title covers the whole clause. */
  sentences?: number[];
  of?: number;
  /**
   * Below the threshold: the words of a sentence the topic is defined by that a sentence of the clause restates
   * (restated-sentences.ts), so that, the nearest candidate of a cell nothing covers, it covers the topic after all.
   */
  restated?: string[];
}

/** Maps a measure onto the scale: the floor at `floor`, the threshold at `min` (when `decides`), higher above. */
export function onScale(value: number, floor: number, min: number, decides: boolean, top: number): number {
  if (value >= min && decides) return TOPIC_THRESHOLD + (top - TOPIC_THRESHOLD) * Math.min(1, (value - min) / min);
  if (value >= floor)
    return CANDIDATE_FLOOR + (TOPIC_THRESHOLD - CANDIDATE_FLOOR) * Math.min(0.99, (value - floor) / (min - floor));
  return CANDIDATE_FLOOR * (value / floor);
}
