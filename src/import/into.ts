// What a returned Word document changed, written into the Markdown source clause by clause (`import FILE.docx
// --into SOURCE.md`, and any import of a clausemark Word document whose source it carries). Three versions by
// clause ID: the text the document was built from (base), what the document says now (theirs, own.ts) and the
// source as it is now (ours). A clause only Word changed takes Word's text; one only the source changed keeps the
// source's; one both changed, differently, keeps the source's and is named as a conflict, with Word's text beside
// it. Clauses deleted, added or moved in Word are deleted, added or moved in the source; renamed headings renamed.
// Whether a side changed a clause is judged by what a reader sees (clause-value.ts), so Markdown the Word document
// cannot show (comments, `*` or `_`, reference links) is never a change and never lost: every edit splices the
// source (src/template/edit.ts), and everything not edited stays byte for byte.
import type { Nodes } from 'mdast';
import { numberMismatches } from '../check/rules/list-number.js';
import type { Clause, Policy, Section } from '../model/policy.js';
import { allClauses, allSections, type ClauseVisit } from '../model/walk.js';
import { threeWay, type ThreeWayConflict } from '../match/three-way.js';
import { attachComments, type CommentPlace } from './comment-notes.js';
import { conflictHeading, conflictQuote, WORD_REF } from '../template/conflicts.js';
import { sectorLabels } from '../template/labels.js';
import { contentIndent, Draft, itemLines, ownMarkdown, type Located } from '../template/edit.js';
import { valuesOf, withoutEmphasis } from './clause-value.js';

export type IntoConflictKind =
  /** Both changed the clause, differently: the source's text is kept, Word's written beside it. */
  | 'both-changed'
  /** Word changed a clause the source has deleted since: it stays deleted. */
  | 'changed-deleted'
  /** Word deleted a clause the source has changed since: it stays. */
  | 'deleted-changed'
  /** Without the text the document was built from, a clause that differs cannot be judged: the source's is kept. */
  | 'no-base'
  /** Without that text, a clause the document lacks may be one deleted in Word or one added to the source: kept. */
  | 'no-base-missing';

export interface IntoReport {
  /** Clauses whose text Word changed, now the source's. */
  changed: string[];
  /**
   * Clauses whose bold or italic Word changed and not their words, now the source's: no change of the text an
   * approval signs (diff finds none either).
   */
  formatted: string[];
  /** Clauses new in Word (fresh IDs), added. */
  added: string[];
  /** Clauses deleted in Word, deleted. */
  removed: string[];
  /** Clauses moved in Word (to another place, section or parent), moved. */
  moved: string[];
  /** Section headings renamed in Word, added in Word, deleted in Word. */
  renamed: string[];
  sectionsAdded: string[];
  sectionsRemoved: string[];
  conflicts: { id: string; kind: IntoConflictKind }[];
  /** What could not be brought in as it is in Word (a section moved as a whole): named, to be done by hand. */
  notBrought: string[];
  /** Where each Word comment was kept in the source, by the key of what it is on (comment-notes.ts). */
  comments: Map<string, CommentPlace>;
}

export interface IntoInput {
  /** The Markdown written into: the --into file as it is now, or the base itself. */
  ours: Policy;
  /** The text the document was built from; undefined when it was not found. */
  base?: Policy;
  /** What the document says now. */
  theirs: Policy;
  /** IDs new in Word. */
  fresh: ReadonlySet<string>;
  /** The document's file name, for conflict notes ("Word: beleid.docx"). */
  label: string;
  /** Comments to keep in the source, by clause ID. */
  comments?: ReadonlyMap<string, string[]>;
  /**
   * A clause both changed, or one Word deleted that the source changed since: the source's kept and Word's quoted
   * (default), or Word's taken, as `diff SOURCE RETURNED.docx` shows what the document proposes on top of the source
   * as it is now. Either way the clause is named among the conflicts.
   */
  conflicts?: 'quoted' | 'theirs';
}

const byId = (policy: Policy): Map<string, ClauseVisit> => {
  const out = new Map<string, ClauseVisit>();
  for (const visit of allClauses(policy)) if (!out.has(visit.clause.id)) out.set(visit.clause.id, visit);
  return out;
};

