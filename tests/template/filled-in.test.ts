// Issue 26 item 10: a template placeholder the school filled in ("[NOTE: describe your means of reporting here.]" →
// an address) is "filled in", not "modified": no deviation, no violation and no reason
// asked for; a clause reworded beside its filled slot is still modified.
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/deviations/text.js';
import { parsePolicy } from '../../src/parse/index.js';
import { deviationRegister, deviationsOf } from '../../src/template/deviations.js';
import { templateFromSource } from '../../src/template/template.js';

const TEMPLATE = [
  '---',
  'id: meldcode',
  'version: "1.0"',
  'lang: en',
  '---',
  '# Reporting',
  '',
  '## Report',
  '',
  'Report a concern to [NOTE: describe your means of reporting here.] within two days. {#report}',
  '',
].join('\n');

function entry(sentence: string) {
  const template = templateFromSource(TEMPLATE, 'meldcode.md');
  const policy = parsePolicy(`# Reporting\n\n## Report\n\n${sentence} {#report}\n`, {
    path: 'policies/club/meldcode.md',
  }).policy;
  const deviations = deviationsOf(template, policy);
  return { deviations, template, policy, clause: deviations.clauses.find((c) => c.id.startsWith('report')) };
}

describe('a placeholder filled in', () => {
  it('is filled in: no deviation, no violation, no reason asked', () => {
    const { clause, deviations, template, policy } = entry('Report a concern to safety@club.example within two days.');
    expect(clause?.status).toBe('filled-in');
    expect(clause?.violation).toBeUndefined();
    expect(deviations.counts).toMatchObject({ filledIn: 1, modified: 0, violations: 0, unexplained: 0 });
    expect(renderText(deviationRegister(template, [policy]))).toContain('✓');
  });

  it('a clause reworded beside its filled slot is modified', () => {
    const { clause } = entry('Report a concern to safety@club.example within five days.');
    expect(clause?.status).toBe('modified');
  });
});
