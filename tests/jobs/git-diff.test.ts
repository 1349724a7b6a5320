// The git-diff job in-process (src/jobs/git-diff.ts): git's seven arguments in, the text report out.
import { describe, expect, it } from 'vitest';
import { gitDiffOutput } from '../../src/jobs/git-diff.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

const FILE = policyPath('allure');

describe('gitDiffOutput', () => {
  it('an added file is compared with /dev/null: every clause added, no frontmatter changes', () => {
    const args = ['policies/allure/social-media.md', '/dev/null', '.', '.', FILE, 'abc1234def', '100644'];
    const output = gitDiffOutput(args, { root: PROJECT_ROOT, colour: false });
    expect(
      output.startsWith('clausemark diff a/policies/allure/social-media.md b/policies/allure/social-media.md\n'),
    ).toBe(true);
    expect(output).toContain('/dev/null');
    expect(output).toContain('toegevoegd');
    expect(output).not.toMatch(/\u001b\[/);
  });

  it('a version git cannot hand over is reported in the output, not thrown', () => {
    const args = ['p.md', '/no/such/file', 'a'.repeat(40), '100644', FILE, '0'.repeat(40), '100644'];
    expect(gitDiffOutput(args, { root: PROJECT_ROOT, colour: false })).toContain(
      'clausemark cannot compare these versions clause by clause: a/p.md: cannot read the version git handed over',
    );
  });
});
