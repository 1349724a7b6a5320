// A revision as Word tracked changes, on the new version's text: an added clause is an insertion, a removed one a
// deletion where it stood in the old version, a modified (split, merged) clause its word redline as insertions and
// deletions (block by block where it holds more than one paragraph: tables row by row, src/render/docx/
// tracked-blocks.ts), a moved clause a deletion where it was and an insertion where it is. Headings likewise: a new
// section's heading inserted, a removed one's deleted where it stood, a renamed one's words redlined
// (src/render/docx/tracked-sections.ts); footnotes in src/render/docx/tracked-notes.ts. Every change carries the
// revision's author and date. Word "moves" (w:moveFrom/w:moveTo) are not written: a reader sees the same text either
// way, and every Word version, LibreOffice and pandoc accept plain insertions and deletions. Renumbering and renamed
// ids are not text changes: Word's numbering renumbers by itself.
import { TextRun, type ParagraphChild } from 'docx';
import type { PolicyDiff, WordOp } from '../../diff/types.js';
import type { Clause, Policy, Section } from '../../model/policy.js';
import { allClauses, allSections } from '../../model/walk.js';
import { collectDefinitions, numberFootnotes, toRuns, type InlineContext } from '../shared/inline.js';
import { markRun, paragraphFrom, contentBlocks, type BlockContext, type WordBlock } from './blocks.js';
import { headingStyleId, type BodyHooks, type ClausePlace } from './body.js';
import { wordRuns, type InlineStyle, type Revision, type RunMark } from './inline.js';
import { ClauseNumbering } from './numbering.js';
import { comparedText, plainRedline, runsRedline, styledRedline } from './redline.js';
import { contentRedline, type RevisionContext } from './tracked-blocks.js';
import { planSections, type SectionPlan } from './tracked-sections.js';

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

/** A new clause made from old ones by rewording, splitting or merging. */
interface Reworded {
  olds: Clause[];
  /** The diff's redline for this clause (a split's share of it), over its own reading of the texts. */
  ops: WordOp[];
  /** A part of a split but the last: its paragraph mark is new (rejecting it joins the parts again). */
  splitHead: boolean;
  /** How many new clauses the old ones became (a split's parts). */
  parts: number;
  /** One paragraph and no footnote on either side: the diff's redline is this clause's, shown as it is. */
  simple: boolean;
}

/** What the diff makes of each clause of both versions. */
interface ClausePlan {
  /** New clauses inserted whole (added, moved here, the later parts of a split too involved to redline). */
  inserted: Set<string>;
  reworded: Map<string, Reworded>;
  /** Old clause id → the new clause that stands in its place. */
  mapped: Map<string, string>;
  /** Old clauses deleted where they stood (removed, or moved away). */
  gone: Set<string>;
  /** New clause id → the old clause ids it came from. */
  cameFrom: Map<string, string[]>;
}

/** A clause whose text is one paragraph citing no footnote: the diff's reading of it is its paragraph's text. */
function isSimple(clause: Clause): boolean {
  const [first, ...others] = clause.content;
  const cites = (node: object): boolean =>
    (node as { type?: string }).type === 'footnoteReference' ||
    ((node as { children?: object[] }).children ?? []).some(cites);
  return first?.type === 'paragraph' && others.length === 0 && !cites(first);
}

function rewordedClauses(
  plan: ClausePlan,
  change: PolicyDiff['changes'][number],
  olds: Clause[],
  parts: Clause[],
): void {
  const simple = [...olds, ...parts].every(isSimple);
  const ops = opsPerPart(
    change.words ?? [],
    parts.map((part) => part.id),
  );
  parts.forEach((part, index) => {
    plan.cameFrom.set(
      part.id,
      olds.map((old) => old.id),
    );
    // A split too involved to redline by parts: its first part is redlined against the old clause, the rest new.
    if (!simple && index > 0) plan.inserted.add(part.id);
    else
      plan.reworded.set(part.id, {
        olds,
        ops: ops.get(part.id) ?? [],
        splitHead: index < parts.length - 1,
        parts: parts.length,
        simple,
      });
  });
  // What stood after the old clause(s) stands after the last part.
  for (const old of olds) plan.mapped.set(old.id, parts[parts.length - 1]!.id);
}

