// diff OLD NEW --format docx: the revision as a Word document with tracked changes, written where asked (or beside
// the other diff outputs), exit code as for every diff; --author names who made the changes.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { zipParts } from '../support/docx.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

const REVISED = join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md');

describe('diff --format docx', () => {
  it('writes the revision with tracked changes by --author, and exits 1 (different)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clausemark-diff-docx-')), 'revision.docx');
    const run = await runCli([
      'diff',
      policyPath('casparus-college'),
      REVISED,
      '--format',
      'docx',
      '--out',
      out,
      '--author',
      'GMR-secretaris',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`wrote ${out}`);
    const document = zipParts(new Uint8Array(readFileSync(out))).get('word/document.xml')!;
    expect(document).toMatch(/<w:ins w:id="\d+" w:author="GMR-secretaris" w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">/);
    expect(document).toMatch(/<w:del w:id="\d+" w:author="GMR-secretaris"/);
  });

  it('names the changes "clausemark" without --author, and defaults to out/<org>/<id>-<old>-to-<new>.docx', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'clausemark-diff-docx-cwd-'));
    const run = await runCli(['diff', policyPath('casparus-college'), REVISED, '--format', 'docx'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const target = join(cwd, 'out', 'casparus-college', 'social-media-1.0-to-2.0.docx');
    expect(existsSync(target)).toBe(true);
    expect(zipParts(new Uint8Array(readFileSync(target))).get('word/document.xml')).toMatch(/w:author="clausemark"/);
  });
});
