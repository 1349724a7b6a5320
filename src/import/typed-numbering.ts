// Text and PDF sources type their numbers ("Artikel 1", "1)", "a)"): the readers make them structure, and this reads
// the labels they showed back into the policy's own numbering field, where every label of a level has one form, so
// the built policy prints "Artikel 1" and "a)" instead of the house style's 1 and a (the chapters' "Artikel 1", "A.",
// "IV.": section-labels.ts). A level typed in more than one
// form keeps each list's own form where the list has one (numbering.lists); where clausemark's counting prints another
// label than was typed, import/numbering-check says so at that place.
import type { NumberingLevel, PolicyNumbering } from '../model/numbering.js';
import type { Policy } from '../model/policy.js';
import { allClauses } from '../model/walk.js';
import type { Block, Decision } from './blocks.js';
import { listMarker } from './markers.js';
import { sectionLabels } from './section-labels.js';

type Item = Extract<Block, { kind: 'item' }>;

/** A list marker's form: "(", the number or letter, ")" (bulleted markers such as "- a." have none). */
const ENUMERATOR = /^(\(?)([0-9]+|[a-zA-Z]+)([.)])$/u;

const PLACEHOLDERS: Record<string, string> = { alpha: '%a', ALPHA: '%A', roman: '%i', ROMAN: '%I' };
/** What the house style prints at each depth (1., a.): a level typed so needs no pattern. */
const HOUSE = ['decimal.', 'alpha.'];

/** The one form every label of a level has, or undefined when there are none or more than one. */
function oneForm(forms: (string | undefined)[]): string | undefined {
  const found = new Set(forms);
  return found.size === 1 && !found.has(undefined) ? [...found][0] : undefined;
}

/** A clause typed with its chapter's number: "1.2" → "%1.%2", "1.2." → "%1.%2.". */
const CHAPTER_CLAUSE = /^\d+\.\d+(\.?)$/u;

/**
 * The pattern of a list level's typed markers ("1)" → "%2)" for clauses, "a)" → "%a)"), as `form` and pattern; of
 * an item Word numbered, the label Word showed (a Word list under a typed clause, docx-nesting.ts).
 */
function itemForm(item: Item, depth: 0 | 1): { form: string; pattern: string } | undefined {
  const shown = item.marker ?? (item.list !== undefined ? item.label : undefined) ?? '';
  const chapterClause = depth === 0 ? CHAPTER_CLAUSE.exec(shown) : null;
  if (chapterClause) return { form: `chapter.decimal${chapterClause[1]}`, pattern: `%1.%2${chapterClause[1]}` };
  const typed = ENUMERATOR.exec(shown);
  const marker = listMarker(`${shown} x`);
  if (!typed || !marker || marker.kind === 'bullet') return undefined;
  const own = marker.kind === 'decimal' ? `%${depth + 2}` : PLACEHOLDERS[marker.kind];
  const [, open = '', , close = ''] = typed;
  return { form: `${open}${marker.kind}${close}`, pattern: `${open}${own}${close}` };
}

/**
 * The typed labels of one list that the house style prints otherwise, because their level is typed in more than one
 * form: one decision for the list, at its first item ("a." to "g." once, not seven times).
 */
function restyled(list: readonly Item[]): Decision {
  const [first] = list as [Item];
  const last = list[list.length - 1] as Item;
  const text = first.inlines.map((inline) => inline.text).join('');
  const shared = { text: text.trim().slice(0, 40) };
  return {
    ruleId: 'import-numbering',
    fixId: 'import-numbering.check-references',
    ...(list.length === 1
      ? { messageId: 'import-numbering.typed-restyled', params: { label: first.marker ?? '', ...shared } }
      : {
          messageId: 'import-numbering.typed-restyled-list',
          params: { first: first.marker ?? '', last: last.marker ?? '', count: list.length, ...shared },
        }),
    source: first.source,
    near: text,
  };
}

