// Sentences that hand matters to later rules (src/compare/topics/delegated-sentences.ts): they and the sentences on
// those rules carry no topic, while the heading above still places their clause; a sentence that only mentions later
// rules, and the rules beside a delegation, keep theirs.
import { describe, expect, it } from 'vitest';
import type { TopicDefinition } from '../../../src/compare/read/topic-list.js';
import { delegatedSentences, delegates } from '../../../src/compare/topics/delegated-sentences.js';
import { topicCoverage } from '../../../src/compare/topics/topics.js';
import { parsePolicy } from '../../../src/parse/index.js';

const CONFIDENTIALITY: TopicDefinition = {
  id: 'geheimhouding',
  name: 'Geheimhouding',
  description: 'Wie bij de behandeling betrokken is, houdt vertrouwelijke gegevens geheim.',
  signals: ['geheimhouding'],
};

const COMMISSION: TopicDefinition = {
  id: 'klachtencommissie',
  name: 'Klachtencommissie',
  description: 'De klachtencommissie, haar leden en haar voorzitter.',
  signals: ['klachtencommissie'],
};

/** Each topic's coverage of a regulation whose article 5, headed `heading`, says `text`. */
function coverage(text: string, heading = 'Artikel 5 Klachtencommissie', topics = [CONFIDENTIALITY, COMMISSION]) {
  const source = `# Klachtenregeling De Linde\n\n## Artikel 4\n\nDe klacht wordt schriftelijk ingediend.\n\n## ${heading}\n\n${text}\n`;
  const policy = parsePolicy(source, { path: 'klachtenregeling.md' }).policy;
  return topicCoverage([{ key: 'linde', policy }], topics, []);
}

/** The clauses covering each topic in a regulation whose article 5, headed `heading`, says `text`. */
function covering(text: string, heading?: string): Record<string, string[]> {
  return Object.fromEntries(
    coverage(text, heading).map((topic) => [topic.id, (topic.clauses['linde'] ?? []).map((c) => c.id)]),
  );
}

describe('sentences that hand matters to later rules', () => {
  it('knows a sentence that makes or gives later rules, in the ways regulations word it', () => {
    expect(
      delegates('De commissie stelt in een huishoudelijk reglement nadere regels vast omtrent haar werkwijze.'),
    ).toBe(true);
    expect(
      delegates('Het bestuur geeft met betrekking tot de in deze verordening behandelde onderwerpen nadere regels.'),
    ).toBe(true);
    expect(delegates('Het bevoegd gezag kan nadere regels stellen omtrent de werkwijze van de commissie.')).toBe(true);
    expect(delegates('De secretaris-generaal kan nadere regels of gedragscodes formuleren.')).toBe(true);
    // Later rules mentioned in a sentence that states a rule of its own.
    expect(
      delegates('Onverminderd de nadere regels van het bestuur wordt de klacht binnen zes weken afgehandeld.'),
    ).toBe(false);
    expect(delegates('De klachtencommissie stelt een onderzoek in.')).toBe(false);
    // No later rules are made: nothing is handed on.
    expect(delegates('Het bestuur stelt geen nadere regels vast over de geheimhouding.')).toBe(false);
    expect(delegates('Over de geheimhouding worden geen nadere regels gesteld.')).toBe(false);
  });

  it('takes the sentences that point back at the later rules with them, and no others', () => {
    expect([
      ...delegatedSentences([
        'Het bestuur geeft nadere regels.',
        'Deze betreffen in elk geval de geheimhouding.',
        'De leden houden geheim wat hun bekend wordt.',
      ]),
    ]).toEqual([0, 1]);
    // What the later rules are made and made known by is about them too.
    expect([
      ...delegatedSentences([
        'Het bestuur geeft nadere regels.',
        'Over het ontwerp van deze nadere regels wordt de ledenraad geraadpleegd.',
        'De regels worden zo spoedig mogelijk na vaststelling bekendgemaakt.',
        'De commissie beslist binnen zes weken over een klacht.',
      ]),
    ]).toEqual([0, 1, 2]);
    // "Deze regeling" after a delegation is the regulation itself, and "Deze" after a rule points back at that rule.
    expect([
      ...delegatedSentences([
        'Het bestuur kan nadere regels stellen.',
        'Deze regeling treedt in werking op 1 januari.',
      ]),
    ]).toEqual([0]);
    expect([...delegatedSentences(['De klacht wordt geregistreerd.', 'Deze registratie is vertrouwelijk.'])]).toEqual(
      [],
    );
  });

  it('gives a delegation no topic, while a rule beside it keeps its own', () => {
    const delegation =
      'Het bestuur geeft nadere regels. Deze betreffen in elk geval de samenstelling van de klachtencommissie en de geheimhouding.';
    // A clause of nothing but the delegation: no topic by its words. The heading above it still places it, as a law's
    // section on a subject whose article leaves it all to an order in council.
    expect(covering(delegation, 'Artikel 5')).toEqual({ geheimhouding: [], klachtencommissie: [] });
    expect(covering(delegation)).toEqual({ geheimhouding: [], klachtencommissie: ['artikel-5-klachtencommissie.1'] });
    // A rule in the same clause still states its topic, and the title still heads the clause.
    const withRule = covering(`${delegation} Wie bij de behandeling betrokken is, houdt geheimhouding.`);
    expect(withRule['geheimhouding']).toHaveLength(1);
    expect(withRule['klachtencommissie']).toHaveLength(1);
    // The same list of matters, said as the regulation's own rule, covers them.
    expect(
      covering('De leden van de klachtencommissie zijn tot geheimhouding verplicht.')['geheimhouding'],
    ).toHaveLength(1);
  });

  it("leaves a delegation on topics induced from the documents: a law's section says its subject so", () => {
    const induced = [CONFIDENTIALITY, COMMISSION].map((topic): TopicDefinition => ({ ...topic, induced: true }));
    const delegation = 'Het bestuur geeft nadere regels. Deze betreffen in elk geval de geheimhouding.';
    const cell = coverage(delegation, 'Artikel 5', induced).find((topic) => topic.id === 'geheimhouding');
    expect(cell?.clauses['linde']).toHaveLength(1);
  });
});
