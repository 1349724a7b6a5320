// Topic evidence from what the text says (issue 42 item 1; src/compare/topics/topic-scores.ts, topic-evidence.ts,
// section-titles.ts, topic-terms.ts): a clause whose own words hold no signal is on a topic when the section it stands
// in is titled with it, the title's words inflected or compounded ("Doeleinden" for the topic "Doel", "Hoe lang wij
// bewaren" for "Bewaartermijn"); the same clause under another title is not; a numbering heading is no title; and the
// title of one topic is no candidate for another whose name it does not say, nor a sentence that shares one word with
// a topic, nor the document's own title above every clause (whose signals count only where they name one topic); a
// sentence's word within the topic's `elsewhere` phrases is none of its words; a title says a word of a topic's name
// only by that word; in a list with signalsClaimSentences, a sentence holding another topic's signal, or under another
// topic's title, is no candidate for a topic by its words; in a list with examplesClaimRuns, a word within a run of
// another topic's example is none.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTopicList, type TopicDefinition } from '../../../src/compare/read/topic-list.js';
import { wordKeyParts, wordKeys } from '../../../src/compare/topics/topic-terms.js';
import { textMatch } from '../../../src/compare/topics/topic-evidence.js';
import { keyedWords, type TopicProfile, topicProfiles } from '../../../src/compare/topics/topic-profile.js';
import { CANDIDATE_FLOOR, topicCoverage } from '../../../src/compare/topics/topics.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';

/** Topics whose signals the texts below never hold: only the title and the words can put a clause on them. */
const TOPICS: TopicDefinition[] = [
  { id: 'doel', name: 'Doel', description: 'Waarvoor de gegevens worden gebruikt.', signals: ['verwerkingsdoel'] },
  {
    id: 'bewaartermijn',
    name: 'Bewaartermijn',
    description: 'Hoe lang de gegevens worden opgeslagen.',
    signals: ['opslagperiode'],
  },
  {
    id: 'wijzigingen',
    name: 'Wijzigingen',
    description: 'Hoe de organisatie deze verklaring aanpast en dat bekendmaakt.',
    signals: ['nieuwe versie van deze verklaring'],
  },
];

const OPENING =
  '## Wie wij zijn {#wie}\n\nStichting Noord is een vereniging van muziekliefhebbers in Duizel.\n\n' +
  'Wij organiseren concerten en repetities voor leden.\n\n';

/**
 * Ten clauses on other things: a word none of them has ("wijziging", "Duitsland") is rare enough in the statement to
 * weigh as a candidate's evidence.
 */
const LONG_OPENING = `## Wie wij zijn {#wie}\n\n${[
  'Stichting Noord is een vereniging van muziekliefhebbers in Duizel.',
  'Wij organiseren concerten en repetities voor leden.',
  'De repetities zijn op dinsdagavond in het dorpshuis.',
  'Leden betalen een jaarlijkse contributie.',
  'Het bestuur bestaat uit vijf leden.',
  'Nieuwe leden zijn altijd welkom.',
  'Wij spelen op koningsdag en bij de intocht van Sinterklaas.',
  'Instrumenten kunnen worden geleend.',
  'Jeugdleden krijgen les van een docent.',
  'De algemene ledenvergadering is in maart.',
].join('\n\n')}\n\n`;

/** One organisation's statement of `body`, covered by `topics`. */
function statement(body: string, topics: readonly TopicDefinition[]) {
  const path = join(mkdtempSync(join(tmpdir(), 'clausemark-topic-evidence-')), 'privacy.md');
  writeFileSync(path, `---\nid: privacyverklaring\ntitle: Privacyverklaring\norg: noord\nlang: nl\n---\n\n${body}`);
  const policy = loadPolicy(path).policy;
  return topicCoverage([{ key: 'noord', policy }], topics, []);
}

/** One organisation's statement: the opening, then one section with one clause, covered by `topics`. */
function coverage(title: string, clause: string, topics: readonly TopicDefinition[] = TOPICS, opening = OPENING) {
  return statement(`${opening}## ${title}\n\n${clause}\n`, topics);
}

const covering = (topics: ReturnType<typeof coverage>, id: string): string[] =>
  (topics.find((topic) => topic.id === id)?.clauses['noord'] ?? []).map((clause) => clause.id);