const sectionsById = (policy: Policy): Map<string, Section> =>
  new Map(allSections(policy).map((section) => [section.id, section]));

/** A clause's place: its section and the clause it is a sub-clause of. */
const placeOf = (visit: ClauseVisit): string => `${visit.section.id}\u0000${visit.parent?.id ?? ''}`;

/**
 * The longest common subsequence of two orders of the same IDs: the IDs not in it changed their order. Both hold each
 * ID once, so it is the longest increasing run of `first`'s places in `second` (patience sorting, n log n): a table
 * of n × m cells took 1.6 GB and most of the time of a re-import of 20,000 clauses.
 */
function inOrder(first: readonly string[], second: readonly string[]): Set<string> {
  const place = new Map<string, number>();
  second.forEach((id, index) => place.set(id, index));
  const ids = first.filter((id) => place.has(id));
  const positions = ids.map((id) => place.get(id) as number);
  /** tails[k]: the index in `ids` of the smallest last place of an increasing run of length k + 1. */
  const tails: number[] = [];
  const previous = new Int32Array(ids.length).fill(-1);
  positions.forEach((position, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((positions[tails[middle] as number] as number) < position) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  });
  const kept = new Set<string>();
  for (let index = tails[tails.length - 1] ?? -1; index !== -1; index = previous[index] ?? -1)
    kept.add(ids[index] as string);
  return kept;
}

/** The last line of a clause with its sub-clauses and its own blocks. */
function clauseEnd(clause: Clause): number {
  let end = clause.position.end.line;
  for (const block of clause.content) end = Math.max(end, block.position?.end.line ?? 0);
  for (const child of clause.children) end = Math.max(end, clauseEnd(child));
  return end;
}

class Writer {
  readonly draft: Draft;
  /** Footnote labels of theirs → the label the source uses for the same note, or a new one. */
  private readonly notes = new Map<string, string>();
  private readonly newNotes: string[][] = [];

  constructor(
    ours: Policy,
    private readonly theirs: Policy,
  ) {
    this.draft = new Draft(ours.source, ours.path);
  }

  /** Theirs' Markdown of a clause, its footnote references renamed to the source's labels (new notes added). */
  theirMarkdown(clause: Clause): string {
    return this.withNotes(ownMarkdown(this.theirs.source, clause));
  }

