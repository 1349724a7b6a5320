// heading-space: a title typed `###Artikel 3` with no space after the hashes is printed as text, and the article's
// clauses are cited under the article before it; check points at the line and says how to make it a heading.
import { describe, expect, it } from 'vitest';
import { checkText, only, sites } from './helpers.js';

const HEAD = '---\nid: x\ntitle: T\norganisation: O\nversion: "1.0"\n---\n\n';

describe('heading-space', () => {
  it('reports a title line alone in its paragraph, at its hashes, with the heading to write', () => {
    const result = checkText(
      `${HEAD}### Artikel 2\n\n{#a.b} De klacht wordt gemotiveerd.\n\n###Artikel 3\n\n{#a.c} Deze regeling treedt in werking.\n`,
    );
    expect(sites(only(result, 'heading-space'))).toEqual(['12:1 warning heading-space']);
    const [finding] = only(result, 'heading-space');
    expect(finding?.message).toBe(
      '"###Artikel 3" is printed as a line of text, not as a heading: Markdown reads hashes as a heading only with a space after them',
    );
    expect(finding?.fix).toContain('write "### Artikel 3"');
  });

  it('reports a title line right under a paragraph and in a list item, at the column it starts', () => {
    const under = checkText(`${HEAD}## Besluit {#b}\n\n{#b.a} Besluit:\n####Begripsbepalingen\n`);
    expect(sites(only(under, 'heading-space'))).toEqual(['11:1 warning heading-space']);
    const item = checkText(`${HEAD}## Regels {#r}\n\n1. {#r.a} Een.\n2. ##Hoofdstuk 2\n`);
    expect(sites(only(item, 'heading-space'))).toEqual(['11:4 warning heading-space']);
  });

  it('leaves alone headings with their space, hashtags, a hash inside a sentence and escaped hashes', () => {
    const text = [
      '## Artikel 1 {#a}',
      '',
      '{#a.a} Volg ons op',
      '#onzeschool en #MeToo.',
      '',
      '{#a.b} Zie het kopje ###Artikel 3 hierboven.',
      '',
      '{#a.c} \\###Artikel 3 blijft tekst.',
      '',
      '```',
      '###Artikel 4',
      '```',
    ].join('\n');
    expect(only(checkText(`${HEAD}${text}\n`), 'heading-space')).toEqual([]);
  });
});
