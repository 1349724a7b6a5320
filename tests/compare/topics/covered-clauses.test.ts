// Which clauses a covered cell names (src/compare/topics/topics.ts besideStronger; issue 73): the clauses that state
// the topic, not every clause sharing one word of it, nor a clause whose heading is about the topic while its own
// words state another. The cell's decision stays the same: where those are all it has, they are named.
import { describe, expect, it } from 'vitest';
import { topicCoverage } from '../../../src/compare/topics/topics.js';
import { parsePolicy } from '../../../src/parse/index.js';

const LINDE = `# Klachtenregeling De Linde

## Artikel 1 Indienen

Een klacht wordt schriftelijk ingediend bij de directeur.

## Artikel 2 Ontvangst

De directeur bevestigt de ontvangst van het klaagschrift binnen vijf werkdagen.

## Artikel 3 Delen van gegevens met anderen

De school deelt gegevens van leerlingen met anderen alleen als de wet dat vraagt.

Wij hebben passende technische en organisatorische maatregelen getroffen tegen verlies van gegevens.
`;

const EIK = `# Klachtenregeling De Eik

## Artikel 2 Ontvangst

De directeur bevestigt de ontvangst van het klaagschrift binnen vijf werkdagen.
`;

const TOPICS = [
  {
    id: 'indienen',
    name: 'Klacht indienen',
    description: 'Hoe en bij wie een klacht wordt ingediend.',
    signals: ['klaagschrift', 'schriftelijk ingediend'],
  },
  {
    id: 'delen',
    name: 'Delen van gegevens met anderen',
    description: 'Aan wie de school gegevens van leerlingen geeft.',
    signals: ['verstrekking aan derden'],
  },
  {
    id: 'beveiliging',
    name: 'Beveiliging',
    description: 'Hoe gegevens beveiligd worden.',
    signals: ['organisatorische maatregelen'],
  },
];

describe('the clauses a covered cell names', () => {
  const documents = [
    { key: 'linde', policy: parsePolicy(LINDE).policy },
    { key: 'eik', policy: parsePolicy(EIK).policy },
  ];
  const coverage = topicCoverage(documents, TOPICS, []);
  const named = (topic: string, key: string) =>
    coverage.find((cell) => cell.id === topic)?.clauses[key]?.map((clause) => clause.id);

  it('does not name a clause sharing one word of the topic beside one that states it', () => {
    expect(named('indienen', 'linde')).toEqual(['artikel-1-indienen.1']);
  });

  it('names the one-word clause where it is all the cell has: the cell stays covered', () => {
    expect(named('indienen', 'eik')).toEqual(['artikel-2-ontvangst.1']);
  });

  it('does not name a clause by its heading alone where its own words state another topic', () => {
    expect(named('delen', 'linde')).toEqual(['artikel-3-delen-van-gegevens-met.1']);
    // The clause is named on the topic its words state.
    expect(named('beveiliging', 'linde')).toEqual(['artikel-3-delen-van-gegevens-met.2']);
  });
});
