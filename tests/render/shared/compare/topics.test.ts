// A topic cell says what the tool saw, in the reader's words (issue 73 item 2): the clauses that cover the topic; where
// none does, "niet gevonden in <n> artikelen; lijkt het meest op: …" with the closest clauses, the closest first and
// one that states another topic (with that topic's name), is a definition ("begripsbepaling") or leaves the topic to
// later rules ("nadere regels") last, or plain "niet gevonden" where no clause shares a word with the topic. Never
// "ontbreekt": only a person confirms that. In "Wat de wet vraagt", a requirement the law applies directly says so
// ("geldt rechtstreeks"), and school law for an organisation not known to be a school "onbekend of dit geldt".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TopicDefinition } from '../../../../src/compare/read/topic-list.js';
import type { Alignment, LawRow } from '../../../../src/compare/read/types.js';
import { topicCoverage } from '../../../../src/compare/topics/topics.js';
import { loadPolicy } from '../../../../src/parse/index.js';
import {
  cellOf,
  requirementGroups,
  TOPIC_SIGNS,
  type TopicNames,
} from '../../../../src/render/shared/compare/topics.js';
import { type Labels, loadLabels } from '../../../../src/wording/labels.js';
import { PROJECT_ROOT } from '../../../support/paths.js';

const labels = loadLabels('nl', { root: PROJECT_ROOT });

const TOPICS: TopicDefinition[] = [
  {
    id: 'indienen',
    name: 'Klacht indienen',
    description: 'Hoe en waar een klacht wordt ingediend.',
    signals: ['klacht indienen bij'],
  },
  {
    id: 'bewaren',
    name: 'Bewaartermijn van het dossier',
    description: 'Hoe lang het klachtdossier wordt bewaard.',
    signals: ['dossier wordt bewaard'],
  },
  {
    id: 'termijn',
    name: 'Termijn van afhandeling',
    description: 'Binnen welke termijn de klacht wordt afgehandeld en wanneer die termijn wordt verdaagd.',
    signals: ['binnen zes weken afgehandeld'],
  },
  {
    id: 'vertrouwenspersoon',
    name: 'Vertrouwenspersoon',
    description: 'Wie de vertrouwenspersoon is die de klager bijstaat.',
    signals: ['vertrouwenspersoon'],
  },
];

const BODY = [
  '## Indienen {#indienen}',
  'Ouders kunnen een klacht indienen bij de directeur van de school.',
  '## Overig {#overig}',
  'De directeur beslist binnen zes weken over de afhandeling.',
  'Het dossier van een klacht gaat na afloop naar het archief van het bestuur, met het verslag van het gesprek.',
].join('\n\n');

function cells(topics: readonly TopicDefinition[] = TOPICS, names?: TopicNames, body = BODY) {
  const path = join(mkdtempSync(join(tmpdir(), 'clausemark-topic-cells-')), 'klachtenregeling.md');
  writeFileSync(path, `---\nid: klachtenregeling\ntitle: Klachtenregeling\norg: noord\nlang: nl\n---\n\n${body}\n`);
  const policy = loadPolicy(path).policy;
  const coverage = topicCoverage([{ key: 'noord', policy }], topics, []);
  return Object.fromEntries(coverage.map((topic) => [topic.id, cellOf(topic, 'noord', labels, undefined, names)]));
}

/** One organisation's requirement rows as every format words them (in `words`), from rows the law view gave. */
function requirementRowsOf(rows: LawRow[], words: Labels) {
  const alignment = {
    documents: [{ key: 'org', name: 'org', path: 'org.md', title: 'org', organisation: 'org', version: '' }],
    provisions: [],
    similarity: {},
    base: 'org',
    topics: [],
    law: { asOf: [], groups: [{ key: 'org', rows }] },
  } as unknown as Alignment;
  return requirementGroups(alignment, words)[0]?.rows ?? [];
}

describe('a topic cell in words', () => {
  it('names the covering clause, the closest clauses where none covers, and says "niet gevonden" plainly', () => {
    const cell = cells();
    expect(cell['indienen']).toMatchObject({ state: 'covered', text: 's1.1' });
    // Nothing covers the retention of the file: the clause on the file and the archive comes closest, named first.
    expect(cell['bewaren']).toMatchObject({
      state: 'not-found',
      text: 'niet gevonden in 3 artikelen; lijkt het meest op: s2.2, s1.1',
    });
    // "binnen zes weken" is a term of handling, but the signal's words are not all there: the closest, not covered.
    expect(cell['termijn']?.text).toBe('niet gevonden in 3 artikelen; lijkt het meest op: s2.1, s1.1, s2.2');
    expect(cell['vertrouwenspersoon']).toMatchObject({ state: 'not-found', text: 'niet gevonden' });
    for (const { text } of Object.values(cell)) expect(text).not.toMatch(/ontbreekt/);
  });

  it('names the topic a candidate states outright beside it, keeping it in its place by closeness', () => {
    // The archive clause states a topic of its own ("Archief"), and says so; it is still the closest to the retention.
    const archive = {
      id: 'archief',
      name: 'Archief',
      description: 'Waar stukken blijven.',
      signals: ['archief van het bestuur'],
    };
    const names = new Map([...TOPICS, archive].map((topic) => [topic.id, topic.name]));
    expect(cells([...TOPICS, archive], names)['bewaren']).toMatchObject({
      state: 'not-found',
      text: 'niet gevonden in 3 artikelen; lijkt het meest op: s2.2 (staat bij Archief), s1.1',
    });
  });

  it('says of a definition named as a candidate that it is one: a word of the topic in it makes no "mogelijk"', () => {
    const body = [
      '## Begrippen {#begrippen}',
      'a. klager: degene die een klacht indient, of de vertrouwenspersoon die dat namens hem doet;',
      'b. school: de school van het bestuur;',
      BODY,
    ].join('\n\n');
    expect(cells(TOPICS, undefined, body)['vertrouwenspersoon']).toMatchObject({
      state: 'not-found',
      text: 'niet gevonden in 5 artikelen; lijkt het meest op: s1.1 (begripsbepaling)',
    });
  });

  it('says of a clause that leaves the topic to later rules that it does: named, but no "mogelijk"', () => {
    const body = [
      BODY,
      '## Slot {#slot}',
      'Het bestuur kan nadere regels stellen over de taken van de vertrouwenspersoon.',
    ].join('\n\n');
    expect(cells(TOPICS, undefined, body)['vertrouwenspersoon']).toMatchObject({
      state: 'not-found',
      text: 'niet gevonden in 4 artikelen; lijkt het meest op: s3.1 (nadere regels)',
    });
  });
});

