// list-number (issue 39 item 6): a numbered item printed with another number than the source types before it, or
// with a number printed just before it (a clause after a table printed as a second "3.1" while check said nothing).
import { describe, expect, it } from 'vitest';
import { checkText, only, sites } from './helpers.js';

const HEAD = '---\nid: x\ntitle: T\norganisation: O\nversion: "1.0"\n---\n\n## Kanalen {#kanalen}\n\n';

describe('list-number', () => {
  it('reports an item whose typed number the print does not follow, at its place, with the numbers', () => {
    const result = checkText(`${HEAD}1. {#k.a} Een.\n2. {#k.b} Twee.\n4. {#k.c} Vier.\n`);
    expect(sites(only(result, 'list-number'))).toEqual(['12:1 warning list-number']);
    const [finding] = only(result, 'list-number');
    expect(finding?.message).toBe(
      'the source numbers this item 4, but it is printed as 1.3: a Markdown list reads only its first number and counts on from there',
    );
    expect(finding?.fix).toContain('start a new list there');
  });

  it('reports a list that counts again after a table, printing "1.1" a second time', () => {
    const table = '\n\n| Kanaal | Gebruik |\n| --- | --- |\n| Facebook | Nieuws |\n\n';
    const result = checkText(`${HEAD}1. {#k.a} De school gebruikt:${table}1. {#k.b} De directeur beheert ze.\n`);
    expect(sites(only(result, 'list-number'))).toEqual(['16:1 warning list-number']);
    expect(only(result, 'list-number')[0]?.message).toBe(
      'this item is printed as 1.1, as the item at line 10 is: what stands between two lists (a table) ends the first, and the second counts again from its own first number',
    );
    // Going on at 2 there prints 1.2: nothing to report.
    expect(
      only(checkText(`${HEAD}1. {#k.a} De school gebruikt:${table}2. {#k.b} De directeur.\n`), 'list-number'),
    ).toEqual([]);
  });

  it('leaves alone lists numbered as they print, every item "1.", and lists apart under paragraphs', () => {
    expect(only(checkText(`${HEAD}1. {#k.a} Een.\n2. {#k.b} Twee.\n   1. {#k.c} Sub.\n`), 'list-number')).toEqual([]);
    expect(only(checkText(`${HEAD}1. {#k.a} Een.\n1. {#k.b} Twee.\n1. {#k.c} Drie.\n`), 'list-number')).toEqual([]);
    const apart = `${HEAD}{#k.p} Leerlingen:\n\n1. {#k.a} Een.\n\n{#k.q} Ouders:\n\n1. {#k.b} Een.\n`;
    expect(only(checkText(apart), 'list-number')).toEqual([]);
  });
});
