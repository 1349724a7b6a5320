// Which splits (pairwise.ts) the links already made leave open, told before a candidate is weighed. applySplits takes
// a split only where the whole and its two parts are free or linked among themselves by one text link; its map of
// who is linked to whom only ever points a clause at a new split link, never frees one, so a candidate these links
// rule out stays ruled out, whatever applySplits takes before it. Two versions of one law link most clauses to their
// twin word for word (Boek 2 BW: of 4,292 adjacent pairs, almost all have both parts linked apart), and weighing a
// whole against such parts (the containment of each, the joined vector) was most of the splits' time for nothing.
/** A link as applySplits reads it. */
interface SplitLink {
  left: readonly number[];
  right: readonly number[];
  score: number;
  via: string;
}

type Side = 'left' | 'right';

export class SplitOpenings {
  private readonly linkOfWhole = new Map<number, SplitLink>();
  private readonly linkOfPart = new Map<number, SplitLink>();
  private readonly partSide: Side;

  /** `links` as applySplits is given them, the wholes on `wholeSide`; `gain` its SPLIT_GAIN. */
  constructor(
    links: readonly SplitLink[],
    private readonly wholeSide: Side,
    private readonly gain: number,
  ) {
    this.partSide = wholeSide === 'left' ? 'right' : 'left';
    // As applySplits maps them: a clause in two links is the later one's.
    for (const link of links) {
      for (const index of link[wholeSide]) this.linkOfWhole.set(index, link);
      for (const index of link[this.partSide]) this.linkOfPart.set(index, link);
    }
  }

  /** The one link among those given (undefined: none), or null where they are two: applySplits skips those. */
  private static theOne(links: readonly (SplitLink | undefined)[]): SplitLink | undefined | null {
    let one: SplitLink | undefined;
    for (const link of links) {
      if (link === undefined) continue;
      if (one !== undefined && one !== link) return null;
      one = link;
    }
    return one;
  }

  /** False where no whole can be split into `first` and `first + 1`: they are linked apart, or by a split or an id. */
  partsOpen(first: number): boolean {
    const one = SplitOpenings.theOne([this.linkOfPart.get(first), this.linkOfPart.get(first + 1)]);
    return one === undefined || (one !== null && one.via !== 'split' && one.via !== 'id');
  }

  /** False where applySplits must skip splitting `whole` into `first` and `first + 1`, its cosine being at most 1. */
  open(whole: number, first: number): boolean {
    const existing = SplitOpenings.theOne([
      this.linkOfWhole.get(whole),
      this.linkOfPart.get(first),
      this.linkOfPart.get(first + 1),
    ]);
    if (existing === undefined) return true;
    if (existing === null || existing.via === 'split' || existing.via === 'id') return false;
    if (!existing[this.wholeSide].includes(whole)) return false;
    const toPart = existing[this.partSide].includes(first) || existing[this.partSide].includes(first + 1);
    // Away from a part, the split must beat the link by `gain`: no cosine can beat one scoring above 1 - gain.
    return toPart || !(existing.score + this.gain > 1);
  }
}
