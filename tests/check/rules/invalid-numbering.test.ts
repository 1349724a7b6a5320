import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('invalid-numbering', () => {
  it('accepts the Dutch forms', () => {
    const text = withFields('numbering:', '  sections: "Artikel %1"', '  clauses: "%1.%2"', '  items: "%a)"');
    expect(only(checkText(text), 'invalid-numbering')).toEqual([]);
    expect(only(checkText(text), 'unknown-field')).toEqual([]);
  });

  it('rejects a malformed pattern at its line and column', () => {
    const text = withFields('numbering:', '  sections: "Artikel %1"', '  items: "%b)"');
    const findings = only(checkText(text), 'invalid-numbering');
    const line = text.split('\n').indexOf('  items: "%b)"') + 1;
    expect(findings.map((finding) => [finding.place?.start.line, finding.place?.start.column])).toEqual([[line, 10]]);
    expect(findings[0]?.message).toBe('numbering items "%b)" has a % that is not %1, %2, %3, %a, %A, %i or %I');
    expect(findings[0]?.severity).toBe('error');
  });

  it('rejects an unknown level and a numbering that is not a map', () => {
    const unknown = only(checkText(withFields('numbering:', '  artikelen: "Artikel %1"')), 'invalid-numbering');
    expect(unknown[0]?.message).toBe(
      'numbering has no level "artikelen" (the levels are sections, clauses, items, lists)',
    );
    const scalar = only(checkText(withFields('numbering: Artikel')), 'invalid-numbering');
    expect(scalar[0]?.message).toBe('numbering is not a map of sections, clauses and items to label patterns');
  });
});

describe('invalid-numbering: lists (issue 69 item 4)', () => {
  it('takes a map of IDs to patterns, and rejects a pattern without a number and a lists that is no map', () => {
    const good = withFields('numbering:', '  lists:', '    aanpak: "%a."', '    melden: "%2."');
    expect(only(checkText(good), 'invalid-numbering')).toEqual([]);
    const bad = only(checkText(withFields('numbering:', '  lists:', '    aanpak: "a."')), 'invalid-numbering');
    expect(bad.map((finding) => finding.message)).toEqual([
      'numbering lists aanpak "a." has no number in it (%1, %2, %3, %a, %A, %i or %I)',
    ]);
    const scalar = only(checkText(withFields('numbering:', '  lists: "%a."')), 'invalid-numbering');
    expect(scalar.map((finding) => finding.messageId)).toEqual(['invalid-numbering.lists-not-a-map']);
  });
});

describe('invalid-numbering fixture', () => {
  it('reports the clauses pattern without a number at 8:12', () => {
    expect(sites(checkFixture('invalid-numbering.md').findings)).toEqual(['8:12 error invalid-numbering']);
  });
});
