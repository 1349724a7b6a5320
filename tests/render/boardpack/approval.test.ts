// Which rows the board signs: its decision, unless this version already records it.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/parse/index.js';
import { asNewVersion } from '../../../src/procedure/attach.js';
import { signatureSteps } from '../../../src/render/boardpack/approval.js';
import { PROJECT_ROOT } from '../../support/paths.js';

function policy(version: string, approvals: string[]): ReturnType<typeof parsePolicy>['policy'] {
  const list =
    approvals.length > 0
      ? `approvals:\n${approvals.map((step, index) => `  - {date: 2024-0${index + 1}-01, name: N${index}, role: R, step: ${step}}`).join('\n')}\n`
      : '';
  return parsePolicy(
    `---\nid: p\ntitle: T\norganisation: O\nversion: "${version}"\n${list}---\n\n## A {#a}\n\n1. {#a.1} Tekst.\n`,
  ).policy;
}

/** The new version as the signing page reads it: only the approvals given for it. */
const signing = (older: ReturnType<typeof policy>, newer: ReturnType<typeof policy>) =>
  asNewVersion(newer, older, PROJECT_ROOT);

describe('signatureSteps', () => {
  it('asks one row for the decision when this version has none yet, never two identical ones', () => {
    expect(signatureSteps(signing(policy('1.0', []), policy('2.0', [])), 'vaststelling')).toEqual(['vaststelling']);
    expect(signatureSteps(signing(policy('1.0', []), policy('2.0', ['advies', 'instemming'])), 'vaststelling')).toEqual(
      ['vaststelling'],
    );
  });

  it('asks none once this version records the decision', () => {
    expect(
      signatureSteps(signing(policy('1.0', []), policy('2.0', ['instemming', 'vaststelling'])), 'vaststelling'),
    ).toEqual([]);
    expect(signatureSteps(signing(policy('1.0', []), policy('2.0', ['adoption'])), 'adoption')).toEqual([]);
  });

  it("does not count the old version's decision carried over into the new file", () => {
    const carried = signing(policy('1.0', ['vaststelling']), policy('2.0', ['vaststelling']));
    expect(signatureSteps(carried, 'vaststelling')).toEqual(['vaststelling']);
    expect(signatureSteps(carried, 'adoption')).toEqual(['adoption']);
  });
});
