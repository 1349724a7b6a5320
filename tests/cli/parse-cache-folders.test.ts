// Issue 69 item 2: a cached policy belongs to its own folder. Two schools' identical pestprotocol.md, without an
// `organisation:`, each named from its own school's folder: a policy takes its organisation from the folder it is
// in, and with it its brand and output folder. Checked in one school's folder (so the parsed-policy cache holds it)
// and built from the other's, with the caches warm and with them off, the second school's PDF is its own: in
// out/<its org>/, byte for byte the PDF built without a cache. Run on the built CLI.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../support/cli.js';
import { readPdf, squash } from '../support/pdf.js';
import { tempProject } from '../support/project.js';

const SCHOOLS = ['allure', 'aloysius'] as const;

const PROTOCOL = `---
id: pestprotocol
title: Pestprotocol
version: "1.0"
lang: nl
---

# Pestprotocol

## Doel {#doel}

{#doel.veilig} Iedereen moet zich veilig voelen op school.
`;

let root = '';
let warmCache = '';

/** clausemark in a school's folder, with a cache folder of this file's own, or the caches off. */
function inSchool(school: string, args: string[], cache: string) {
  return runBuiltCli(args, {
    cwd: join(root, 'policies', school),
    env: { CLAUSEMARK_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1767225600' },
  });
}

beforeAll(() => {
  root = tempProject([], 'clausemark-cache-folders-').root;
  for (const school of SCHOOLS) {
    mkdirSync(join(root, 'policies', school), { recursive: true });
    writeFileSync(join(root, 'policies', school, 'pestprotocol.md'), PROTOCOL);
  }
  warmCache = mkdtempSync(join(tmpdir(), 'clausemark-cache-folders-cache-'));
});

describe('two identical policies in two schools’ folders', () => {
  it.each([
    ['allure', 'aloysius'],
    ['aloysius', 'allure'],
  ])(
    'checked in %s’s folder, built from %s’s: its own organisation and folder, the same bytes as without a cache',
    async (checked, built) => {
      // Twice: the parsed-policy cache keeps a policy the second time it is parsed. Its one finding: no
      // `organisation:` written (the folder's name stands in for it).
      for (let round = 0; round < 2; round++) {
        const check = await inSchool(checked, ['check', 'pestprotocol.md'], warmCache);
        expect(check.stdout).toContain('required frontmatter field "organisation" is missing');
        expect(check.stdout).toContain('1 error in 1 file');
      }
      expect(readdirSync(join(warmCache, 'policies')).length).toBeGreaterThan(0);

      const warm = await inSchool(built, ['build', 'pestprotocol.md', '--no-site', '--out', 'warm'], warmCache);
      expect(warm.code, warm.stderr).toBe(0);
      const off = await inSchool(built, ['build', 'pestprotocol.md', '--no-site', '--out', 'off'], 'off');
      expect(off.code, off.stderr).toBe(0);
      const folder = join(root, 'policies', built);
      expect(existsSync(join(folder, 'warm', checked))).toBe(false);
      const warmPdf = readFileSync(join(folder, 'warm', built, 'pestprotocol-1.0.pdf'));
      const offPdf = readFileSync(join(folder, 'off', built, 'pestprotocol-1.0.pdf'));
      expect(warmPdf.equals(offPdf)).toBe(true);
      // The organisation and brand are the school's whose folder it is in, on every page.
      const text = squash((await readPdf(warmPdf)).pages.join('\n'));
      expect(text).toContain(squash(built));
      expect(text).not.toContain(squash(checked));
    },
    120_000,
  );
});