  private withNotes(markdown: string): string {
    return markdown.replace(/\[\^([^\]\s]+)\]/g, (whole, label: string) => {
      const mapped = this.noteLabel(label);
      return mapped === undefined ? whole : `[^${mapped}]`;
    });
  }

  /** The source's label for a note of theirs with the same text, else a new label with the note added at the end. */
  private noteLabel(label: string): string | undefined {
    const known = this.notes.get(label);
    if (known !== undefined) return known;
    const definition = this.theirs.footnotes[label.toLowerCase()] ?? this.theirs.footnotes[label];
    if (!definition?.position) return undefined;
    const text = this.theirs.source
      .slice(definition.position.start.offset, definition.position.end.offset)
      .replace(/^\[\^[^\]]+\]:\s*/, '');
    const ours = this.draft.policy;
    const same = Object.entries(ours.footnotes).find(([, note]) => {
      if (!note.position) return false;
      return (
        ours.source.slice(note.position.start.offset, note.position.end.offset).replace(/^\[\^[^\]]+\]:\s*/, '') ===
        text
      );
    });
    if (same) {
      this.notes.set(label, same[0]);
      return same[0];
    }
    let fresh = label;
    for (let n = 2; ours.footnotes[fresh.toLowerCase()] !== undefined || this.notes.has(`\u0000${fresh}`); n++)
      fresh = `${label}-${n}`;
    this.notes.set(label, fresh);
    this.notes.set(`\u0000${fresh}`, fresh);
    this.newNotes.push([`[^${fresh}]: ${text}`]);
    return fresh;
  }

  /** The new notes, appended once every clause is in. */
  finishNotes(): void {
    this.draft.appendBlocks(this.newNotes);
  }

  /** Markdown of a clause to insert (without its `{#id}`) and its item marker as theirs shows it. */
  insert(id: string, visit: ClauseVisit, markdown: string): void {
    const { clause, section, parent } = visit;
    const near = this.draft.nearestSibling(visit);
    if (near) return this.beside(near.anchor, near.side, id, clause, markdown);
    const host = parent ? this.draft.locate(parent.id) : undefined;
    if (host) return this.under(host, id, clause, markdown);
    this.intoSection(section, id, clause, markdown);
  }

  private marker(clause: Clause): string {
    return clause.list === 'ordered' ? `${Math.max(clause.ordinal, 1)}.` : '-';
  }

  private block(id: string, clause: Clause, markdown: string, indent = 0): string[] {
    return clause.kind === 'item'
      ? itemLines(this.marker(clause), id, markdown, indent)
      : `${' '.repeat(indent)}{#${id}} ${markdown}`.split('\n');
  }

  private beside(anchor: Located, side: 'after' | 'before', id: string, clause: Clause, markdown: string): void {
    const line = side === 'after' ? clauseEnd(anchor.clause) : anchor.clause.position.start.line - 1;
    if (clause.kind === 'item' && anchor.clause.kind === 'item')
      return this.draft.insertItemBeside(line, anchor, side, id, markdown);
    const indent = anchor.parent ? anchor.clause.position.start.column - 1 : 0;
    this.draft.insertLines(line, this.block(id, clause, markdown, indent), { blankBefore: true, blankAfter: true });
  }

  private under(host: Located, id: string, clause: Clause, markdown: string): void {
    this.draft.insertLines(clauseEnd(host.clause), this.block(id, clause, markdown, contentIndent(host.clause)), {
      blankBefore: host.clause.kind !== 'item',
      blankAfter: host.clause.kind !== 'item',
    });
  }

  private intoSection(section: Section, id: string, clause: Clause, markdown: string): void {
    const target = section.depth === 0 ? this.draft.policy.preamble : this.draft.section(section.id);
    const line = target && target.depth > 0 ? (target.position?.start.line ?? 0) : this.draft.preambleLine();
    this.draft.insertLines(line, this.block(id, clause, markdown), { blankBefore: true, blankAfter: true });
  }

  /** A heading of theirs, written after the section before it (or before the one after it). */
  addSection(section: Section): void {
    const line = this.theirs.source.split('\n')[(section.position?.start.line ?? 1) - 1] ?? '';
    const sections = allSections(this.theirs).filter((other) => other.depth > 0);
    const at = sections.indexOf(section);
    let after: number | undefined;
    for (let index = at - 1; index >= 0 && after === undefined; index--) {
      const present = this.draft.section(sections[index]?.id ?? '');
      if (present) after = this.draft.sectionEnd(present);
    }
    if (after === undefined)
      for (let index = at + 1; index < sections.length && after === undefined; index++) {
        const present = this.draft.section(sections[index]?.id ?? '');
        if (present?.position) after = present.position.start.line - 1;
      }
    after ??= this.draft.source.replace(/\s+$/, '').split('\n').length;
    this.draft.insertLines(after, [line], { blankBefore: true, blankAfter: true });
  }

  /** A heading's title and level as theirs has them, its `{#id …}` marker kept. */
  replaceHeading(mine: Section, theirs: Section): void {
    if (!mine.position || !theirs.position) return;
    const line = this.theirs.source.split('\n')[theirs.position.start.line - 1] ?? '';
    const title = /^\s{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]*\{#[^}]*\}[ \t]*)?$/.exec(line)?.[1];
    if (title === undefined) return;
    this.draft.replaceHeadingTitle(mine, this.withNotes(title));
    const fresh = this.draft.section(mine.id);
    if (fresh?.position && fresh.depth !== theirs.depth) {
      const at = fresh.position.start.line;
      const text = this.draft.source.split('\n')[at - 1] ?? '';
      this.draft.replaceLine(at, text.replace(/^(\s{0,3})#{1,6}/, `$1${'#'.repeat(theirs.depth)}`));
    }
  }

  /** Word's text of a conflicted clause, quoted under the source's. */
  note(id: string, label: string, explanation: string, markdown?: string): void {
    this.draft.attachBlock(id, conflictQuote(conflictHeading(label, id), explanation, markdown));
  }
}

export interface IntoResult {
  source: string;
  report: IntoReport;
}

type Values = ReturnType<typeof valuesOf>;

/** The three versions, each with its clauses and sections by ID and its clauses' comparable values. */
interface Sides {
  ours: Policy;
  theirs: Policy;
  base: Policy | undefined;
  vO: Values;
  vT: Values;
  vB: Values | undefined;
  inO: Map<string, ClauseVisit>;
  inT: Map<string, ClauseVisit>;
  inB: Map<string, ClauseVisit>;
  sO: Map<string, Section>;
  sT: Map<string, Section>;
  sB: Map<string, Section>;
}

function sidesOf({ ours, base, theirs }: IntoInput): Sides {
  return {
    ours,
    theirs,
    base,
    vO: valuesOf(ours),
    vT: valuesOf(theirs),
    vB: base ? valuesOf(base) : undefined,
    inO: byId(ours),
    inT: byId(theirs),
    inB: base ? byId(base) : new Map<string, ClauseVisit>(),
    sO: sectionsById(ours),
    sT: sectionsById(theirs),
    sB: base ? sectionsById(base) : new Map<string, Section>(),
  };
}

const valueIn = (visit: ClauseVisit | undefined, values: Values | undefined): string | undefined =>
  visit && values ? values.clause(visit.clause) : undefined;

interface ClausePlan {
  /** Clauses that take Word's text. */
  replace: string[];
  remove: Set<string>;
  insert: Set<string>;
  conflicts: { id: string; kind: IntoConflictKind; withText: boolean }[];
}

/** The shared decision's conflicts as import names them, and whether Word's text is quoted beside the source's. */
const CONFLICTS: Record<ThreeWayConflict, { kind: IntoConflictKind; withText: boolean }> = {
  'both-changed': { kind: 'both-changed', withText: true },
  'both-added': { kind: 'both-changed', withText: true },
  'ours-removed-theirs-changed': { kind: 'changed-deleted', withText: false },
  'theirs-removed-ours-changed': { kind: 'deleted-changed', withText: false },
};

/**
 * Which clauses take Word's text, which go, which are new, and which changed on both sides: the three-way decision
 * `upgrade` makes too (src/match/three-way.ts), Word being theirs and the source ours. Without a base only what is
 * new in Word is sure; every other difference is a conflict. With `theirsWin` (diff of a returned document whose
 * source moved on) a conflict is still named, and Word's side is taken.
 */
function planClauses(sides: Sides, fresh: ReadonlySet<string>, theirsWin: boolean): ClausePlan {
  const { base, vO, vT, vB, inO, inT, inB } = sides;
  const plan: ClausePlan = { replace: [], remove: new Set(), insert: new Set(), conflicts: [] };
  const decide = (id: string, t: string | undefined, o: string | undefined): void => {
    const decided = threeWay(valueIn(inB.get(id), vB), t, o);
    if (decided?.take === 'theirs') plan.replace.push(id);
    else if (decided?.take === 'added') plan.insert.add(id);
    else if (decided?.take === 'removed') plan.remove.add(id);
    else if (decided?.take === 'conflict') {
      plan.conflicts.push({ id, ...CONFLICTS[decided.conflict] });
      if (theirsWin && CONFLICTS[decided.conflict].kind === 'both-changed') plan.replace.push(id);
      if (theirsWin && decided.conflict === 'theirs-removed-ours-changed') plan.remove.add(id);
    }
  };
  for (const [id, visit] of inT) {
    const t = vT.clause(visit.clause);
    const o = valueIn(inO.get(id), vO);
    if (fresh.has(id) || (!base && o === undefined)) plan.insert.add(id);
    else if (!base) {
      if (t !== o) plan.conflicts.push({ id, kind: 'no-base', withText: true });
    } else decide(id, t, o);
  }
  for (const [id, visit] of inO) {
    if (inT.has(id)) continue;
    if (!base) plan.conflicts.push({ id, kind: 'no-base-missing', withText: false });
    else decide(id, undefined, vO.clause(visit.clause));
  }
  return plan;
}

/** Moved in Word: another place (section, parent), or out of order among the clauses all three versions have. */
function movedInWord(sides: Sides, insert: ReadonlySet<string>): Set<string> {
  const { base, inO, inT, inB } = sides;
  const moved = new Set<string>();
  if (!base) return moved;
  const common = [...inT.keys()].filter((id) => inB.has(id) && inO.has(id) && !insert.has(id));
  const shared = new Set(common);
  const order = inOrder(
    [...inB.keys()].filter((id) => shared.has(id)),
    common,
  );
  for (const id of common) {
    const t = inT.get(id) as ClauseVisit;
    const b = inB.get(id) as ClauseVisit;
    const o = inO.get(id) as ClauseVisit;
    const elsewhere = placeOf(t) !== placeOf(b) || !order.has(id);
    // A clause the source moved since keeps the source's place.
    if (elsewhere && placeOf(o) === placeOf(b)) moved.add(id);
  }
  return moved;
}

/** A moved clause takes its sub-clauses along; they are put back under it in Word's order. */
function withSubclauses(moved: ReadonlySet<string>, inO: Map<string, ClauseVisit>): Set<string> {
  const reinsert = new Set<string>();
  const addSubtree = (clause: Clause): void => {
    for (const child of clause.children) {
      reinsert.add(child.id);
      addSubtree(child);
    }
  };
  for (const id of moved) {
    reinsert.add(id);
    addSubtree((inO.get(id) as ClauseVisit).clause);
  }
  return reinsert;
}

/** A heading as a reader sees it, with its level: what counts as a change of a section's heading. */
const headingValue = (values: Values | undefined, section: Section | undefined): string | undefined =>
  values && section ? values.section(section) + section.depth : undefined;

/**
 * Headings by the three-way decision clauses take (src/match/three-way.ts), as `upgrade` takes it for its headings:
 * renamed where only Word renamed them, new sections added; one the source renamed and Word did not is the source's,
 * and one renamed on both sides, differently (or added on both), keeps the source's and is named, to be done by hand.
 */
function bringHeadings(sides: Sides, writer: Writer, report: IntoReport): void {
  const { vO, vT, vB, sO, sT, sB } = sides;
  for (const [id, section] of sT) {
    if (section.depth === 0) continue;
    const mine = sO.get(id);
    const decided = threeWay(headingValue(vB, sB.get(id)), headingValue(vT, section), headingValue(vO, mine));
    if (decided?.take === 'added') {
      writer.addSection(section);
      report.sectionsAdded.push(id);
    } else if (decided?.take === 'theirs' && mine) {
      writer.replaceHeading(writer.draft.section(id) ?? mine, section);
      report.renamed.push(id);
    } else if (decided?.take === 'conflict' && mine) report.notBrought.push(`#${id}`);
  }
}

/** Text, then what goes, then what comes (in Word's order). */
function bringClauses(sides: Sides, writer: Writer, plan: ClausePlan, moved: Set<string>, report: IntoReport): void {
  const { ours, inO, inT } = sides;
  const { replace, remove, insert } = plan;
  const reinsert = withSubclauses(moved, inO);
  for (const id of replace) {
    if (reinsert.has(id)) continue;
    const theirs = (inT.get(id) as ClauseVisit).clause;
    writer.draft.replaceOwn(id, writer.theirMarkdown(theirs));
    const mine = (inO.get(id) as ClauseVisit).clause;
    const formatOnly = withoutEmphasis(sides.vT.clause(theirs)) === withoutEmphasis(sides.vO.clause(mine));
    (formatOnly ? report.formatted : report.changed).push(id);
  }
  const gone = [...remove, ...[...moved].filter((id) => !remove.has(id))];
  for (const id of gone) writer.draft.removeClause(id);
  report.removed.push(...remove);
  for (const [id, visit] of inT) {
    if (!insert.has(id) && !reinsert.has(id)) continue;
    const mine = inO.get(id);
    const markdown =
      insert.has(id) || replace.includes(id) || !mine
        ? writer.theirMarkdown(visit.clause)
        : ownMarkdown(ours.source, mine.clause);
    if (writer.draft.locate(id)) continue;
    writer.insert(id, visit, markdown);
    if (insert.has(id)) report.added.push(id);
    else if (moved.has(id)) report.moved.push(id);
    if (replace.includes(id)) report.changed.push(id);
  }
}

/** Sections whose heading Word deleted, where the source kept it as it was (the same three-way decision). */
function removeDeletedHeadings(sides: Sides, writer: Writer, report: IntoReport): void {
  const { vO, vB, sO, sT, sB } = sides;
  for (const [id, mine] of sO) {
    if (mine.depth === 0 || sT.has(id)) continue;
    const now = writer.draft.section(id);
    if (!now || threeWay(headingValue(vB, sB.get(id)), undefined, headingValue(vO, mine))?.take !== 'removed') continue;
    writer.draft.removeHeading(now);
    report.sectionsRemoved.push(id);
  }
}

/** Each clause changed on both sides: the source's text kept, Word's quoted under it where it has some (or taken). */
function noteConflicts(
  sides: Sides,
  writer: Writer,
  plan: ClausePlan,
  label: string,
  report: IntoReport,
  taken: boolean,
): void {
  // The note is part of the file, not a message to the user: in the policy's language.
  const words: Record<IntoConflictKind, string> = sectorLabels(sides.ours.meta.lang).wordConflicts;
  for (const { id, kind, withText } of plan.conflicts) {
    report.conflicts.push({ id, kind });
    const visit = sides.inT.get(id);
    // Word's text taken (input.conflicts): named in the report, no quote in the text.
    if (taken) continue;
    if (writer.draft.locate(id))
      writer.note(
        id,
        `${WORD_REF}${label}`,
        words[kind],
        withText && visit ? writer.theirMarkdown(visit.clause) : undefined,
      );
  }
}

export function bringInto(input: IntoInput): IntoResult {
  const report: IntoReport = {
    changed: [],
    formatted: [],
    added: [],
    removed: [],
    moved: [],
    renamed: [],
    sectionsAdded: [],
    sectionsRemoved: [],
    conflicts: [],
    notBrought: [],
    comments: new Map(),
  };
  const sides = sidesOf(input);
  const writer = new Writer(input.ours, input.theirs);
  const theirsWin = input.conflicts === 'theirs';
  const plan = planClauses(sides, input.fresh, theirsWin);
  const moved = movedInWord(sides, plan.insert);
  bringHeadings(sides, writer, report);
  bringClauses(sides, writer, plan, moved, report);
  removeDeletedHeadings(sides, writer, report);
  writer.finishNotes();
  removeOrphanedNotes(writer.draft, input.ours);
  noteConflicts(sides, writer, plan, input.label, report, theirsWin);
  report.comments = attachComments(writer.draft, input.comments ?? new Map());
  renumberBrought(writer.draft, input.ours);
  return { source: writer.draft.source, report };
}

/**
 * A clause moved, added or deleted in a numbered list leaves numbers typed that are not the ones printed (a moved
 * item keeps its old number): those the merge caused are typed as printed, so the source is as `check` wants it; a
 * mismatch the source already had is the author's, and stays.
 */
function renumberBrought(draft: Draft, ours: Policy): void {
  const before = new Set(numberMismatches(ours).map(({ clause }) => clause.id));
  const caused = numberMismatches(draft.policy).filter(({ clause }) => !before.has(clause.id));
  draft.retypeNumbers(caused.map(({ clause }) => ({ clause, number: clause.ordinal })));
}

/** Footnote identifiers the policy's text cites. */
function cited(policy: Policy): Set<string> {
  const out = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteDefinition') return;
    if (node.type === 'footnoteReference') out.add(node.identifier.toLowerCase());
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(policy.tree);
  for (const definition of Object.values(policy.footnotes))
    for (const child of definition.children as Nodes[]) visit(child);
  return out;
}

/** The footnotes only deleted or rewritten clauses cited: gone with them, as Word drops a footnote with its text. */
function removeOrphanedNotes(draft: Draft, ours: Policy): void {
  const before = cited(ours);
  const now = cited(draft.policy);
  const orphans = Object.entries(draft.policy.footnotes)
    .filter(([label]) => before.has(label.toLowerCase()) && !now.has(label.toLowerCase()))
    .map(([, note]) => note.position)
    .filter((position) => position !== undefined)
    .sort((a, b) => b.start.line - a.start.line);
  for (const position of orphans) draft.removeLines(position.start.line, position.end.line);
}
