// One clause as its reader sees it (clauseView, issue 39 item 4): what a person's confirmation is tied to. Its words,
// the targets of its links, its table cells and the footnotes it cites, numbered within the clause so a footnote
// inserted elsewhere changes nothing; formatting and a footnote's label in the source are no part of it.
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/model/policy.js';
import { clauseView, showsMoreThanWords } from '../../src/model/reader-view.js';
import { allClauses } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const policy = (body: string): Policy => parsePolicy(`# Regels\n\n${body}`, { path: 'regels.md' }).policy;
const view = (body: string, index = 0): string => {
  const read = policy(body);
  const visit = allClauses(read)[index];
  if (!visit) throw new Error(`no clause ${index}`);
  return clauseView(read, visit.clause);
};

describe('clauseView', () => {
  it('gives the words, then each footnote the clause cites, numbered within the clause', () => {
    expect(view('Foto’s plaatsen wij niet.[^a]\n\n[^a]: Behalve met toestemming van de ouders.\n')).toBe(
      'Foto’s plaatsen wij niet. [^1]\n[^1]\tBehalve met toestemming van de ouders.',
    );
  });

  it('is the same whatever footnotes other clauses cite, and whatever the label is called', () => {
    const alone = view('Eerste regel.\n\nTweede regel.[^x]\n\n[^x]: Een noot.\n', 1);
    const after = view('Eerste regel.[^y]\n\nTweede regel.[^noot]\n\n[^y]: Nieuw.\n\n[^noot]: Een noot.\n', 1);
    expect(after).toBe(alone);
  });

  it('changes with a footnote’s words, a link’s target and a table cell, not with emphasis', () => {
    const base = view('Zie [de regeling](https://a.example/regeling).\n');
    expect(view('Zie [de regeling](https://b.example/regeling).\n')).not.toBe(base);
    expect(view('Zie *[de regeling](https://a.example/regeling)*.\n')).toBe(base);
    const table = (cell: string): string => view(`Tarieven:\n\n| a | b |\n| --- | --- |\n| 1 | ${cell} |\n`);
    expect(table('2')).not.toBe(table('3'));
  });

  it('says when a reader sees more than the words: a footnote, a link, an image, a table', () => {
    const more = (body: string): boolean => showsMoreThanWords(allClauses(policy(body))[0]!.clause);
    expect(more('Alleen woorden, met *nadruk*.\n')).toBe(false);
    expect(more('Met noot.[^a]\n\n[^a]: Noot.\n')).toBe(true);
    expect(more('Met [link](https://a.example).\n')).toBe(true);
    expect(more('Met ![beeld](beeld.png).\n')).toBe(true);
    expect(more('Met tabel:\n\n| a |\n| --- |\n| 1 |\n')).toBe(true);
  });
});
