// PDFBox Preflight (Debian libpdfbox2-java) as a smoke test of a built PDF/A: it validates PDF/A-1b only, so the
// findings that hold for PDF/A-1 alone (our files are PDF/A-3a) are expected, and any other finding (file
// structure, XMP metadata including the PDF/UA claim, fonts, outline) fails. Skips with a message naming the
// packages when Preflight is not installed; under CI=true (.ci/run installs it) a missing Preflight fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { inputFor, policyFrom } from '../../support/pdf.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'kitchen-sink.md');
const JARS = ['preflight', 'pdfbox2', 'fontbox2', 'xmpbox', 'commons-logging', 'javax.activation', 'jaxb-api'].map(
  (name) => `/usr/share/java/${name}.jar`,
);
const PACKAGES = 'default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java';

/** Findings that only PDF/A-1 makes: the part number, CIDSet of subset fonts, attached files (allowed in PDF/A-3). */
const PDFA1_ONLY = [
  /^7\.11\.2 : Error on MetaData, part must be 1$/,
  /^3\.1\.11 : Invalid Font definition, .*: The CIDSet entry is missing for the Composite Subset$/,
  /^1\.4\.7 : Trailer Syntax error, EmbeddedFile entry is present in the Names dictionary$/,
  /^1\.2\.9 : Body Syntax error, EmbeddedFile entry is present in a FileSpecification dictionary$/,
];

function preflightMissing(): string | undefined {
  const java = spawnSync('java', ['-version'], { stdio: 'ignore' }).error === undefined;
  const missing = java ? JARS.filter((jar) => !existsSync(jar)) : ['java'];
  if (missing.length === 0) return undefined;
  const reason = `PDFBox Preflight is not installed (missing ${missing.join(', ')}): apt-get install ${PACKAGES}`;
  if (process.env.CI === 'true') throw new Error(`${reason}; CI (CI=true) must run it`);
  return reason;
}

describe('PDFBox Preflight', () => {
  it('finds nothing in a built PDF/A but what PDF/A-1 alone forbids', async (context) => {
    const missing = preflightMissing();
    if (missing) context.skip(missing);
    const bytes = await renderPdf(inputFor(policyFrom(readFileSync(FIXTURE, 'utf8')), { options: { pdfa: true } }));
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-preflight-'));
    try {
      const file = join(dir, 'policy.pdf');
      writeFileSync(file, bytes);
      const run = spawnSync('java', ['-cp', JARS.join(':'), 'org.apache.pdfbox.preflight.Validator_A1b', file], {
        encoding: 'utf8',
      });
      expect(run.error).toBeUndefined();
      const findings = `${run.stdout}\n${run.stderr}`
        .split('\n')
        .map((line) => line.replace(/ on page \d+$/, '').trim())
        .filter((line) => /^\d+(\.\d+)* : /.test(line));
      // Preflight ran and judged the file: it reports at least the PDF/A-1-only findings.
      expect(findings.length, run.stdout + run.stderr).toBeGreaterThan(0);
      expect(findings.filter((line) => !PDFA1_ONLY.some((allowed) => allowed.test(line)))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
