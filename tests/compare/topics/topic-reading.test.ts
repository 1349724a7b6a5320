// What the topic search reads of a text (src/compare/topics/topic-reading.ts): a clause's sentences, each sentence's
// signals and keyed words, and the topics whose keys it holds, read once per text for every document it stands in.
import { describe, expect, it } from 'vitest';
import { TopicReading, topicsOfKey } from '../../../src/compare/topics/topic-reading.js';
import { topicProfiles } from '../../../src/compare/topics/topic-profile.js';
import { TopicSignalSet } from '../../../src/compare/topics/topic-signals.js';

const TOPICS = [
  {
    id: 'bewaren',
    name: 'Bewaartermijn',
    description: 'Hoe lang de gegevens worden bewaard.',
    signals: ['bewaartermijn*', 'worden .. bewaard'],
  },
  {
    id: 'middelen',
    name: 'Gebruik van e-mail',
    description: 'Het zakelijk gebruik van e-mail en internet.',
    signals: ['e-mail'],
  },
];

describe('topic reading', () => {
  const reading = new TopicReading(new TopicSignalSet(TOPICS.map((topic) => topic.signals)));
  const profiles = topicProfiles(TOPICS);

  it('splits a clause into its sentences, trimmed and without empty ones, once per text', () => {
    const clause = 'Wij bewaren je gegevens een jaar.  Daarna worden ze verwijderd. ';
    const sentences = reading.sentences(clause);
    expect(sentences).toEqual(['Wij bewaren je gegevens een jaar.', 'Daarna worden ze verwijderd.']);
    expect(reading.sentences(clause)).toBe(sentences);
  });

  it("finds each topic's signals in a sentence, an e-mail address being no e-mail", () => {
    expect(reading.sentence('De gegevens worden tien jaar bewaard, per e-mail opvraagbaar.').found).toEqual([
      ['worden .. bewaard'],
      ['e-mail'],
    ]);
    expect(reading.sentence('Wij bewaren je naam en e-mail-adres.').found).toEqual([[], []]);
  });

  it('names the topics whose keys a sentence holds, and reads them once', () => {
    const sentence = 'De bewaartermijn van de gegevens is een jaar.';
    const { words } = reading.sentence(sentence);
    const matches = reading.matches(sentence, words, profiles, topicsOfKey(profiles));
    expect(matches.topics).toContain(0);
    expect(matches.topics).not.toContain(1);
    expect(reading.matches(sentence, words, profiles, topicsOfKey(profiles))).toBe(matches);
  });
});
