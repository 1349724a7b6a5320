// The line for renumbered clauses counts what it names: provisions, and the typed articles they stand in.
import { describe, expect, it } from 'vitest';
import type { ClauseChange, PolicyDiff } from '../../../src/diff/types.js';
import { renumberedCount } from '../../../src/render/shared/phrases.js';
import { diffLabels } from '../../../src/wording/article-words.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const renumbered = (section: string, number: string): ClauseChange =>
  ({
    kinds: ['renumbered'],
    significance: 'editorial',
    reasons: [],
    new: { id: number, synthetic: true, number, sectionPath: [section], sectionId: section, text: '', line: 1 },
    similarity: 1,
  }) as ClauseChange;

const phrasesFor = (changes: ClauseChange[]) =>
  diffLabels(loadLabels('nl', { root: PROJECT_ROOT }), { changes } as unknown as PolicyDiff).phrases;

describe('renumberedCount', () => {
  it('counts the provisions of typed articles and the articles they stand in', () => {
    const changes = [renumbered('Artikel 6', '6.1'), renumbered('Artikel 6', '6.2'), renumbered('Artikel 7', '7.1')];
    expect(renumberedCount(changes, phrasesFor(changes))).toBe('3 bepalingen hernummerd, in 2 artikelen');
    const one = changes.slice(0, 2);
    expect(renumberedCount(one, phrasesFor(one))).toBe('2 bepalingen hernummerd, in 1 artikel');
  });

  it('names no articles where one of the clauses stands in none', () => {
    const changes = [renumbered('Artikel 6', '6.1'), renumbered('Bijlage', '1')];
    expect(renumberedCount(changes, phrasesFor(changes))).toBe('2 bepalingen hernummerd');
  });

  it('keeps "artikelen" for the clauses of a policy without typed articles', () => {
    const changes = [renumbered('Voor medewerkers', '2.1'), renumbered('Voor medewerkers', '2.2')];
    expect(renumberedCount(changes, phrasesFor(changes))).toBe('2 artikelen hernummerd');
  });
});
