// Before an upgrade's three-way merge (which works by clause ID): find the template version the policy was adapted
// from when derivedFrom does not say, and give a copy without the template's IDs those IDs by content (fmt's
// lossless writer, in memory; the upgraded file is written once, at the end, as usual).
import { formatSource } from '../fmt/index.js';
import type { Clause, Policy, Section } from '../model/policy.js';
import { allClauses, allSections } from '../model/walk.js';
import { parsePolicy } from '../parse/index.js';
import { templateIdsFor } from './adopt.js';
import { guessBaseVersion, summariseGuess, type GuessSummary } from './base.js';
import { deviationsOf } from './deviations.js';
import { compareVersions, templateIndex } from './store.js';
import type { Project } from '../io/project.js';
import type { SectorTemplate } from './template.js';

export interface PreparedUpgrade {
  local: Policy;
  /** The version found by content, and how sure, when derivedFrom is absent. */
  baseFound?: GuessSummary;
  base?: SectorTemplate;
  /** Template IDs written into clauses and sections that had none. */
  idsWritten: number;
}

/** Below this fit (src/template/base.ts) no version counts as the policy's base: derivedFrom must say. */
const MIN_BASE_FIT = 0.1;

/** The project's versions of `target`'s template up to `target` itself, oldest first. */
function candidateVersions(project: Project, target: SectorTemplate): SectorTemplate[] {
  const byVersion = new Map<string, SectorTemplate>();
  for (const { template } of templateIndex(project.sectorRoot)) {
    if (template.ref.id !== target.ref.id || compareVersions(template.ref.version, target.ref.version) > 0) continue;
    if (!byVersion.has(template.ref.version)) byVersion.set(template.ref.version, template);
  }
  if (!byVersion.has(target.ref.version)) byVersion.set(target.ref.version, target);
  return [...byVersion.values()].sort((a, b) => compareVersions(a.ref.version, b.ref.version));
}

/** `project`: whose templates/sector holds the versions the base is looked for among. */
export function prepareUpgrade(
  local: Policy,
  target: SectorTemplate,
  project: Project,
  base?: SectorTemplate,
): PreparedUpgrade {
  const prepared: PreparedUpgrade = { local, idsWritten: 0 };
  let from = base;
  if (!from && !local.meta.derivedFrom) {
    const guess = guessBaseVersion(local, candidateVersions(project, target));
    // A policy that shares (almost) nothing with any version was not adapted from this template at all.
    if (guess && guess.best.verbatim > 0 && guess.best.share >= MIN_BASE_FIT) {
      from = guess.best.template;
      prepared.base = from;
      prepared.baseFound = summariseGuess(guess);
    }
  }
  if (!from) return prepared;
  // A copy without the template's IDs (pasted into Word and back, or given its own by fmt): write the template's IDs
  // where the text matches, so the merge can pair them. A policy that carries them (made by `adapt`) is merged by
  // its IDs alone: a clause the school added in the place of one it deleted is its own, not the template's.
  const matched = deviationsOf(from, local).clauses;
  const byText = matched.some((clause) => clause.matchedBy && clause.matchedBy !== 'id');
  const byId = matched.some((clause) => clause.matchedBy === 'id');
  if (!byText || byId) return prepared;
  const template = from;
  const renamed = renameOwnIds(local, template);
  const formatted = formatSource(renamed.source, {
    path: local.path,
    ids: (policy) => templateIdsFor(template, policy),
  });
  prepared.idsWritten = formatted.assigned.length + renamed.count;
  prepared.local = parsePolicy(formatted.output, { path: local.path }).policy;
  return prepared;
}

/**
 * Clauses and sections that match the template by content but carry an id of the school's own (fmt made one from
 * their words) take the template's id instead, so the merge by id pairs them. Only ids the template does not use
 * are renamed, and only to ids the policy does not use yet.
 */
function renameOwnIds(local: Policy, template: SectorTemplate): { source: string; count: number } {
  const wanted = templateIdsFor(template, local);
  const templateIds = new Set([
    ...allClauses(template.policy).map(({ clause }) => clause.id),
    ...allSections(template.policy).map((section) => section.id),
  ]);
  const used = new Set([
    ...allClauses(local).map(({ clause }) => clause.id),
    ...allSections(local).map((section) => section.id),
  ]);
  const edits: { start: number; end: number; text: string }[] = [];
  const rename = (item: Clause | Section, id: string | undefined): void => {
    const start = item.idPosition?.start.offset;
    const end = item.idPosition?.end.offset;
    if (item.synthetic || !id || id === item.id || templateIds.has(item.id) || used.has(id)) return;
    if (start === undefined || end === undefined || local.source.slice(start, end) !== `{#${item.id}}`) return;
    used.add(id);
    edits.push({ start, end, text: `{#${id}}` });
  };
  for (const [clause, id] of wanted.clauses) rename(clause, id);
  for (const [section, id] of wanted.sections) rename(section, id);
  let source = local.source;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    source = source.slice(0, edit.start) + edit.text + source.slice(edit.end);
  return { source, count: edits.length };
}
