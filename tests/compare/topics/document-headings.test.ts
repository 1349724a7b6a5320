// Headings that speak of the document itself (title-shares.ts documentHeadings; issue 73): "Over deze
// privacyverklaring" in the "Privacyverklaring De Linde" says its clauses are about the statement, not which topic, so
// its introduction is no "Wijziging van de verklaring"; a heading that says a topic's word beside the document's name
// still places its clauses.
import { describe, expect, it } from 'vitest';
import { readTopicList } from '../../../src/compare/read/topic-list.js';
import { topicCoverage } from '../../../src/compare/topics/topics.js';
import { Side } from '../../../src/match/entries.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const STATEMENT = `---
id: privacyverklaring-de-linde
title: Privacyverklaring De Linde
organisation: De Linde
version: 1.0.0
---

# Privacyverklaring De Linde

## 1. Over deze privacyverklaring

De Linde is een basisschool in Utrecht.

In deze verklaring leggen wij uit hoe wij met gegevens van leerlingen omgaan.

## 2. Wijzigingen in deze privacyverklaring

Wij kunnen deze privacyverklaring wijzigen; de nieuwste versie staat altijd op onze website.
`;

describe('headings about the document itself', () => {
  const policy = parsePolicy(STATEMENT, { path: 'privacyverklaring.md' }).policy;
  const list = readTopicList(`${PROJECT_ROOT}/templates/topics/privacyverklaring.yaml`);
  const coverage = topicCoverage([{ key: 'linde', policy }], list.topics, []);
  const texts = new Map(new Side(policy).entries.map((entry) => [entry.clause.id, entry.text]));
  const changes = (coverage.find((topic) => topic.id === 'wijzigingen')?.clauses.linde ?? []).map((clause) =>
    texts.get(clause.id),
  );

  it('give the clauses under them no topic', () => {
    expect(changes).not.toContain('De Linde is een basisschool in Utrecht.');
    for (const topic of coverage)
      for (const clause of topic.clauses.linde ?? [])
        expect(clause.title, `${topic.id}: ${texts.get(clause.id)}`).not.toBe('1. Over deze privacyverklaring');
  });

  it('still place a clause whose heading says what the topic is about', () => {
    expect(changes).toContain(
      'Wij kunnen deze privacyverklaring wijzigen; de nieuwste versie staat altijd op onze website.',
    );
  });
});
