// Section headings between two versions (issue 39 item 3): a heading narrows or widens what the clauses under it
// mean ("Beelden" → "Beelden van derden"), so a heading reworded, added, removed or moved is a change like a
// clause's, with `heading: true`. Headings are paired by an id the author wrote, then by the same title at the same
// depth (once on each side), by the section their clauses went to (moves.ts), by the section their sub-sections went
// to, by the same words under the same parent, and last a lone heading left on each side between the same paired
// neighbours (a heading over sub-sections only, reworded). Title before clauses: a section a move emptied keeps its
// heading, so diff(b, a) mirrors diff(a, b).
// A heading whose number alone changed follows from an insertion above, as a clause's does, and one only a level up or
// down stands where it stood: neither is a change of its own.
import type { Section } from '../model/policy.js';
import type { Side } from '../match/entries.js';
import type { ClauseRef } from '../match/types.js';
import { normalise } from '../text/normalise.js';
import { readerText } from '../text/reader-text.js';
import { textSimilarity } from '../text/similarity.js';
import { compareTexts, type ClassifyContext } from './classify.js';
import { judgeRedline } from './significance.js';
import type { Lexicon } from '../text/lexicon.js';
import { increasing, MaxPrefixTree } from './moves.js';
import type { ChangeKind, ClauseChange } from './types.js';
import { typedNumber } from '../model/typed-number.js';

/** One heading of a version, where it stands. */
interface Site {
  section: Section;
  parent: Section | undefined;
  /** Titles of the headings above it, outermost first. */
  path: string[];
  /** How many clauses (sub-clauses included) come before it in reading order: its place among the clause entries. */
  at: number;
  /** Its place among the version's headings. */
  order: number;
  /** Its words, to pair it (wordsOf): read when first asked, as most headings pair by their section alone. */
  readonly words: string;
}

/**
 * Each title's words (wordsOf), worked out once for both versions: most headings of two versions of a law have the
 * same title, and pairing by words reads nearly all of them (BGB 2012→2013: 2 × 2,400 headings).
 */
type WordsByTitle = Map<string, string>;

/** A site whose words are read from its title when first asked, then kept. */
class HeadingSite implements Site {
  private known: string | undefined;

  constructor(
    readonly section: Section,
    readonly parent: Section | undefined,
    readonly path: string[],
    readonly at: number,
    readonly order: number,
    private readonly wordsByTitle: WordsByTitle,
  ) {}

  get words(): string {
    if (this.known === undefined) {
      const { title } = this.section;
      let words = this.wordsByTitle.get(title);
      if (words === undefined) {
        words = wordsOf(this.section);
        this.wordsByTitle.set(title, words);
      }
      this.known = words;
    }
    return this.known;
  }
}

function countClauses(clauses: Section['clauses']): number {
  let count = 0;
  for (const clause of clauses) count += 1 + countClauses(clause.children);
  return count;
}

/** The headings of a version in reading order (the order collectEntries reads the clauses in). */
function sitesOf(side: Side, wordsByTitle: WordsByTitle): Site[] {
  const { policy } = side;
  const sites: Site[] = [];
  let at = countClauses(policy.preamble.clauses);
  const visit = (sections: readonly Section[], parent: Section | undefined, path: string[]): void => {
    for (const section of sections) {
      sites.push(new HeadingSite(section, parent, path, at, sites.length, wordsByTitle));
      at += countClauses(section.clauses);
      visit(section.sections, section, [...path, section.title]);
    }
  };
  visit(policy.sections, undefined, []);
  return sites;
}

/** The heading's words as a reader sees them, spacing as one space, without a number typed before them. */
function shownWords(section: Section): string {
  // In normal form C, as the clauses' texts are compared (match/entries.ts): "privé" typed as e + a combining accent
  // is the same word a reader sees.
  const title = readerText(section.title).normalize('NFC');
  const number = typedNumber(title);
  const words = number === undefined ? title : title.slice(title.indexOf(number) + number.length);
  return words.replace(/^[\s.):]+/, '');
}

/** The same heading's words, to pair headings: also case, accents and punctuation left out. */
function wordsOf(section: Section): string {
  return normalise(shownWords(section));
}

class Pairing {
  readonly partner = new Map<Site, Site>();
  private readonly taken = new Set<Site>();

  link(from: Site, to: Site): void {
    if (this.partner.has(from) || this.taken.has(to)) return;
    this.partner.set(from, to);
    this.taken.add(to);
  }

