// Which clauses a covered cell names (src/compare/topics/named-clauses.ts besideStronger; issue 73): the clauses that
// state the topic, not every clause sharing one word of it, nor a clause whose heading is about the topic while its
// own words state another, nor a clause near the threshold whose own words state another topic by more, nor a
// definition under the definitions' heading on a topic its definition has a signal of. The cell's decision stays the
// same: where those are all it has, they are named.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTopicList } from '../../../src/compare/read/topic-list.js';
import { topicCoverage } from '../../../src/compare/topics/topics.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';

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

const ESDOORN = `# Klachtenregeling De Esdoorn

## Artikel 1 Vorm

Het klaagschrift wordt ondertekend door de klager.

## Artikel 2 Werkwijze

De directeur bevestigt de ontvangst van het klaagschrift binnen vijf werkdagen.
`;

const BEUK = `# Klachtenregeling De Beuk

## Artikel 4 Klacht niet in behandeling

Een klacht over een gedraging van meer dan een jaar geleden wordt niet in behandeling genomen.

Daarna kan de klager zich wenden tot de Nationale ombudsman.
`;

const ELS = `# Klachtenregeling De Els

## Artikel 2 Leden van de klachtencommissie

De leden van de klachtencommissie worden benoemd door het bestuur.

Na ontvangst van de klacht stuurt de secretaris van de klachtencommissie de klager een ontvangstbevestiging.
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
  {
    id: 'niet-behandelen',
    name: 'Wanneer een klacht niet wordt behandeld',
    description: 'Welke klachten niet in behandeling worden genomen.',
    signals: ['niet in behandeling'],
  },
  {
    id: 'ombudsman',
    name: 'Vervolg bij de ombudsman',
    description: 'Waar de klager daarna terecht kan.',
    signals: ['ombudsman'],
  },
  {
    id: 'ontvangst',
    name: 'Ontvangstbevestiging',
    description: 'Dat de ontvangst van een klacht wordt bevestigd.',
    signals: ['bevestigt de ontvangst', 'ontvangstbevestiging'],
  },
  {
    id: 'commissie',
    name: 'Klachtencommissie',
    description: 'Wie de klachtencommissie vormen.',
    signals: ['~klachtencommissie*', 'leden van de klachtencommissie'],
  },
];

describe('the clauses a covered cell names', () => {
  const documents = [
    { key: 'linde', policy: parsePolicy(LINDE).policy },
    { key: 'eik', policy: parsePolicy(EIK).policy },
    { key: 'esdoorn', policy: parsePolicy(ESDOORN).policy },
    { key: 'beuk', policy: parsePolicy(BEUK).policy },
    { key: 'els', policy: parsePolicy(ELS).policy },
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

  it('does not name a clause whose signal of the topic is only in its heading where its own text states another', () => {
    expect(named('niet-behandelen', 'beuk')).toEqual(['artikel-4-klacht-niet-in-behandeling.1']);
    expect(named('ombudsman', 'beuk')).toEqual(['artikel-4-klacht-niet-in-behandeling.2']);
  });

  it("reads a weak signal in a clause's own text as no statement of the topic its heading names", () => {
    // "de secretaris van de klachtencommissie" only names the commission; the clause states the acknowledgement.
    expect(named('commissie', 'els')).toEqual(['artikel-2-leden-van-de-klachtencommissie.1']);
    expect(named('ontvangst', 'els')).toEqual(['artikel-2-leden-van-de-klachtencommissie.2']);
  });

  it('among one-word clauses, does not name one that states another topic by more', () => {
    expect(named('indienen', 'esdoorn')).toEqual(['artikel-1-vorm.1']);
    expect(named('ontvangst', 'esdoorn')).toEqual(['artikel-2-werkwijze.1']);
  });

  it('does not name a clause by its heading alone where its own words state another topic', () => {
    expect(named('delen', 'linde')).toEqual(['artikel-3-delen-van-gegevens-met.1']);
    // The clause is named on the topic its words state.
    expect(named('beveiliging', 'linde')).toEqual(['artikel-3-delen-van-gegevens-met.2']);
  });
});

describe('the clauses a covered cell names: a tie', () => {
  const HUISREGELS = `# Huisregels De Wilg

## Omgang

Wees vriendelijk en respecteer elkaar.

