// Closing lines and weak signals (src/compare/topics/closing-lines.ts, topic-scores.ts; issue 73): a regulation's
// place and date, signature and publication formula carry no topic, though they stand under "Citeertitel"; a name
// of who handles complaints ("de klachtencommissie") alone makes a candidate, its institution covers the topic.
import { describe, expect, it } from 'vitest';
import { readTopicList } from '../../../src/compare/read/topic-list.js';
import { isClosingLine } from '../../../src/compare/topics/closing-lines.js';
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
  it('knows a place and date, a signature and the publication formula by their shape', () => {
    for (const line of [
      'Den Haag 16 januari 2007',
      "'s-Gravenhage 22 juli 1994",
      '19 december 2000',
      'De Minister van Defensie H.G.J. Kamp',
      'Directeur-Generaal van de statistiek, G.van der Veen',
      'De Minister van Veiligheid en Justitie, voor deze, De Raad voor Rechtsbijstand, P.J.M. van den Biggelaar, Directeur stelsel.',
      'Deze regeling zal met de toelichting in de Staatscourant worden geplaatst.',
      'Dit besluit zal in de Staatscourant worden geplaatst.',
    ])
      expect(isClosingLine(line), line).toBe(true);
  });

  it('takes no rule for one: a sentence that states something, a date inside a rule, a long text with a name', () => {
    for (const line of [
      'Deze regeling treedt in werking met ingang van 1 november 2009.',
      'De klacht wordt binnen zes weken na ontvangst afgehandeld.',
      'De klachtencoördinator is J. Jansen.',
      'Het besluit van de Verzekeringskamer van 28 februari 1990 wordt ingetrokken.',
      'Dit reglement wordt aangehaald als privacyreglement. Dit reglement zal in de Staatscourant worden geplaatst.',
      'The U.S. Government does not have the rights to reproduce and release the item.',
      '',
    ])
      expect(isClosingLine(line), line).toBe(false);
  });

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
