// `clausemark upgrade`: bring a policy adapted from template version X up to version Y. Three-way by clause id
// (merge.ts): what only the sector changed is applied, what only the school changed is kept, what both changed
// becomes a conflict note in the file (conflicts.ts). Nothing the school wrote is ever removed: a clause is only
// replaced or removed when its Markdown (formatting, footnotes, comments, links) is still exactly the template's,
// and the result is verified as Markdown before use (verify.ts).
import type { Document } from 'yaml';
import { editFrontmatter } from '../parse/frontmatter-edit.js';
import { errorById } from '../io/messages.js';
import { findProject, type Project } from '../io/project.js';
import type { Policy, Section } from '../model/policy.js';
import { allClauses, allSections } from '../model/walk.js';
import { conflictHeading, conflictNotes, conflictQuote, listedConflicts, type ConflictKind } from './conflicts.js';
import { contentIndent, Draft, itemLines, itemMarker, ownMarkdown, type Located } from './edit.js';
import { instantiate, requireValues, resolveValues, type TemplateInstance } from './instance.js';
import { fill, sectorLabels, type SectorLabels } from './labels.js';
import { FootnoteCarrier, orphanedTemplateNotes } from './footnotes.js';
import { headingsById, planMerge, type MergePlan } from './merge.js';
import { nodesShape, sectionShape } from './shape.js';
import { findTemplate, findTemplateInHistory } from './store.js';
import { requireUsable, type SectorTemplate } from './template.js';
import { formatRef, parseRef } from './types.js';
import type { GuessSummary } from './base.js';
import { prepareUpgrade } from './prepare.js';
import { recordedValues } from './variables.js';
import { requireUniqueIds, verifyNothingLost } from './verify.js';

export interface UpgradeOptions {
  /** Values for variables the new template adds without a default (already checked). */
  values?: Readonly<Record<string, string>>;
  /** The template version the policy was adapted from, when it is not in the project (tests, odd setups). */
  base?: SectorTemplate;
  /** The command's project, whose templates/sector holds the versions; default: the one around the working folder. */
  project?: Project;
}

export interface UpgradeReport {
  file: string;
  from: string;
  to: string;
  /** Clauses that took the sector's new text. */
  applied: string[];
  added: string[];
  removed: string[];
  /** Template clauses the school changed or removed, and section titles (`#id`) it changed: they stay as the school has them. */
  keptLocal: string[];
  /** What the school added and that stays: clause ids and section ids (`#id`). */
  localAdditions: string[];
  /** Where paragraphs without an {#id} that the school added stand after the upgrade (1-based lines); they stay too. */
  unlabelledAdditions: number[];
  conflicts: { id: string; kind: ConflictKind }[];
  /** Section ids whose title took the sector's new title. */
  headings: string[];
  /** derivedFrom was absent: the base version found by content and how sure (src/template/base.ts). */
  baseFound?: GuessSummary;
  /** IDs written into clauses and sections that had none, the template's where they match by content. */
  idsWritten?: number;
}

export interface UpgradeResult {
  /** The new source (frontmatter and body, \n line endings); equal to the input when nothing changes. */
  source: string;
  report: UpgradeReport;
  changed: boolean;
}

/**
 * The template version a policy names in derivedFrom: from the project's templates/sector(/versions), else from git
 * history.
 */
export function baseTemplateOf(policy: Policy, project: Project): SectorTemplate {
  const raw = policy.meta.derivedFrom;
  const ref = raw ? parseRef(raw) : undefined;
  const place = {
    file: policy.path,
    ...(policy.frontmatter?.fields.derivedFrom ? { point: policy.frontmatter.fields.derivedFrom.value.start } : {}),
  };
  if (!ref) {
    throw errorById(
      {
        messageId: raw ? 'not-derived.not-a-ref' : 'not-derived.no-derived-from',
        fixId: 'not-derived.add-derived-from',
        params: raw ? { value: raw } : {},
      },
      { place, ruleId: 'not-derived' },
    );
  }
  const root = project.sectorRoot;
  const found = findTemplate(root, ref) ?? findTemplateInHistory(root, ref);
  if (!found) {
    throw errorById(
      {
        messageId: 'template-unknown.no-base-version',
        fixId: 'template-unknown.restore-base-version',
        params: { template: formatRef(ref), version: ref.version },
      },
      { place, ruleId: 'template-unknown' },
    );
  }
  return found;
}

