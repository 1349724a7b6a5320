// A revision as Word tracked changes, on the new version's text: an added clause is an insertion, a removed one a
// deletion where it stood in the old version, a modified (split, merged) clause its word redline as insertions and
// deletions, a moved clause a deletion where it was and an insertion where it is (Word "moves" are not used: a
// reader sees the same text either way, and every Word version and LibreOffice accept plain insertions and
// deletions). Renumbering and renamed ids are not text changes: Word's numbering renumbers by itself. Headings the
// same way (src/diff/headings.ts): a new one inserted, a reworded one its redline, one gone struck through at its
// old level where it stood.
import { Paragraph, type ParagraphChild } from 'docx';
import type { ClauseRef, PolicyDiff, WordOp } from '../../diff/types.js';
import type { Clause, Policy, Section } from '../../model/policy.js';
import { allClauses, allSections } from '../../model/walk.js';
import { markRun, paragraphFrom, type WordBlock } from './blocks.js';
import { headingStyle, type BodyHooks } from './body.js';
import { PLAIN, wordRuns, type Revision, type RunMark } from './inline.js';
import { ClauseNumbering } from './numbering.js';

/** Paragraph separator inside a redline over several clauses (split parts, merged parts). */
const PARAGRAPH = '\n\n';

/** The ops of a redline per new clause: a split's redline runs over its parts, separated by PARAGRAPH. */
function opsPerPart(words: readonly WordOp[], parts: readonly string[]): Map<string, WordOp[]> {
  const out = new Map<string, WordOp[]>(parts.map((id) => [id, []]));
  let part = 0;
  for (const op of words) {
    const pieces = op.text.split(PARAGRAPH);
    pieces.forEach((piece, index) => {
      // In the new text (equal, insert) a separator starts the next part; in a deleted text it was the old one's.
      if (index > 0) {
        if (op.op === 'delete') out.get(parts[part]!)!.push({ op: 'delete', text: ' ' });
        else part = Math.min(part + 1, parts.length - 1);
      }
      if (piece !== '') out.get(parts[part]!)!.push({ op: op.op, text: piece });
    });
  }
  return out;
}

function redlineRuns(
  ops: readonly WordOp[],
  revision: Revision,
  style: Parameters<typeof wordRuns>[1],
): ParagraphChild[] {
  return ops.flatMap((op) => {
    const mark: RunMark =
      op.op === 'equal' ? { kind: 'plain' } : { kind: op.op === 'insert' ? 'insert' : 'delete', revision };
    return wordRuns([{ text: op.text.replace(/\n+/g, ' '), style: {} }], style, mark);
  });
}

/** Where a clause that is gone from the new version stood: after which new clause, or at the start of which section. */
function anchorOf(oldPolicy: Policy, newPolicy: Policy, gone: ClauseRef, mapped: ReadonlyMap<string, string>): string {
  const old = allClauses(oldPolicy);
  const index = old.findIndex(({ clause }) => clause.id === gone.id);
  for (let at = index - 1; at >= 0; at--) {
    const before = old[at]!;
    if (before.section.id !== gone.sectionId) break;
    const target = mapped.get(before.clause.id);
    if (target) return target;
  }
  if (allSections(newPolicy).some((section) => section.id === gone.sectionId)) return gone.sectionId;
  for (let at = index - 1; at >= 0; at--) {
    const target = mapped.get(old[at]!.clause.id);
    if (target) return target;
  }
  return newPolicy.preamble.id;
}

export interface TrackedOptions {
  revision: Revision;
  style: Parameters<typeof wordRuns>[1];
}

/**
 * Where a heading that is gone from the new version stood: after the new clause the last old clause before it
 * became, else at the start of the text.
 */
function headingAnchor(
  oldPolicy: Policy,
  newPolicy: Policy,
  gone: ClauseRef,
  mapped: ReadonlyMap<string, string>,
): string {
  const before = allClauses(oldPolicy).filter(({ clause }) => clause.position.start.line < gone.line);
  for (let at = before.length - 1; at >= 0; at--) {
    const target = mapped.get(before[at]!.clause.id);
    if (target) return target;
  }
  return newPolicy.preamble.id;
}

/** Something gone from the new version, shown struck through where it stood: a clause, or a heading at its level. */
interface Gone {
  ref: ClauseRef;
  heading: boolean;
}

/** What the diff makes of each clause and heading of the new version, for its tracked changes. */
interface TrackedClauses {
  /** New clauses (added, or moved here): inserted whole. */
  inserted: Set<string>;
  /** Reworded clauses: their word redline. */
  redlines: Map<string, WordOp[]>;
  /** Parts of a split but the last: their paragraph mark is new (rejecting it joins the parts again). */
  splitHeads: Set<string>;
  /** New clause id → the old clauses and headings deleted (removed, or moved away) after it. */
  deletedAt: Map<string, Gone[]>;
  /** Section ids of new headings (added, or moved here): inserted whole. */
  insertedHeadings: Set<string>;
  /** Section ids of reworded headings: their word redline. */
  headingRedlines: Map<string, WordOp[]>;
}

