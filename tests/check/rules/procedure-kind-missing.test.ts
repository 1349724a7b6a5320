import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/check/rules/index.js';
import { loadPolicy, parsePolicy } from '../../../src/parse/index.js';
import { checkWorded, fixture, fixtureProject, only, sites, withFields } from './helpers.js';

// With every rule: the fixtures' helpers leave this one out (FIXTURE_RULES).
const checkAll = (source: string) =>
  checkWorded(parsePolicy(source, { path: 'policies/casparus-college/social-media.md' }), RULES);
const checkFile = (name: string) => checkWorded(loadPolicy(fixture(name)), RULES, { project: fixtureProject() });

describe('procedure-kind-missing', () => {
  it('warns of an imported draft without kind (its stand-ins are there), naming the kind its title names', () => {
    const result = checkFile('procedure-kind-missing.md');
    expect(sites(only(result, 'procedure-kind-missing'))).toEqual(['1:1 warning procedure-kind-missing']);
    const [finding] = only(result, 'procedure-kind-missing');
    expect(finding?.message).toBe(
      'the frontmatter names no kind, so the policy has no procedure: no council can be asked for it, it cannot be adopted through its steps, and it counts for no duty of its school',
    );
    expect(finding?.fix).toBe('add kind: pestprotocol (the kind its title names)');
  });

  it("warns of a draft of a school its board's procedure.yaml declares", () => {
    const result = checkFile('declared/procedure-kind-missing.md');
    expect(sites(only(result, 'procedure-kind-missing'))).toEqual(['1:1 warning procedure-kind-missing']);
    expect(only(result, 'procedure-kind-missing')[0]?.fix).toBe(
      'add kind: klachtenregeling (the kind its title names)',
    );
  });

  it('warns of every draft and proposal still to go through its procedure, of any organisation', () => {
    for (const status of ['draft', 'proposed'])
      expect(sites(only(checkAll(withFields(`status: ${status}`)), 'procedure-kind-missing'))).toEqual([
        '1:1 warning procedure-kind-missing',
      ]);
    expect(only(checkAll(withFields('status: draft')), 'procedure-kind-missing')[0]?.fix).toBe(
      'add kind: social-media (the kind its title names)',
    );
  });

  it('names the kind its id is where the sector has a procedure for it, not the MR reglement its title also names', () => {
    const gmr = (id: string) =>
      checkAll(
        withFields('status: draft')
          .replace('id: social-media', `id: ${id}`)
          .replace('title: Protocol sociale media', 'title: Medezeggenschapsreglement GMR'),
      );
    expect(only(gmr('gmr-reglement'), 'procedure-kind-missing')[0]?.fix).toBe(
      'add kind: gmr-reglement (the kind its id names)',
    );
    // The control: an id no procedure knows leaves the kind the title names.
    expect(only(gmr('reglement-gmr-2024'), 'procedure-kind-missing')[0]?.fix).toBe(
      'add kind: medezeggenschapsreglement (the kind its title names)',
    );
  });

  it('leaves alone a retired policy, one with a kind, and an adopted one of a kind no school must have', () => {
    const imported = (...lines: string[]) =>
      withFields(...lines).replace('version: "1.0"', 'version: "1.0" # not stated in the source');
    expect(only(checkAll(imported('status: draft', 'kind: social-media')), 'procedure-kind-missing')).toEqual([]);
    const adopted = imported('status: approved', 'approvals:', '  - { date: 2024-06-01, name: Bestuur, role: CvB }');
    expect(only(checkAll(adopted), 'procedure-kind-missing')).toEqual([]);
    expect(only(checkAll(withFields('status: retired')), 'procedure-kind-missing')).toEqual([]);
  });

  it('warns of an adopted policy whose id or title names a kind the law requires: the overview cannot count it', () => {
    const adopted = withFields('status: approved', 'approvals:', '  - { date: 2024-06-01, name: Bestuur, role: CvB }')
      .replace('id: social-media', 'id: klachtenregeling')
      .replace('title: Protocol sociale media', 'title: Klachtenregeling');
    const [finding] = only(checkAll(adopted), 'procedure-kind-missing');
    expect(finding?.message).toBe(
      'the frontmatter names no kind, so this adopted policy is held to no procedure and counts for no duty of its school: the overview of what each school must have says it is not known whether there is one',
    );
    expect(finding?.fix).toBe('add kind: klachtenregeling (the kind its title names)');
  });
});
