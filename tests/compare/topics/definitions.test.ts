// Definitions (src/compare/topics/definitions.ts): a single word of a topic in a definition neither covers the topic
// nor makes its cell "mogelijk"; a phrase of the topic in one still covers it, and so does a clause that is no
// definition with the same word.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/match/entries.js';
import type { TopicDefinition } from '../../../src/compare/read/topic-list.js';
import {
  definesByWordsAlone,
  definitionEntries,
  describes,
  isDefinition,
} from '../../../src/compare/topics/definitions.js';
import { Side } from '../../../src/match/entries.js';
import { leadCandidate, topicCoverage } from '../../../src/compare/topics/topics.js';
import { parsePolicy } from '../../../src/parse/index.js';

const REGISTRATION: TopicDefinition = {
  id: 'registratie',
  name: 'Registratie van klachten',
  description: 'Klachten worden geregistreerd en jaarlijks gepubliceerd.',
  signals: ['geregistreerd', 'uiting .. ongenoegen'],
};

const regulation = (rule: string) => `# Klachtenregeling De Linde

## Artikel 1 Begripsbepalingen

In deze regeling wordt verstaan onder:

a. gedragscode: de gedragscode voor bewindvoerders die geregistreerd staan in het register;

b. medewerker: de persoon die werkzaam is bij De Linde;

## Artikel 2

${rule}
`;

/** The cell of the registration topic for a regulation whose article 2 says `rule`. */
function cell(rule: string) {
  const policy = parsePolicy(regulation(rule), { path: 'klachtenregeling.md' }).policy;
  const [topic] = topicCoverage([{ key: 'linde', policy }], [REGISTRATION], []);
  return { covering: topic?.clauses['linde'], notFound: topic?.notFound['linde'] };
}

const SECTION = { title: 'Begripsbepalingen' };
const entry = (text: string) => ({ text, section: SECTION }) as unknown as Entry;
/** `text` as the first entry of a definitions list, another definition after it under the same heading. */
const listed = (text: string): Entry[] => [entry(text), entry('b. klager: degene die een klacht indient')];

describe('definitions', () => {
  it('knows a definition by a short term, a colon and an article or determiner', () => {
    expect(isDefinition(entry('a. gedragscode: de gedragscode voor bewindvoerders'))).toBe(true);
    expect(isDefinition(entry('– klager: degene die een klacht indient'))).toBe(true);
    expect(isDefinition(entry('Contactpersoon: Niels Maas'))).toBe(false);
    expect(isDefinition(entry('Contactpersoon: de heer Maas'))).toBe(false);
    expect(isDefinition(entry('De klacht wordt geregistreerd.'))).toBe(false);
  });

  it('holds a definition to more than single words of a topic, and nothing else', () => {
    const definitions = listed('a. klacht: iedere uiting van ongenoegen over een gedraging');
    expect(definesByWordsAlone(definitions, 0, { score: 0.5, signals: ['geregistreerd'] })).toBe(true);
    expect(definesByWordsAlone(definitions, 0, { score: 0.3, signals: [], words: ['klacht'] })).toBe(true);
    expect(definesByWordsAlone(definitions, 0, { score: 0.75, signals: ['uiting .. ongenoegen'] })).toBe(false);
    expect(definesByWordsAlone(definitions, 0, { score: 0.5, signals: [], title: 'Registratie' })).toBe(false);
    const rule = listed('De klacht wordt geregistreerd.');
    expect(definesByWordsAlone(rule, 0, { score: 0.5, signals: ['geregistreerd'] })).toBe(false);
    // A definition's shape with no other definition beside it under its heading is no definitions list's entry.
    const alone = [entry('a. klacht: iedere uiting van ongenoegen over een gedraging')];
    expect(definesByWordsAlone(alone, 0, { score: 0.5, signals: ['geregistreerd'] })).toBe(false);
  });

  it('does not put a regulation on a topic by one word of it in a definition, nor make the cell unsure', () => {
    const { covering, notFound } = cell('De directeur beslist binnen zes weken.');
    expect(covering).toBeUndefined();
    // The definition is still named as the nearest clause, but it is no lead: the cell is not "mogelijk".
    expect(notFound?.candidates[0]?.id).toMatch(/^artikel-1/);
    expect(notFound?.candidates[0]?.definition).toBe(true);
    expect(notFound && leadCandidate(notFound)).toBeUndefined();
    expect(notFound?.possible).toBeUndefined();
  });

  it('reads a lone "X: de …" line as a rule, not a definition: only an entry of a definitions list is one', () => {
    // "Let op: de …" has a definition's shape, but no other definition stands beside it under its heading.
    const alone = parsePolicy(
      '# Klachtenregeling De Linde\n\n## Artikel 2\n\nLet op: de directeur zorgt dat elke klacht geregistreerd wordt.\n',
      { path: 'klachtenregeling.md' },
    ).policy;
    const [topic] = topicCoverage([{ key: 'linde', policy: alone }], [REGISTRATION], []);
    expect(topic?.clauses['linde']?.map((clause) => clause.signals)).toEqual([['geregistreerd']]);
  });

  it('still covers the topic by the same word in a rule, and by a phrase of it in a definition', () => {
    expect(cell('Iedere klacht wordt geregistreerd.').covering?.map((clause) => clause.id)).toEqual([
      expect.stringMatching(/^artikel-2/),
    ]);
    const phrased = regulation('De klacht wordt behandeld.').replace(
      'b. medewerker: de persoon die werkzaam is bij De Linde;',
      'b. klacht: iedere uiting van ongenoegen over een gedraging;',
    );
    const policy = parsePolicy(phrased, { path: 'klachtenregeling.md' }).policy;
    const [topic] = topicCoverage([{ key: 'linde', policy }], [REGISTRATION], []);
    expect(topic?.clauses['linde']?.map((clause) => clause.signals)).toEqual([['uiting .. ongenoegen']]);
  });
});

