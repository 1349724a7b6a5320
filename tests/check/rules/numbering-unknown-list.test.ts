import { describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../../src/io/messages.js';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('numbering-unknown-list (issue 69 item 4)', () => {
  it('names the list ID no section or clause has, at its line and column, and the ID meant', () => {
    const { findings } = checkFixture('numbering-unknown-list.md');
    expect(sites(findings)).toEqual(['9:13 warning numbering-unknown-list']);
    expect(findings[0]?.message).toBe(
      'numbering lists names "melden", but no section or clause has that ID, so its list is numbered in the house style',
    );
    expect(findings[0]?.fix).toBe('write the ID of the section or clause whose list it numbers: melding');
  });

  it('says it in Dutch to a Dutch user', () => {
    const text = [
      '---',
      'id: pestprotocol',
      'title: Pestprotocol',
      'organisation: Casparus College',
      'version: "1.0"',
      'numbering:',
      '  lists:',
      '    aanpak: "%a."',
      '---',
      '',
      '## Aanpak {#werkwijze}',
      '',
      '1. {#werkwijze.signaleren} De leerkracht signaleert het pesten.',
      '',
    ].join('\n');
    const before = messageLanguage();
    setMessageLanguage('nl');
    let dutch: ReturnType<typeof only>;
    try {
      dutch = only(checkText(text), 'numbering-unknown-list');
    } finally {
      setMessageLanguage(before);
    }
    expect(dutch.map((finding) => [finding.place?.start.line, finding.place?.start.column])).toEqual([[8, 13]]);
    expect(dutch[0]?.message).toBe(
      'numbering lists noemt "aanpak", maar geen artikel of bepaling heeft dat ID, dus die lijst krijgt de nummering van de huisstijl',
    );
    expect(dutch[0]?.fix).toContain('schrijf het ID van het artikel');
  });

  it('is silent where every list ID names a section or a clause, and where there are no lists', () => {
    const text = withFields('numbering:', '  lists:', '    intro.doel: "%a."');
    expect(only(checkText(text), 'numbering-unknown-list')).toEqual([]);
    expect(only(checkText(withFields('numbering:', '  sections: "Artikel %1"')), 'numbering-unknown-list')).toEqual([]);
  });
});
