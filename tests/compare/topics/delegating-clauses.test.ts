// Clauses that leave a topic to later rules (src/compare/topics/delegating-clauses.ts): named on the topic's empty
// cell, last and at score 0, never making it "mogelijk"; not where another clause covers the topic, and not twice
// where the clause is a candidate by its other sentences already.
import { describe, expect, it } from 'vitest';
import type { TopicDefinition } from '../../../src/compare/read/topic-list.js';
import { topicCoverage } from '../../../src/compare/topics/topics.js';
import { parsePolicy } from '../../../src/parse/index.js';

const COUNSELLOR: TopicDefinition = {
  id: 'vertrouwenspersoon',
  name: 'Vertrouwenspersoon',
  description: 'Een vertrouwenspersoon die de klager opvangt en begeleidt.',
  signals: ['vertrouwenspersoon'],
};

/** The cell of the counsellor in a regulation of two articles, the second saying `second`. */
function cell(second: string) {
  const source = `# Reglement De Es\n\n## Artikel 1\n\nEen klacht wordt schriftelijk ingediend bij de directeur.\n\n## Artikel 2\n\n${second}\n`;
  const policy = parsePolicy(source, { path: 'reglement.md' }).policy;
  const [topic] = topicCoverage([{ key: 'es', policy }], [COUNSELLOR], []);
  return { covering: topic?.clauses['es'], notFound: topic?.notFound['es'] };
}

describe('clauses that leave a topic to later rules', () => {
  it('are named on the empty cell, last and at score 0, and make no "mogelijk"', () => {
    const { covering, notFound } = cell(
      'Het bestuur stelt nadere regels vast over de taken van de vertrouwenspersoon.',
    );
    expect(covering).toBeUndefined();
    expect(notFound?.candidates.at(-1)).toMatchObject({
      id: 'artikel-2.1',
      delegated: true,
      score: 0,
      shared: ['vertrouwenspersoon'],
    });
    expect(notFound?.possible).toBeUndefined();
  });

  it('are not named where a rule beside the delegation covers the topic', () => {
    const { covering, notFound } = cell(
      'De directeur wijst een vertrouwenspersoon aan. Het bestuur stelt nadere regels vast over de vertrouwenspersoon.',
    );
    expect(covering?.map((clause) => clause.id)).toEqual(['artikel-2.1']);
    expect(notFound).toBeUndefined();
  });

  it('name a clause once: one that is a candidate by its other sentences is named by them', () => {
    const { notFound } = cell(
      'De klager wordt opgevangen en begeleid door de directeur. Het bestuur stelt nadere regels vast over de vertrouwenspersoon.',
    );
    const named = notFound?.candidates.filter((candidate) => candidate.id === 'artikel-2.1') ?? [];
    expect(named).toHaveLength(1);
    expect(named[0]?.delegated).toBeUndefined();
    expect(named[0]?.score).toBeGreaterThan(0);
  });
});
