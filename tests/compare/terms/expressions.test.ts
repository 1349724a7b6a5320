// Fixed expressions are one term (src/compare/terms/expressions.ts, templates/lemmas/nl-expressions.txt): the "kennis" of
// "hiervan in kennis te stellen" is not the "kennis" of "kennis en informatie delen", so a shared word alone no
// longer joins those clauses (issue 24: the seeds' alignment grouped Aloysius's "in kennis stellen" with the
// others' "kennis en informatie delen").
import { describe, expect, it } from 'vitest';
import { fuseExpressions, parseExpressions } from '../../../src/compare/terms/expressions.js';
import { alignPolicies } from '../../../src/compare/index.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { policyPath, SEED_ORGS } from '../../support/paths.js';

describe('fixed expressions', () => {
  it('fuse the words of an expression, with optional words and alternative forms, and nothing else', () => {
    const list = parseExpressions('# comment\nin kennis (te) stellen|gesteld\n');
    expect(fuseExpressions('dien je hiervan in kennis te stellen'.split(' '), list)).toEqual([
      'dien',
      'je',
      'hiervan',
      'in_kennis_stellen',
    ]);
    expect(fuseExpressions('wordt in kennis gesteld'.split(' '), list)).toEqual(['wordt', 'in_kennis_stellen']);
    expect(fuseExpressions('kennis en informatie te delen'.split(' '), list)).toEqual(
      'kennis en informatie te delen'.split(' '),
    );
  });

  it('keep "in kennis te stellen" out of the seeds\' provision "kennis en informatie delen"', () => {
    const alignment = alignPolicies(SEED_ORGS.map((org) => loadPolicy(policyPath(org)).policy));
    const sharing = alignment.provisions.find(
      (provision) => provision.members['casparus-college']?.[0]?.id === 'alle.kennis-delen',
    );
    expect(sharing?.members['aeres-mbo']?.[0]?.id).toBe('alle.kennis-delen');
    expect(sharing?.members['aloysius']).toBeUndefined();
  });
});
