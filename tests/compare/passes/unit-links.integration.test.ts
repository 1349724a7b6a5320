// Unit links (src/compare/passes/unit-links.ts) look up, through prefix indexes, the few clauses and units that can reach
// UNIT_MIN instead of scanning every clause and unit of the other document for each clause (issue 41: quadratic in
// repeated clauses). Checked here against that scan, kept below as the reference: the same links on the five seeds
// and on two of them repeated, where identical clauses make every tie count.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterLinks, type Group } from '../../../src/compare/passes/cluster.js';
import { type AlignClause, type AlignDocument, prepareDocuments } from '../../../src/compare/terms/documents.js';
import { alignPair } from '../../../src/compare/passes/pairwise.js';
import { MIN_SHARED_WORDS, secondPassLinks } from '../../../src/compare/passes/second-pass.js';
import { UnitLinkSides } from '../../../src/compare/passes/unit-link-sides.js';
import { type UnitLink, UNIT_MIN, unitLinks } from '../../../src/compare/passes/unit-links.js';
import { partsOverlap } from '../../../src/compare/terms/units.js';
import { cosine, type SparseVector } from '../../../src/compare/terms/vectors.js';
import type { Policy } from '../../../src/model/policy.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { seedFiles } from '../../../bench/corpus.js';

function scoreAgainst(vector: SparseVector, b: AlignClause): number {
  let score = cosine(vector, b.vector);
  for (const part of b.parts) score = Math.max(score, part.discount * cosine(vector, part.vector));
  return score;
}

/** The links as the scan of every clause and unit found them (unit-links.ts before issue 41). */
function scannedLinks(documents: readonly AlignDocument[], groups: readonly Group[]): UnitLink[] {
  const groupOf: Map<number, number>[] = documents.map(() => new Map());
  groups.forEach((group, index) => {
    for (const [document, clauses] of group) for (const clause of clauses) groupOf[document]?.set(clause, index);
  });
  const all: UnitLink[] = [];
  for (const from of documents)
    for (const to of documents) {
      if (from === to) continue;
      to.clauses.forEach((clauseB, b) => {
        const group = groupOf[to.order]?.get(b) ?? -1;
        if (groups[group]?.has(from.order)) return;
        let best: { clause: number; unit: number; score: number } | undefined;
        let bestWhole = 0;
        from.clauses.forEach((clauseA, a) => {
          const whole = scoreAgainst(clauseA.vector, clauseB);
          if (!best || whole > best.score) best = { clause: a, unit: -1, score: whole };
          clauseA.units.forEach((unit, index) => {
            const score = scoreAgainst(unit.vector, clauseB);
            if (best && score > best.score) {
              best = { clause: a, unit: index, score };
              bestWhole = whole;
            }
          });
        });
        const found = best as { clause: number; unit: number; score: number } | undefined;
        if (!found || found.unit < 0 || found.score < UNIT_MIN || found.score <= bestWhole) return;
        const vector = from.clauses[found.clause]?.units[found.unit]?.vector as SparseVector;
        if (to.clauses.findIndex((other) => scoreAgainst(vector, other) >= found.score) !== b) return;
        const shared = [...(from.clauses[found.clause]?.units[found.unit]?.contentTerms ?? [])].filter((id) =>
          clauseB.contentTerms.includes(id),
        );
        if (shared.length < MIN_SHARED_WORDS) return;
        all.push({ document: from.order, clause: found.clause, unit: found.unit, group, score: found.score });
      });
    }
  const key = (document: number): string => documents[document]?.key ?? '';
  all.sort(
    (x, y) =>
      y.score - x.score ||
      (key(x.document) < key(y.document) ? -1 : key(x.document) > key(y.document) ? 1 : 0) ||
      x.clause - y.clause ||
      x.unit - y.unit ||
      x.group - y.group,
  );
  const taken: UnitLink[] = [];
  for (const link of all) {
    if (groups[link.group]?.has(link.document)) continue;
    if (taken.some((other) => other.group === link.group && other.document === link.document)) continue;
    const part = documents[link.document]?.clauses[link.clause]?.units[link.unit]?.part;
    const overlaps = taken.some(
      (other) =>
        other.document === link.document &&
        other.clause === link.clause &&
        part !== undefined &&
        partsOverlap(part, documents[other.document]?.clauses[other.clause]?.units[other.unit]?.part ?? part),
    );
    if (!overlaps) taken.push(link);
  }
  return taken;
}

/** The documents and the provisions of passes one and two, as alignPolicies makes them. */
function provisionsOf(policies: readonly Policy[]): { documents: AlignDocument[]; groups: Group[]; terms: number } {
  const { documents, vocabulary } = prepareDocuments(policies);
  const pairs = [];
  for (let i = 0; i < documents.length; i++)
    for (let j = i + 1; j < documents.length; j++)
      pairs.push(alignPair(documents[i] as AlignDocument, documents[j] as AlignDocument, vocabulary));
  const clusters = clusterLinks(documents, pairs, () => {});
  clusters.joinAll(secondPassLinks(pairs, clusters.groups(), documents));
  return { documents, groups: clusters.groups(), terms: vocabulary.termCount };
}

/** A seed policy with its body repeated `times` times, each copy's ids numbered. */
function repeated(file: string, times: number): Policy {
  const source = readFileSync(file, 'utf8');
  const end = source.indexOf('\n---\n', 4) + 5;
  const body = source.slice(end);
  const copies = Array.from({ length: times }, (_, copy) =>
    copy === 0 ? body : body.replace(/\{#([^}\s]+)\}/g, (_, id: string) => `{#${id}-${copy + 1}}`),
  );
  return parsePolicy(source.slice(0, end) + copies.join('\n'), { path: file }).policy;
}

describe('unit links found through the prefix indexes', () => {
  it('are those of the scan on the five seeds', () => {
    const { documents, groups } = provisionsOf(
      seedFiles().map((file) => parsePolicy(readFileSync(file, 'utf8'), { path: file }).policy),
    );
    const links = unitLinks(documents, groups);
    expect(links.length).toBeGreaterThan(0);
    expect(links).toEqual(scannedLinks(documents, groups));
  });

  it('are those of the scan on two seeds repeated three times, identical clauses and all', () => {
    const [aeres, flex] = ['aeres-mbo', 'flex-college'].map((org) => `policies/${org}/social-media.md`);
    const { documents, groups } = provisionsOf([repeated(aeres as string, 3), repeated(flex as string, 3)]);
    const links = unitLinks(documents, groups);
    expect(links.length).toBeGreaterThan(0);
    expect(links).toEqual(scannedLinks(documents, groups));
  });

  it('are the same from indexes sized by the vocabulary’s term count, as alignPolicies gives them', () => {
    const [aeres, flex] = ['aeres-mbo', 'flex-college'].map((org) => `policies/${org}/social-media.md`);
    const { documents, groups, terms } = provisionsOf([repeated(aeres as string, 3), repeated(flex as string, 3)]);
    const links = unitLinks(documents, groups, () => false, new UnitLinkSides(documents, terms));
    expect(links.length).toBeGreaterThan(0);
    expect(links).toEqual(unitLinks(documents, groups));
  });
});