function instanceFor(
  template: SectorTemplate,
  given: Readonly<Record<string, string>>,
  strict: boolean,
): TemplateInstance {
  const resolved = resolveValues(template, given);
  if (strict) requireValues(template, resolved);
  return instantiate(template, resolved.values);
}

class Upgrader {
  readonly draft: Draft;
  private readonly labels: SectorLabels;
  private readonly ref: string;

  readonly footnotes: FootnoteCarrier;

  constructor(
    local: Policy,
    private readonly upstream: TemplateInstance,
  ) {
    this.draft = new Draft(local.source, local.path);
    this.labels = sectorLabels(local.meta.lang);
    this.ref = formatRef(upstream.template.ref);
    this.footnotes = new FootnoteCarrier(local, upstream, upstream.template.ref.version);
  }

  /** The sector's Markdown of a clause, with the notes it cites brought along. */
  sectorMarkdown(clause: Located['clause']): string {
    return this.footnotes.carry(ownMarkdown(this.upstream.source, clause), clause);
  }

  note(id: string, kind: ConflictKind): void {
    const explanation = {
      'both-modified': this.labels.conflictBoth,
      'upstream-removed': this.labels.conflictRemoved,
      'locally-dropped': this.labels.conflictDropped,
      'both-added': this.labels.conflictAdded,
    }[kind];
    const withSectorText = kind === 'both-modified' || kind === 'both-added';
    const visit = this.upstream.clauses.get(id);
    const sectorText = withSectorText && visit ? this.sectorMarkdown(visit.clause) : undefined;
    const text = `${fill(explanation, { ref: this.ref })} ${fill(this.labels.conflictResolve, { id })}`;
    this.draft.attachBlock(id, conflictQuote(conflictHeading(this.ref, id), text, sectorText));
  }

  /** Insert an upstream clause next to its nearest template neighbour the policy has (see docs/templates.md). */
  insert(id: string): void {
    const visit = this.upstream.clauses.get(id);
    if (!visit || this.draft.locate(id)) return;
    const { clause, section, parent } = visit;
    const markdown = this.sectorMarkdown(clause);
    const near = this.draft.nearestSibling(visit);
    if (near) return this.beside(near.anchor, near.side, id, clause, markdown);
    if (parent) {
      const host = this.draft.locate(parent.id);
      if (host) return this.under(host, id, clause, markdown);
    }
    this.intoSection(section, id, clause, markdown);
  }

  private theirMarker(clause: TemplateInstance['policy']['preamble']['clauses'][number]): string {
    const marker = itemMarker(this.upstream.source, clause);
    return marker.ordered ? `${marker.number}${marker.delimiter}` : marker.bullet;
  }

  private block(id: string, clause: Located['clause'], markdown: string, indent = 0): string[] {
    return clause.kind === 'item'
      ? itemLines(this.theirMarker(clause), id, markdown, indent)
      : `${' '.repeat(indent)}{#${id}} ${markdown}`.split('\n');
  }

  private beside(
    anchor: Located,
    side: 'after' | 'before',
    id: string,
    clause: Located['clause'],
    markdown: string,
  ): void {
    const line = side === 'after' ? anchor.clause.position.end.line : anchor.clause.position.start.line - 1;
    if (clause.kind === 'item' && anchor.clause.kind === 'item')
      return this.draft.insertItemBeside(line, anchor, side, id, markdown);
    this.draft.insertLines(line, this.block(id, clause, markdown), { blankBefore: true, blankAfter: true });
  }

