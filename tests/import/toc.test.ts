// The one recogniser of a table of contents (src/import/toc.ts) that the text, PDF and Word readers share (issue 39
// item 6): a contents heading with its entries, or entries ending in a page number that repeat the headings.
import { describe, expect, it } from 'vitest';
import { isTocField, isTocHeading, isTocStyle, tableOfContents, tocEntry } from '../../src/import/toc.js';
import { titlesContents } from '../../src/compare/read/contents-entries.js';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));
const BODY = ['Inleiding', 'Op onze school voelt iedereen zich veilig.', 'Aanpak', 'De leerkracht grijpt in.'];

describe('tableOfContents', () => {
  it('finds a contents heading and the entries under it, leaders or tabs before their pages', () => {
    expect([...tableOfContents(lines('Pestprotocol', 'Inhoud', 'Inleiding ........ 3', 'Aanpak\t4', ...BODY))]).toEqual(
      [1, 2, 3],
    );
  });

  it('finds entries without a heading when they repeat the headings further on, in order', () => {
    const found = tableOfContents(
      lines('Pestprotocol', 'Inleiding\t3', 'Wat is pesten\t3', 'Aanpak\t4', ...BODY, 'Wat is pesten'),
    );
    expect([...found]).toEqual([1, 2, 3]);
  });

  it('reads a Word entry whose tab became a space only where it repeats the headings', () => {
    const typed = lines('Pestprotocol', 'Inleiding 3', 'Wat is pesten 3', 'Aanpak 4', ...BODY, 'Wat is pesten');
    expect([...tableOfContents(typed, true)]).toEqual([1, 2, 3]);
    expect([...tableOfContents(typed)]).toEqual([]);
    // Three lines ending in numbers that stand nowhere else are text: a list of groups and their sizes.
    const groups = lines('Groep 3', 'Groep 4', 'Groep 5', 'De groepen zijn klein.');
    expect([...tableOfContents(groups, true)]).toEqual([]);
  });

  it('takes no run whose pages go down, and keeps what a format marks', () => {
    const down = lines('Inleiding\t5', 'Wat is pesten\t3', 'Aanpak\t1', ...BODY, 'Wat is pesten');
    expect([...tableOfContents(down)]).toEqual([]);
    expect([...tableOfContents([{ text: 'Inhoudsopgave', marked: true }, { text: 'Tekst.' }])]).toEqual([0]);
  });
});

describe('the heading of a table of contents', () => {
  // One list of headings for import and compare (templates/import/contents-headings.yaml): import knew no
  // "Inhoudsoverzicht", which compare set aside, while each spells its own copy.
  it('is one of the data file’s headings, for import as for compare', () => {
    for (const heading of [
      'Inhoud',
      'Inhoudsopgave:',
      'Inhoudstafel',
      'Inhoudsoverzicht',
      'Table of contents',
      'CONTENTS',
    ]) {
      expect(isTocHeading(heading), heading).toBe(true);
      expect(titlesContents(heading), heading).toBe(true);
    }
    expect(isTocHeading('Inhoud van de klacht')).toBe(false);
    expect(titlesContents('Inhoud van de klacht')).toBe(false);
  });

  it('keeps each reader’s own reading of what follows the words', () => {
    // Import takes a colon after the heading; compare, reading a title, a colon or a full stop.
    expect(isTocHeading('  Inhoud :  ')).toBe(true);
    expect(isTocHeading('Inhoud.')).toBe(false);
    expect(titlesContents('Inhoud.')).toBe(true);
  });
});

describe('the marks of a table of contents', () => {
  it('knows its styles by any of their names and its field by its instruction', () => {
    for (const name of ['TOC1', 'toc 1', 'Inhopg1', 'Contents 1', 'Contents1', 'TOC Heading'])
      expect(isTocStyle(name)).toBe(true);
    for (const name of ['Heading1', 'Normal', 'List Number', undefined]) expect(isTocStyle(name)).toBe(false);
    expect(isTocField(' TOC \\o "1-3" \\h \\z \\u ')).toBe(true);
    expect(isTocField(' PAGEREF _Toc123 \\h ')).toBe(false);
  });

  it('reads an entry title and page', () => {
    expect(tocEntry('1.1 Definities ....... 4')).toEqual({ title: '1.1 Definities', page: '4' });
    expect(tocEntry('Voorwoord\tiii')).toEqual({ title: 'Voorwoord', page: 'iii' });
    expect(tocEntry('Artikel 3')).toBeUndefined();
    expect(tocEntry('Inleiding 3', true)).toEqual({ title: 'Inleiding', page: '3' });
  });
});
