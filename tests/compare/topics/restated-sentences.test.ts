// Whether a clause says what one sentence of a topic's definition says (src/compare/topics/restated-sentences.ts), and
// that an empty cell's lead candidate which does so covers the topic, where words spread over the definition leave it
// "mogelijk".
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTopicList, type TopicDefinition } from '../../../src/compare/read/topic-list.js';
import { restatedKeys } from '../../../src/compare/topics/restated-sentences.js';
import { RESTATED_WORDS } from '../../../src/compare/topics/score-scale.js';
import { type TopicProfile, topicProfiles } from '../../../src/compare/topics/topic-profile.js';
import { TopicReading } from '../../../src/compare/topics/topic-reading.js';
import { TopicSignalSet } from '../../../src/compare/topics/topic-signals.js';
import { topicCoverage } from '../../../src/compare/topics/topics.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { orgPolicy } from '../fixtures.js';

const LIST = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'klachtenregeling.yaml')).topics;
const PROFILES = topicProfiles(LIST);
const at = (id: string): number => LIST.findIndex((topic) => topic.id === id);

// The sentences as the topic search reads them.
const READING = new TopicReading(new TopicSignalSet(LIST.map((topic) => topic.signals)));
const restatedBy = (profile: TopicProfile, text: string): string[] | undefined =>
  restatedKeys(
    profile,
    READING.sentences(text).map((sentence) => READING.sentence(sentence)),
  );
const restated = (id: string, text: string): string[] | undefined =>
  restatedBy(PROFILES.profiles[at(id)] as TopicProfile, text);

// Awb 9:7 lid 1 in other words, with its "betrokken" far from the negation no signal reaches across.
const NOT_INVOLVED =
  'De directeur behandelt de klacht niet zelf indien hij bij de gedraging waarop de klacht betrekking heeft rechtstreeks is betrokken.';

describe('restatedKeys', () => {
  it('finds the words of one defining sentence a sentence of the clause holds together', () => {
    const keys = restated('onpartijdig', NOT_INVOLVED);
    expect(keys?.length).toBeGreaterThanOrEqual(RESTATED_WORDS);
  });

  it('counts no word of the kind’s subject, and no words spread over several defining sentences', () => {
    // "klacht", "klager", "behandeling" are every topic's: four of them restate nothing.
    expect(restated('onpartijdig', 'De klager kan de klacht over de behandeling intrekken.')).toBeUndefined();
    // The words are in two sentences of the clause, not one.
    expect(
      restated('onpartijdig', 'Hij is betrokken geweest. Dit betreft de gedraging waarop de klacht ziet.'),
    ).toBeUndefined();
  });

  it('reads a sentence as its topic does: no word within an elsewhere phrase', () => {
    const t = at('termijn-indienen');
    const topic = LIST[t] as TopicDefinition;
    const elsewhere = ['klacht wordt ingediend binnen een jaar na de gedraging'];
    const list = LIST.map((other, u) => (u === t ? { ...topic, elsewhere } : other));
    const text = 'Een klacht wordt ingediend binnen een jaar na de gedraging waarop zij betrekking heeft.';
    expect(restatedBy(PROFILES.profiles[t] as TopicProfile, text)).toBeDefined();
    expect(restatedBy(topicProfiles(list).profiles[t] as TopicProfile, text)).toBeUndefined();
  });
});

describe('an empty cell whose lead candidate restates its topic', () => {
  // Other articles beside it, so its words are rare in the document, as in a real regulation.
  const OTHERS = [
    'Een klacht wordt schriftelijk ingediend bij de klachtencommissie.',
    'De klachtencommissie bestaat uit ten minste drie leden.',
    'Het bestuur deelt binnen vier weken mee of het het oordeel deelt.',
    'Deze regeling treedt in werking op 1 augustus 2026.',
  ];
  const coverage = (clause: string) =>
    topicCoverage(
      [
        {
          key: 'noord',
          policy: orgPolicy('noord', 'Klachtenregeling Noord', [{ title: 'Regels', clauses: [clause, ...OTHERS] }]),
        },
      ],
      LIST,
      [],
    );

  it('is covered by that candidate, at the threshold, with the words it restates', () => {
    const cell = coverage(NOT_INVOLVED).find((topic) => topic.id === 'onpartijdig');
    const [clause] = cell?.clauses['noord'] ?? [];
    expect(clause?.score).toBe(0.5);
    expect(clause?.signals).toEqual([]);
    expect(clause?.words?.length).toBeGreaterThanOrEqual(RESTATED_WORDS);
  });

  it('stays "mogelijk" where the candidate holds the topic’s words but no sentence of it', () => {
    // With a "niet", as the topic's wordsNeed asks of a sentence before its words count.
    const cell = coverage(
      'De directeur is niet betrokken bij het bestuur en behandelt elke gedraging zorgvuldig.',
    ).find((topic) => topic.id === 'onpartijdig');
    expect(cell?.clauses['noord']).toBeUndefined();
    expect(cell?.notFound['noord']?.possible).toBe(true);
  });
});
