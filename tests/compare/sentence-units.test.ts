// Sentence units on the five seed policies: a known clause that states several rules now sits in two provisions,
// and the sentence links against the hand-written sentence labels (tests/fixtures/compare/sentence-pairs.yaml).
import { beforeAll, describe, expect, it } from 'vitest';
import { alignPolicies, type Alignment } from '../../src/compare/index.js';
import { sentencesOf } from '../../src/compare/terms/units.js';
import type { Policy } from '../../src/model/policy.js';
import { allClauses } from '../../src/model/walk.js';
import { loadPolicy } from '../../src/parse/index.js';
import { policyPath } from '../support/paths.js';
import { evaluate, readLabels, sideKeys } from './evaluate.js';
import { evaluateUnits, parseSentenceKey, readSentenceLabels } from './evaluate-units.js';

const ORGS = ['casparus-college', 'aeres-mbo', 'flex-college', 'allure', 'aloysius'];
let policies: Policy[];
let alignment: Alignment;

beforeAll(() => {
  policies = ORGS.map((org) => loadPolicy(policyPath(org)).policy);
  alignment = alignPolicies(policies);
});

const ids = (members: { id: string }[] | undefined): string[] => (members ?? []).map((member) => member.id);

describe('a clause that states several rules', () => {
  it("Casparus's sanctions clause joins FLEX's clause on reproachable conduct whole, and the sanctions by its third sentence", () => {
    const key = 'casparus-college';
    const whole = alignment.provisions.find((provision) =>
      provision.members[key]?.some((member) => member.id === 'alle.plichtsverzuim' && !member.part),
    );
    expect(ids(whole?.members['flex-college'])).toEqual(['ml.verwijtbaar']);
    const sanctions = alignment.provisions.find((provision) =>
      provision.members[key]?.some((member) => member.id === 'alle.plichtsverzuim' && member.part),
    );
    expect(sanctions).not.toBe(whole);
    const member = sanctions?.members[key]?.[0];
    expect(member?.part).toEqual({ kind: 'sentence', from: 3, to: 3, of: 3 });
    expect(member?.text).toBe(
      'Afhankelijk van de ernst van de situatie kan de onderwijsinstelling passende maatregelen nemen.',
    );
    expect(ids(sanctions?.members['flex-college'])).toEqual(['ml.maatregelen']);
    expect(ids(sanctions?.members['aeres-mbo'])).toEqual(['mr.disciplinair']);
    expect(sanctions?.absent).not.toContain(key);
  });
});

describe('sentence labels', () => {
  it('name sentences that exist', () => {
    const labels = readSentenceLabels();
    const sentences = new Map(
      policies.flatMap((policy) =>
        allClauses(policy).map(({ clause }) => [`${policy.meta.org}:${clause.id}`, sentencesOf(clause.text).length]),
      ),
    );
    const keys = [
      ...[...labels.pairs, ...labels.paraphrases].flat().flatMap(sideKeys),
      ...labels.negatives.map((negative) => negative.sentence),
    ];
    const unknown = keys.filter((key) => {
      const { org, id, sentence } = parseSentenceKey(key);
      const count = sentences.get(`${org}:${id}`);
      return count === undefined || (sentence !== undefined && (sentence < 1 || sentence > count));
    });
    expect(unknown).toEqual([]);
  });

  it('are found where the words vouch for them, and no sentence link contradicts them', () => {
    const scores = evaluateUnits(alignment, readSentenceLabels());
    console.log(
      `sentence units: ${scores.unitMembers} sentence members; judged ${scores.judged}: ${scores.right} right, ${scores.wrong.length} wrong; recall model text ${scores.pairs.found}/${scores.pairs.labelled}, paraphrases ${scores.paraphrases.found}/${scores.paraphrases.labelled}`,
    );
    expect(scores.wrong).toEqual([]);
    expect(scores.judged).toBeGreaterThanOrEqual(8);
    // Floors at what was measured (14/17 model text; 6/17 before sentence units). Paraphrases (0/13) are not found:
    // their words do not reach the pair score, docs/compare.md says why.
    expect(scores.pairs.found).toBeGreaterThanOrEqual(14);
  });

  it('cost the clause-level labels no precision', () => {
    const scores = evaluate(alignment, readLabels());
    // 94.4% (67 right, 4 wrong) before sentence units; 95.8% (68 right, 3 wrong) with them.
    expect(scores.precision).toBeGreaterThanOrEqual(0.944);
    expect(scores.all.found).toBeGreaterThanOrEqual(68);
  });
});
