// Which heading of the new version is which of the old one, for a revision's tracked headings: sections with the
// same id, else the section most of whose clauses came from one old section (a heading whose id changed with its
// words). A section of the new version with no old one is inserted; an old one with no new one is deleted where it
// stood; one whose place among the others changed is deleted there and inserted here, as a moved clause is; a kept
// one whose words changed shows them as a redline.
import type { Policy, Section } from '../../model/policy.js';
import { allSections } from '../../model/walk.js';

export interface SectionPlan {
  /** New section id → the old section it continues, when it still stands where it stood. */
  kept: Map<string, Section>;
  /** Old section id → new section id, for those kept. */
  keptIds: Map<string, string>;
}

/** The headed sections (not the preamble) in reading order. */
const headed = (policy: Policy): Section[] => allSections(policy).slice(1);

/** Pairs by id, then by where the clauses of a new section came from. */
function pairSections(
  olds: readonly Section[],
  news: readonly Section[],
  cameFrom: (newClauseId: string) => readonly string[],
): Map<Section, Section> {
  const pairs = new Map<Section, Section>();
  const oldById = new Map(olds.map((section) => [section.id, section]));
  const taken = new Set<Section>();
  for (const section of news) {
    const old = oldById.get(section.id);
    if (old) {
      pairs.set(section, old);
      taken.add(old);
    }
  }
  const oldOfClause = new Map<string, Section>();
  for (const section of olds) for (const clause of section.clauses) oldOfClause.set(clause.id, section);
  for (const section of news) {
    if (pairs.has(section)) continue;
    const votes = new Map<Section, number>();
    for (const clause of section.clauses)
      for (const id of cameFrom(clause.id)) {
        const old = oldOfClause.get(id);
        if (old && !taken.has(old)) votes.set(old, (votes.get(old) ?? 0) + 1);
      }
    const [best] = [...votes].sort((a, b) => b[1] - a[1]);
    if (best && best[1] * 2 > section.clauses.length) {
      pairs.set(section, best[0]);
      taken.add(best[0]);
    }
  }
  return pairs;
}

/** Indexes (into `order`) of a longest increasing run of values: the pairs that kept their order. */
function longestIncreasing(order: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(order.length).fill(-1);
  for (let index = 0; index < order.length; index++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (order[tails[middle]!]! < order[index]!) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  }
  const out = new Set<number>();
  for (let at = tails[tails.length - 1] ?? -1; at >= 0; at = previous[at]!) out.add(at);
  return out;
}

/**
 * The old section each new one continues in place. `cameFrom` gives the old clause ids a new clause came from (its
 * own, a moved or reworded one's, a split's or a merge's).
 */
export function planSections(
  oldPolicy: Policy,
  newPolicy: Policy,
  cameFrom: (newClauseId: string) => readonly string[],
): SectionPlan {
  const olds = headed(oldPolicy);
  const news = headed(newPolicy);
  const position = new Map(news.map((section, index) => [section, index]));
  const pairs = [...pairSections(olds, news, cameFrom)].sort((a, b) => position.get(a[0])! - position.get(b[0])!);
  // In the new version's order, the old positions that still increase kept their place; the others moved.
  const inPlace = longestIncreasing(pairs.map(([, old]) => olds.indexOf(old)));
  const kept = new Map<string, Section>();
  const keptIds = new Map<string, string>();
  pairs.forEach(([section, old], index) => {
    if (!inPlace.has(index)) return;
    kept.set(section.id, old);
    keptIds.set(old.id, section.id);
  });
  return { kept, keptIds };
}
