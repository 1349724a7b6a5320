// Issue 26 item 9 for versions read from git: `diff --format docx` dates its tracked changes (w:ins/w:del w:date)
// and its "Datum opmaak" by when the newer version was made, the commit that last changed it (`--to REV`), never by
// its effective date and never in the future.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { zipParts } from '../support/docx.js';
import { tempRepo } from '../support/git.js';

const meta = (version: string, effective: string) =>
  `---\nid: pauze\ntitle: Pauzeregels\norganisation: School\nversion: "${version}"\nlang: nl\neffective: ${effective}\n---\n\n`;
const OLD = `${meta('1.0', '2025-08-01')}## Pauze {#pauze}\n\n1. {#pauze.plein} Je blijft op het plein.\n`;
const NEW = `${meta('2.0', '2027-01-01')}## Pauze {#pauze}\n\n1. {#pauze.plein} Je blijft op het schoolplein.\n\n2. {#pauze.afval} Je ruimt je afval op.\n`;

/** Commits with a chosen committer date. */
function commitAt(repo: ReturnType<typeof tempRepo>, message: string, iso: string): string {
  repo.git('add', '-A');
  repo.git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message, `--date=${iso}`);
  return repo.git('rev-parse', 'HEAD').trim();
}

function trackedDates(docx: string): { dates: string[]; document: string } {
  const document = zipParts(new Uint8Array(readFileSync(docx))).get('word/document.xml') ?? '';
  const dates = [...document.matchAll(/<w:(?:ins|del)\b[^>]*w:date="([^"]+)"/g)].map((match) => match[1] ?? '');
  return { dates, document };
}

describe('diff --format docx between git revisions (item 9)', () => {
  it('dates the changes by the commit that made the newer version, not its future effective date', async () => {
    const repo = tempRepo('clausemark-docx-dates-');
    const file = repo.write('policies/school/pauze.md', OLD);
    process.env.GIT_COMMITTER_DATE = '2025-06-01T09:00:00Z';
    try {
      const first = commitAt(repo, 'versie 1.0', '2025-06-01T09:00:00Z');
      repo.write('policies/school/pauze.md', NEW);
      process.env.GIT_COMMITTER_DATE = '2026-02-03T10:00:00Z';
      commitAt(repo, 'versie 2.0', '2026-02-03T10:00:00Z');
      // A later commit that does not touch the policy: the change was still made on 3 February.
      repo.write('README.md', 'Beleid van de school.\n');
      process.env.GIT_COMMITTER_DATE = '2026-05-05T12:00:00Z';
      const later = commitAt(repo, 'leesmij', '2026-05-05T12:00:00Z');
      // The working copy is already the next draft: the file on disk no longer holds the version compared.
      repo.write('policies/school/pauze.md', NEW.replace('schoolplein', 'grote plein'));
      const out = join(repo.root, 'revision.docx');
      const run = await runCli(['diff', file, '--from', first, '--to', later, '--format', 'docx', '--out', out], {
        cwd: repo.root,
        env: { SOURCE_DATE_EPOCH: '' },
      });
      expect(run.code, run.stderr).toBe(0);
      const { dates, document } = trackedDates(out);
      expect(dates.length).toBeGreaterThan(0);
      expect(new Set(dates)).toEqual(new Set(['2026-02-03T10:00:00Z']));
      expect(document).toContain('Datum opmaak: 3 februari 2026');
      expect(document).not.toContain('2027-01-01T');
      expect(document).not.toContain('Datum opmaak: 1 januari 2027');
    } finally {
      delete process.env.GIT_COMMITTER_DATE;
    }
  });

  it('prints the day the commit was made where the user is (TZ): 00:30 in Amsterdam is that day, not UTC’s', async () => {
    const repo = tempRepo('clausemark-docx-day-');
    const file = repo.write('pauze.md', OLD);
    process.env.GIT_COMMITTER_DATE = '2025-06-01T09:00:00Z';
    try {
      const first = commitAt(repo, 'versie 1.0', '2025-06-01T09:00:00Z');
      repo.write('pauze.md', NEW);
      process.env.GIT_COMMITTER_DATE = '2026-02-03T23:30:00Z';
      const second = commitAt(repo, 'versie 2.0', '2026-02-03T23:30:00Z');
      const out = join(repo.root, 'revision.docx');
      const run = await runCli(['diff', file, '--from', first, '--to', second, '--format', 'docx', '--out', out], {
        cwd: repo.root,
        env: { SOURCE_DATE_EPOCH: '', TZ: 'Europe/Amsterdam' },
      });
      expect(run.code, run.stderr).toBe(0);
      const { dates, document } = trackedDates(out);
      // The tracked changes carry the moment itself; the page, the day it fell on.
      expect(new Set(dates)).toEqual(new Set(['2026-02-03T23:30:00Z']));
      expect(document).toContain('Datum opmaak: 4 februari 2026');
    } finally {
      delete process.env.GIT_COMMITTER_DATE;
    }
  });

  it('never dates a change after the run, even when the commit claims a future date', async () => {
    const repo = tempRepo('clausemark-docx-future-');
    const file = repo.write('pauze.md', OLD);
    process.env.GIT_COMMITTER_DATE = '2025-06-01T09:00:00Z';
    try {
      const first = commitAt(repo, 'versie 1.0', '2025-06-01T09:00:00Z');
      repo.write('pauze.md', NEW);
      process.env.GIT_COMMITTER_DATE = '2099-01-01T00:00:00Z';
      const future = commitAt(repo, 'versie 2.0', '2099-01-01T00:00:00Z');
      const out = join(repo.root, 'revision.docx');
      const before = Date.now();
      const run = await runCli(['diff', file, '--from', first, '--to', future, '--format', 'docx', '--out', out], {
        cwd: repo.root,
        env: { SOURCE_DATE_EPOCH: '' },
      });
      expect(run.code, run.stderr).toBe(0);
      const { dates } = trackedDates(out);
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) {
        expect(Date.parse(date)).toBeLessThanOrEqual(Date.now());
        expect(Date.parse(date)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
      }
    } finally {
      delete process.env.GIT_COMMITTER_DATE;
    }
  });
});
