// A topic named by what does not happen (src/compare/topics/topic-profile.ts `negated`, topic-scores.ts; issue 73):
// "Het indienen en behandelen van klachten" heads how complaints are handled, so it is no title of "Wanneer een klacht
// niet wordt behandeld"; a heading that says "niet" is, and a compound such as "niet-betrokkene" negates nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTopicList } from '../../../src/compare/read/topic-list.js';
import { saysNot } from '../../../src/compare/topics/topic-profile.js';
import { topicCoverage } from '../../../src/compare/topics/topics.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const REGULATION = `# Klachtenregeling De Linde

## Artikel 4 Het indienen en behandelen van klachten

Een klacht kan door of namens de cliënt worden ingediend.

Voor de behandeling worden geen kosten in rekening gebracht.

## Artikel 5 Klachten die niet worden behandeld

Het bestuur is niet verplicht een klacht over een gedraging van meer dan een jaar geleden te onderzoeken.
`;

describe('a topic named by what does not happen', () => {
  it('knows a word of negation from a compound that names a thing', () => {
    expect(saysNot('Wanneer een klacht niet wordt behandeld')).toBe(true);
    expect(saysNot('Geen behandeling')).toBe(true);
    expect(saysNot('When a complaint is not handled')).toBe(true);
    expect(saysNot('Behandeling door een niet-betrokkene')).toBe(false);
    expect(saysNot('Het indienen en behandelen van klachten')).toBe(false);
  });

  it('takes a heading for its title only where the heading says "niet" too', () => {
    const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'klachtenregeling.yaml'));
    const policy = parsePolicy(REGULATION, { path: 'klachtenregeling.md' }).policy;
    const coverage = topicCoverage([{ key: 'linde', policy }], list.topics, []);
    const refusals = coverage.find((cell) => cell.id === 'niet-behandelen')?.clauses.linde ?? [];
    expect(refusals.map((clause) => [clause.id, clause.title])).toEqual([
      ['artikel-5-klachten-die-niet-worden.1', 'Artikel 5 Klachten die niet worden behandeld'],
    ]);
    const lodging = coverage.find((cell) => cell.id === 'indienen')?.clauses.linde ?? [];
    expect(lodging.map((clause) => clause.title)).toContain('Artikel 4 Het indienen en behandelen van klachten');
  });
});
