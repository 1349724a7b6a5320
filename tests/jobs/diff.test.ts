// The diff job in-process (src/jobs/diff.ts): what `clausemark diff` writes, without spawning the CLI.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffJob } from '../../src/jobs/diff.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

const APPROVED = policyPath('casparus-college');
const REVISION = join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md');

describe('diffJob', () => {
  it('renders the text report of a revision, says it differs, and names its default file', async () => {
    const outcome = await diffJob([APPROVED, REVISION], { root: PROJECT_ROOT, format: 'text' });
    expect(outcome.differs).toBe(true);
    expect(outcome.notes).toEqual([]);
    // The renumbered-only clause is counted apart, not in the headline (docs/diff.md).
    expect(String(outcome.content)).toContain('9 wijzigingen: 4 inhoudelijk, 5 redactioneel');
    expect(String(outcome.content)).not.toMatch(/\u001b\[/);
    expect(outcome.defaultFile).toBe(join('out', 'casparus-college', 'social-media-1.0-to-2.0.txt'));
    const coloured = await diffJob([APPROVED, REVISION], { root: PROJECT_ROOT, format: 'text', colour: true });
    expect(String(coloured.content)).toMatch(/\u001b\[/);
  });

  it('a file against itself: no differences, and a note saying why', async () => {
    const outcome = await diffJob([APPROVED, APPROVED], { root: PROJECT_ROOT, format: 'json' });
    expect(outcome.differs).toBe(false);
    expect(outcome.notes).toEqual(['both arguments name the same file, so there are no differences']);
    expect(JSON.parse(String(outcome.content))).toHaveProperty('changes');
  });

  it('--format pdf is the board pack', async () => {
    const pdf = await diffJob([APPROVED, REVISION], { root: PROJECT_ROOT, format: 'pdf' });
    expect(Buffer.from(pdf.content).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.defaultFile).toBe(join('out', 'casparus-college', 'social-media-1.0-to-2.0.pdf'));
  });
});