function clausePlan(diff: PolicyDiff, oldPolicy: Policy, newPolicy: Policy): ClausePlan {
  const plan: ClausePlan = {
    inserted: new Set(),
    reworded: new Map(),
    mapped: new Map(),
    gone: new Set(),
    cameFrom: new Map(),
  };
  const oldById = new Map(allClauses(oldPolicy).map(({ clause }) => [clause.id, clause]));
  const newById = new Map(allClauses(newPolicy).map(({ clause }) => [clause.id, clause]));
  const changedOld = new Set<string>();
  for (const change of diff.changes) {
    // Headings are planned from the two versions' sections (tracked-sections.ts), not from the diff's heading changes.
    if (change.heading) continue;
    const refs = change.kinds.includes('merged') ? (change.parts ?? []) : change.old ? [change.old] : [];
    for (const ref of refs) changedOld.add(ref.id);
    if (change.kinds.includes('added') && change.new) plan.inserted.add(change.new.id);
    else if (change.kinds.includes('removed') && change.old) plan.gone.add(change.old.id);
    else if (change.kinds.includes('moved') && change.old && change.new) {
      plan.inserted.add(change.new.id);
      plan.gone.add(change.old.id);
      plan.cameFrom.set(change.new.id, [change.old.id]);
    } else if (change.words && change.new) {
      const partRefs = change.kinds.includes('split') ? (change.parts ?? [change.new]) : [change.new];
      const olds = refs.flatMap((ref) => oldById.get(ref.id) ?? []);
      const parts = partRefs.flatMap((ref) => newById.get(ref.id) ?? []);
      if (olds.length > 0 && parts.length > 0) rewordedClauses(plan, change, olds, parts);
    } else if (change.old && change.new) {
      plan.mapped.set(change.old.id, change.new.id);
      plan.cameFrom.set(change.new.id, [change.old.id]);
    }
  }
  for (const id of oldById.keys())
    if (!changedOld.has(id) && newById.has(id)) {
      plan.mapped.set(id, id);
      plan.cameFrom.set(id, [id]);
    }
  return plan;
}

/** Something of the old version that is gone from where it stood: a clause, or a section's heading. */
type Gone = { clause: Clause } | { section: Section; level: number };

/**
 * The old version read in order, each thing that is gone placed after the last thing before it that is still
 * there (a clause in its place, a heading kept in place), or at the start of the text.
 */
function goneAt(oldPolicy: Policy, newPolicy: Policy, plan: ClausePlan, sections: SectionPlan): Map<string, Gone[]> {
  const out = new Map<string, Gone[]>();
  let anchor = newPolicy.preamble.id;
  const put = (gone: Gone): void => {
    out.set(anchor, [...(out.get(anchor) ?? []), gone]);
  };
  const visitClauses = (clauses: readonly Clause[]): void => {
    for (const clause of clauses) {
      const here = plan.mapped.get(clause.id);
      if (here) anchor = here;
      else if (plan.gone.has(clause.id)) put({ clause });
      visitClauses(clause.children);
    }
  };
  const visitSection = (section: Section, level: number): void => {
    if (level > 0) {
      const here = sections.keptIds.get(section.id);
      if (here) anchor = here;
      else put({ section, level });
    }
    visitClauses(section.clauses);
    for (const child of section.sections) visitSection(child, level + 1);
  };
  visitSection(oldPolicy.preamble, 0);
  for (const section of oldPolicy.sections) visitSection(section, 1);
  return out;
}

/**
 * What the old version's text is drawn with: its footnote numbers and link definitions (links only to what the new
 * version has), and the revision's author and date.
 */
export function revisionContext(oldPolicy: Policy, newPolicy: Policy, revision: Revision): RevisionContext {
  const destinations = new Set(allSections(newPolicy).map((section) => section.id));
  for (const { clause } of allClauses(newPolicy)) destinations.add(clause.id);
  const oldInline: InlineContext = {
    footnotes: numberFootnotes(oldPolicy),
    definitions: collectDefinitions(oldPolicy),
    destinations,
    covers: () => true,
  };
  return { oldInline, revision };
}

/** A heading's runs: its number and a tab, then its title. */
function headingRuns(section: Section, inline: InlineContext): ReturnType<typeof toRuns> {
  return [...(section.number ? [{ text: `${section.number}\t`, style: {} }] : []), ...toRuns(section.heading, inline)];
}

