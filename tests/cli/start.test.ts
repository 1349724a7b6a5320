import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { shippedProject } from '../support/project.js';

/**
 * Every PDF, board pack and comparison of the corpus, once or three times: minutes on a machine busy with other work.
 * A bound that catches a hang, not a speed target (those are benchmarks: npm run bench).
 */
const WHOLE_CORPUS = 600_000;

describe('clausemark start (the main job behind npm start)', () => {
  it(
    'checks the corpus, builds every PDF, the board pack of the revision and the comparison',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'clausemark-start-'));
      // The corpus clausemark ships, not whatever a school keeps in its clone's policies/.
      const run = await runCli(['start', '--out', out], { cwd: shippedProject() });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^org +title +version +status +clauses +findings/);
      // The table names each organisation as its front matter does (issue 43); the output folders keep the keys.
      const organisations = {
        'aeres-mbo': 'Aeres MBO',
        allure: 'Stichting Allure',
        aloysius: 'Stichting Aloysius',
        'casparus-college': 'Casparus College',
        'flex-college': 'FLEX-College',
      };
      for (const [org, name] of Object.entries(organisations)) {
        // The adopted seeds were transcribed by hand: their adoption records no hash, one warning each
        // (adoption-text-unrecorded); nothing else.
        expect(run.stdout).toMatch(new RegExp(`^${name} .* (clean|0 errors, 1 warning)$`, 'm'));
        expect(existsSync(join(out, org, 'social-media-1.0.pdf'))).toBe(true);
      }
      expect(
        readFileSync(join(out, 'casparus-college', 'social-media-1.0-to-2.0.pdf'))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      const alignment = JSON.parse(readFileSync(join(out, 'compare', 'social-media.json'), 'utf8')) as {
        documents: unknown[];
      };
      expect(alignment.documents).toHaveLength(5);
      expect(
        readFileSync(join(out, 'compare', 'social-media.pdf'))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      expect(readFileSync(join(out, 'compare', 'social-media.html'), 'utf8')).toContain('<table class="matrix">');
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Casparus College');
    },
    WHOLE_CORPUS,
  );

  it(
    'redoes nothing on a second run, and only what a changed policy affects after an edit',
    async () => {
      const dir = shippedProject({ templates: true, prefix: 'clausemark-start-again-' });
      expect((await runCli(['start'], { cwd: dir })).code).toBe(0);
      const files = [
        'out/allure/social-media-1.0.pdf',
        'out/compare/social-media.pdf',
        'out/casparus-college/social-media-1.0-to-2.0.pdf',
        'out/index.html',
      ];
      const times = (): number[] => files.map((file) => statSync(join(dir, file)).mtimeMs);
      const before = times();
      const again = await runCli(['start'], { cwd: dir });
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('built 0 PDFs');
      // Nine: the five seeds, Casparus College's revision and the example foundation's three (policies/linde).
      expect(again.stdout).toContain('9 up to date');
      expect(again.stdout).toMatch(/social-media\.pdf \(comparison, up to date\)/);
      expect(times()).toEqual(before);

      const allure = join(dir, 'policies', 'allure', 'social-media.md');
      writeFileSync(
        allure,
        readFileSync(allure, 'utf8').replace('Onder de noemer sociale media', 'Onder de noemer sociale netwerken'),
      );
      const edited = await runCli(['start'], { cwd: dir });
      expect(edited.code).toBe(0);
      expect(edited.stdout).toMatch(/built 1 PDF in .*8 up to date/);
      const after = times();
      expect(after[0]).toBeGreaterThan(before[0] ?? 0);
      expect(after[1]).toBeGreaterThan(before[1] ?? 0);
      expect(readFileSync(join(dir, 'out', 'allure', 'social-media-1.0.html'), 'utf8')).toContain(
        'Onder de noemer sociale netwerken',
      );
    },
    WHOLE_CORPUS,
  );
});
