// Scores diffPolicies on the pairs of tests/fixtures/diff-labels/real-pairs.yaml (issue 26): reported changes right,
// false renumbering, editorial changes called substantive, and false reasons. Each labelled change accounts for at
// most one reported change, found by kind and text snippet, as in labelled-score.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ClauseChange, PolicyDiff } from '../../src/diff/types.js';
import { REASON_CATEGORIES } from '../../src/diff/types.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { type ExpectedChange, isRenumberedOnly, type LabelledPair, withinLabelScope } from './labelled-score.js';

export interface RealLabel extends ExpectedChange {
  /** Reason categories that are true of the change; absent or [] means none. */
  reasons?: string[];
}

export interface RealPair extends Omit<LabelledPair, 'changes'> {
  changes: RealLabel[];
  renumbered?: number;
}

export function realPairs(): RealPair[] {
  const file = join(PROJECT_ROOT, 'tests', 'fixtures', 'diff-labels', 'real-pairs.yaml');
  return (parse(readFileSync(file, 'utf8')) as { pairs: RealPair[] }).pairs;
}

const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();

function texts(change: ClauseChange, side: 'old' | 'new'): string[] {
  const own = change[side]?.text;
  const parts = change.parts?.map((part) => part.text) ?? [];
  return [...(own === undefined ? [] : [own]), ...parts].map(flat);
}

function fits(label: RealLabel, change: ClauseChange): boolean {
  if (!change.kinds.includes(label.kind)) return false;
  for (const side of ['old', 'new'] as const) {
    const snippet = label[side];
    if (snippet !== undefined && !texts(change, side).some((text) => text.includes(flat(snippet)))) return false;
  }
  return true;
}

const CATEGORY = new RegExp(`^(${REASON_CATEGORIES.join('|')})-`, 'u');

export interface RealScore {
  reported: number;
  expected: number;
  matched: number;
  falseRenumbered: number;
  editorialLabelled: number;
  editorialCalledSubstantive: number;
  falseReasons: number;
  notes: string[];
}

export function scoreRealPair(whole: PolicyDiff, pair: RealPair): RealScore {
  // Link targets are out of these labels' scope (their header): a change of link targets alone is set aside.
  const { diff, setAside } = withinLabelScope(whole, { headings: true });
  const reported = diff.changes.filter((change) => !isRenumberedOnly(change));
  const renumbered = diff.changes.filter((change) => change.kinds.includes('renumbered')).length;
  const used = new Set<ClauseChange>();
  const notes: string[] = [];
  let editorialCalledSubstantive = 0;
  let falseReasons = 0;
  for (const label of pair.changes) {
    const hit = reported.find((change) => !used.has(change) && fits(label, change));
    if (!hit) {
      notes.push(`missed ${label.kind} ${label.old ?? label.new}`);
      continue;
    }
    used.add(hit);
    if (label.significance === 'editorial' && hit.significance === 'substantive') {
      editorialCalledSubstantive++;
      notes.push(`editorial called substantive: ${label.old ?? label.new}`);
    }
    const allowed = new Set(label.significance === 'editorial' ? [] : (label.reasons ?? []));
    for (const reason of hit.reasons) {
      const category = CATEGORY.exec(reason.code)?.[1];
      if (category === undefined || allowed.has(category)) continue;
      falseReasons++;
      notes.push(`false reason ${reason.code} ${JSON.stringify(reason.params)} on ${label.old ?? label.new}`);
    }
  }
  for (const change of reported.filter((change) => !used.has(change)))
    notes.push(`not a change: ${change.kinds.join('+')} ${(change.old?.text ?? change.new?.text ?? '').slice(0, 70)}`);
  if (setAside > 0) notes.push(`${setAside} changes of link targets alone set aside (out of the labels' scope)`);
  const falseRenumbered = Math.max(0, renumbered - (pair.renumbered ?? 0));
  if (falseRenumbered > 0) notes.push(`${falseRenumbered} clauses reported renumbered`);
  return {
    reported: reported.length,
    expected: pair.changes.length,
    matched: used.size,
    falseRenumbered,
    editorialLabelled: pair.changes.filter((label) => label.significance === 'editorial').length,
    editorialCalledSubstantive,
    falseReasons,
    notes,
  };
}
