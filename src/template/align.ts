// Which clause of a school's policy carries which clause of the template, found by content when the school's copy
// has no IDs (the model text pasted into Word and edited) or other IDs. Template text is usually near-verbatim, so:
// author-written IDs both sides share first; then text equal in normal form or clearly similar, anywhere (one to
// one, src/match/assign.ts), preferring the same place and heading; then, between two matched clauses kept in
// order, the leftover clauses of that stretch by a lower bar (a placeholder filled in, a sentence added). Heading
// depth never counts: only clause text, reading order and heading titles do.
import { assignMaxWeight, type WeightedEdge } from '../match/assign.js';
import type { Policy } from '../model/policy.js';
import { sectionPath, type ClauseVisit } from '../model/walk.js';
import { normalise } from '../text/normalise.js';
import { containment, profileOfNormal, profileSimilarity, type TextProfile } from '../text/similarity.js';

/**
 * How a pair was found: shared author-written id, equal normal form, similar text, similar text in place, or a
 * clause the school merged with its neighbour (two template paragraphs in one) or split (one in two).
 */
export type PairEvidence = 'id' | 'text' | 'similar' | 'in-place' | 'merged';

export interface ClausePair {
  /** Indexes into the template's and the policy's clause lists (reading order). */
  template: number;
  policy: number;
  evidence: PairEvidence;
  /** 0..1 on the normal forms (1 = equal); not computed for a pair found by id. */
  similarity?: number;
  /** Outside the longest run of pairs that keeps the template's order: the school moved the clause. */
  moved: boolean;
}

export interface ClauseAlignment {
  pairs: ClausePair[];
  byTemplate: Map<number, ClausePair>;
  byPolicy: Map<number, ClausePair>;
}

/** Similar enough to pair anywhere in the document. */
const SIMILAR_ANYWHERE = 0.5;
/** Similar enough to pair between two pairs that bracket both clauses in order. */
const SIMILAR_IN_PLACE = 0.35;
/** A clause of at least this many word pairs found whole inside a longer one counts as nearly that similar. */
const CONTAINED_MIN_PAIRS = 3;
/** Share of a clause's word pairs found in its neighbour's counterpart for it to count as merged into it. */
const MERGED_SHARE = 0.5;
/** Fewer words than this beyond the partner's is a reworded clause, not two merged. */
const MERGED_MIN_WORDS = 3;
/** Under the same heading title, the only leftovers of a stretch pair at this lower bar (a rewritten table). */
const SIMILAR_UNDER_SAME_HEADING = 0.2;
/** Words in a template clause short enough to be a placeholder ("Je hebt ..."). */
const PLACEHOLDER_MAX_WORDS = 3;
const CONTAINED_WEIGHT = 0.85;

/** One side's clauses, with their profiles and heading titles worked out when first asked for. */
class Side {
  private readonly profileCache: (TextProfile | undefined)[] = [];
  private readonly titleCache = new Map<ClauseVisit['section'], string>();

  constructor(
    readonly policy: Policy,
    readonly visits: readonly ClauseVisit[],
  ) {}

  profile(index: number): TextProfile {
    let profile = this.profileCache[index];
    if (!profile) {
      profile = profileOfNormal(normalise(this.visits[index]?.clause.text ?? ''));
      this.profileCache[index] = profile;
    }
    return profile;
  }

  /** The innermost heading's title only: a heading one level deeper or shallower is the same heading. */
  title(index: number): string {
    const section = this.visits[index]?.section;
    if (!section) return '';
    let title = this.titleCache.get(section);
    if (title === undefined) {
      title = normalise(sectionPath(this.policy, section).at(-1)?.title ?? '');
      this.titleCache.set(section, title);
    }
    return title;
  }
}

/**
 * Text similarity, with a short clause found inside a longer one (a sentence added or cut) counting too. Word
 * pairs, not words, are what must be found: "the", "will" and "security" are in every long clause.
 */
function clauseSimilarity(a: TextProfile, b: TextProfile): number {
  const similarity = profileSimilarity(a, b);
  const [shorter, longer] = a.bigrams.size <= b.bigrams.size ? [a, b] : [b, a];
  if (shorter.bigrams.size < CONTAINED_MIN_PAIRS) return similarity;
  return Math.max(similarity, CONTAINED_WEIGHT * containment(shorter.bigrams, longer.bigrams));
}

/** Indexes (into `pairs`, sorted by template) of the longest run whose policy positions also increase. */
function longestInOrder(pairs: readonly ClausePair[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(pairs.length).fill(-1);
  pairs.forEach((pair, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((pairs[tails[middle] ?? 0]?.policy ?? 0) < pair.policy) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1;
    tails[low] = index;
  });
  const chain = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index] ?? -1) chain.add(index);
  return chain;
}

