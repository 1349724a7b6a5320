// Issue 12 item 4: two files that are the same policy (organisation, id, version) would be built to one PDF. `check`
// reports it in both files, naming the other; `build` builds neither, says why, and counts only what it wrote.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

const policy = (title: string, id = 'privacy') => `---
id: ${id}
title: ${title}
organisation: Stichting Voorbeeld
version: "1.0"
status: draft
---

## Doel {#doel}

1. {#doel.zorg} De school gaat zorgvuldig om met gegevens over ${title.toLowerCase()}.
`;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-duplicates-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  mkdirSync(join(dir, 'policies', 'voorbeeld'), { recursive: true });
  writeFileSync(join(dir, 'policies', 'voorbeeld', 'privacy.md'), policy('Privacyreglement'));
  writeFileSync(join(dir, 'policies', 'voorbeeld', 'privacy-kopie.md'), policy('Privacyreglement leerlingen'));
  writeFileSync(join(dir, 'policies', 'voorbeeld', 'gedrag.md'), policy('Gedragscode', 'gedrag'));
  return dir;
}

const A = 'policies/voorbeeld/privacy-kopie.md';
const B = 'policies/voorbeeld/privacy.md';

describe('two files that are the same policy', () => {
  it('check: an error in each file at its id, naming the other file', async () => {
    const dir = project();
    const run = await runCli(['check', 'policies'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${A}\n  2:5     error    ${B} is the same policy (privacy version 1.0 of voorbeeld): both would be built to voorbeeld/privacy-1.0.pdf`,
    );
    expect(run.stdout).toContain(`${B}\n  2:5     error    ${A} is the same policy (privacy version 1.0 of voorbeeld)`);
    expect(run.stdout.match(/duplicate-policy/g)).toHaveLength(2);
  });

  it('build: builds neither, names both, and counts only the PDF it wrote', async () => {
    const dir = project();
    const run = await runCli(['build', 'policies', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/built 1 PDF in .*, 2 failed/);
    expect(run.stderr).toContain(
      `clausemark: ${A}:2:5: ${B} is the same policy (privacy version 1.0 of voorbeeld): both would be built to voorbeeld/privacy-1.0.pdf; neither is built`,
    );
    expect(run.stderr).toContain(`clausemark: ${B}:2:5: ${A} is the same policy`);
    expect(readdirSync(join(dir, 'out', 'voorbeeld')).filter((name) => name.endsWith('.pdf'))).toEqual([
      'gedrag-1.0.pdf',
    ]);
    const index = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    expect(index).not.toContain('privacy-1.0.pdf');
  });

  it('an incremental build does not let a new copy overwrite a PDF built before', async () => {
    const dir = project();
    const copy = join(dir, A);
    const text = readFileSync(copy, 'utf8');
    writeFileSync(copy, text.replace('id: privacy', 'id: privacy-leerlingen'));
    expect((await runCli(['build', 'policies', '--out', 'out'], { cwd: dir })).code).toBe(0);
    const before = readFileSync(join(dir, 'out', 'voorbeeld', 'privacy-1.0.pdf'));
    writeFileSync(copy, text);
    const run = await runCli(['build', 'policies', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('neither is built');
    expect(readFileSync(join(dir, 'out', 'voorbeeld', 'privacy-1.0.pdf')).equals(before)).toBe(true);
  });
});