const NEWSLETTER = 'Wij sturen u één keer per maand een nieuwsbrief over onze concerten.';
const WEBSITE = 'De nieuwste tekst staat altijd op onze website.';

describe('topic evidence', () => {
  it('covers a topic stated only by the heading of the section a clause stands in', () => {
    expect(covering(coverage('Wijzigingen', WEBSITE), 'wijzigingen')).toHaveLength(1);
    // The same clause under another heading: its own words are not about changes, and it is not on the topic.
    const elsewhere = coverage('Website', WEBSITE);
    expect(covering(elsewhere, 'wijzigingen')).toEqual([]);
    expect(elsewhere.find((topic) => topic.id === 'wijzigingen')?.notFound['noord']?.possible).toBeFalsy();
  });

  it('matches a title by the lemma and the parts of its compounds: "Doeleinden" is about "Doel"', () => {
    expect(covering(coverage('Doeleinden', NEWSLETTER), 'doel')).toHaveLength(1);
    expect(
      covering(coverage('Hoe lang wij uw gegevens bewaren', 'Twee jaar na uw opzegging.'), 'bewaartermijn'),
    ).toHaveLength(1);
    expect(covering(coverage('Nieuwsbrief', NEWSLETTER), 'doel')).toEqual([]);
    // The keys themselves: an inflection meets its lemma, a compound its parts.
    const shared = (a: string, b: string): readonly string[] => wordKeys(a).filter((key) => wordKeys(b).includes(key));
    expect(shared('doeleinden', 'doel')).not.toEqual([]);
    expect(shared('bewaartermijn', 'bewaren')).not.toEqual([]);
    expect(shared('bewaartermijn', 'termijn')).not.toEqual([]);
    expect(shared('bewaard', 'bewaren')).not.toEqual([]);
    expect(shared('bewaartermijn', 'nieuwsbrief')).toEqual([]);
  });

  it('takes a title compound sharing only its head with a compound of the topic for no title of it: "Slotbepalingen" is no "Begripsbepalingen"', () => {
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'klachtenregeling.yaml')).topics;
    const closing =
      'In bijzondere omstandigheden kan het bestuur, onder opgaaf van redenen, afwijken van deze regeling.';
    const begrippen = (title: string) =>
      coverage(title, closing, list).find((topic) => topic.id === 'begrippen')?.clauses['noord'] ?? [];
    expect(begrippen('Slotbepalingen')).toEqual([]);
    expect(begrippen('Overgangsbepalingen')).toEqual([]);
    // The title that says what the topic is about still is one, in the topic's own compound or another on its subject.
    expect(begrippen('Begripsbepalingen')).toHaveLength(1);
    expect(begrippen('Begripsomschrijvingen')).toHaveLength(1);
    // Its head, "omschrijving", is a word of the description of "Indienen van een klacht" ("een omschrijving" of
    // what a complaint holds), not of its name: the title is no title of it.
    const lodging = (title: string) =>
      coverage(title, closing, list).find((topic) => topic.id === 'indienen')?.clauses['noord'] ?? [];
    expect(lodging('Begripsomschrijvingen')).toEqual([]);
    expect(lodging('Indienen van een klacht')).toHaveLength(1);
    // The head is the compound's last part.
    expect(wordKeyParts('slotbepalingen').head).toEqual(expect.arrayContaining([...wordKeys('bepaling')]));
    expect(wordKeyParts('slotbepalingen').head).not.toEqual(expect.arrayContaining([...wordKeys('slot')]));
  });

  it('takes a title two topics fit alike for the title of the one whose whole name it says', () => {
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'privacyverklaring.yaml')).topics;
    // "Verwerking van persoonsgegevens van verenigingsleden" says "gegevens", the name of "Welke gegevens", and shares
    // "verwerking" with "Verwerkingsverantwoordelijke" without saying its name: it heads the members' data.
    const stored = 'De gegevens staan op de ledenlijst die de secretaris beheert.';
    const topics = coverage('Verwerking van persoonsgegevens van verenigingsleden', stored, list, LONG_OPENING);
    const titled = (id: string) =>
      (topics.find((topic) => topic.id === id)?.clauses['noord'] ?? []).filter((clause) => clause.title !== undefined);
    expect(titled('welke-gegevens')).toHaveLength(1);
    expect(titled('verwerkingsverantwoordelijke')).toEqual([]);
  });

  it('takes no heading that only numbers for a title', () => {
    expect(covering(coverage('Artikel 3', WEBSITE), 'wijzigingen')).toEqual([]);
  });

  it("offers no clause as a candidate for a topic by the title of another topic that says no word of the topic's name", () => {
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'privacyverklaring.yaml')).topics;
    const topics = coverage('Persoonsgegevens die wij verwerken', 'Voor- en achternaam', list);
    const cell = (id: string) => topics.find((topic) => topic.id === id);
    // The title is the title of "Welke gegevens"...
    expect(covering(topics, 'welke-gegevens')).toHaveLength(1);
    // ...and shares words with the topics on legal basis, retention and complaints, but none of their names: not
    // found, where it was "possibly" before.
    for (const id of ['grondslag', 'bewaartermijn', 'klacht']) {
      expect(cell(id)?.clauses['noord'], id).toBeUndefined();
      expect(cell(id)?.notFound['noord']?.possible, id).toBeFalsy();
    }
    // "Doel van de verwerking": the title says "verwerken", a word of its name, so a person is still asked...
    const unclaimed = list.map(({ examplesClaimRuns: _, ...topic }) => topic);
    const doel = coverage('Persoonsgegevens die wij verwerken', 'Voor- en achternaam', unclaimed);
    expect(doel.find((topic) => topic.id === 'doel')?.notFound['noord']?.possible).toBe(true);
    // ...unless the list's examplesClaimRuns give those words to another topic: the whole title is four words of an
    // example of "Welke gegevens" ("… een overzicht van de persoonsgegevens die wij verwerken").
    expect(cell('doel')?.notFound['noord']?.possible).toBeFalsy();
  });

  it("counts no word a title shares with its own topic's name as naming another topic", () => {
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'privacyverklaring.yaml')).topics;
    const topics = coverage('Welke persoonsgegevens verzamelen wij?', 'Uw naam en e-mailadres.', list);
    const cell = (id: string) => topics.find((topic) => topic.id === id);
    expect(covering(topics, 'welke-gegevens')).toHaveLength(1);
    // "Gegevens van kinderen": the title says "gegevens" as the word of "Welke gegevens", not of this topic.
    expect(cell('minderjarigen')?.clauses['noord']).toBeUndefined();
    expect(cell('minderjarigen')?.notFound['noord']?.possible).toBeFalsy();
  });

  it('offers no sentence as a candidate for a topic it shares one word with', () => {
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'privacyverklaring.yaml')).topics;
    const possible = (title: string, clause: string, id: string): boolean | undefined =>
      coverage(title, clause, list, LONG_OPENING).find((topic) => topic.id === id)?.notFound['noord']?.possible;
    // "wijziging" alone, in a sentence on security, is no sign of "Wijziging van de verklaring"; "Duitsland" alone
    // none of "Doorgifte buiten de EER" (its part "land"). Both were "possibly" before.
    const security =
      'Wij nemen passende maatregelen tegen misbruik, verlies en ongeoorloofde wijziging van uw gegevens.';
    expect(possible('Beveiliging', security, 'wijzigingen')).toBeFalsy();
    expect(possible('Adres', 'Stichting Noord, Dorpsstraat 1, Duizel, Duitsland.', 'doorgifte')).toBeFalsy();
    // Two words of the topic ("verklaring", "versie") still make a candidate a person is asked about, under the
    // floor of 0.25 (the list's own floor, 0.33, asks more)...
    const changes = 'Wij passen deze verklaring aan als de wet verandert; de nieuwste versie vindt u hier.';
    const floorless = list.map(({ candidateFloor: _, ...topic }) => topic);
    const cell = (clause: string, topics: readonly TopicDefinition[]) =>
      coverage('Nieuwsbrief', clause, topics, LONG_OPENING).find((topic) => topic.id === 'wijzigingen');
    expect(cell(changes, floorless)?.notFound['noord']?.possible).toBe(true);
    // ...and a sentence that says what the topic's example says ("de nieuwste versie staat altijd op onze website")
    // covers it (restated-sentences.ts).
    const restated = 'Wij passen deze verklaring aan als de wet verandert; de nieuwste versie staat op de website.';
    expect(cell(restated, list)?.clauses['noord']?.[0]?.words).toEqual(
      expect.arrayContaining(['nieuwst', 'versi', 'staa', 'websi']),
    );
  });

  it("reads no word of a topic within its elsewhere phrases: the legal ground's 'wettelijke verplichting'", () => {
    // Without signalsClaimSentences (below), so the elsewhere phrases alone decide: "aan derden" is a signal.
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'privacyverklaring.yaml')).topics.map(
      ({ signalsClaimSentences: _, ...topic }) => topic,
    );
    const without = list.map((topic) => ({ ...topic, elsewhere: [] }));
    const sharing = 'Wij verstrekken uw gegevens uitsluitend aan derden om te voldoen aan een wettelijke verplichting.';
    const possible = (topics: readonly TopicDefinition[]): boolean | undefined =>
      coverage('Delen', sharing, topics, LONG_OPENING).find((topic) => topic.id === 'verplichting-verstrekken')
        ?.notFound['noord']?.possible;
    // "verstrekken aan" and "wettelijke verplichting" are the recipients' and the legal ground's words (AVG art. 13
    // lid 1 onder e, art. 6 lid 1 onder c), not whether the person must give the data: "possibly" without the list's
    // elsewhere phrases (where the sentence holds four words of the law's "wettelijke of contractuele verplichting",
    // it even covers the topic: restated-sentences.ts), not found with them.
    const covered = coverage('Delen', sharing, without, LONG_OPENING).find(
      (topic) => topic.id === 'verplichting-verstrekken',
    )?.clauses['noord'];
    expect(possible(without) === true || covered !== undefined).toBe(true);
    expect(possible(list)).toBeFalsy();
    // The person's own obligation still makes a candidate ("possibly", or covered).
    const own = 'Uw gegevens verstrekken is soms verplicht, het telefoonnummer is vrijwillig.';
    const cell = coverage('Delen', own, list, LONG_OPENING).find((topic) => topic.id === 'verplichting-verstrekken');
    expect(cell?.clauses['noord'] !== undefined || cell?.notFound['noord']?.possible === true).toBe(true);
  });

  it("takes a title to say a word of a topic's name only by that word, not by a fragment of it", () => {
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'privacyverklaring.yaml')).topics;
    const topics = coverage('Wij gebruiken uw gegevens op deze manieren en voor deze doeleinden', NEWSLETTER, list);
    // "manieren" and "kinderen" both end in "eren", a fragment the dictionary split off: the title said all of
    // "Gegevens van kinderen" by it and made the clause "possibly" on the topic before. Since a listed word's last
    // part needs five letters (lemmas.ts) the fragment is not split off at all; the title rule stays the guard for
    // a compound's true parts.
    expect(topics.find((topic) => topic.id === 'minderjarigen')?.notFound['noord']?.possible).toBeFalsy();
    expect(wordKeys('kinderen')).not.toContain('eren');
  });

  it("takes the document's own title, above every clause, for no clause's title", () => {
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'privacyverklaring.yaml')).topics;
    const topics = statement(
      '## Privacyreglement geautomatiseerde administratie {#reglement}\n\n### Wie wij zijn {#wie}\n\n' +
        'Stichting Noord is een vereniging van muziekliefhebbers in Duizel.\n\n' +
        'Wij organiseren concerten en repetities voor leden.\n\n### Contributie {#contributie}\n\n' +
        'Leden betalen een jaarlijkse contributie.\n',
      list,
    );
    // The title names the topic "Geautomatiseerde besluitvorming" half, above every clause: "possibly" before.
    const automated = topics.find((topic) => topic.id === 'geautomatiseerde-besluitvorming');
    expect(automated?.clauses['noord']).toBeUndefined();
    expect(automated?.notFound['noord']?.possible).toBeFalsy();
  });

  it("reads the signals of a document's own title for every clause only where they name one topic", () => {
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'klachtenregeling.yaml')).topics;
    const regulation = (title: string) =>
      statement(
        `## ${title}\n\n### Inhoud van de klacht\n\n` +
          'De klacht behelst de naam en het adres van de klager.\n\n### Afhandeling\n\n' +
          'De secretaris-generaal beslist binnen tien weken over de klacht.\n',
        list,
      );
    const named = (topics: ReturnType<typeof statement>, id: string) =>
      (topics.find((topic) => topic.id === id)?.clauses['noord'] ?? []).map((clause) => clause.id);
    // One topic named: the title says what every article is about, as the Klachtregeling deelnemersraden's does.
    const lodging = regulation('Regeling houdende regels voor het indienen van een klacht door de deelnemersraad');
    expect(named(lodging, 'indienen')).toHaveLength(2);
    // Two topics named: the title names the regulation's parts, and the decision of the secretaris-generaal is neither
    // (every article of EZ's regulation was on "Vertrouwenspersoon" before).
    const parts = regulation(
      'Regeling houdende de aanwijzing van vertrouwenspersonen en de instelling van een klachtencommissie',
    );
    expect(named(parts, 'vertrouwenspersoon')).toEqual([]);
  });

  it("offers no sentence another topic's signal claims as a candidate, in a list that says so", () => {
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'privacyverklaring.yaml')).topics;
    const unclaimed = list.map(({ signalsClaimSentences: _, ...topic }) => topic);
    // "aan derden" is a signal of the recipients (verstrekking): the sentence says to whom data go; its words of the
    // legal ground ("overeenkomst", "wettelijke verplichting") made it "possibly" on that topic before.
    const sharing =
      'Wij verstrekken uitsluitend aan derden als dit nodig is voor de uitvoering van onze overeenkomst met u of om te voldoen aan een wettelijke verplichting.';
    const cell = (topics: readonly TopicDefinition[], id: string) =>
      coverage('Delen', sharing, topics, LONG_OPENING).find((topic) => topic.id === id);
    expect(list.every((topic) => topic.signalsClaimSentences)).toBe(true);
    expect(cell(unclaimed, 'grondslag')?.notFound['noord']?.possible).toBe(true);
    expect(cell(list, 'grondslag')?.notFound['noord']?.possible).toBeFalsy();
    expect(cell(list, 'verstrekking')?.clauses['noord']).toBeDefined();
  });

  it("offers no sentence under another topic's title as a candidate, in a list that says so", () => {
    // The list's candidateFloor aside (the band's floor at 0.25): which sentences are candidates is asked here.
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'privacyverklaring.yaml')).topics.map(
      ({ candidateFloor: _, ...topic }) => topic,
    );
    const unclaimed = list.map(({ signalsClaimSentences: _, ...topic }) => topic);
    // Under "Verstrekking aan derden" the organisation's duty to hand data to the police is the recipients' topic,
    // not whether the person must give data (AVG art. 13 lid 2 onder e): "possibly" on that topic before. ("gegevens"
    // is the kind's subject word, no word on either topic: the duty says "verplicht" and "opgeven".)
    const duty = 'Als de politie erom vraagt, zijn wij verplicht deze gegevens op te geven.';
    const cell = (topics: readonly TopicDefinition[], title: string) =>
      coverage(title, duty, topics, LONG_OPENING).find((topic) => topic.id === 'verplichting-verstrekken');
    expect(cell(unclaimed, 'Verstrekking aan derden')?.notFound['noord']?.possible).toBe(true);
    expect(cell(list, 'Verstrekking aan derden')?.notFound['noord']?.possible).toBeFalsy();
    // Under a title of no topic the same sentence is still a candidate a person is asked about.
    expect(cell(list, 'Politie')?.notFound['noord']?.possible).toBe(true);
  });

  it("reads no word of a topic within a run of another topic's example, in a list that says so", () => {
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'klachtenregeling.yaml')).topics;
    const unclaimed = list.map(({ examplesClaimRuns: _, ...topic }) => topic);
    // "benoemd voor een termijn" is four words of the klachtencommissie's example ("De leden van de commissie worden
    // benoemd voor een termijn van vier jaar"): a member's term of office, not a complaint's deadline, whose topics
    // read "termijn" and "jaar" there as two of their words (a candidate in the unsure band) without the list's
    // examplesClaimRuns. (The clause states the commission outright, so it makes neither cell "possibly" either way.)
    const term = 'De klachtenfunctionaris wordt benoemd voor een termijn van ten hoogste twee jaar.';
    const cell = (topics: readonly TopicDefinition[], id: string) =>
      coverage('Artikel 3', term, topics, LONG_OPENING).find((topic) => topic.id === id);
    const nearest = (topics: readonly TopicDefinition[], id: string): number =>
      cell(topics, id)?.notFound['noord']?.candidates[0]?.score ?? 0;
    expect(list.every((topic) => topic.examplesClaimRuns === 4)).toBe(true);
    for (const deadline of ['termijn-indienen', 'termijn-afhandeling']) {
      expect(nearest(unclaimed, deadline)).toBeGreaterThanOrEqual(CANDIDATE_FLOOR);
      expect(nearest(list, deadline)).toBeLessThan(CANDIDATE_FLOOR);
      expect(cell(list, deadline)?.notFound['noord']?.possible).toBeFalsy();
    }
    expect(cell(list, 'klachtencommissie')?.clauses['noord']).toBeDefined();
    // A deadline the klachtencommissie's example does not word is still the deadline topic's.
    const deadline = 'Een klacht wordt ingediend binnen een jaar na de gedraging.';
    expect(
      coverage('Artikel 4', deadline, list, LONG_OPENING).find((t) => t.id === 'termijn-indienen')?.clauses['noord'],
    ).toBeDefined();
  });
});