  private under(host: Located, id: string, clause: Located['clause'], markdown: string): void {
    const last = host.clause.children[host.clause.children.length - 1];
    const lastLocated = last ? this.draft.locate(last.id) : undefined;
    if (lastLocated) return this.beside(lastLocated, 'after', id, clause, markdown);
    if (host.clause.kind !== 'item') {
      this.draft.insertLines(host.clause.position.end.line, this.block(id, clause, markdown), {
        blankBefore: true,
        blankAfter: true,
      });
      return;
    }
    this.draft.insertLines(
      host.clause.position.end.line,
      this.block(id, clause, markdown, contentIndent(host.clause)),
      { blankBefore: false, blankAfter: false },
    );
  }

  private intoSection(section: Section, id: string, clause: Located['clause'], markdown: string): void {
    const target =
      section.depth === 0 ? this.draft.policy.preamble : (this.draft.section(section.id) ?? this.addSection(section));
    const direct = target.clauses[target.clauses.length - 1];
    const anchor = direct && !direct.synthetic ? this.draft.locate(direct.id) : undefined;
    if (anchor) return this.beside(anchor, 'after', id, clause, markdown);
    this.draft.insertLines(this.headingLine(target), this.block(id, clause, markdown), {
      blankBefore: true,
      blankAfter: true,
    });
  }

  /** The line a section's content starts after: its heading, or for the preamble the title or the frontmatter. */
  private headingLine(section: Section): number {
    return section.depth > 0 ? (section.position?.start.line ?? 0) : this.draft.preambleLine();
  }

  /** Insert an upstream section's heading (without its clauses) next to its nearest neighbour in the policy. */
  private addSection(section: Section): Section {
    const heading =
      this.upstream.source.split('\n')[(section.position?.start.line ?? 1) - 1] ??
      `${'#'.repeat(section.depth)} ${section.title} {#${section.id}}`;
    const parent = allSections(this.upstream.policy).find((candidate) => candidate.sections.includes(section));
    const siblings = parent ? parent.sections : this.upstream.policy.sections;
    const at = siblings.indexOf(section);
    let line: number | undefined;
    for (let index = at - 1; index >= 0 && line === undefined; index--) {
      const present = this.draft.section(siblings[index]?.id ?? '');
      if (present) line = this.draft.sectionEnd(present);
    }
    for (let index = at + 1; index < siblings.length && line === undefined; index++) {
      const present = this.draft.section(siblings[index]?.id ?? '');
      if (present?.position) line = present.position.start.line - 1;
    }
    if (line === undefined && parent) {
      const host = this.draft.section(parent.id) ?? this.addSection(parent);
      line = this.draft.sectionEnd(host);
    }
    if (line === undefined) line = this.draft.source.replace(/\s+$/, '').split('\n').length;
    this.draft.insertLines(line, [heading], { blankBefore: true, blankAfter: true });
    return this.draft.section(section.id) ?? section;
  }

