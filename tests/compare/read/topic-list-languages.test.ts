// A topic list gives what a reader sees in Dutch and English side by side (docs/topic-lists.md, "Fields"): a topic's
// name and description, a condition's question and what a clause lacks (`needs`), as whom a requirement binds already
// was; evidence still reads the Dutch name and description. The law's words are Dutch only; a hand-written gist of
// them is given per language other than Dutch, never in Dutch or as one text for every language. The shipped lists
// give every name, description, question and `needs` in both, and every law entry an English gist.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTopicList, topicListYaml } from '../../../src/compare/read/topic-list.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const DUTCH_DESCRIPTION = 'Of er besluiten worden genomen zonder menselijke tussenkomst.';

/** A list of one topic with one law entry; `extra` lines are added to the entry. */
function list(name: string, extra: readonly string[] = [], description = DUTCH_DESCRIPTION): string {
  const path = join(mkdtempSync(join(tmpdir(), 'topic-languages-')), 'privacyverklaring.yaml');
  const lines = [
    'topics:',
    '  - id: geautomatiseerd',
    `    name: ${name}`,
    `    description: ${description}`,
    '    signals: [geautomatiseerde besluitvorming]',
    '    law:',
    '      - law: AVG',
    '        article: art. 13 lid 2 onder f',
    '        words: "het bestaan van geautomatiseerde besluitvorming"',
    ...extra.map((line) => `        ${line}`),
  ];
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const BOTH = '{ nl: "Geautomatiseerde besluitvorming", en: "Automated decision-making" }';
const QUESTION =
  'condition: { id: geautomatiseerd, question: { nl: "Neemt de organisatie zulke besluiten?", en: "Does the organisation take such decisions?" } }';
const NEEDS =
  'needs: { nl: "of er geautomatiseerde besluitvorming is", en: "whether there is automated decision-making" }';

describe('a topic list in Dutch and English side by side', () => {
  it('reads a name, a question and what a clause lacks per language; evidence reads the Dutch name', () => {
    const [topic] = readTopicList(
      list(BOTH, [QUESTION, NEEDS, 'gist: { en: "whether decisions are automated" }']),
    ).topics;
    expect(topic?.name).toBe('Geautomatiseerde besluitvorming');
    expect(topic?.names).toEqual({ nl: 'Geautomatiseerde besluitvorming', en: 'Automated decision-making' });
    const [basis] = topic?.law ?? [];
    expect(basis?.conditions?.[0]?.question).toEqual({
      nl: 'Neemt de organisatie zulke besluiten?',
      en: 'Does the organisation take such decisions?',
    });
    expect(basis?.needs).toEqual({
      nl: 'of er geautomatiseerde besluitvorming is',
      en: 'whether there is automated decision-making',
    });
    expect(basis?.gist).toEqual({ en: 'whether decisions are automated' });
  });

  it('reads a description per language, evidence reading the Dutch (the pages: tests/render/compare/law-english)', () => {
    const english = 'Whether decisions are taken without a human in between.';
    const path = list(BOTH, [], `{ nl: "${DUTCH_DESCRIPTION}", en: "${english}" }`);
    const [topic] = readTopicList(path).topics;
    expect(topic?.description).toBe(DUTCH_DESCRIPTION);
    expect(topic?.descriptions).toEqual({ nl: DUTCH_DESCRIPTION, en: english });
    const written = join(mkdtempSync(join(tmpdir(), 'topic-languages-')), 'again.yaml');
    writeFileSync(written, topicListYaml(readTopicList(path).topics, 'privacyverklaring'));
    expect(readTopicList(written).topics).toEqual(readTopicList(path).topics);
  });

  it('still reads one text for every language, and writes a list back as it was given', () => {
    const [plain] = readTopicList(list('Geautomatiseerde besluitvorming', [NEEDS])).topics;
    expect(plain?.name).toBe('Geautomatiseerde besluitvorming');
    expect(plain?.names).toBeUndefined();
    const written = join(mkdtempSync(join(tmpdir(), 'topic-languages-')), 'again.yaml');
    const read = readTopicList(list(BOTH, [QUESTION, NEEDS])).topics;
    writeFileSync(written, topicListYaml(read, 'privacyverklaring'));
    expect(readTopicList(written).topics).toEqual(read);
  });

  it.each([
    ['a name in a language clausemark does not write', '{ nl: "Besluiten", de: "Entscheidungen" }', []],
    ['a question in a language clausemark does not write', BOTH, [QUESTION.replace('en:', 'de:')]],
    ['a gist of the Dutch words in Dutch', BOTH, ['gist: { nl: "of besluiten geautomatiseerd zijn" }']],
    ['a gist as one text for every language', BOTH, ['gist: "whether decisions are automated"']],
    ['a description in a language clausemark does not write', BOTH, [], '{ nl: "Besluiten", de: "Entscheidungen" }'],
  ])('refuses %s, at the topic, naming the file', (_about, name, extra, description?: string) => {
    const path = list(name, extra, description);
    expect(() => readTopicList(path)).toThrow(/privacyverklaring\.yaml/);
  });

  it('the shipped lists give every topic name, description, condition question and `needs` in Dutch and English, and every law entry an English gist', () => {
    const folder = join(PROJECT_ROOT, 'templates', 'topics');
    const files = readdirSync(folder).filter((file) => file.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(5);
    let lawEntries = 0;
    for (const file of files) {
      for (const topic of readTopicList(join(folder, file)).topics) {
        const where = `${file} ${topic.id}`;
        expect(topic.names, where).toEqual({ nl: topic.name, en: expect.any(String) });
        expect(topic.descriptions, where).toEqual({ nl: topic.description, en: expect.any(String) });
        for (const basis of topic.law ?? []) {
          for (const condition of basis.conditions ?? [])
            expect(condition.question, where).toEqual({ nl: expect.any(String), en: expect.any(String) });
          if (basis.needs) expect(basis.needs, where).toEqual({ nl: expect.any(String), en: expect.any(String) });
          expect(basis.gist, `${where} ${basis.law} ${basis.article}`).toEqual({ en: expect.stringMatching(/\S/) });
          lawEntries += 1;
        }
      }
    }
    // The lists hold 153 law entries; a list that lost its entries would pass the loop above unseen.
    expect(lawEntries).toBeGreaterThanOrEqual(153);
  });
});
