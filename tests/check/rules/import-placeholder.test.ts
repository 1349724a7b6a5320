import { describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../../src/io/messages.js';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('import-placeholder', () => {
  it('names each field import filled with a stand-in, at its value, as what blocks the procedure', () => {
    const result = checkFixture('import-placeholder.md');
    expect(sites(only(result, 'import-placeholder'))).toEqual([
      '3:8 warning import-placeholder',
      '4:15 warning import-placeholder',
      '6:10 warning import-placeholder',
    ]);
    const [title] = only(result, 'import-placeholder');
    expect(title?.message).toBe(
      'the title "pestprotocol" is a stand-in that import wrote (the document does not state it): the policy cannot go through its procedure with it',
    );
    expect(title?.fix).toBe('write the real title (title:) and remove the comment "# not stated in the source"');
  });

  it('knows the mark import writes in a Dutch policy, and names that mark in the fix', () => {
    const body = withFields().replace(/^version: .*$/m, 'version: "1.0" # niet vermeld in de bron');
    const [version] = only(checkText(body), 'import-placeholder');
    expect(version?.message).toContain('the version "1.0" is a stand-in');
    expect(version?.fix).toBe('write the real version (version:) and remove the comment "# niet vermeld in de bron"');
  });

  it('names the field in words in Dutch, as import names it, not by its key', () => {
    const before = messageLanguage();
    setMessageLanguage('nl');
    try {
      const body = withFields().replace(/^organisation: .*$/m, 'organisation: Onbekend # niet vermeld in de bron');
      const [organisation] = only(checkText(body), 'import-placeholder');
      expect(organisation?.message).toBe(
        'de organisatie "Onbekend" is een tijdelijke waarde die import invulde (het document vermeldt die niet): zo kan het beleid zijn procedure niet door',
      );
      expect(organisation?.message).not.toMatch(/^organisation/);
      expect(organisation?.fix).toBe(
        'vul de echte organisatie in (bij organisation:) en haal het commentaar "# niet vermeld in de bron" weg',
      );
    } finally {
      setMessageLanguage(before);
    }
  });

  it('says nothing once the value is filled in and the mark removed, nor of a mark in the text', () => {
    expect(only(checkText(withFields()), 'import-placeholder')).toEqual([]);
    const body = `${withFields()}\nWe noteren: # not stated in the source\n`;
    expect(only(checkText(body), 'import-placeholder')).toEqual([]);
  });
});