  replaceHeading(id: string): boolean {
    const theirs = allSections(this.upstream.policy).find((section) => section.id === id);
    const mine = this.draft.section(id);
    if (!theirs?.position || !mine) return false;
    const line = this.upstream.source.split('\n')[theirs.position.start.line - 1] ?? '';
    const title = /^\s{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]*\{#[^}]*\}[ \t]*)?$/.exec(line)?.[1];
    if (title === undefined) return false;
    this.draft.replaceHeadingTitle(mine, title);
    return true;
  }
}

/** Sections the sector removed that the upgrade left empty (and whose title the school had not changed). */
function emptiedSections(draft: Draft, base: TemplateInstance, upstream: TemplateInstance): Section[] {
  const upstreamIds = new Set(allSections(upstream.policy).map((section) => section.id));
  const baseTitles = headingsById(base.policy);
  return allSections(draft.policy).filter(
    (section) =>
      section.depth > 0 &&
      !section.synthetic &&
      !upstreamIds.has(section.id) &&
      baseTitles.get(section.id) === sectionShape(section) &&
      section.clauses.length === 0 &&
      section.sections.length === 0,
  );
}

/**
 * Where the paragraphs without an {#id} that the school added (their Markdown is in no clause of the base version)
 * stand in the upgraded file: the line to look at after the upgrade.
 */
function unlabelledAdditions(local: Policy, base: TemplateInstance, after: Policy): number[] {
  const shapes = (policy: Policy): { shape: string; line: number }[] =>
    allClauses(policy)
      .filter(({ clause }) => clause.synthetic)
      .map(({ clause }) => ({ shape: nodesShape(clause.content), line: clause.position.start.line }));
  const template = new Set(shapes(base.policy).map((entry) => entry.shape));
  const placed = shapes(after);
  return shapes(local)
    .filter((entry) => !template.has(entry.shape))
    .map((entry) => {
      const at = placed.findIndex((candidate) => candidate.shape === entry.shape);
      return at === -1 ? entry.line : (placed.splice(at, 1)[0]?.line ?? entry.line);
    });
}

/** An upgrade moves a copy within one template; a copy of another template is refused. */
function requireSameTemplate(base: SectorTemplate, target: SectorTemplate, local: Policy): void {
  if (base.ref.id === target.ref.id) return;
  throw errorById(
    {
      messageId: 'wrong-template.other-template',
      fixId: 'wrong-template.upgrade-within',
      params: { base: base.ref.id, target: target.ref.id },
    },
    { place: { file: local.path }, ruleId: 'wrong-template' },
  );
}

/** Conflicts left by an earlier upgrade are resolved before the next one; the error points at the first. */
function refuseOpenConflicts(local: Policy): void {
  const open =
    conflictNotes(local)[0]?.place ??
    listedConflicts(local)[0]?.place ??
    (listedConflicts(local).length > 0 ? local.frontmatter?.fields.conflicts?.key : undefined);
  if (conflictNotes(local).length > 0 || listedConflicts(local).length > 0) {
    throw errorById(
      { messageId: 'template-conflict.open-before-upgrade', fixId: 'template-conflict.resolve-first' },
      { place: { file: local.path, ...(open ? { point: open.start } : {}) }, ruleId: 'template-conflict' },
    );
  }
}

/** The text step: the sector's new headings and clause texts taken; what the school keeps recorded. */
function applyTexts(upgrader: Upgrader, upstream: TemplateInstance, plan: MergePlan, report: UpgradeReport): void {
  for (const id of plan.headings.keys()) if (upgrader.replaceHeading(id)) report.headings.push(id);
  for (const entry of plan.actions) {
    if (entry.action === 'take-upstream') {
      const visit = upstream.clauses.get(entry.id);
      if (visit) upgrader.draft.replaceOwn(entry.id, upgrader.sectorMarkdown(visit.clause));
      report.applied.push(entry.id);
    } else if (entry.action === 'keep-local')
      (entry.why === 'local-addition' ? report.localAdditions : report.keptLocal).push(entry.id);
  }
  report.keptLocal.push(...plan.keptHeadings.map((id) => `#${id}`));
  report.localAdditions.push(...plan.localSections.map((id) => `#${id}`));
}

/**
 * The structure step: clauses the sector dropped removed, its new ones inserted, sections left empty by both
 * removed. Returns the ids of the removed sections.
 */
function applyStructure(
  upgrader: Upgrader,
  baseInstance: TemplateInstance,
  upstream: TemplateInstance,
  plan: MergePlan,
  report: UpgradeReport,
): Set<string> {
  const { draft } = upgrader;
  for (const entry of plan.actions) {
    if (entry.action !== 'remove') continue;
    draft.removeClause(entry.id);
    report.removed.push(entry.id);
  }
  for (const entry of plan.actions) {
    if (entry.action === 'insert-upstream' || (entry.action === 'conflict' && entry.conflict === 'locally-dropped'))
      upgrader.insert(entry.id);
    if (entry.action === 'insert-upstream') report.added.push(entry.id);
  }
  const removedSections = new Set<string>();
  for (const section of emptiedSections(draft, baseInstance, upstream)) {
    const fresh = draft.section(section.id);
    if (fresh) draft.removeHeading(fresh);
    removedSections.add(section.id);
  }
  return removedSections;
}

/**
 * The notes step: a conflict note at each conflict, the carried footnotes appended, the template's footnotes no
 * clause cites any more removed. Returns the identifiers of the removed footnotes.
 */
function applyNotes(
  upgrader: Upgrader,
  local: Policy,
  baseInstance: TemplateInstance,
  plan: MergePlan,
  report: UpgradeReport,
): Set<string> {
  const { draft } = upgrader;
  for (const entry of plan.actions) {
    if (entry.action !== 'conflict') continue;
    upgrader.note(entry.id, entry.conflict);
    report.conflicts.push({ id: entry.id, kind: entry.conflict });
  }
  draft.appendBlocks(upgrader.footnotes.definitions());
  const removedNotes = new Set<string>();
  const orphans = orphanedTemplateNotes(local, draft.policy, baseInstance).sort(
    (a, b) => (b.position?.start.line ?? 0) - (a.position?.start.line ?? 0),
  );
  for (const note of orphans) {
    if (note.position) draft.removeLines(note.position.start.line, note.position.end.line);
    removedNotes.add(note.identifier);
  }
  return removedNotes;
}

/** The front matter after the upgrade: the new template version, the newly given values, the open conflicts. */
function upgradedFrontmatter(
  source: string,
  local: Policy,
  to: string,
  values: Readonly<Record<string, string>>,
  recorded: Readonly<Record<string, string>>,
  conflicts: UpgradeReport['conflicts'],
): string {
  return editFrontmatter(source, local.path, (doc: Document) => {
    doc.set('derivedFrom', to);
    // Only new or newly given values are written: the school's other entries (and their comments) stay as they are.
    for (const [name, value] of Object.entries(values))
      if (recorded[name] !== value) doc.setIn(['variables', name], value);
    if (conflicts.length > 0) doc.set('conflicts', doc.createNode(conflicts.map((conflict) => conflict.id)));
  });
}

export function upgradePolicy(original: Policy, target: SectorTemplate, options: UpgradeOptions = {}): UpgradeResult {
  requireUsable(target);
  // Without derivedFrom the base version is found by content; a copy without the template's IDs gets them first.
  const project = options.project ?? findProject();
  const prepared = prepareUpgrade(original, target, project, options.base);
  const local = prepared.local;
  const base = options.base ?? prepared.base ?? baseTemplateOf(local, project);
  const from = formatRef(base.ref);
  const to = formatRef(target.ref);
  const report: UpgradeReport = {
    file: local.path,
    from,
    to,
    applied: [],
    added: [],
    removed: [],
    keptLocal: [],
    localAdditions: [],
    unlabelledAdditions: [],
    conflicts: [],
    headings: [],
    ...(prepared.baseFound ? { baseFound: prepared.baseFound } : {}),
    ...(prepared.idsWritten > 0 ? { idsWritten: prepared.idsWritten } : {}),
  };
  requireSameTemplate(base, target, local);
  refuseOpenConflicts(local);
  if (base.ref.version === target.ref.version) return { source: original.source, report, changed: false };
  requireUniqueIds(local);

  const recorded = recordedValues(local);
  const given = { ...recorded, ...(options.values ?? {}) };
  const baseInstance = instanceFor(base, recorded, false);
  const upstream = instanceFor(target, given, true);
  const plan = planMerge(baseInstance, upstream, local);
  const upgrader = new Upgrader(local, upstream);

  // Text first, then structure, then the conflict notes: a note makes a list loose, and insertions into a tight
  // list should stay tight.
  applyTexts(upgrader, upstream, plan, report);
  const removedSections = applyStructure(upgrader, baseInstance, upstream, plan, report);
  const removedNotes = applyNotes(upgrader, local, baseInstance, plan, report);

  const values = resolveValues(target, given).values;
  const source = upgradedFrontmatter(upgrader.draft.source, local, to, values, recorded, report.conflicts);
  const after = new Draft(source, local.path).policy;
  verifyNothingLost(local, after, { actions: plan.actions, sections: removedSections, footnotes: removedNotes });
  report.unlabelledAdditions.push(...unlabelledAdditions(local, baseInstance, after));
  return { source, report, changed: source !== original.source };
}
