// The synonym classes are data (templates/lemmas/nl-synonyms.txt, read by src/compare/terms/synonyms.ts): the file's
// format, and that the shipped file is one a reader can trust: every word in one class only, since a stem listed
// twice would silently belong to the later class.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/compare/terms/stem.js';
import { canonicalStems, hasSynonyms, parseSynonyms, term } from '../../../src/compare/terms/synonyms.js';
import { PROJECT_ROOT } from '../../support/paths.js';

describe('synonym classes', () => {
  it('are read one per line, words apart by spaces, comments and blank lines skipped', () => {
    const classes = parseSynonyms("# roles\n\nleerling leerlingen  student\n  foto foto's beeld\n# end\n");
    expect(classes).toEqual([
      ['leerling', 'leerlingen', 'student'],
      ['foto', "foto's", 'beeld'],
    ]);
    const canonical = canonicalStems(classes);
    expect(canonical.get(stem('student'))).toBe(stem('leerling'));
    expect(canonical.get(stem('beeld'))).toBe(stem('foto'));
    expect(canonical.has(stem('ouders'))).toBe(false);
  });

  it('are shipped with every word in one class only', () => {
    const classes = parseSynonyms(readFileSync(join(PROJECT_ROOT, 'templates', 'lemmas', 'nl-synonyms.txt'), 'utf8'));
    expect(classes.length).toBeGreaterThan(10);
    const classOf = new Map<string, number>();
    const twice: string[] = [];
    classes.forEach((words, index) => {
      for (const word of words) {
        const seen = classOf.get(stem(word));
        if (seen !== undefined && seen !== index) twice.push(word);
        classOf.set(stem(word), index);
      }
    });
    expect(twice).toEqual([]);
    // The shipped classes are what compare uses.
    expect(term('personeelsleden')).toBe(term('medewerkers'));
    expect(term('sancties')).toBe(term('maatregel'));
    expect(hasSynonyms('ouders')).toBe(false);
  });
});
