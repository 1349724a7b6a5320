// Topics induced from section headings when the kind of policy has no topic list (issue 24 item 1): headings two
// organisations share are topics, a clause beneath one covers it, a heading one organisation alone has is no topic,
// and the list written out is one readTopicList reads back and compare then uses as a list.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignPolicies } from '../../../src/compare/index.js';
import { induceTopics } from '../../../src/compare/topics/induced-topics.js';
import { readTopicList, topicListYaml } from '../../../src/compare/read/topic-list.js';
import { orgPolicy } from '../fixtures.js';

const kind = { id: 'klachtenregeling', title: 'Klachtenregeling' };

const linde = orgPolicy(
  'linde',
  'Stichting De Linde',
  [
    { title: 'Sancties', clauses: ['Bij een overtreding volgt een schriftelijke waarschuwing van de directeur.'] },
    { title: "Foto's van leerlingen", clauses: ['Wij plaatsen alleen beeld met toestemming van de ouders.'] },
    { title: 'Onze geschiedenis', clauses: ['De school bestaat sinds 1952 en groeide in de jaren zestig.'] },
  ],
  kind,
);
const wilg = orgPolicy(
  'wilg',
  'Stichting De Wilg',
  [
    { title: 'Sancties en maatregelen', clauses: ['Wie de regels niet naleeft, wordt aangesproken door de mentor.'] },
    { title: "Foto's van leerlingen", clauses: ['Beeldmateriaal van kinderen wordt nooit zonder akkoord gedeeld.'] },
  ],
  kind,
);
const es = orgPolicy(
  'es',
  'Stichting De Es',
  [{ title: "Foto's van leerlingen", clauses: ['Voor elke publicatie van beeld vragen wij eerst toestemming.'] }],
  kind,
);

describe('topics induced from section headings', () => {
  const documents = [
    { key: 'linde', policy: linde },
    { key: 'wilg', policy: wilg },
    { key: 'es', policy: es },
  ];

  it('joins headings two organisations use for one subject, and leaves a heading one alone has out', () => {
    const topics = induceTopics(documents);
    expect(topics.map((topic) => topic.name)).toEqual(['Sancties', "Foto's van leerlingen"]);
    expect(topics[0]!.signals).toEqual(['sancties', 'sancties en maatregelen']);
    expect(topics[0]!.description).toContain('"Sancties en maatregelen" (wilg)');
    expect(topics.some((topic) => /geschiedenis/i.test(topic.name))).toBe(false);
  });

  it('does not join a heading whose few words are a small part of another heading', () => {
    const a = orgPolicy('a', 'A', [{ title: 'Algemeen', clauses: ['Een regel.'] }], kind);
    const b = orgPolicy('b', 'B', [{ title: 'Algemene bepalingen sociale media school', clauses: ['Regel.'] }], kind);
    expect(
      induceTopics([
        { key: 'a', policy: a },
        { key: 'b', policy: b },
      ]),
    ).toEqual([]);
  });

  it('covers a topic by the clauses beneath its headings; where none is, the cell is "not found", never absent', () => {
    const alignment = alignPolicies([linde, wilg, es], { topics: 'induce' });
    const sanctions = alignment.topics?.find((topic) => topic.name === 'Sancties');
    expect(Object.keys(sanctions?.clauses ?? {}).sort()).toEqual(['linde', 'wilg']);
    expect(sanctions?.notFound.es).toBeDefined();
    expect(sanctions?.notFound.es?.absent).toBeUndefined();
    expect(alignment.topicsInduced?.map((topic) => topic.id)).toEqual(alignment.topics?.map((topic) => topic.id));
  });

  it('is written out as a topic list that reads back, and used as a list gives the same coverage', () => {
    const induced = alignPolicies([linde, wilg, es], { topics: 'induce' });
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-topics-')), 'klachtenregeling.yaml');
    writeFileSync(file, topicListYaml(induced.topicsInduced ?? [], 'klachtenregeling'));
    const list = readTopicList(file);
    expect(list.topics).toEqual(induced.topicsInduced);
    const listed = alignPolicies([linde, wilg, es], { topics: list.topics });
    expect(listed.topicsInduced).toBeUndefined();
    expect(listed.topics).toEqual(induced.topics);
  });

  it('a kind with a topic list is not induced', () => {
    const alignment = alignPolicies([linde, wilg], {
      topics: [
        { id: 'sancties', name: 'Sancties', description: 'Wat volgt op een overtreding.', signals: ['sancties'] },
      ],
    });
    expect(alignment.topicsInduced).toBeUndefined();
    expect(alignment.topics?.map((topic) => topic.id)).toEqual(['sancties']);
  });
});

describe('topics induced from what sentences share, where documents share no heading (issue 73)', () => {
  const en = { lang: 'en', id: 'code-of-conduct', title: 'Code of conduct' };
  const north = orgPolicy(
    'north',
    'North Club',
    [
      {
        title: 'The Quick Version',
        clauses: ['Someone asked to stop any harassing behavior must comply immediately.'],
      },
      {
        title: 'Our rules',
        clauses: [
          'Members who break these rules may be suspended. Report harassment to a moderator by direct message.',
          'The club meets on Tuesdays in the village hall.',
        ],
      },
    ],
    en,
  );
  const south = orgPolicy(
    'south',
    'South Society',
    [
      {
        title: 'The Short Version',
        clauses: ['Anyone asked to stop harassing behavior is expected to comply immediately.'],
      },
      { title: 'Reporting', clauses: ['Please report harassment to a moderator in a direct message.'] },
      { title: 'Finances', clauses: ['The treasurer keeps the accounts of the society.'] },
    ],
    en,
  );
  const documents = [
    { key: 'north', policy: north },
    { key: 'south', policy: south },
  ];

  it('joins the sentences of two organisations that say the same thing, and names them by what they share', () => {
    const topics = induceTopics(documents);
    // "The Quick Version" and "The Short Version" only say where a text stands: no heading topic.
    expect(topics.some((topic) => /version/i.test(topic.name))).toBe(false);
    const names = topics.map((topic) => topic.name.toLowerCase());
    expect(names).toHaveLength(2);
    expect(names.some((name) => /comply|stop/.test(name))).toBe(true);
    // Reporting forms a topic from one organisation's sentence within a longer clause and the other's own clause.
    expect(names.some((name) => /moderator|direct message|report/.test(name))).toBe(true);
    // Words that name no subject never name a topic; what one organisation alone says is none.
    expect(names.join(' ')).not.toMatch(/\b(someone|anyone|expected|asked|please)\b/);
    expect(names.join(' ')).not.toMatch(/treasurer|village|tuesdays/);
  });
});