function ordered(pairs: Iterable<ClausePair>): ClausePair[] {
  return [...pairs].sort((a, b) => a.template - b.template);
}

/** The pairs found so far, looked up from either side. */
interface Pairing {
  ours: Side;
  theirs: Side;
  byTemplate: Map<number, ClausePair>;
  byPolicy: Map<number, ClausePair>;
}

function addPair(pairing: Pairing, pair: ClausePair): void {
  pairing.byTemplate.set(pair.template, pair);
  pairing.byPolicy.set(pair.policy, pair);
}

/** 1. Author-written ids both sides share (what adapt wrote, or what fmt --template wrote): trusted as they are. */
function pairByIds(
  pairing: Pairing,
  templateVisits: readonly ClauseVisit[],
  policyVisits: readonly ClauseVisit[],
): void {
  const explicit = new Map<string, number>();
  policyVisits.forEach(({ clause }, index) => {
    if (!clause.synthetic && !explicit.has(clause.id)) explicit.set(clause.id, index);
  });
  templateVisits.forEach(({ clause }, index) => {
    const found = clause.synthetic ? undefined : explicit.get(clause.id);
    if (found === undefined) return;
    addPair(pairing, { template: index, policy: found, evidence: 'id', moved: false });
  });
}

/**
 * 2. Equal or clearly similar text anywhere, one to one; place and heading break ties between equal candidates.
 * Returns the similarities worked out (`t:p`), which the next step reuses.
 */
function pairBySimilarText(pairing: Pairing, templateSize: number, policySize: number): Map<string, number> {
  const { ours, theirs, byTemplate, byPolicy } = pairing;
  const relative = (index: number, size: number): number => (size <= 1 ? 0 : index / (size - 1));
  const similarities = new Map<string, number>();
  const edges: WeightedEdge[] = [];
  for (let t = 0; t < templateSize; t++) {
    if (byTemplate.has(t)) continue;
    const mine = ours.profile(t);
    if (mine.normal === '') continue;
    for (let p = 0; p < policySize; p++) {
      if (byPolicy.has(p)) continue;
      const other = theirs.profile(p);
      const similarity = clauseSimilarity(mine, other);
      if (similarity < SIMILAR_IN_PLACE) continue;
      similarities.set(`${t}:${p}`, similarity);
      if (similarity < SIMILAR_ANYWHERE) continue;
      const place = 1 - Math.abs(relative(t, templateSize) - relative(p, policySize));
      const heading = ours.title(t) !== '' && ours.title(t) === theirs.title(p) ? 1 : 0;
      const equal = mine.normal === other.normal ? 1 : 0;
      edges.push({ old: t, new: p, weight: similarity + equal + 0.1 * heading + 0.1 * place });
    }
  }
  for (const edge of assignMaxWeight(edges)) {
    const similarity = similarities.get(`${edge.old}:${edge.new}`) ?? 0;
    addPair(pairing, {
      template: edge.old,
      policy: edge.new,
      evidence: similarity === 1 ? 'text' : 'similar',
      similarity,
      moved: false,
    });
  }
  return similarities;
}

/** 3. Between two in-order pairs, what is left on both sides of that stretch pairs at a lower bar. */
function pairInGaps(
  pairing: Pairing,
  templateSize: number,
  policySize: number,
  similarities: ReadonlyMap<string, number>,
): void {
  const { ours, theirs, byTemplate, byPolicy } = pairing;
  const chain = ordered(byTemplate.values());
  const inOrder = longestInOrder(chain);
  const anchors = chain.filter((_, index) => inOrder.has(index));
  for (let gap = 0; gap <= anchors.length; gap++) {
    const before = anchors[gap - 1];
    const after = anchors[gap];
    const gapEdges: WeightedEdge[] = [];
    const fromT = before ? before.template + 1 : 0;
    const toT = after ? after.template : templateSize;
    const fromP = before ? before.policy + 1 : 0;
    const toP = after ? after.policy : policySize;
    for (let t = fromT; t < toT; t++) {
      if (byTemplate.has(t)) continue;
      for (let p = fromP; p < toP; p++) {
        if (byPolicy.has(p)) continue;
        const similarity =
          similarities.get(`${t}:${p}`) ??
          Math.max(
            placeholderFit(ours.profile(t), theirs.profile(p)),
            clauseSimilarity(ours.profile(t), theirs.profile(p)),
          );
        const sameHeading = ours.title(t) !== '' && ours.title(t) === theirs.title(p);
        const bar = sameHeading ? SIMILAR_UNDER_SAME_HEADING : SIMILAR_IN_PLACE;
        if (similarity >= bar) gapEdges.push({ old: t, new: p, weight: similarity });
      }
    }
    for (const edge of assignMaxWeight(gapEdges))
      addPair(pairing, {
        template: edge.old,
        policy: edge.new,
        evidence: 'in-place',
        similarity: edge.weight,
        moved: false,
      });
  }
}

