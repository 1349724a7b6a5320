// Possible matches (src/compare/provisions/suggestions.ts) measured on the five seeds against the hand labels
// (tests/fixtures/compare/seed-pairs.yaml): how many absent cells get one, how many of those are false leads (the
// labels say the document has no counterpart), and how many of the pairs the aligner misses they point at. The
// figures are printed for the record (docs/compare.md quotes them) and held as they are, so a change that makes
// suggestions noisier or blinder fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import { alignPolicies, type Alignment } from '../../../src/compare/index.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { policyPath, SEED_ORGS } from '../../support/paths.js';
import { readLabels, sideKeys, splitKey } from '../evaluate.js';

let alignment: Alignment;
beforeAll(() => {
  alignment = alignPolicies(SEED_ORGS.map((org) => loadPolicy(policyPath(org)).policy));
});

describe('possible matches on the five seeds', () => {
  it('stay few, rarely contradict the labels, and sit only in absent cells', () => {
    const labels = readLabels();
    const provisionOf = new Map<string, number>();
    alignment.provisions.forEach((provision, index) => {
      for (const [key, members] of Object.entries(provision.members))
        for (const member of members) if (!member.part) provisionOf.set(`${key}:${member.id}`, index);
    });
    let absent = 0;
    let suggested = 0;
    for (const provision of alignment.provisions) {
      absent += provision.absent.length;
      for (const key of Object.keys(provision.suggestions ?? {})) {
        suggested++;
        expect(provision.absent).toContain(key);
      }
    }
    let falseLeads = 0;
    let negatives = 0;
    for (const negative of labels.negatives) {
      const provision = alignment.provisions[provisionOf.get(negative.clause) ?? -1];
      for (const document of negative.absentIn) {
        negatives++;
        if (provision?.suggestions?.[document]) falseLeads++;
      }
    }
    // A pair is found when one provision holds both clauses, whole or in part (a sentence joined apart).
    const holds = (provision: (typeof alignment.provisions)[number], key: string): boolean => {
      const [org, id] = splitKey(key);
      return provision.members[org]?.some((member) => member.id === id) ?? false;
    };
    let missed = 0;
    let pointed = 0;
    for (const [a, b] of [...labels.pairs, ...labels.paraphrases]) {
      const together = alignment.provisions.some(
        (provision) => sideKeys(a).some((x) => holds(provision, x)) && sideKeys(b).some((y) => holds(provision, y)),
      );
      if (together) continue;
      missed++;
      const points = sideKeys(a).some((x) =>
        sideKeys(b).some((y) => {
          const [orgX, idX] = splitKey(x);
          const [orgY, idY] = splitKey(y);
          return (
            alignment.provisions[provisionOf.get(x) ?? -1]?.suggestions?.[orgY]?.id === idY ||
            alignment.provisions[provisionOf.get(y) ?? -1]?.suggestions?.[orgX]?.id === idX
          );
        }),
      );
      if (points) pointed++;
    }
    console.log(
      `possible matches: ${suggested} of ${absent} absent cells; false leads ${falseLeads} of ${negatives} labelled "no counterpart"; ${pointed} of ${missed} missed pairs pointed at`,
    );
    expect(suggested).toBeGreaterThan(0);
    // Caps at what the alignment gives (docs/compare.md): 54 and 17 since sentence units and the dictionary's compound
    // parts (one false lead more than before them, through the split "dienstverband"); 58 and 18 since pass two's length
    // ratio keeps Allure's definition of social media (inl.noemer) out of the rule on sharing knowledge: the join the
    // labels call wrong is now four possible matches for a person to reject, one of them at Casparus College, which the
    // labels give no counterpart of inl.noemer. 55 and 19 since the defined-term pass (definition-links.ts) puts
    // inl.noemer with Aeres's and Aloysius's definitions: that one possible match at Casparus College now stands on
    // their row, and so counts for Aloysius's definition too, which the labels also give no counterpart there. 53 and
    // 17 since a row where two organisations or more define one term is offered only a definition of it: Casparus's
    // and FLEX's rule on sharing knowledge are no longer possible matches of the definitions of social media.
    expect(suggested).toBeLessThanOrEqual(53);
    expect(falseLeads).toBeLessThanOrEqual(17);
    // The missed pairs possible matches used to point at are joined now: Allure's bep.fatsoensnormen and Aeres's
    // vw.fatsoensnormen by a sentence (unit-links.ts), no longer absent, so no longer a suggestion; Aloysius's and
    // Aeres's definitions of social media by the defined-term pass. None of the nine left is pointed at.
    const fatsoen = alignment.provisions.find((provision) => holds(provision, 'aeres-mbo:vw.fatsoensnormen'));
    expect(fatsoen?.members.allure?.map((member) => [member.id, member.part?.kind])).toEqual([
      ['bep.fatsoensnormen', 'sentence'],
    ]);
    const definition = alignment.provisions.find((provision) => holds(provision, 'aloysius:wat.verzamelnaam'));
    expect(definition && holds(definition, 'aeres-mbo:def.social-media')).toBe(true);
    expect(missed).toBeLessThanOrEqual(9);
  });
});
