// A citation that follows a renumbering ("bedoeld in artikel 12" → "artikel 13" where Artikel 12 is now Artikel 13)
// is editorial and says so beside the text; only where that is exact. The statutes pair's shape: an article inserted
// before the ones cited.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/index.js';
import type { ClauseChange } from '../../src/diff/types.js';
import { DEFAULT_META, policyOf, type SectionSpec } from './fixtures.js';

const article = (n: number, ...clauses: string[]): SectionSpec => ({ title: `Artikel ${n}`, depth: 3, clauses });

/** Artikel 1 cites Artikel 3; in the new version an article is inserted before 3, which becomes 4. */
function pair(cites: (n: number) => string, newCites: (n: number) => string = cites, annex: SectionSpec[] = []) {
  const before = [
    article(
      1,
      `De vergadering besluit over het verslag bedoeld in ${cites(3)}.`,
      'Het bestuur roept de vergadering bijeen.',
    ),
    article(2, 'Leden betalen een jaarlijkse bijdrage.', 'Het bestuur stelt de bijdrage voor.'),
    article(3, 'De kascommissie onderzoekt de rekening.', 'Zij brengt verslag uit aan de vergadering.'),
  ];
  const after = [
    article(
      1,
      `De vergadering besluit over het verslag bedoeld in ${newCites(4)}.`,
      'Het bestuur roept de vergadering bijeen.',
    ),
    article(2, 'Leden betalen een jaarlijkse bijdrage.', 'Het bestuur stelt de bijdrage voor.'),
    article(3, 'Aspirant-leden hebben geen stemrecht.', 'Het bestuur laat aspirant-leden toe.'),
    article(4, 'De kascommissie onderzoekt de rekening.', 'Zij brengt verslag uit aan de vergadering.'),
  ];
  const diff = diffPolicies(
    policyOf({ meta: DEFAULT_META, sections: [...before, ...annex] }),
    policyOf({ meta: DEFAULT_META, sections: [...after, ...annex] }),
  );
  return diff.changes.find((change) => change.old?.sectionPath.at(-1) === 'Artikel 1') as ClauseChange;
}

describe('citations that follow a renumbering', () => {
  it('are editorial, no reason, and named as followed', () => {
    const change = pair((n) => `artikel ${n}`);
    expect(change.kinds).toEqual(['modified']);
    expect(change.significance).toBe('editorial');
    expect(change.reasons).toEqual([]);
    expect(change.citations).toEqual([{ from: '3', to: '4' }]);
  });

  it('follow with a part cited after them, and in the words of this document', () => {
    expect(pair((n) => `artikel ${n} lid 2, eerste zin`).significance).toBe('editorial');
    expect(pair((n) => `artikel ${n} van deze statuten`).significance).toBe('editorial');
  });

  it('keep the other reasons of a change: only the citation gives none', () => {
    const change = pair(
      (n) => `artikel ${n} binnen vijf dagen`,
      (n) => `artikel ${n} binnen zeven dagen`,
    );
    expect(change.significance).toBe('substantive');
    expect(change.reasons).toEqual([{ code: 'duration-changed', params: { from: 'vijf dagen', to: 'zeven dagen' } }]);
    expect(change.citations).toEqual([{ from: '3', to: '4' }]);
  });

  it("stay substantive where the citation is another document's", () => {
    for (const cites of [(n: number) => `artikel ${n} van het Toetsbesluit`, (n: number) => `artikel ${n} WPO`]) {
      const change = pair(cites);
      expect(change.significance).toBe('substantive');
      expect(change.reasons).toEqual([{ code: 'number-changed', params: { from: '3', to: '4' } }]);
      expect(change.citations).toBeUndefined();
    }
  });

  it("stay substantive where the new number is not the cited article's", () => {
    const change = pair(
      (n) => `artikel ${n}`,
      () => 'artikel 2',
    );
    expect(change.significance).toBe('substantive');
    expect(change.citations).toBeUndefined();
  });

  it('stay substantive where a number names two articles of a version (an annex with articles of its own)', () => {
    const annex = [
      { title: 'Bijlage', clauses: [] },
      article(3, 'Het reglement geldt voor elke toets.'),
      article(4, 'De school meldt elke leerling aan.'),
    ];
    const change = pair((n) => `artikel ${n}`, undefined, annex);
    expect(change.significance).toBe('substantive');
    expect(change.citations).toBeUndefined();
  });
});