/** The items in runs of one list each: neighbours at `depth` with only deeper items between them. */
function listsOf(blocks: readonly Block[], items: readonly Item[], depth: number): Item[][] {
  const places = new Map(blocks.map((block, index) => [block, index]));
  const lists: Item[][] = [];
  let previous = -1;
  for (const item of items) {
    const at = places.get(item) ?? previous + 1;
    let sameList = previous >= 0;
    for (let index = previous + 1; sameList && index < at; index++) {
      const block = blocks[index];
      sameList = block?.kind === 'item' && block.level > depth;
    }
    if (sameList) lists[lists.length - 1]?.push(item);
    else lists.push([item]);
    previous = at;
  }
  return lists;
}

/** A list of a level typed in more than one form, typed in one form itself: the pattern it keeps for its own. */
export interface ListPattern {
  first: Item;
  pattern: string;
}

export interface TypedNumbering {
  numbering?: PolicyNumbering;
  /** Written as `numbering.lists` once the policy's IDs are known (named by the list's section or clause). */
  lists: ListPattern[];
  decisions: Decision[];
}

/**
 * A level typed in more than one form ("a." to "g." in one article, "1." and "2." in the next): each list typed in
 * one form keeps it as a pattern of its own; the labels of a list typed in several forms are printed in the house
 * style and reported, once per list.
 */
function mixedLevel(blocks: readonly Block[], items: readonly Item[], depth: 0 | 1, out: TypedNumbering): void {
  const forms = new Map(items.map((item) => [item, itemForm(item, depth)]));
  for (const list of listsOf(blocks, items, depth)) {
    const form = oneForm(list.map((item) => forms.get(item)?.form));
    const pattern = form ? forms.get(list[0] as Item)?.pattern : undefined;
    if (pattern) {
      out.lists.push({ first: list[0] as Item, pattern });
      continue;
    }
    // Word's own labels printed otherwise are reported once per list, where it is read (docx-body.ts).
    const restyledItems = list.filter((item) => {
      const found = forms.get(item)?.form;
      return found && found !== HOUSE[depth] && item.marker;
    });
    if (restyledItems.length > 0) out.decisions.push(restyled(restyledItems));
  }
}

/**
 * The source's own numbering from its typed labels, labelling each block with its typed label for the check; the
 * lists of a level typed in more than one form, each with its own pattern; and the labels the house style prints
 * otherwise, once per list.
 */
export function typedNumbering(blocks: readonly Block[]): TypedNumbering {
  const numbering: PolicyNumbering = {};
  const decisions: Decision[] = [];
  const out: TypedNumbering = { lists: [], decisions };
  const sections = sectionLabels(blocks);
  if (sections) numbering.sections = sections;
  const levels: [NumberingLevel, 0 | 1][] = [
    ['clauses', 0],
    ['items', 1],
  ];
  for (const [level, depth] of levels) {
    const items = blocks.filter(
      (block): block is Item => block.kind === 'item' && block.ordered && block.level === depth,
    );
    const forms = items.map((item) => itemForm(item, depth));
    const form = oneForm(forms.map((found) => found?.form));
    if (!form) {
      mixedLevel(blocks, items, depth, out);
      continue;
    }
    if (form === HOUSE[depth]) continue;
    const pattern = forms[0]?.pattern;
    if (pattern) numbering[level] = pattern;
  }
  // Every typed label became structure: the check after writing compares each with the one printed.
  for (const block of blocks)
    if (block.kind === 'item' && block.ordered && block.marker && block.label === undefined) block.label = block.marker;
  if (Object.keys(numbering).length > 0) out.numbering = numbering;
  return out;
}

/**
 * `numbering.lists` of the written policy: each list's pattern named by the section its clauses are in or the clause
 * its items are under (own-numbering.ts reads it so). Item blocks and the policy's items match in document order.
 */
export function listsByOwner(
  blocks: readonly Block[],
  lists: readonly ListPattern[],
  policy: Policy,
): Record<string, string> {
  const items = blocks.filter((block) => block.kind === 'item');
  const clauses = allClauses(policy).filter(({ clause }) => clause.kind === 'item');
  const owners = new Map(items.map((item, index) => [item, clauses[index]]));
  const out: Record<string, string> = {};
  for (const { first, pattern } of lists) {
    const visit = owners.get(first);
    const owner = visit?.parent?.id ?? visit?.section.id;
    if (owner) out[owner] = pattern;
  }
  return out;
}
