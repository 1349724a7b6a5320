// Closing lines and weak signals in topic scores (topic-scores.ts; the lines are read by src/compare/read/
// closing-lines.ts; issue 73): a regulation's place and date, signature and publication formula carry no topic, though
// they stand under "Citeertitel"; a name of who handles complaints ("de klachtencommissie") alone makes a candidate,
// its institution covers the topic.
import { describe, expect, it } from 'vitest';
import { readTopicList } from '../../../src/compare/read/topic-list.js';
import { isWeakSignal, shownSignal, signalLength } from '../../../src/compare/topics/topic-signals.js';
import { topicCoverage } from '../../../src/compare/topics/topics.js';
import { Side } from '../../../src/match/entries.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const REGULATION = `# Klachtenregeling De Linde

## Artikel 1 Klachtencommissie

Het bestuur stelt een klachtencommissie in.

## Artikel 2 Horen

De klachtencommissie stelt de klager in de gelegenheid te worden gehoord.

## Artikel 3 Citeertitel

Deze regeling wordt aangehaald als Klachtenregeling De Linde.

Deze regeling zal met de toelichting in de Staatscourant worden geplaatst.

Den Haag 16 januari 2007

De Minister van Defensie, H.G.J. Kamp
`;

describe('closing lines of a regulation', () => {
  it('puts no closing line on a topic, under "Citeertitel" as anywhere', () => {
    const policy = parsePolicy(REGULATION, { path: 'klachtenregeling.md' }).policy;
    const list = readTopicList(`${PROJECT_ROOT}/templates/topics/klachtenregeling.yaml`);
    const coverage = topicCoverage([{ key: 'linde', policy }], list.topics, []);
    const texts = new Map(new Side(policy).entries.map((entry) => [entry.clause.id, entry.text]));
    const slot = coverage.find((topic) => topic.id === 'slotbepalingen')?.clauses.linde ?? [];
    expect(slot.map((clause) => texts.get(clause.id))).toEqual([
      'Deze regeling wordt aangehaald als Klachtenregeling De Linde.',
    ]);
    let named = 0;
    for (const topic of coverage)
      for (const clause of topic.clauses.linde ?? []) {
        named++;
        expect(texts.get(clause.id) ?? '', `${topic.id}: ${clause.id}`).not.toMatch(/Den Haag|Kamp|Staatscourant/);
      }
    expect(named).toBeGreaterThan(1);
  });
});

describe('weak signals', () => {
  it('are written with "~", shown and counted without it', () => {
    expect(isWeakSignal('~klachtencommissie*')).toBe(true);
    expect(isWeakSignal('klachtencommissie* bestaat uit')).toBe(false);
    expect(shownSignal('~klachtencommissie*')).toBe('klachtencommissie*');
    expect(signalLength('~klachtencommissie*')).toBe(1);
  });

  it('cover a topic with the name and its verb; the name alone makes a candidate', () => {
    const policy = parsePolicy(REGULATION, { path: 'klachtenregeling.md' }).policy;
    const list = readTopicList(`${PROJECT_ROOT}/templates/topics/klachtenregeling.yaml`);
    const [commission] = topicCoverage(
      [{ key: 'linde', policy }],
      list.topics.filter((topic) => topic.id === 'klachtencommissie'),
      [],
    );
    const clauses = commission?.clauses.linde ?? [];
    expect(clauses.length).toBe(1);
    expect(clauses[0]?.signals).toContain('stelt een klachtencommissie*');
    // Article 2 names the commission without a rule about it: not on the topic.
    const hearing = new Side(policy).entries.find((entry) => entry.text.startsWith('De klachtencommissie stelt'))
      ?.clause.id;
    expect(hearing).toBeDefined();
    expect(clauses.map((clause) => clause.id)).not.toContain(hearing);
    const alone = topicCoverage(
      [{ key: 'linde', policy: parsePolicy(REGULATION.replace(/## Artikel 1[^#]*/, ''), { path: 'k.md' }).policy }],
      list.topics.filter((topic) => topic.id === 'klachtencommissie'),
      [],
    )[0];
    expect(alone?.clauses.linde).toBeUndefined();
    expect(alone?.notFound.linde?.possible).toBe(true);
    expect(alone?.notFound.linde?.candidates[0]?.score).toBeLessThan(0.5);
  });
});
