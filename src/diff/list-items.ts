// A list item added or removed is said as one: "lijstpunt verwijderd" and "lijst van 5 naar 4 punten", not "artikel
// verwijderd" beside the article's number, which a board member reads as the whole article gone (issue 69 item 5).
import type { Clause } from '../model/policy.js';
import type { Side } from '../match/entries.js';
import type { Match } from './state.js';
import type { Reason } from './types.js';

/**
 * Whether a clause reads as an item of a list rather than a clause of its own: a bullet, an item under another
 * clause, or one labelled with a letter or roman numeral ("f."). A numbered clause of a section ("2.", "1.2") is the
 * policy's article or member, and said so.
 */
function isListItem(clause: Clause): boolean {
  if (clause.kind !== 'item') return false;
  return clause.list === 'bullet' || clause.depth > 0 || (clause.ownLabel === true && !/\d/.test(clause.label));
}

/** Each item of a side with the items of its list: the run of neighbours of one list style it stands in. */
function listsOf(side: Side): Map<Clause, readonly Clause[]> {
  const lists = new Map<Clause, readonly Clause[]>();
  const visit = (clauses: readonly Clause[]): void => {
    let run: Clause[] = [];
    for (const clause of clauses) {
      if (clause.kind !== 'item' || (run.length > 0 && run[0]?.list !== clause.list)) run = [];
      if (clause.kind === 'item') {
        run.push(clause);
        lists.set(clause, run);
      }
      visit(clause.children);
    }
  };
  const seen = new Set<unknown>();
  for (const entry of side.entries) {
    if (seen.has(entry.section)) continue;
    seen.add(entry.section);
    visit(entry.section.clauses);
  }
  return lists;
}

/** The sides' lists, and where each clause is among the side's entries, made once per diff when first asked. */
export class ListItems {
  private lists?: { old: Map<Clause, readonly Clause[]>; new: Map<Clause, readonly Clause[]> };
  private places?: Map<Clause, number>;

  constructor(
    private readonly oldSide: Side,
    private readonly newSide: Side,
    private readonly matchOf: (from: 'old' | 'new', index: number) => Match | undefined,
  ) {}

  private sides(): { old: Map<Clause, readonly Clause[]>; new: Map<Clause, readonly Clause[]> } {
    this.lists ??= { old: listsOf(this.oldSide), new: listsOf(this.newSide) };
    return this.lists;
  }

  private place(clause: Clause): number | undefined {
    if (!this.places) {
      this.places = new Map();
      for (const side of [this.oldSide, this.newSide])
        for (const entry of side.entries) this.places.set(entry.clause, entry.index);
    }
    return this.places.get(clause);
  }

  /**
   * Why an item of `from`'s side that the other side lacks is a change: the item, and its list's size in both
   * versions where another item of the list is found in the other one; undefined for a clause that is no list item.
   */
  reasons(from: 'old' | 'new', clause: Clause): Reason[] | undefined {
    if (!isListItem(clause)) return undefined;
    const lists = this.sides();
    const list = lists[from].get(clause) ?? [clause];
    const other = from === 'old' ? 'new' : 'old';
    const otherSide = from === 'old' ? this.newSide : this.oldSide;
    const said: Reason[] = [{ code: from === 'old' ? 'item-removed' : 'item-added', params: {} }];
    for (const sibling of list) {
      const index = sibling === clause ? undefined : this.place(sibling);
      const match = index === undefined ? undefined : this.matchOf(from, index);
      const there = match?.[other][0];
      if (there === undefined) continue;
      const otherList = lists[other].get(otherSide.entry(there).clause);
      if (!otherList || otherList.length === list.length) return said;
      const [before, after] = from === 'old' ? [list, otherList] : [otherList, list];
      said.push({ code: 'list-size-changed', params: { from: String(before.length), to: String(after.length) } });
      return said;
    }
    return said;
  }
}
