import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('procedure-kind-missing', () => {
  it('warns of an imported draft without kind (its stand-ins are there), naming the kind its title names', () => {
    const result = checkFixture('procedure-kind-missing.md');
    expect(sites(only(result, 'procedure-kind-missing'))).toEqual(['1:1 warning procedure-kind-missing']);
    const [finding] = only(result, 'procedure-kind-missing');
    expect(finding?.message).toBe(
      'the frontmatter names no kind, so the policy has no procedure: no council can be asked for it, it cannot be adopted through its steps, and it counts for no duty of its school',
    );
    expect(finding?.fix).toBe('add kind: pestprotocol (the kind its title names)');
  });

  it("warns of a draft of a school its board's procedure.yaml declares", () => {
    const result = checkFixture('declared/procedure-kind-missing.md');
    expect(sites(only(result, 'procedure-kind-missing'))).toEqual(['1:1 warning procedure-kind-missing']);
    expect(only(result, 'procedure-kind-missing')[0]?.fix).toBe(
      'add kind: klachtenregeling (the kind its title names)',
    );
  });

  it('leaves alone an adopted policy, one with a kind, and a draft of an organisation that declared nothing', () => {
    const imported = (...lines: string[]) =>
      withFields(...lines).replace('version: "1.0"', 'version: "1.0" # not stated in the source');
    expect(only(checkText(imported('status: draft', 'kind: social-media')), 'procedure-kind-missing')).toEqual([]);
    expect(only(checkText(withFields('status: draft')), 'procedure-kind-missing')).toEqual([]);
    const adopted = imported('status: approved', 'approvals:', '  - { date: 2024-06-01, name: Bestuur, role: CvB }');
    expect(only(checkText(adopted), 'procedure-kind-missing')).toEqual([]);
  });
});
