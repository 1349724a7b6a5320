// Issue 15's round trip: every policy in policies/ → `build --format docx` (the Word renderer) → `clausemark import`
// → the same clauses in order and the same words (measured like the PDF round trip, tests/support/import-fidelity.ts).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPolicyFiles } from '../../src/build/policy.js';
import { importDocument } from '../../src/import/index.js';
import { PROJECT_ROOT, policyPath, SEED_ORGS } from '../support/paths.js';
import { fidelity, percent } from '../support/import-fidelity.js';

describe('Word round trip: build --format docx, then import', () => {
  it('gives back every seed policy’s clauses in order and its words', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'clausemark-docx-roundtrip-'));
    const lines: string[] = [];
    const figures: ReturnType<typeof fidelity>[] = [];
    for (const org of SEED_ORGS) {
      const { files } = await renderPolicyFiles(policyPath(org), {
        root: PROJECT_ROOT,
        outDir,
        showIds: false,
        pdfa: false,
        formats: ['docx'],
      });
      const docx = files[0]!;
      mkdirSync(join(docx.output, '..'), { recursive: true });
      writeFileSync(docx.output, docx.bytes);
      const result = await importDocument(docx.output, { org, dryRun: true });
      const measured = fidelity(readFileSync(policyPath(org), 'utf8'), result.output);
      lines.push(`${org}: clause boundaries ${percent(measured.boundaries)}, word recall ${percent(measured.recall)}`);
      figures.push(measured);
    }
    console.log(lines.join('\n'));
    for (const [index, measured] of figures.entries()) {
      expect(measured.boundaries, lines[index]).toBeGreaterThanOrEqual(0.98);
      expect(measured.recall, lines[index]).toBeGreaterThanOrEqual(0.99);
    }
  });
});
