// Issue 23 item 13: Ctrl-C and SIGTERM during a long computation. JavaScript sees a signal only when the computation
// returns, so `import`, `diff` and `compare` of large inputs used to run on for minutes and `approve` / `fmt --write`
// still wrote their file. Each run here is the compiled CLI on large generated inputs in a temp dir, signalled
// once it is busy (CPU time used, so the load on the machine does not matter): it must end within 10 s (a "stops at
// all" check, not a speed target) with exit 143 / 130 and one line saying so, having written nothing (no lock file
// either). The same cases, and more, are in tests/fixtures/bad/cases-signals.yaml.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertCliLane, CLI } from '../support/cli.js';

assertCliLane();

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SENTENCES = [
  'Medewerkers en leerlingen gebruiken sociale media op een manier die past bij de identiteit van de school.',
  'Het is niet toegestaan foto’s of filmpjes van leerlingen te plaatsen zonder toestemming van de ouders.',
  'De school onderkent de mogelijkheden van sociale media en stimuleert een verantwoord gebruik ervan.',
  'Bij een incident neemt de mentor binnen vijf werkdagen contact op met de ouders en de schoolleiding.',
  'Dit protocol wordt jaarlijks geëvalueerd en zo nodig bijgesteld na advies van de medezeggenschapsraad.',
];

function sentence(n: number, edition: number): string {
  return `${SENTENCES[(n + edition) % SENTENCES.length]} Regel ${n} over ${(n * 7 + edition) % 113} gevallen.`;
}

/** A plain-text document of `lines` numbered clauses in articles of twenty (4 MB at 30 000). */
function bigText(lines: number): string {
  let text = 'Protocol sociale media\n\n';
  for (let n = 0; n < lines; n++) {
    if (n % 20 === 0) text += `\nArtikel ${n / 20 + 1} Onderwerp ${n}\n\n`;
    text += `${(n % 20) + 1}. ${sentence(n, 0)}\n`;
  }
  return text;
}

/** A policy of `clauses` clauses; editions differ in every clause's wording. */
function bigPolicy(clauses: number, edition: number): string {
  let text = `---\nid: groot\ntitle: Groot protocol\norganisation: org${edition}\nversion: "1.0"\nlang: nl\n---\n`;
  for (let n = 0; n < clauses; n++) {
    const article = Math.floor(n / 20) + 1;
    if (n % 20 === 0) text += `\n## Artikel ${article} {#a${article}}\n\n`;
    text += `{#a${article}.${(n % 20) + 1}} ${sentence(n, edition)}\n\n`;
  }
  return text;
}

/** CPU seconds the process has used so far, from /proc; undefined where there is no /proc. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

interface Interrupted {
  seconds: number;
  code: number | null;
  signal: string | null;
  stderr: string;
}

/** Runs the CLI in `dir`, sends `signal` once it has used `busy` CPU seconds, and waits for it to end. */
async function interrupt(dir: string, args: string[], signal: 'SIGINT' | 'SIGTERM', busy = 1.5): Promise<Interrupted> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let ended = false;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('close', (code, signal) => {
      ended = true;
      resolve({ code, signal });
    }),
  );
  const started = Date.now();
  for (;;) {
    const used = cpuSeconds(child.pid!);
    if (used === undefined ? Date.now() - started > 3000 : used >= busy) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(ended, `${args[0]} was still busy when signalled (make the input larger)`).toBe(false);
  const sent = Date.now();
  child.kill(signal);
  const ceiling = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const { code, signal: bySignal } = await exited;
  clearTimeout(ceiling);
  return { seconds: (Date.now() - sent) / 1000, code, signal: bySignal, stderr };
}

/**
 * Ended by the signal: exit 130 / 143 with the line that says so (not killed by the signal without a word, which a
 * shell reports with the same number but a program running clausemark sees as no exit code at all).
 */
function endedBy(run: Interrupted, signal: 'SIGINT' | 'SIGTERM'): void {
  expect(run.seconds, `seconds from ${signal} to exit; stderr: ${run.stderr}`).toBeLessThan(10);
  expect({ code: run.code, signal: run.signal }, run.stderr).toEqual({
    code: signal === 'SIGINT' ? 130 : 143,
    signal: null,
  });
  expect(run.stderr).toContain(`clausemark: interrupted (${signal})`);
  expect(run.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-signals-'));
  dirs.push(dir);
  return dir;
}

describe('a signal during a long computation ends the run at once and writes nothing', () => {
  it('import of a 4 MB text: SIGTERM ends it, no policy written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'groot.txt'), bigText(30_000));
    const run = await interrupt(dir, ['import', 'groot.txt', '--out', 'out/groot.md'], 'SIGTERM');
    endedBy(run, 'SIGTERM');
    expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : [], 'nothing written').toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['groot.txt']);
  }, 60_000);

  it('diff of two large policies: SIGTERM ends it before it reports', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'oud.md'), bigPolicy(15_000, 0));
    writeFileSync(join(dir, 'nieuw.md'), bigPolicy(15_000, 1));
    const run = await interrupt(dir, ['diff', 'oud.md', 'nieuw.md'], 'SIGTERM');
    endedBy(run, 'SIGTERM');
    expect(readdirSync(dir).sort(), 'nothing written').toEqual(['nieuw.md', 'oud.md']);
  }, 60_000);

  it('compare of two large policies: SIGTERM ends it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), bigPolicy(5_000, 0));
    writeFileSync(join(dir, 'b.md'), bigPolicy(5_000, 1));
    const run = await interrupt(dir, ['compare', 'a.md', 'b.md'], 'SIGTERM');
    endedBy(run, 'SIGTERM');
    expect(readdirSync(dir).sort(), 'nothing written').toEqual(['a.md', 'b.md']);
  }, 60_000);

  it('approve after Ctrl-C (SIGINT) approves nothing: the policy is byte-identical', async () => {
    const dir = tempDir();
    const before = bigPolicy(15_000, 0);
    writeFileSync(join(dir, 'groot.md'), before);
    const run = await interrupt(
      dir,
      ['approve', 'groot.md', '--name', 'J. de Vries', '--role', 'bestuur', '--date', '2026-01-10'],
      'SIGINT',
      1,
    );
    endedBy(run, 'SIGINT');
    expect(readFileSync(join(dir, 'groot.md'), 'utf8') === before, 'policy unchanged').toBe(true);
    expect(readdirSync(dir), 'no temp or lock file').toEqual(['groot.md']);
  }, 60_000);

  it('fmt --write interrupted (SIGINT) leaves the file byte-identical', async () => {
    const dir = tempDir();
    // Unformatted: blank lines doubled, so a finished fmt --write would change it.
    const before = bigPolicy(15_000, 0).replace(/\n\n/g, '\n\n\n');
    writeFileSync(join(dir, 'groot.md'), before);
    const run = await interrupt(dir, ['fmt', '--write', 'groot.md'], 'SIGINT', 1);
    endedBy(run, 'SIGINT');
    expect(readFileSync(join(dir, 'groot.md'), 'utf8') === before, 'file unchanged').toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  }, 60_000);
});
