import { describe, expect, it } from 'vitest';
import { newTextOf, oldTextOf } from '../../src/match/redline.js';
import { deviationRegister, deviationsOf, type ClauseDeviation } from '../../src/template/deviations.js';
import { adapted, edit, parse, v10, v11 } from './support.js';

/** Casparus adapted 1.0, then changed it in every way a school can. */
function changedPolicy(): string {
  let source = adapted(v10());
  source = edit(
    source,
    'zolang het anderen of de school niet schaadt.',
    'zolang het anderen of de school niet schaadt. Denk aan lesmateriaal.',
  );
  source = edit(source, 'we hebben respect voor de school en voor elkaar', 'we hebben respect voor elkaar');
  source = edit(source, /3\. \{#rw\.media\}.*\n/, '');
  source = edit(source, /3\. \{#mr\.dossier\}.*\n/, '');
  source = edit(
    source,
    '## Slotbepalingen {#slot}\n',
    '## Slotbepalingen {#slot}\n\n{#slot.vertrouwenspersoon} Leerlingen kunnen ook terecht bij de vertrouwenspersoon.\n\nEen alinea zonder ID.\n',
  );
  source = edit(
    source,
    'derivedFrom: sector-social-media@1.0\n',
    'derivedFrom: sector-social-media@1.0\nrationale:\n  alle.kennis-delen: Wij willen lesmateriaal uitdrukkelijk noemen.\n  rw.media: Een definitie staat al in ons ICT-reglement.\n',
  );
  return source;
}

const byId = (entries: readonly ClauseDeviation[], id: string): ClauseDeviation | undefined =>
  entries.find((entry) => entry.id === id);

describe('deviations of one school', () => {
  const result = deviationsOf(v10(), parse(changedPolicy()));

  it('counts filled-in variables as verbatim, also in a locked clause', () => {
    const twijfel = byId(result.clauses, 'mdw.twijfel');
    expect(twijfel).toMatchObject({ status: 'verbatim', marker: 'locked' });
    expect(twijfel?.policyText).toContain('zijn of haar teamleider.');
    expect(twijfel?.violation).toBeUndefined();
  });

  it("gives a modified clause a word redline from the template text to the school's, with its rationale", () => {
    const modified = byId(result.clauses, 'alle.kennis-delen');
    expect(modified?.status).toBe('modified');
    expect(modified?.words?.filter((word) => word.op !== 'equal')).toEqual([
      { op: 'insert', text: ' Denk aan lesmateriaal.' },
    ]);
    expect(oldTextOf(modified?.words ?? [])).toBe(modified?.templateText);
    expect(newTextOf(modified?.words ?? [])).toBe(modified?.policyText);
    expect(modified?.rationale).toBe('Wij willen lesmateriaal uitdrukkelijk noemen.');
    expect(modified?.violation).toBeUndefined();
  });

  it('flags a modified locked clause and a dropped required clause; a dropped optional clause is allowed', () => {
    expect(byId(result.clauses, 'up.respect')).toMatchObject({ status: 'modified', violation: 'locked-modified' });
    expect(byId(result.clauses, 'mr.dossier')).toMatchObject({
      status: 'dropped',
      marker: 'required',
      violation: 'required-dropped',
    });
    const media = byId(result.clauses, 'rw.media');
    expect(media).toMatchObject({
      status: 'dropped',
      marker: 'optional',
      rationale: 'Een definitie staat al in ons ICT-reglement.',
    });
    expect(media?.violation).toBeUndefined();
    expect(media?.policyText).toBeUndefined();
  });

  it('lists local additions, with and without a written id', () => {
    expect(result.additions.map((addition) => [addition.id, addition.synthetic, addition.text])).toEqual([
      ['slot.vertrouwenspersoon', false, 'Leerlingen kunnen ook terecht bij de vertrouwenspersoon.'],
      [expect.any(String), true, 'Een alinea zonder ID.'],
    ]);
  });

  it('counts what it found', () => {
    expect(result.counts).toEqual({
      verbatim: result.clauses.length - 4,
      filledIn: 0,
      modified: 2,
      dropped: 2,
      added: 2,
      violations: 2,
      unexplained: 1,
    });
    expect(result.comparedWith).toBe('sector-social-media@1.0');
    expect(result.derivedFrom).toBe('sector-social-media@1.0');
  });
});

describe('the register', () => {
  it('has every template clause in template order and one entry per school', () => {
    const template = v11();
    const register = deviationRegister(template, [parse(adapted(template)), parse(changedPolicy())]);
    expect(register.clauses.map((clause) => clause.id)).toEqual(register.policies[0]?.clauses.map((entry) => entry.id));
    expect(register.policies.map((policy) => policy.counts.modified + policy.counts.dropped)).toEqual([
      0,
      expect.any(Number),
    ]);
    expect(register.clauses.find((clause) => clause.id === 'rw.doelgroep')?.text).toContain('{{organisation}}');
    expect(register.template).toMatchObject({ id: 'sector-social-media', version: '1.1', lang: 'nl' });
  });

  it('compares a school against another version than its own and says so', () => {
    const policy = deviationRegister(v11(), [parse(adapted(v10()))]).policies[0];
    expect(policy?.derivedFrom).toBe('sector-social-media@1.0');
    expect(policy?.comparedWith).toBe('sector-social-media@1.1');
    expect(policy?.clauses.filter((entry) => entry.status === 'dropped').map((entry) => entry.id)).toEqual([
      'alle.instellingen',
      'alle.datalek',
      'mdw.accounts',
    ]);
  });

  it('fills in defaults for values a school never recorded and names variables without any', () => {
    const bare = parse('---\nid: x\ntitle: X\norganisation: School\nversion: "1"\n---\n\n{#inl.doel} Iets anders.\n');
    const policy = deviationsOf(v11(), bare);
    expect(policy.missingValues).toEqual(['organisation']);
    expect(policy.values.learners).toBe('leerlingen');
    expect(byId(policy.clauses, 'rw.doelgroep')?.templateText).toContain('{{organisation}}');
  });
});
