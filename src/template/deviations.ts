// The deviation register: for every clause of a template, what each school did with it (adopted verbatim,
// modified, dropped), the clauses each school added, and the reason the school recorded for each deviation.
// Plain data, JSON-serialisable as it is; the renderers in src/render/deviations lay it out.
import { onlyFillsPlaceholders } from '../diff/editorial-forms.js';
import { readingTexts } from '../match/reading-text.js';
import { redline } from '../match/redline.js';
import type { WordOp } from '../diff/types.js';
import { normaliseText } from '../model/fingerprint.js';
import type { Policy } from '../model/policy.js';
import { allClauses, sectionPath, type ClauseVisit } from '../model/walk.js';
import { textSimilarity } from '../text/similarity.js';
import { alignClauses, type PairEvidence } from './align.js';
import { instantiate, resolveValues } from './instance.js';
import { markerOf } from './markers.js';
import type { SectorTemplate } from './template.js';
import { formatRef, type ClauseMarker } from './types.js';
import { recordedValues } from './variables.js';

/** 'filled-in': the template's words kept, only its placeholders ("[NOTE: describe …]") given real text. */
export type DeviationStatus = 'verbatim' | 'filled-in' | 'modified' | 'dropped';
/** A deviation the template does not allow: a locked clause changed, a locked or required clause removed. */
export type Violation = 'locked-modified' | 'required-dropped';

export interface ClauseDeviation {
  id: string;
  marker: ClauseMarker;
  status: DeviationStatus;
  /** The template's text filled with this school's values. */
  templateText: string;
  /** The school's text (absent when dropped). */
  policyText?: string;
  /** Display number and 1-based line in the school's file (absent when dropped). */
  number?: string;
  line?: number;
  /** template → school, word by word (modified only). */
  words?: WordOp[];
  /** The school's copy stands elsewhere in the document than the template's order puts it. */
  moved?: boolean;
  /** How the school's clause was found: a shared written id, or by its text when the ids are missing or differ. */
  matchedBy?: PairEvidence;
  rewritten?: boolean;
  violation?: Violation;
  /** The school's reason (frontmatter `rationale`), when it gave one. */
  rationale?: string;
}

export interface LocalAddition {
  id: string;
  /** The clause has no written {#id}: the parser made one up from its position. */
  synthetic: boolean;
  text: string;
  number: string;
  line: number;
  sectionPath: string[];
  rationale?: string;
}

export interface DeviationCounts {
  verbatim: number;
  /** Template clauses whose placeholders the school filled in, its words otherwise kept. */
  filledIn: number;
  modified: number;
  dropped: number;
  added: number;
  violations: number;
  /** Deviations the template allows for which the school gave no reason (clauses without a written id aside). */
  unexplained: number;
}

export interface PolicyDeviations {
  path: string;
  org: string;
  /** Neither org key nor organisation is written in the policy: both come from its folder, which many share. */
  orgFromFolder?: true;
  organisation: string;
  title: string;
  version: string;
  /** What the policy says it was adapted from (may differ from the template compared with). */
  derivedFrom?: string;
  comparedWith: string;
  /** The values the template was filled with: the school's recorded ones, else the template's defaults. */
  values: Record<string, string>;
  /** Variables used in the template for which neither the school nor the template has a value. */
  missingValues: string[];
  clauses: ClauseDeviation[];
  additions: LocalAddition[];
  counts: DeviationCounts;
}

export interface TemplateClause {
  id: string;
  marker: ClauseMarker;
  number: string;
  sectionPath: string[];
  /** As written in the template, `{{variables}}` included. */
  text: string;
}

export interface DeviationRegister {
  template: { path: string; id: string; version: string; title: string; organisation: string; lang: string };
  clauses: TemplateClause[];
  policies: PolicyDeviations[];
}

// Curly and straight quotes, and a no-break space, are typography: a clause that differs only in them is verbatim.
const typography = (text: string): string =>
  normaliseText(
    text.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"').replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'"),
  );

const sameText = (a: string, b: string): boolean => typography(a) === typography(b);

function clauseDeviation(
  id: string,
  marker: ClauseMarker,
  templateText: string,
  policy: Policy,
  found: ClauseVisit | undefined,
  textOf: (clause: ClauseVisit['clause']) => string,
): ClauseDeviation {
  const rationale = policy.meta.rationale[id];
  const base: ClauseDeviation = {
    id,
    marker,
    status: 'verbatim',
    templateText,
    ...(rationale !== undefined ? { rationale } : {}),
  };
  if (!found) {
    base.status = 'dropped';
    if (marker !== 'optional') base.violation = 'required-dropped';
    return base;
  }
  const { clause } = found;
  // Its footnotes are part of what the clause says: an exception added in a footnote modifies it.
  const policyText = textOf(clause);
  base.policyText = policyText;
  base.number = clause.number;
  base.line = clause.position.start.line;
  if (sameText(policyText, templateText)) return base;
  const line = redline(templateText, policyText, textSimilarity(templateText, policyText));
  base.words = line.words;
  // A slot the template left for the school, filled in: what a template is for, so no deviation and no violation.
  if (onlyFillsPlaceholders(line.words)) {
    base.status = 'filled-in';
    return base;
  }
  base.status = 'modified';
  if (line.rewritten) base.rewritten = true;
  if (marker === 'locked') base.violation = 'locked-modified';
  return base;
}