describe('a candidate that states another topic outright (issue 73)', () => {
  // An old complaint that is still handled: the term for lodging one (a signal of termijn-indienen, "langer dan een
  // jaar"), which shares "klacht", "behandeling" and "genomen" with "Wanneer een klacht niet wordt behandeld".
  const late =
    'Indien een klacht wordt ingediend over een gedraging die langer dan een jaar voor het indienen van de klacht heeft plaatsgevonden, de klager pas na het verstrijken van een jaar op de hoogte is geraakt van deze gedraging en de klacht vervolgens binnen een jaar nadat de klager op de hoogte is geraakt van de gedraging is ingediend, wordt de klacht in beginsel in behandeling genomen.';
  const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'klachtenregeling.yaml')).topics;
  const refusal = (topics: readonly TopicDefinition[]) =>
    coverage('Artikel 3', late, topics, LONG_OPENING).find((topic) => topic.id === 'niet-behandelen')?.notFound[
      'noord'
    ];

  it('is listed, named by the topic it states, and alone does not make the cell unsure', () => {
    const cell = refusal(list);
    expect(cell?.candidates[0]?.statesTopic).toBe('termijn-indienen');
    expect(cell?.candidates[0]?.score).toBeGreaterThanOrEqual(CANDIDATE_FLOOR);
    expect(cell?.possible).toBeFalsy();
  });

  it('makes the cell unsure where the clause states no other topic', () => {
    // The same list without the lodging term's signals: the clause states nothing outright, and is "possibly".
    const unsigned = list.map((topic) =>
      topic.id === 'termijn-indienen' ? { ...topic, signals: ['uiterste indieningsdatum'] } : topic,
    );
    const cell = refusal(unsigned);
    expect(cell?.candidates[0]?.statesTopic).toBeUndefined();
    expect(cell?.possible).toBe(true);
  });
});