/**
 * Pairs the template's clauses with the policy's. `templateVisits` and `policyVisits` are allClauses() of each (the
 * template already filled with the school's values, so a filled-in variable is not a difference).
 */
export function alignClauses(
  template: Policy,
  templateVisits: readonly ClauseVisit[],
  policy: Policy,
  policyVisits: readonly ClauseVisit[],
): ClauseAlignment {
  const pairing: Pairing = {
    ours: new Side(template, templateVisits),
    theirs: new Side(policy, policyVisits),
    byTemplate: new Map<number, ClausePair>(),
    byPolicy: new Map<number, ClausePair>(),
  };
  const { ours, theirs, byTemplate, byPolicy } = pairing;
  pairByIds(pairing, templateVisits, policyVisits);
  const similarities = pairBySimilarText(pairing, templateVisits.length, policyVisits.length);
  pairInGaps(pairing, templateVisits.length, policyVisits.length, similarities);

  const pairs = ordered(byTemplate.values());
  const kept = longestInOrder(pairs);
  pairs.forEach((pair, index) => {
    pair.moved = !kept.has(index);
  });
  joinNeighbours(ours, theirs, byTemplate, byPolicy);
  return { pairs: ordered(byTemplate.values()), byTemplate, byPolicy };
}

/**
 * Two template paragraphs the school wrote as one (or one it wrote as two): the leftover clause next to a pair,
 * most of whose word pairs are in the other side's clause of that pair, belongs to that pair.
 */
function joinNeighbours(
  ours: Side,
  theirs: Side,
  byTemplate: Map<number, ClausePair>,
  byPolicy: Map<number, ClausePair>,
): void {
  const inside = (part: TextProfile | undefined, whole: TextProfile | undefined): boolean =>
    part !== undefined &&
    whole !== undefined &&
    part.bigrams.size > 0 &&
    containment(part.bigrams, whole.bigrams) >= MERGED_SHARE;
  // What the school's clause says beyond its partner: if that is mostly this template clause's words, it is merged.
  const rest = (part: TextProfile | undefined, whole: TextProfile | undefined, partner: TextProfile | undefined) => {
    if (!part || !whole || !partner) return false;
    const extra = new Set([...whole.unigrams].filter((word) => !partner.unigrams.has(word)));
    return extra.size >= MERGED_MIN_WORDS && containment(extra, part.unigrams) >= MERGED_SHARE;
  };
  for (let t = 0; t < ours.visits.length; t++) {
    if (byTemplate.has(t)) continue;
    const neighbour = byTemplate.get(t - 1) ?? byTemplate.get(t + 1);
    if (!neighbour || neighbour.evidence === 'merged') continue;
    const theirClause = theirs.profile(neighbour.policy);
    if (!inside(ours.profile(t), theirClause) && !rest(ours.profile(t), theirClause, ours.profile(neighbour.template)))
      continue;
    const similarity = clauseSimilarity(ours.profile(t), theirs.profile(neighbour.policy) as TextProfile);
    byTemplate.set(t, {
      template: t,
      policy: neighbour.policy,
      evidence: 'merged',
      similarity,
      moved: neighbour.moved,
    });
  }
  for (let p = 0; p < theirs.visits.length; p++) {
    if (byPolicy.has(p)) continue;
    const neighbour = byPolicy.get(p - 1) ?? byPolicy.get(p + 1);
    if (!neighbour || neighbour.evidence === 'merged') continue;
    if (inside(theirs.profile(p), ours.profile(neighbour.template))) byPolicy.set(p, neighbour);
  }
}

/**
 * A short template clause whose every word opens the policy's clause ("Je hebt ..." → "Je hebt een minimale norm
 * …"): a placeholder the school completed. Scored at the in-place bar, so only a bracketed stretch accepts it.
 */
function placeholderFit(template: TextProfile | undefined, policy: TextProfile | undefined): number {
  if (!template || !policy || template.words.length === 0 || template.words.length > PLACEHOLDER_MAX_WORDS) return 0;
  const opening = policy.words.slice(0, template.words.length).join(' ');
  return opening === template.normal ? SIMILAR_IN_PLACE : 0;
}
