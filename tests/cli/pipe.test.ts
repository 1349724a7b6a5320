import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

describe('output into a pipe that closes early', () => {
  it('stops quietly instead of crashing with EPIPE', () => {
    const cli = join(PROJECT_ROOT, 'dist', 'cli', 'main.js');
    // Far more output than a pipe buffers (64 KB), so the writer is still writing when `head` closes the pipe.
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-pipe-')), 'long.md');
    writeFileSync(
      file,
      Array.from(
        { length: 4000 },
        (_, i) => `${i + 1}. Artikel ${i + 1}: de school bewaart gegevens niet langer dan nodig.`,
      ).join('\n'),
    );
    // The paths as the shell's arguments, not in its command line: a clone's path may hold any character.
    const run = spawnSync('sh', ['-c', '"$0" "$1" textconv "$2" | head -1', process.execPath, cli, file], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stdout.split('\n')[0]).not.toBe('');
    expect(run.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});