  has(site: Site): boolean {
    return this.partner.has(site) || this.taken.has(site);
  }
}

/**
 * Pairs the headings that are one heading on each side by what names them: the same id (the author's, not one the
 * parser made up), then the same title at the same depth; each only where it is found once on each side.
 */
function pairByName(oldSites: Site[], newSites: Site[], pairing: Pairing): void {
  const unique = (sites: Site[], keyOf: (site: Site) => string | undefined): Map<string, Site | null> => {
    const byKey = new Map<string, Site | null>();
    for (const site of sites) {
      const key = pairing.has(site) ? undefined : keyOf(site);
      if (key !== undefined) byKey.set(key, byKey.has(key) ? null : site);
    }
    return byKey;
  };
  const keys = [
    (site: Site): string | undefined => (site.section.synthetic ? undefined : site.section.id),
    (site: Site): string | undefined => (site.words === '' ? undefined : `${site.section.depth}\u0000${site.words}`),
  ];
  for (const keyOf of keys) {
    const newByKey = unique(newSites, keyOf);
    for (const [key, site] of unique(oldSites, keyOf)) {
      const to = newByKey.get(key);
      if (site && to) pairing.link(site, to);
    }
  }
}

/** Each old heading's partner in the new version (see the top of this file); unpaired ones came or went. */
function pairHeadings(oldSites: Site[], newSites: Site[], sectionMap: ReadonlyMap<Section, Section>): Map<Site, Site> {
  const pairing = new Pairing();
  const newBySection = new Map(newSites.map((site) => [site.section, site]));
  const oldBySection = new Map(oldSites.map((site) => [site.section, site]));
  // By name before where the clauses went: a section a move emptied must not lend its title to another.
  pairByName(oldSites, newSites, pairing);
  for (const site of oldSites) {
    const to = newBySection.get(sectionMap.get(site.section) as Section);
    if (to) pairing.link(site, to);
  }
  // A heading over sub-sections only: where its sub-sections went, deepest first so a chain pairs up level by level.
  for (const site of [...oldSites].sort((a, b) => b.path.length - a.path.length)) {
    if (pairing.has(site)) continue;
    const votes = new Map<Site, number>();
    for (const child of site.section.sections) {
      const to = pairing.partner.get(oldBySection.get(child) as Site)?.parent;
      const parent = to ? newBySection.get(to) : undefined;
      if (parent) votes.set(parent, (votes.get(parent) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (best && !pairing.has(best)) pairing.link(site, best);
  }
  // The same words under the same (paired) parent.
  const parentPartner = (site: Site): Site | undefined =>
    site.parent ? pairing.partner.get(oldBySection.get(site.parent) as Site) : undefined;
  const newByWords = new Map<string, Site[]>();
  for (const site of newSites) {
    // A heading of a number only ("Artikel 3") has no words to pair it by.
    if (pairing.has(site) || site.words === '') continue;
    const list = newByWords.get(site.words);
    if (list) list.push(site);
    else newByWords.set(site.words, [site]);
  }
  for (const site of oldSites) {
    if (pairing.has(site)) continue;
    const parent = parentPartner(site);
    const to = newByWords
      .get(site.words)
      ?.find(
        (other) =>
          !pairing.has(other) &&
          (other.parent === undefined ? site.parent === undefined : parent?.section === other.parent),
      );
    if (to) pairing.link(site, to);
  }
  pairLoneHeadings(oldSites, newSites, pairing);
  return pairing.partner;
}

/** Between two paired neighbours, one unpaired heading on each side at the same level: the same heading, reworded. */
function pairLoneHeadings(oldSites: Site[], newSites: Site[], pairing: Pairing): void {
  let lastOld = -1;
  let lastNew = -1;
  const flush = (oldEnd: number, newEnd: number): void => {
    const olds = oldSites.slice(lastOld + 1, oldEnd).filter((site) => !pairing.has(site));
    const news = newSites.slice(lastNew + 1, newEnd).filter((site) => !pairing.has(site));
    const [first] = olds;
    const [other] = news;
    if (olds.length === 1 && news.length === 1 && first && other && first.section.depth === other.section.depth)
      pairing.link(first, other);
  };
  for (const site of oldSites) {
    const to = pairing.partner.get(site);
    if (!to || to.order <= lastNew) continue;
    flush(site.order, to.order);
    lastOld = site.order;
    lastNew = to.order;
  }
  flush(oldSites.length, newSites.length);
}

/**
 * The length of the text a heading heads, its sub-sections included: what moves with it. Each section's length is
 * kept in `known`, so the headings of a deep outline (Buch, Abschnitt, Titel, Untertitel, §) count each clause once,
 * not once per heading above it.
 */
function textUnder(section: Section, known: Map<Section, number>): number {
  const kept = known.get(section);
  if (kept !== undefined) return kept;
  const clauses = (list: Section['clauses']): number =>
    list.reduce((sum, clause) => sum + clause.text.length + clauses(clause.children), 0);
  const length = clauses(section.clauses) + section.sections.reduce((sum, child) => sum + textUnder(child, known), 0);
  known.set(section, length);
  return length;
}

/**
 * Pairs whose order among the other pairs changed: off the heaviest chain increasing in both versions, as clause
 * moves are found (moves.ts). A heading counts for about one; the text under it breaks ties, so of two swapped
 * sections the shorter one moved, as its clauses did.
 */
function outOfOrder(pairs: readonly [Site, Site][], oldSize: number): Set<Site> {
  const sorted = [...pairs].sort((a, b) => a[1].order - b[1].order);
  // Every pair in the same order in both versions: the heaviest chain is all of them (see moves.ts).
  if (increasing(sorted, ([old]) => old.order)) return new Set();
  const tree = new MaxPrefixTree(oldSize);
  const previous = new Int32Array(sorted.length).fill(-1);
  const total = new Float64Array(sorted.length);
  let bestEnd = -1;
  const lengths = new Map<Section, number>();
  sorted.forEach(([old], index) => {
    tree.query(old.order);
    total[index] = tree.bestValue + 1 + textUnder(old.section, lengths) / 1e9;
    previous[index] = tree.bestOwner;
    tree.update(old.order, total[index] ?? 0, index);
    if (bestEnd === -1 || (total[index] ?? 0) > (total[bestEnd] ?? 0)) bestEnd = index;
  });
  const chain = new Set<number>();
  for (let index = bestEnd; index !== -1; index = previous[index] ?? -1) chain.add(index);
  return new Set(sorted.filter((_, index) => !chain.has(index)).map(([, to]) => to));
}

/** A heading as the change names it: its section's id, the number shown with it, its words, the headings above. */
function refOf(site: Site, sectionsNumbered: boolean): ClauseRef {
  const { section } = site;
  const shownNumber = sectionsNumbered && typedNumber(section.title) === undefined ? section.number : '';
  return {
    id: section.id,
    synthetic: section.synthetic,
    number: shownNumber,
    sectionPath: site.path,
    sectionId: site.parent?.id ?? '',
    text: readerText(section.title),
    line: section.position?.start.line ?? 0,
  };
}

/** A heading change and where it goes among the clause changes (see diff.ts: `at` in the new version's order). */
export interface PlacedHeading {
  change: ClauseChange;
  /** Before the clause entry it stands before in the new version; a removed one where its old place went. */
  at: number;
  tier: number;
  oldIndex: number;
}

/** Where the place of a clause entry of one version went in the other, from the matching (diff.ts). */
export interface Places {
  /** Where a removed heading that stood before old clause entry i goes among the changes. */
  removedAt(oldIndex: number): { at: number; tier: number };
  /** The new version's clause entries either side of where the place before old clause entry i went. */
  newAround(oldIndex: number): [number, number];
  /** The old version's clause entries either side of where the place before new clause entry i was. */
  oldAround(newIndex: number): [number, number];
}

/**
 * Why a reworded heading matters, judged as a clause's words are (judgeRedline): a figure, a role, a duty, a negation,
 * a word turned into its opposite, and also words that came, went or were replaced ("Reikwijdte" → "Reikwijdte en
 * uitzonderingen", "Behandeling door de klachtencommissie" → "Behandeling"): a heading says what the clauses under it
 * are about. Spelling, punctuation, case and a fuller abbreviation stay editorial. A heading is a few words, so one
 * reworded whole ("Klachtn" → "Klachten", "Process" → "Moderation") is judged word by word too, not as an article
 * rewritten.
 */
function headingJudgement(
  compared: Pick<ClauseChange, 'significance' | 'reasons' | 'words' | 'rewritten'>,
  lexicon: Lexicon,
): Pick<ClauseChange, 'significance' | 'reasons'> {
  if (!compared.rewritten || !compared.words) return { significance: compared.significance, reasons: compared.reasons };
  const { significance, reasons } = judgeRedline(compared.words, lexicon);
  return { significance, reasons };
}

/**
 * A heading that came or went while its words stand in the text at its place in the other version: ending the clause
 * before it (a heading whose marks were dropped, so it joined the paragraph before it) or opening the clause after
 * it. No words came or went; the clause's change shows them where they stand now.
 */
function becameText(site: Site, side: Side, around: readonly [number, number]): boolean {
  const { words } = site;
  if (words === '') return true;
  const [before, after] = around;
  const normal = (index: number): string => (index >= 0 && index < side.size ? side.normal(index) : '');
  return normal(before).endsWith(words) || normal(after).startsWith(words);
}

/** What changed in a heading paired across the versions (`moved`: out of order among the others); undefined if nothing. */
function pairedChange(old: Site, now: Site, moved: boolean, context: ClassifyContext): ClauseChange | undefined {
  const kinds = new Set<ChangeKind>();
  // The shown words are read from the title alone: the same title shows the same words.
  if (old.section.title !== now.section.title && shownWords(old.section) !== shownWords(now.section))
    kinds.add('modified');
  // Moved: out of order among the other headings. A heading a level up or down that stands where it stood is no
  // move (nor a change: the reader reads the same headings in the same order).
  if (moved) kinds.add('moved');
  if (!old.section.synthetic && !now.section.synthetic && old.section.id !== now.section.id) kinds.add('id-renamed');
  if (kinds.size === 0) return undefined;
  const before = refOf(old, context.sectionsNumbered.old);
  const after = refOf(now, context.sectionsNumbered.new);
  const similarity = textSimilarity(before.text, after.text);
  const compared = kinds.has('modified')
    ? compareTexts(before.text, after.text, similarity, [], context.lexicon)
    : { significance: 'editorial' as const, reasons: [] };
  const change: ClauseChange = {
    kinds: (['id-renamed', 'moved', 'modified'] as const).filter((kind) => kinds.has(kind)),
    ...headingJudgement(compared, context.lexicon),
    old: before,
    new: after,
    similarity,
    heading: true,
  };
  if ('words' in compared && compared.words) change.words = compared.words;
  if ('rewritten' in compared && compared.rewritten) change.rewritten = true;
  if ('invisibleOnly' in compared && compared.invisibleOnly) change.invisibleOnly = true;
  return change;
}

/** The headings that changed, each with where it goes among the clause changes (`places`: see Places). */
export function headingChanges(context: ClassifyContext, places: Places): PlacedHeading[] {
  const wordsByTitle: WordsByTitle = new Map();
  const oldSites = sitesOf(context.oldSide, wordsByTitle);
  const newSites = sitesOf(context.newSide, wordsByTitle);
  const partners = pairHeadings(oldSites, newSites, context.sectionMap);
  const paired = [...partners];
  const reordered = outOfOrder(paired, oldSites.length);
  const ref = (site: Site, side: 'old' | 'new'): ClauseRef => refOf(site, context.sectionsNumbered[side]);
  const placed: PlacedHeading[] = [];
  for (const [old, now] of paired) {
    const change = pairedChange(old, now, reordered.has(now), context);
    if (change) placed.push({ change, at: now.at - 0.5, tier: 0, oldIndex: old.at - 0.5 });
  }
  const pairedNew = new Set(partners.values());
  for (const site of newSites) {
    if (pairedNew.has(site) || becameText(site, context.oldSide, places.oldAround(site.at))) continue;
    placed.push({
      change: {
        kinds: ['added'],
        significance: 'substantive',
        reasons: [{ code: 'heading-added', params: {} }],
        new: ref(site, 'new'),
        similarity: 0,
        heading: true,
      },
      at: site.at - 0.5,
      tier: 0,
      oldIndex: -1,
    });
  }
  for (const site of oldSites) {
    if (partners.has(site) || becameText(site, context.newSide, places.newAround(site.at))) continue;
    const place = places.removedAt(site.at);
    placed.push({
      change: {
        kinds: ['removed'],
        significance: 'substantive',
        reasons: [{ code: 'heading-removed', params: {} }],
        old: ref(site, 'old'),
        similarity: 0,
        heading: true,
      },
      ...place,
      oldIndex: site.at - 0.5,
    });
  }
  return placed;
}
