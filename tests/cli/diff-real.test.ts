// Issue 26 through the CLI, on documents as they come: two copies of one text (item 1), the board pack's approval
// lines (item 7), the report's versions (item 8) and the dates of the Word revision's tracked changes (item 9).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

/** A text without front matter, as real documents come: no id, no organisation, no version. */
const PLAIN =
  '# Huisregels\n\n## Toegang\n\nDe poort gaat om acht uur open.\n\n## Pauze\n\n1. Je blijft op het plein.\n2. Je ruimt je afval op.\n';

describe('two copies of one text under other names (item 1)', () => {
  it('are the same document: exit 0, no "id" or organisation line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-diff-copies-'));
    mkdirSync(join(dir, 'school-a'));
    mkdirSync(join(dir, 'school-b'));
    const a = join(dir, 'school-a', 'huisregels-kopie.md');
    const b = join(dir, 'school-b', 'huisregels.md');
    writeFileSync(a, PLAIN);
    writeFileSync(b, PLAIN);
    const run = await runCli(['diff', a, b]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\bid:|organisation|org:/);
    const json = await runCli(['diff', a, b, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).meta).toEqual([]);
  });

  it('an id written in the new copy only is a line of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-diff-copies-'));
    const a = join(dir, 'a-copy.md');
    const b = join(dir, 'b-copy.md');
    writeFileSync(a, PLAIN);
    writeFileSync(b, `---\nid: huisregels\n---\n\n${PLAIN}`);
    const run = await runCli(['diff', a, b, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).meta).toEqual([
      expect.objectContaining({ field: 'id', new: 'huisregels', description: 'id set to huisregels' }),
    ]);
  });
});