Privacy en vertrouwelijkheid zijn belangrijk: vraag toestemming voor je iemand filmt en respecteer de wens van anderen.
`;
  const topics = [
    { id: 'respect', name: 'Respect', description: 'Hoe men met elkaar omgaat.', signals: ['respecteer*'] },
    {
      id: 'privacy',
      name: 'Privacy',
      description: 'Vertrouwelijke informatie en beeldopnamen.',
      signals: ['privacy', '~vertrouwelijk*'],
    },
  ];
  const coverage = topicCoverage([{ key: 'wilg', policy: parsePolicy(HUISREGELS).policy }], topics, []);
  const named = (topic: string) => coverage.find((cell) => cell.id === topic)?.clauses.wilg?.map((clause) => clause.id);

  it('does not name a clause that states another topic as high with more of its signals', () => {
    // nluug's "Privacy en vertrouwelijkheid zijn belangrijk … en respecteer hun wens" was named on respect (issue 73).
    expect(named('respect')).toEqual(['omgang.1']);
    expect(named('privacy')).toEqual(['omgang.2']);
  });
});

/** Articles on other matters around a clause, so its words weigh as they do in a whole document. */
const otherArticles = (from: number): string =>
  ['de kantine', 'de verhuur van zalen', 'de vrijwilligers', 'de kosten', 'de jaarvergadering']
    .map((subject, i) => `## Artikel ${from + i} Over ${subject}\n\nDit artikel regelt ${subject} van de stichting.\n`)
    .join('\n');

/** A klachtenregeling whose first article states the commission and whose second, under `heading`, says `advice`. */
const berk = (heading: string, advice: string): string => `# Klachtenregeling Stichting De Berk

## Artikel 1 Samenstelling van de klachtencommissie

De klachtencommissie bestaat uit drie leden, die door het bestuur worden benoemd.

## Artikel 2 ${heading}

${advice}

${otherArticles(3)}`;

/** The clauses each topic of a shipped list names in one document. */
function namedWithList(kind: string, text: string): (topic: string) => string[] | undefined {
  const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', `${kind}.yaml`));
  const coverage = topicCoverage([{ key: 'es', policy: parsePolicy(text).policy }], list.topics, []);
  return (topic) => coverage.find((cell) => cell.id === topic)?.clauses.es?.map((clause) => clause.id);
}

describe('the clauses a covered cell names, with a shipped topic list', () => {
  it('does not name a clause on the topic of its heading where the topic words of its sentences cover another', () => {
    const named = namedWithList(
      'privacyverklaring',
      `# Privacyverklaring Stichting De Es

## 1 Wie wij zijn

Stichting De Es beheert het dorpshuis van Ezinge.

## 2 Welke gegevens wij verwerken

Wij verwerken uw naam, adres en e-mailadres als u lid wordt.

## 3 Met wie wij uw gegevens delen

Wij geven uw gegevens alleen aan een ander als u daar toestemming voor geeft.

Wij beschermen uw persoonsgegevens met passende technische en organisatorische maatregelen tegen verlies en tegen onrechtmatige verwerking.

${otherArticles(4)}`,
    );
    expect(named('verstrekking')).toEqual(['3-met-wie-wij-uw-gegevens.1']);
    expect(named('beveiliging')).toEqual(['3-met-wie-wij-uw-gegevens.2']);
  });

  it('does not name a clause near the threshold beside one that states the topic where it states another by more', () => {
    // Heading and weak signal agree ("Advies door de klachtencommissie", "de klachtencommissie"): the second article
    // covers "Klachtencommissie" just over the threshold, and states the term of the advice outright.
    const named = namedWithList(
      'klachtenregeling',
      berk(
        'Advies door de klachtencommissie',
        'De klachtencommissie brengt binnen zes weken na ontvangst van de klacht een schriftelijk advies uit aan het bestuur.',
      ),
    );
    expect(named('klachtencommissie')).toEqual(['artikel-1-samenstelling-van-de-klachtencommissie.1']);
    expect(named('termijn-afhandeling')).toEqual(['artikel-2-advies-door-de-klachtencommissie.1']);
  });

  it("names a clause near the threshold where the other topic's signal stands only in a heading above it", () => {
    // "binnen zes weken" is in the heading, not in the clause: the clause states no term, so it stays the commission's.
    const named = namedWithList(
      'klachtenregeling',
      berk(
        'Advies van de klachtencommissie binnen zes weken',
        'De klachtencommissie brengt haar advies uit aan het bestuur.',
      ),
    );
    expect(named('klachtencommissie')).toEqual([
      'artikel-1-samenstelling-van-de-klachtencommissie.1',
      'artikel-2-advies-van-de-klachtencommissie.1',
    ]);
  });
});

