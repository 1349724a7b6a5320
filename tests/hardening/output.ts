// Reading what the CLI printed as messages, and what it left on disk, for the bad-input suite.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CliRun } from '../support/cli.js';

/** One message as a person reads it: where, what, and how to fix it. */
export interface Reported {
  /** `file:line:col`, a file, or a command-line argument. */
  where: string;
  message: string;
  fix?: string;
  /** Check findings only. */
  rule?: string;
  severity?: string;
}

const LOCATED = /^(.+?):(\d+):(\d+): (.*)$/;
const PLACED = /^(.+?): (.*)$/;

/** `clausemark: <where>: <message>` lines on stderr, each with the `  fix: …` line under it. */
function stderrMessages(stderr: string): Reported[] {
  const messages: Reported[] = [];
  for (const line of stderr.split('\n')) {
    if (line.startsWith('clausemark: ')) {
      const body = line.slice('clausemark: '.length);
      const located = LOCATED.exec(body);
      const placed = located ? undefined : PLACED.exec(body);
      if (located) messages.push({ where: `${located[1]}:${located[2]}:${located[3]}`, message: located[4] ?? '' });
      else if (placed) messages.push({ where: placed[1] ?? '', message: placed[2] ?? '' });
      else messages.push({ where: '', message: body });
      continue;
    }
    const fix = /^\s+fix: (.*)$/.exec(line);
    const last = messages[messages.length - 1];
    if (fix && last) last.fix = fix[1];
  }
  return messages;
}

const ROW = /^ {2}(\d+):(\d+) +(error|warning) {2}(.*) {2}(\S+)$/;

/** Findings in `check`'s report: a file heading, then `line:col  severity  message  rule` rows and fix lines. */
function checkFindings(stdout: string): Reported[] {
  const findings: Reported[] = [];
  let file = '';
  for (const line of stdout.split('\n')) {
    const row = ROW.exec(line);
    if (row) {
      findings.push({
        where: `${file}:${row[1]}:${row[2]}`,
        severity: row[3] ?? '',
        message: row[4] ?? '',
        rule: row[5] ?? '',
      });
      continue;
    }
    const fix = /^\s+fix: (.*)$/.exec(line);
    const last = findings[findings.length - 1];
    if (fix && last) {
      last.fix = fix[1];
      continue;
    }
    if (line !== '' && !/^\s/.test(line) && !/^[✖✓]/.test(line)) file = line;
  }
  return findings;
}

export function reportedMessages(run: CliRun): Reported[] {
  return [...stderrMessages(run.stderr), ...checkFindings(run.stdout)];
}

// Each file's hash kept by its inode, size and modification time: the bad-input cases' templates are links to one
// copy (linked-templates.ts), hashed once instead of twice a case. A write sets the time to now (a rename over the
// file brings another inode), so a changed file is hashed again; a file written in the last seconds is always hashed,
// since the kernel's clock for file times moves in steps of milliseconds and a write within one step keeps the time.
const hashes = new Map<string, string>();
const RECENT_NS = 2_000_000_000n;

function hashOf(file: string): string {
  const stats = statSync(file, { bigint: true });
  const hashed = (): string => createHash('sha256').update(readFileSync(file)).digest('hex');
  if (BigInt(Date.now()) * 1_000_000n - stats.mtimeNs < RECENT_NS) return hashed();
  const key = `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}`;
  const hash = hashes.get(key) ?? hashed();
  hashes.set(key, hash);
  return hash;
}

/** Every file and folder below `root` (not .git) with a hash of its bytes: what a command may not change. */
export function snapshot(root: string): Map<string, string> {
  const entries = new Map<string, string>();
  const visit = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        entries.set(relative, 'folder');
        visit(full, relative);
      } else {
        entries.set(relative, hashOf(full));
      }
    }
  };
  visit(root, '');
  return entries;
}

/** Paths added, removed or changed between two snapshots, sorted. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}
