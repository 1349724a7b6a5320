// Nothing in clausemark opens a network connection: the main commands run on a temp copy of the repository's
// policies under `node --import tests/support/no-network.mjs`, which makes every socket, name lookup, HTTP(S) request,
// TLS connection and fetch throw and records it (in the main thread and in the build's worker threads). Each command
// must do its job (exit 0 and write its output), and the record must stay empty.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertCliLane, CLI } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { shippedProject } from '../support/project.js';

const PRELOAD = join(PROJECT_ROOT, 'tests', 'support', 'no-network.mjs');
assertCliLane();

// The corpus clausemark ships, not whatever a school keeps in its clone's policies/ (issue 39 item 7).
const project = shippedProject({ templates: true, prefix: 'clausemark-offline-' });
const cache = mkdtempSync(join(tmpdir(), 'clausemark-offline-cache-'));
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

interface OfflineRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the preload recorded: one entry per attempt to reach the network. */
  attempts: { what: string; target: string; stack: string }[];
}

function runOffline(args: string[], log: string): OfflineRun {
  const result = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: cache, CLAUSEMARK_NETWORK_LOG: log },
  });
  const recorded = existsSync(log) ? readFileSync(log, 'utf8').trim() : '';
  const attempts =
    recorded === '' ? [] : recorded.split('\n').map((line) => JSON.parse(line) as OfflineRun['attempts'][number]);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, attempts };
}

let runs = 0;
const logFile = (): string => join(cache, `network-${runs++}.log`);

const CASPARUS = join('policies', 'casparus-college', 'social-media.md');
const CASPARUS_2 = join('policies', 'casparus-college', 'revisions', 'social-media-2.0.md');

// Every command exits 0 when it did its job (diff too: it wrote the file it was asked for).
const COMMANDS: { name: string; args: string[]; exit?: number; writes?: string }[] = [
  { name: 'check', args: ['check'] },
  { name: 'fmt --check', args: ['fmt', '--check', 'policies'] },
  {
    name: 'build (worker threads)',
    args: ['build', '--force', '--jobs', '2', '--out', 'out-build'],
    writes: join('out-build', 'casparus-college', 'social-media-1.0.pdf'),
  },
  {
    name: 'diff to HTML',
    args: ['diff', CASPARUS, CASPARUS_2, '--format', 'html', '--out', 'diff.html'],
    writes: 'diff.html',
  },
  {
    name: 'diff to PDF (board pack)',
    args: ['diff', CASPARUS, CASPARUS_2, '--format', 'pdf', '--out', 'diff.pdf'],
    writes: 'diff.pdf',
  },
  {
    name: 'compare to PDF',
    // The corpus holds four kinds of policy since policies/linde (issue 27): the seeds' kind is named.
    args: ['compare', 'policies', '--kind', 'social-media', '--format', 'pdf', '--out', 'compare.pdf'],
    writes: 'compare.pdf',
  },
  { name: 'start', args: ['start', '--out', 'out-start'], writes: join('out-start', 'compare', 'social-media.json') },
];

describe('no network access', () => {
  it('the preload catches and records an attempt (so an empty record means something)', () => {
    const run = runOffline(
      [
        '--input-type=module',
        '-e',
        "try { await fetch('https://example.org'); } catch {} import('node:net').then((net) => { try { net.connect(80, 'example.org'); } catch {} });",
      ],
      logFile(),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.attempts.map((attempt) => attempt.what)).toEqual(['fetch', 'net.connect']);
  });

  for (const command of COMMANDS) {
    it(`${command.name} works offline and tries no connection`, () => {
      const run = runOffline([CLI, ...command.args], logFile());
      expect(run.attempts, 'network attempts').toEqual([]);
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(command.exit ?? 0);
      if (command.writes) expect(existsSync(join(project, command.writes)), command.writes).toBe(true);
    }, 120_000);
  }
});