describe('a cell of "Wat de wet vraagt" where nothing is missing', () => {
  /** One organisation's requirement rows as every format words them, from rows the law view gave. */
  const cellsOf = (rows: LawRow[]) => requirementRowsOf(rows, labels);
  const base = {
    topic: 'termijn',
    name: 'Termijn van afhandeling',
    law: 'Awb',
    article: 'art. 9:11 lid 1',
    words: '…',
  };
  const note = 'de Awb stelt zelf de termijn van zes weken';

  it('says the law applies directly with its note and the sign §, never "niet gevonden" or a missing mark', () => {
    const [direct, ask] = cellsOf([
      { ...base, applies: 'binds', who: 'een bestuursorgaan', finding: 'direct', direct: note },
      { ...base, applies: 'if-applicable', who: 'een bestuursorgaan', finding: 'direct', direct: note },
    ]);
    expect(direct?.cell).toMatchObject({
      state: 'direct',
      covered: false,
      text: `geldt rechtstreeks: ${note}; de regeling hoeft het niet te herhalen`,
    });
    expect(TOPIC_SIGNS.direct).toBe('§');
    expect(ask?.cell.state).toBe('direct');
    expect(ask?.cell.text).toMatch(/^indien van toepassing: geldt voor een bestuursorgaan; .* — geldt rechtstreeks: /);
    // Stated by a clause, it earns its ✓ as any requirement does.
    const [met] = cellsOf([{ ...base, applies: 'binds', finding: 'met', clauses: ['c.1'], direct: note }]);
    expect(met?.cell).toMatchObject({ state: 'covered', text: 'c.1' });
  });

  it('says whether school law binds is not known, whom it binds and who records it, with no ✓ or missing mark', () => {
    const who = 'het bevoegd gezag van een school in het primair onderwijs (WPO)';
    const [row] = cellsOf([{ ...base, law: 'WPO', article: 'art. 14 lid 2 onder d', applies: 'schools-only', who }]);
    expect(row).toMatchObject({ schoolsOnly: true, ifApplicable: false, notApplicable: false });
    expect(row?.cell.state).toBe('schools-only');
    expect(row?.cell.text).toBe(
      `onbekend of dit geldt: geldt voor ${who}; niet vastgelegd wat voor school de organisatie is, of dat zij geen school is (wie de beleidsbestanden beheert, legt dat eenmaal vast in de procedure.yaml van haar map)`,
    );
    expect(TOPIC_SIGNS['schools-only']).not.toMatch(/[✓—Ø?]/);
  });
});

describe('a row of "What the law asks" in an English comparison', () => {
  const english = loadLabels('en', { root: PROJECT_ROOT });
  const rowsOf = (rows: LawRow[], words = english) => requirementRowsOf(rows, words);
  const row: LawRow = {
    topic: 'termijn',
    name: 'Termijn van afhandeling',
    names: { nl: 'Termijn van afhandeling', en: 'Time limit for dealing with a complaint' },
    law: 'WPO',
    article: 'art. 14 lid 2 onder c',
    words: 'de termijn waarbinnen de klachtencommissie haar oordeel geeft',
    applies: 'if-applicable',
    question: { nl: 'Is de organisatie een school?', en: 'Is the organisation a school?' },
    finding: 'unmet',
    clauses: ['c.1'],
    needs: { nl: 'de termijn voor het oordeel', en: 'the time limit for the findings' },
  };

  it("says the topic's name, the question and what a clause lacks in English; the law's words stay Dutch, noted so", () => {
    const [shown] = rowsOf([row]);
    expect(shown).toMatchObject({
      name: 'Time limit for dealing with a complaint',
      words: row.words,
      wordsLang: 'nl',
      wordsNote: 'Dutch text of the law',
    });
    expect(shown?.cell.text).toBe(
      'if applicable: Is the organisation a school? — possibly: c.1, which does not state the time limit for the findings',
    );
  });

  it('gives the gist the list wrote beside the note, and in a Dutch comparison neither, with the Dutch texts', () => {
    const [gisted] = rowsOf([{ ...row, gist: { en: 'when the committee gives its findings' } }]);
    expect(gisted?.wordsNote).toBe('Dutch text of the law; in short: when the committee gives its findings');
    const [dutch] = rowsOf([{ ...row, gist: { en: 'when the committee gives its findings' } }], labels);
    expect(dutch).toMatchObject({ name: 'Termijn van afhandeling', wordsNote: '', wordsLang: 'nl' });
    expect(dutch?.cell.text).toBe(
      'indien van toepassing: Is de organisatie een school? — mogelijk: c.1, dat niet de termijn voor het oordeel noemt',
    );
  });
});