describe('which entries define a word', () => {
  /** The definitions of `text` (a regulation's body), each entry's text and the text of the lead-in it stands under. */
  function defined(text: string): [string, string | undefined][] {
    const entries = new Side(parsePolicy(`# Gedragscode De Linde\n\n${text}`).policy).entries;
    return [...definitionEntries(entries)].map(([e, lead]) => [
      entries[e]?.text ?? '',
      lead === undefined ? undefined : entries[lead]?.text,
    ]);
  }

  it("reads a definitions lead-in's list, down to its sub-items, and stops where a higher list goes on", () => {
    const found = defined(`## Artikel 1

1. In deze regeling wordt verstaan onder:

a. medewerker: degene die werkzaam is bij De Linde;

b. gelieerde derden:

1°. de partner van de medewerker;

c. voorkennis: bekendheid met koersgevoelige informatie;

2. Deze regeling geldt voor iedere medewerker.
`);
    expect(found.map(([text]) => text)).toEqual([
      'a. medewerker: degene die werkzaam is bij De Linde;',
      'b. gelieerde derden:',
      '1°. de partner van de medewerker;',
      'c. voorkennis: bekendheid met koersgevoelige informatie;',
    ]);
    expect(new Set(found.map(([, lead]) => lead))).toEqual(new Set(['In deze regeling wordt verstaan onder:']));
  });

  it('reads a sentence that defines a term, and the items it leads into, as defining with no lead-in', () => {
    const found = defined(`## Artikel 15 Het melden van een misstand

Onder een vermoeden van misstand wordt verstaan een vermoeden omtrent:

– een ernstig strafbaar feit;

– het misleiden van justitie.

Een medewerker meldt een vermoeden bij de vertrouwenspersoon.
`);
    expect(found).toEqual([
      ['Onder een vermoeden van misstand wordt verstaan een vermoeden omtrent:', undefined],
      ['– een ernstig strafbaar feit;', undefined],
      ['– het misleiden van justitie.', undefined],
    ]);
  });

  it('reads no definition in a rule that names a definition, nor in a list no definitions lead-in opens', () => {
    expect(
      defined(`## Artikel 4

De klacht wordt niet behandeld indien:

a. de klacht niet voldoet aan hetgeen onder ongewenste omgangsvormen wordt verstaan;

b. de klacht eerder is ingediend.
`),
    ).toEqual([]);
  });

  it('tells a phrase that describes from a term', () => {
    expect(describes('uiting .. ongenoegen')).toBe(true);
    expect(describes('bevindingen van het onderzoek')).toBe(true);
    expect(describes('financiele belangen')).toBe(false);
    expect(describes('misstand*')).toBe(false);
  });
});