describe("the kind's subject word is no word on a topic (issue 73)", () => {
  // "klacht" is in every topic's definition: a sentence holding it and one word of a topic is one word on it.
  const topics: TopicDefinition[] = [
    {
      id: 'onpartijdig',
      name: 'Onpartijdige behandeling',
      description: 'Een klacht wordt behandeld door een onafhankelijke persoon.',
      signals: ['wraking'],
    },
    {
      id: 'indienen',
      name: 'Indienen',
      description: 'Een klacht wordt schriftelijk ingediend.',
      signals: ['klaagschrift'],
    },
    {
      id: 'termijn',
      name: 'Termijn',
      description: 'De klacht wordt binnen zes weken afgehandeld.',
      signals: ['verdaging'],
    },
  ];
  const profiles = topicProfiles(topics);
  const onpartijdig = profiles.profiles[0] as TopicProfile;

  it('counts the key every topic uses as the subject, not a key of one topic', () => {
    expect(profiles.subjectKeys.has('klacht')).toBe(true);
    expect(profiles.subjectKeys.has('onafhankelijk')).toBe(false);
  });

  it('leaves the subject word out of the count, not out of the keys shown', () => {
    const subject = textMatch(keyedWords('De behandeling van de klacht duurt lang.'), onpartijdig, profiles);
    expect(subject.words).toBe(1);
    expect(subject.keys).toContain('klacht');
    const own = textMatch(keyedWords('De behandeling door een onafhankelijke persoon.'), onpartijdig, profiles);
    expect(own.words).toBeGreaterThanOrEqual(2);
  });
});
