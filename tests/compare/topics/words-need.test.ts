// A topic's `wordsNeed` phrases (src/compare/read/topic-list.ts, topic-profile.ts sentenceWords): a sentence holding
// none of them gives the topic no word, so "de medewerkers die erbij betrokken waren" is no candidate for handling by
// someone not involved, while a sentence that says "niet" is, and a heading above the clause still names its topic.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTopicList, type TopicDefinition, topicListYaml } from '../../../src/compare/read/topic-list.js';
import type { ClauseScore } from '../../../src/compare/topics/score-scale.js';
import { scoreTopics } from '../../../src/compare/topics/topics.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const SHIPPED = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'klachtenregeling.yaml')).topics;
const WITHOUT = SHIPPED.map(({ wordsNeed: _, ...topic }) => topic);

const REGULATION = `# Klachtenregeling De Linde

## Artikel 3

De klager vermeldt bij de behandeling van zijn klacht de personen die bij de gedraging betrokken waren.

## Artikel 4 De behandelaar

De directeur behandelt de klacht niet zelf indien hij bij de gedraging waarop de klacht betrekking heeft rechtstreeks is betrokken.

## Artikel 5 Onpartijdige behandeling door een niet-betrokkene

De klacht wordt behandeld door een persoon die de klager aanwijst.
`;

/** Each clause's score for `topic`, by clause id, as the list scores the regulation. */
function scores(list: readonly TopicDefinition[], topic: string): Record<string, ClauseScore> {
  const policy = parsePolicy(REGULATION, { path: 'klachtenregeling.md' }).policy;
  const [document] = scoreTopics([{ key: 'linde', policy }], list);
  const t = list.findIndex((definition) => definition.id === topic);
  const byId: Record<string, ClauseScore> = {};
  document?.entries.forEach((entry, e) => {
    byId[entry.clause.id] = document.scores[e]?.[t] as ClauseScore;
  });
  return byId;
}

describe('wordsNeed', () => {
  it('ships for handling by someone not involved ("niet", "geen") and for the confidential counsellor (its name)', () => {
    const of = (id: string) => SHIPPED.find((topic) => topic.id === id)?.wordsNeed;
    expect(of('onpartijdig')).toEqual(['niet', 'geen']);
    expect(of('vertrouwenspersoon')).toEqual(['vertrouwenspersoon', 'vertrouwenspersonen']);
  });

  it('gives a topic no word of a sentence that holds none of its phrases', () => {
    const without = scores(WITHOUT, 'onpartijdig');
    const shipped = scores(SHIPPED, 'onpartijdig');
    const [involved, notInvolved] = Object.keys(shipped).filter((id) => /artikel-[34]/.test(id)) as [string, string];
    // Without the phrases the involved persons' sentence holds the topic's words; with them it holds none.
    expect(without[involved]?.words).toEqual(expect.arrayContaining(['betrok', 'gedraging', 'person']));
    expect(without[involved]?.score).toBeGreaterThan(0);
    expect(shipped[involved]?.words).toBeUndefined();
    expect(shipped[involved]?.score).toBe(0);
    // The sentence that says "niet" keeps its words.
    expect(shipped[notInvolved]?.words?.length).toBeGreaterThan(2);
    expect(shipped[notInvolved]).toEqual(without[notInvolved]);
  });

  it('holds no title to them: a heading names its topic where a sentence has to state it', () => {
    const without = scores(WITHOUT, 'onpartijdig');
    const shipped = scores(SHIPPED, 'onpartijdig');
    const titled = Object.keys(shipped).find((id) => id.startsWith('artikel-5')) as string;
    expect(shipped[titled]?.title).toBe('Artikel 5 Onpartijdige behandeling door een niet-betrokkene');
    expect(shipped[titled]?.score).toBeGreaterThanOrEqual(0.25);
    expect(shipped[titled]).toEqual(without[titled]);
  });

  it('is read from a list, written out again, and refused when not a list of phrases', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-topics-'));
    const file = join(dir, 'klachtenregeling.yaml');
    const topic = (need: string) =>
      `topics:\n  - id: vertrouwenspersoon\n    name: Vertrouwenspersoon\n    description: Wie de klager bijstaat.\n    signals: [vertrouwenspersoon]\n${need}`;
    writeFileSync(file, topic(''));
    expect(readTopicList(file).topics[0]?.wordsNeed).toBeUndefined();
    writeFileSync(file, topic('    wordsNeed: [vertrouwenspersoon, contactpersoon]\n'));
    expect(readTopicList(file).topics[0]?.wordsNeed).toEqual(['vertrouwenspersoon', 'contactpersoon']);
    writeFileSync(file, topicListYaml(readTopicList(file).topics, 'klachtenregeling'));
    expect(readTopicList(file).topics[0]?.wordsNeed).toEqual(['vertrouwenspersoon', 'contactpersoon']);
    for (const bad of ['vertrouwenspersoon', '[]', '[1, 2]']) {
      writeFileSync(file, topic(`    wordsNeed: ${bad}\n`));
      expect(() => readTopicList(file)).toThrow(
        expect.objectContaining({ message: expect.stringContaining("'wordsNeed:' that is not a list of one or more") }),
      );
    }
  });
});
