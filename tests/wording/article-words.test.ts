// A policy whose sections are typed articles calls the members and points under them provisions: "artikel" for one of
// them is false there, in the reasons and in the line for renumbered clauses.
import { describe, expect, it } from 'vitest';
import type { ClauseChange, ClauseRef, PolicyDiff, Reason } from '../../src/diff/types.js';
import { articleOf, diffLabels, inArticles } from '../../src/wording/article-words.js';
import { loadLabels } from '../../src/wording/labels.js';
import { wordReason } from '../../src/wording/reasons.js';
import { PROJECT_ROOT } from '../support/paths.js';

const ref = (sectionPath: string[]): ClauseRef => ({
  id: 'x',
  synthetic: true,
  number: '4.d',
  sectionPath,
  sectionId: 's',
  text: 'd. Aangepaste versies',
  line: 1,
});

const added = (sectionPath: string[]): ClauseChange => ({
  kinds: ['added'],
  significance: 'substantive',
  reasons: [{ code: 'clause-added', params: {} }],
  new: ref(sectionPath),
  similarity: 0,
});

const diffOf = (changes: ClauseChange[]): PolicyDiff => ({ changes }) as unknown as PolicyDiff;

describe('articleOf', () => {
  it('names the innermost heading that types an article, and none for a chapter or a plain title', () => {
    expect(articleOf(ref(['Bijlage', 'Artikel  4']))).toBe('Artikel 4');
    expect(articleOf(ref(['Hoofdstuk 2', 'Art. 5:1 Toezicht', 'Lid a']))).toBe('Art. 5:1');
    expect(articleOf(ref(['Hoofdstuk 2', '§ 3']))).toBeUndefined();
    expect(articleOf(ref(['Voor medewerkers']))).toBeUndefined();
  });
});

describe('diffLabels', () => {
  const nl = loadLabels('nl', { root: PROJECT_ROOT });
  const en = loadLabels('en', { root: PROJECT_ROOT });
  const merged: Reason = { code: 'clauses-merged', params: { count: 2 } };

  it('words the clauses of a policy of typed articles as provisions, in Dutch and English', () => {
    const diff = diffOf([added(['Artikel 4'])]);
    expect(inArticles(diff)).toBe(true);
    const words = diffLabels(nl, diff);
    expect(wordReason({ code: 'clause-added', params: {} }, words)).toBe('bepaling toegevoegd');
    expect(wordReason(merged, words)).toBe('2 bepalingen samengevoegd tot één');
    expect(words.phrases.renumbered).toBe('{{count}} bepalingen hernummerd');
    expect(wordReason(merged, diffLabels(en, diff))).toBe('2 clauses merged into one');
  });

  it('keeps "artikel" for the clauses of a policy whose headings type no article', () => {
    const diff = diffOf([added(['Voor medewerkers'])]);
    expect(inArticles(diff)).toBe(false);
    expect(diffLabels(nl, diff)).toBe(nl);
    expect(wordReason(merged, diffLabels(nl, diff))).toBe('2 artikelen samengevoegd tot één');
  });
});