describe('the clauses a covered cell names: definitions', () => {
  const regulation = `# Klachtenregeling Stichting De Hazelaar

## Artikel 1 Begripsbepalingen

In deze regeling wordt verstaan onder:

- klacht: iedere uiting van ongenoegen over een gedraging van het bestuur of het personeel;
- contactpersoon: de heer Jansen, die klachten in ontvangst neemt.

## Artikel 2 Wie kan klagen

Een ieder heeft het recht om over de wijze waarop de stichting zich jegens hem heeft gedragen een klacht in te dienen.

${otherArticles(3)}`;

  it('names a definition on the topic of its heading, not on a topic its definition has a signal of', () => {
    const named = namedWithList('klachtenregeling', regulation);
    // "uiting .. ongenoegen" is a signal of "Wie kan klagen en waarover": the definition says what a complaint is.
    expect(named('klachtrecht')).toEqual(['artikel-2-wie-kan-klagen.1']);
    expect(named('begrippen')).toContain('artikel-1-begripsbepalingen.2');
  });

  it('names a definition where it is all the cell has, and a line that gives a person, not a meaning', () => {
    const alone = namedWithList('klachtenregeling', regulation.replace(/## Artikel 2[\s\S]*?(?=## Artikel 3)/, ''));
    expect(alone('klachtrecht')).toEqual(['artikel-1-begripsbepalingen.2']);
    const withContact = namedWithList(
      'klachtenregeling',
      regulation.replace(
        'de heer Jansen',
        'de heer Jansen, bij wie ouders een klacht indienen over gedragingen van het personeel',
      ),
    );
    expect(withContact('klachtrecht')).toContain('artikel-1-begripsbepalingen.3');
  });
});

describe('the clauses a covered cell names: a list and its lead-in', () => {
  const wilg = `# Klachtenregeling De Wilg

## Artikel 3 Indienen van een klacht

Een klacht wordt schriftelijk ingediend bij de directeur.

De directeur neemt een klacht niet in behandeling indien blijkt dat:

a. dezelfde klacht eerder is behandeld;

b. de gedraging langer dan een jaar geleden plaatsvond.

## Artikel 4 Werkwijze

De directeur bevestigt de ontvangst van de klacht. De bevestiging vermeldt:

a. de termijn van afhandeling;

b. de contactpersoon.
`;
  const topics = [
    { ...TOPICS[0]!, signals: ['schriftelijk ingediend', 'indienen van een klacht'] },
    ...TOPICS.filter((topic) => topic.id === 'niet-behandelen' || topic.id === 'ontvangst'),
  ];
  const coverage = topicCoverage([{ key: 'wilg', policy: parsePolicy(wilg).policy }], topics, []);
  const named = (topic: string) => coverage.find((cell) => cell.id === topic)?.clauses.wilg;

  it("names a list's items with a lead-in whose last sentence states the topic, saying whose items they are", () => {
    expect(named('niet-behandelen')?.map((clause) => [clause.id, clause.leadIn])).toEqual([
      ['artikel-3-indienen-van-een-klacht.2', undefined],
      ['artikel-3-indienen-van-een-klacht.3', 'artikel-3-indienen-van-een-klacht.2'],
      ['artikel-3-indienen-van-een-klacht.4', 'artikel-3-indienen-van-een-klacht.2'],
    ]);
    // An item so named shows no signal it does not hold.
    expect(named('niet-behandelen')?.[1]?.signals).toEqual([]);
  });

  it("keeps the document's order where an item is named by its own words too", () => {
    const withOwn = wilg.replace(
      'a. dezelfde klacht eerder is behandeld;',
      'a. de klacht niet in behandeling wordt genomen als zij eerder is behandeld;',
    );
    const cells = topicCoverage([{ key: 'wilg', policy: parsePolicy(withOwn).policy }], topics, []);
    const ids = cells.find((cell) => cell.id === 'niet-behandelen')?.clauses.wilg?.map((clause) => clause.id);
    expect(ids).toEqual([
      'artikel-3-indienen-van-een-klacht.2',
      'artikel-3-indienen-van-een-klacht.3',
      'artikel-3-indienen-van-een-klacht.4',
    ]);
  });

  it('does not name the items on the topic of their heading where their lead-in states another', () => {
    expect(named('indienen')?.map((clause) => clause.id)).toEqual(['artikel-3-indienen-van-een-klacht.1']);
  });

  it('names no items with a lead-in whose signal stands in a sentence before the one that leads into them', () => {
    expect(named('ontvangst')?.map((clause) => clause.id)).toEqual(['artikel-4-werkwijze.1']);
  });
});

describe('the clauses a covered cell names: what a definition says', () => {
  const code = `# Gedragscode Stichting De Linde

## Artikel 1 Begripsbepalingen

In deze regeling wordt verstaan onder:

a. meldingsplichtige: een medewerker die verplicht is tot het melden van zijn financiële belangen;

b. medewerker: degene die werkzaam is bij de stichting.

## Artikel 2 Financiële belangen

De meldingsplichtige meldt zijn financiële belangen en effecten binnen een maand aan de compliance officer.

## Artikel 3 Het melden van een vermoeden van een misstand

Onder een vermoeden van een misstand wordt verstaan een vermoeden omtrent:

– een ernstig strafbaar feit;

– een grove schending van regels.

Een medewerker meldt een vermoeden van een misstand bij zijn leidinggevende of bij de vertrouwenspersoon.
`;

  it('does not name a definition on a topic by a term of it, nor by the heading above it', () => {
    const named = namedWithList('gedragscode', code);
    // "financiële belangen" names what the duty is about; the rule is article 2's.
    expect(named('financiele-belangen')).toEqual(['artikel-2-financiele-belangen.1']);
    // What a "misstand" is says nothing of where to report one: only the last sentence does.
    expect(named('melden')).toEqual(['artikel-3-het-melden-van-een.4']);
  });

  it('names the definitions where they are all the cell has: the cell stays covered', () => {
    const named = namedWithList('gedragscode', code.replace(/## Artikel 2[\s\S]*?(?=## Artikel 3)/, ''));
    expect(named('financiele-belangen')).toEqual(['artikel-1-begripsbepalingen.2']);
  });

  it("names the definitions on the topic of their lead-in, the definitions' own, unlettered as they may be", () => {
    const regulation = `# Klachtenregeling Stichting De Linde

## Artikel 1 Begripsbepalingen

In deze regeling wordt verstaan onder:

het bestuur: het bestuur van de stichting;

de secretaris: de secretaris van de klachtencommissie.

${otherArticles(2)}`;
    expect(namedWithList('klachtenregeling', regulation)('begrippen')).toEqual([
      'artikel-1-begripsbepalingen.1',
      'artikel-1-begripsbepalingen.2',
      'artikel-1-begripsbepalingen.3',
    ]);
  });
});

describe('the clauses a covered cell names: an act as a circumstance', () => {
  const topics = [
    {
      id: 'indienen',
      name: 'Indienen van een klacht',
      description: 'Hoe en waar een klacht wordt ingediend.',
      signals: ['indienen van een klacht', 'klacht .. ingediend bij'],
    },
    {
      id: 'niet-behandelen',
      name: 'Wanneer een klacht niet wordt behandeld',
      description: 'In welke gevallen een klacht niet in behandeling wordt genomen.',
      signals: ['niet in behandeling'],
    },
  ];
  const WILG = `# Klachtenregeling De Wilg

## Artikel 1

Een klacht wordt schriftelijk ingediend bij de klachtencommissie.

## Artikel 2

De klachtencommissie wordt na het indienen van een klacht samengesteld.

## Artikel 3

Een klacht over een gedraging van meer dan een jaar geleden wordt niet in behandeling genomen.

## Artikel 4

Van het niet in behandeling nemen van de klacht wordt de klager binnen vier weken in kennis gesteld.
`;
  const ROOS = `# Klachtenregeling De Roos

## Artikel 1

De klachtencommissie wordt na het indienen van een klacht samengesteld.
`;
  const coverage = topicCoverage(
    [
      { key: 'wilg', policy: parsePolicy(WILG).policy },
      { key: 'roos', policy: parsePolicy(ROOS).policy },
    ],
    topics,
    [],
  );
  const named = (topic: string, key: string) =>
    coverage.find((cell) => cell.id === topic)?.clauses[key]?.map((clause) => clause.id);

  it('does not name a clause that names the act only as the time of, or the notice in, what it states', () => {
    expect(named('indienen', 'wilg')).toEqual(['artikel-1.1']);
    expect(named('niet-behandelen', 'wilg')).toEqual(['artikel-3.1']);
  });

  it('names it where it is all the cell has: the cell stays covered', () => {
    expect(named('indienen', 'roos')).toEqual(['artikel-1.1']);
  });
});
