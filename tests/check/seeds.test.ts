// The five hand-transcribed seed policies are the reference for what a clean policy looks like.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/parse/index.js';
import { checkWorded } from './rules/helpers.js';

const root = fileURLToPath(new URL('../../policies/', import.meta.url));
// The seeds are the organisations with a social-media protocol; policies/linde is the procedure example (issue 27).
const seeds = readdirSync(root)
  .map((org) => `${root}${org}/social-media.md`)
  .filter((file) => existsSync(file));

describe('seed policies', () => {
  it('are five', () => {
    expect(seeds).toHaveLength(5);
  });

  it.each(seeds)('%s has no errors and no warnings but that its adoption, transcribed, records no hash', (file) => {
    const all = checkWorded(loadPolicy(file));
    // Transcribed from the adopted documents by hand: no adoption row holds the hash of its text.
    const unrecorded = all.findings.filter((finding) => finding.ruleId === 'adoption-text-unrecorded');
    const result = { ...all, findings: all.findings.filter((finding) => !unrecorded.includes(finding)) };
    expect(unrecorded.length).toBeLessThanOrEqual(1);
    expect(
      result.findings.map(
        (finding) => `${finding.place?.start.line}:${finding.place?.start.column} ${finding.ruleId} ${finding.message}`,
      ),
    ).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(unrecorded.length);
  });
});