/** The policy's clauses that match no template clause: its own additions, with their rationale when given. */
function localAdditions(
  policy: Policy,
  theirs: ReturnType<typeof allClauses>,
  matched: ReadonlyMap<number, unknown>,
): LocalAddition[] {
  const additions: LocalAddition[] = [];
  theirs.forEach(({ clause, section }, index) => {
    if (matched.has(index)) return;
    const rationale = policy.meta.rationale[clause.id];
    additions.push({
      id: clause.id,
      synthetic: clause.synthetic,
      text: clause.text,
      number: clause.number,
      line: clause.position.start.line,
      sectionPath: sectionPath(policy, section).map((part) => part.title),
      ...(rationale !== undefined ? { rationale } : {}),
    });
  });
  return additions;
}

/** The register's totals: clauses per status, additions, violations, and deviations without a reason. */
function deviationCounts(clauses: readonly ClauseDeviation[], additions: readonly LocalAddition[]): DeviationCounts {
  const deviating = [
    ...clauses.filter((entry) => entry.status !== 'verbatim' && entry.status !== 'filled-in'),
    ...additions,
  ];
  return {
    verbatim: clauses.filter((entry) => entry.status === 'verbatim').length,
    filledIn: clauses.filter((entry) => entry.status === 'filled-in').length,
    modified: clauses.filter((entry) => entry.status === 'modified').length,
    dropped: clauses.filter((entry) => entry.status === 'dropped').length,
    added: additions.length,
    violations: clauses.filter((entry) => entry.violation).length,
    // A forbidden deviation needs undoing, not a reason; a clause without a written id cannot be given one.
    unexplained: deviating.filter(
      (entry) =>
        entry.rationale === undefined &&
        !('violation' in entry && entry.violation) &&
        !('synthetic' in entry && entry.synthetic),
    ).length,
  };
}

/**
 * How one policy deviates from `template`, filled with the values the policy recorded. Template clauses are found
 * in the policy by shared written id, else by content (src/template/align.ts), so a copy without ids, or with ids
 * of its own, or with the text a heading level deeper, is registered by what it says.
 */
export function deviationsOf(template: SectorTemplate, policy: Policy): PolicyDeviations {
  const { values, missing } = resolveValues(template, recordedValues(policy));
  const instance = instantiate(template, values);
  const ours = allClauses(instance.policy);
  const theirs = allClauses(policy);
  const alignment = alignClauses(instance.policy, ours, policy, theirs);
  const templateTextOf = readingTexts(instance.policy);
  const policyTextOf = readingTexts(policy);
  const clauses: ClauseDeviation[] = ours.map((visit, index) => {
    const pair = alignment.byTemplate.get(index);
    const { id } = visit.clause;
    const entry = clauseDeviation(
      id,
      markerOf(template.markers, id),
      templateTextOf(visit.clause),
      policy,
      pair ? theirs[pair.policy] : undefined,
      policyTextOf,
    );
    if (pair) entry.matchedBy = pair.evidence;
    if (pair?.moved) entry.moved = true;
    return entry;
  });
  const additions = localAdditions(policy, theirs, alignment.byPolicy);
  const counts = deviationCounts(clauses, additions);
  const { meta } = policy;
  return {
    path: policy.path,
    org: meta.org,
    ...(meta.inferred.includes('org') && (meta.inferred.includes('organisation') || meta.organisation === '')
      ? { orgFromFolder: true as const }
      : {}),
    organisation: meta.organisation,
    title: meta.title,
    version: meta.version,
    ...(meta.derivedFrom ? { derivedFrom: meta.derivedFrom } : {}),
    comparedWith: formatRef(template.ref),
    values,
    missingValues: [...new Set(missing.map((use) => use.name))],
    clauses,
    additions,
    counts,
  };
}

export function templateClauses(template: SectorTemplate): TemplateClause[] {
  return allClauses(template.policy).map(({ clause, section }) => ({
    id: clause.id,
    marker: markerOf(template.markers, clause.id),
    number: clause.number,
    sectionPath: sectionPath(template.policy, section).map((part) => part.title),
    text: clause.text,
  }));
}

export function deviationRegister(template: SectorTemplate, policies: readonly Policy[]): DeviationRegister {
  const { meta } = template.policy;
  return {
    template: {
      path: template.file,
      id: template.ref.id,
      version: template.ref.version,
      title: meta.title,
      organisation: meta.organisation,
      lang: meta.lang,
    },
    clauses: templateClauses(template),
    policies: policies.map((policy) => deviationsOf(template, policy)),
  };
}
