// build produces a PDF for every valid generated policy: renderPolicy (the real build, brand and wording included)
// on generated policies with Dutch text, diacritics and ĳ, nested lists, tables, code, quotes and footnotes, read
// back with pdfjs: a complete PDF in which every clause ID (printed in the margin with --show-ids) and every
// section's number and title can be found. A handful of runs by default; FUZZ_RUNS raises it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPolicy } from '../../src/build/policy.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { policySource } from '../fmt/arbitraries.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { readPdf, squash } from '../support/pdf.js';
import { propertyParameters, timeoutFor } from './runs.js';

const DEFAULT_RUNS = 10;
const work = mkdtempSync(join(tmpdir(), 'clausemark-build-property-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What the build accepts: the parser understood the file and there is text to print. */
function buildable(source: string): boolean {
  const { policy, findings } = parsePolicy(source);
  return !findings.some((finding) => finding.fatal) && allClauses(policy).length > 0;
}

describe('build on generated policies', () => {
  it(
    'writes a complete PDF in which every clause ID and section number and title can be found',
    async () => {
      let built = 0;
      await fc.assert(
        fc.asyncProperty(policySource.filter(buildable), async (source) => {
          const file = join(work, `policy-${built}.md`);
          writeFileSync(file, source);
          const { pdf, policy } = await renderPolicy(file, {
            root: PROJECT_ROOT,
            outDir: join(work, 'out'),
            showIds: true,
            pdfa: false,
          });
          built++;
          const bytes = Buffer.from(pdf);
          expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
          expect(bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
          const text = squash((await readPdf(pdf)).pages.join('\n'));
          for (const { clause } of allClauses(policy))
            expect(text, `clause ID ${clause.id}`).toContain(squash(clause.id));
          for (const section of allSections(policy).slice(1)) {
            if (section.number !== '')
              expect(text, `section ${section.number}`).toContain(squash(`${section.number} ${section.title}`));
            else if (section.title !== '') expect(text, `section ${section.title}`).toContain(squash(section.title));
          }
        }),
        propertyParameters(DEFAULT_RUNS),
      );
      expect(built).toBeGreaterThan(0);
    },
    timeoutFor(DEFAULT_RUNS, 10_000),
  );
});