function trackedClauses(diff: PolicyDiff, oldPolicy: Policy, newPolicy: Policy): TrackedClauses {
  const inserted = new Set<string>();
  const redlines = new Map<string, WordOp[]>();
  const splitHeads = new Set<string>();
  const deletedAt = new Map<string, Gone[]>();
  const insertedHeadings = new Set<string>();
  const headingRedlines = new Map<string, WordOp[]>();
  // Old clause id → new clause id, for clauses still where they were (moved ones are not: they left their place).
  const mapped = new Map<string, string>();
  const changedOld = new Set<string>();
  // In the diff's order, which is reading order: a heading deleted before the clauses deleted after it.
  const goneRefs: Gone[] = [];
  for (const change of diff.changes) {
    if (change.heading) {
      const gone = change.kinds.includes('removed') || change.kinds.includes('moved');
      if (gone && change.old) goneRefs.push({ ref: change.old, heading: true });
      if (change.new && (change.kinds.includes('added') || change.kinds.includes('moved')))
        insertedHeadings.add(change.new.id);
      else if (change.new && change.words) headingRedlines.set(change.new.id, change.words);
      continue;
    }
    const olds = change.kinds.includes('merged') ? (change.parts ?? []) : change.old ? [change.old] : [];
    for (const ref of olds) changedOld.add(ref.id);
    if (change.kinds.includes('added') && change.new) inserted.add(change.new.id);
    else if (change.kinds.includes('removed') && change.old) goneRefs.push({ ref: change.old, heading: false });
    else if (change.kinds.includes('moved') && change.old && change.new) {
      inserted.add(change.new.id);
      goneRefs.push({ ref: change.old, heading: false });
    } else if (change.words && change.new) {
      const parts = change.kinds.includes('split')
        ? (change.parts ?? [change.new]).map((part) => part.id)
        : [change.new.id];
      for (const [id, ops] of opsPerPart(change.words, parts)) redlines.set(id, ops);
      for (const id of parts.slice(0, -1)) splitHeads.add(id);
      for (const ref of olds) mapped.set(ref.id, change.new.id);
    } else if (change.old && change.new) mapped.set(change.old.id, change.new.id);
  }
  const newIds = new Set(allClauses(newPolicy).map(({ clause }) => clause.id));
  for (const { clause } of allClauses(oldPolicy)) {
    if (!changedOld.has(clause.id) && newIds.has(clause.id)) mapped.set(clause.id, clause.id);
  }
  for (const gone of goneRefs) {
    const anchor = gone.heading
      ? headingAnchor(oldPolicy, newPolicy, gone.ref, mapped)
      : anchorOf(oldPolicy, newPolicy, gone.ref, mapped);
    deletedAt.set(anchor, [...(deletedAt.get(anchor) ?? []), gone]);
  }
  return { inserted, redlines, splitHeads, deletedAt, insertedHeadings, headingRedlines };
}

/** The hooks that turn the new version's body into the revision with tracked changes. */
export function trackedHooks(
  diff: PolicyDiff,
  oldPolicy: Policy,
  newPolicy: Policy,
  options: TrackedOptions,
): BodyHooks {
  const { revision, style } = options;
  const { inserted, redlines, splitHeads, deletedAt, insertedHeadings, headingRedlines } = trackedClauses(
    diff,
    oldPolicy,
    newPolicy,
  );
  const deleted: RunMark = { kind: 'delete', revision };
  const deletedParagraph = ({ ref, heading }: Gone): WordBlock => {
    const runs = wordRuns([{ text: ref.text.replace(/\n+/g, ' '), style: {} }], style, deleted);
    // A heading at its old level (its path is the headings above it), so accepting the deletion leaves nothing.
    if (heading) return paragraphFrom(runs, { style: headingStyle(ref.sectionPath.length + 1), ...markRun(deleted) });
    return new Paragraph({
      style: 'Clause',
      indent: ClauseNumbering.continuation(0),
      ...markRun(deleted),
      children: runs,
    });
  };
  return {
    heading: (section: Section) => {
      if (insertedHeadings.has(section.id)) return { children: undefined, mark: { kind: 'insert', revision } };
      const ops = headingRedlines.get(section.id);
      return ops ? { children: redlineRuns(ops, revision, style), mark: PLAIN } : undefined;
    },
    mark: (clause: Clause) => (inserted.has(clause.id) ? { kind: 'insert', revision } : { kind: 'plain' }),
    runs: (clause: Clause) => {
      const ops = redlines.get(clause.id);
      if (!ops) return undefined;
      return {
        children: redlineRuns(ops, revision, style),
        paragraphMark: splitHeads.has(clause.id) ? { kind: 'insert', revision } : { kind: 'plain' },
      };
    },
    after: (id: string): WordBlock[] => (deletedAt.get(id) ?? []).map(deletedParagraph),
  };
}