function deletedBlocks(revision: RevisionContext, gone: Gone, blocks: BlockContext): WordBlock[] {
  const deleted: RunMark = { kind: 'delete', revision: revision.revision };
  if ('section' in gone) {
    const runs = wordRuns(headingRuns(gone.section, revision.oldInline), blocks.style, deleted);
    return [paragraphFrom(runs, { style: headingStyleId(gone.level), ...markRun(deleted) })];
  }
  const context: BlockContext = { ...blocks, inline: revision.oldInline, mark: deleted };
  const rest = { style: 'Clause', indent: ClauseNumbering.continuation(gone.clause.depth) };
  return contentBlocks(context, gone.clause.content, rest);
}

/**
 * A reworded clause: the diff's redline over its one paragraph (its styled runs where the diff's reading of the text
 * is theirs, else the diff's text), or its blocks redlined one by one.
 */
function rewordedContent(
  revision: RevisionContext,
  reworded: Reworded,
  clause: Clause,
  place: ClausePlace,
): WordBlock[] {
  const { blocks, lead } = place;
  if (!reworded.simple || reworded.ops.length === 0)
    return contentRedline(
      revision,
      reworded.olds.flatMap((old) => old.content),
      clause.content,
      place,
    );
  const paragraph = (content: Clause['content'][number] | undefined, inline: InlineContext) =>
    content?.type === 'paragraph' ? toRuns(content.children, inline) : [];
  // The old text's runs where the redline is of one old clause and one new: a split's or a merge's deleted words
  // are cut from a text their parts share, and set plain.
  const single = reworded.olds.length === 1 && reworded.parts === 1;
  const oldRuns = single ? paragraph(reworded.olds[0]!.content[0], revision.oldInline) : undefined;
  const newRuns = paragraph(clause.content[0], blocks.inline);
  const children: ParagraphChild[] =
    styledRedline(reworded.ops, oldRuns, newRuns, revision.revision, blocks.style) ??
    plainRedline(reworded.ops, revision.revision, blocks.style);
  const mark: RunMark = reworded.splitHead ? { kind: 'insert', revision: revision.revision } : { kind: 'plain' };
  return [paragraphFrom(children, { ...lead.paragraph, ...markRun(mark) }, lead.bookmark)];
}

/** How a heading of the new version shows: inserted (new, or moved here), or its words redlined (renamed). */
function headingShown(
  revision: RevisionContext,
  sections: SectionPlan,
  section: Section,
  blocks: { inline: InlineContext; style: InlineStyle },
): { children: ParagraphChild[]; mark: RunMark } | undefined {
  const old = sections.kept.get(section.id);
  const runs = toRuns(section.heading, blocks.inline);
  if (!old) {
    const inserted: RunMark = { kind: 'insert', revision: revision.revision };
    return { children: wordRuns(headingRuns(section, blocks.inline), blocks.style, inserted), mark: inserted };
  }
  const oldRuns = toRuns(old.heading, revision.oldInline);
  if (comparedText(oldRuns) === comparedText(runs)) return undefined;
  const number = section.number ? [new TextRun(`${section.number}\t`)] : [];
  return {
    children: [...number, ...runsRedline(oldRuns, runs, revision.revision, blocks.style)],
    mark: { kind: 'plain' },
  };
}

/** The hooks that turn the new version's body into the revision with tracked changes. */
export function trackedHooks(
  diff: PolicyDiff,
  oldPolicy: Policy,
  newPolicy: Policy,
  context: RevisionContext,
): BodyHooks {
  const { revision } = context;
  const plan = clausePlan(diff, oldPolicy, newPolicy);
  const sections = planSections(oldPolicy, newPolicy, (id) => plan.cameFrom.get(id) ?? []);
  const gone = goneAt(oldPolicy, newPolicy, plan, sections);
  return {
    mark: (clause) => (plan.inserted.has(clause.id) ? { kind: 'insert', revision } : { kind: 'plain' }),
    content: (clause, place) => {
      const reworded = plan.reworded.get(clause.id);
      return reworded ? rewordedContent(context, reworded, clause, place) : undefined;
    },
    heading: (section, blocks) => headingShown(context, sections, section, blocks),
    after: (id, blocks) => (gone.get(id) ?? []).flatMap((item) => deletedBlocks(context, item, blocks)),
  };
}
