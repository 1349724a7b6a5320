// Issue 12 item 5: the facts around the text must be true. "Datum opmaak" is the date the document was made up —
// SOURCE_DATE_EPOCH, else the last commit of the unchanged source, else the source file's date — never the effective
// date or a made-up 1 januari 2000, and left out when unknown; the colophon keeps one fact per line; a file built
// from its own folder belongs to that folder's organisation, not to ".".
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { madeDay, madeUpDate } from '../../src/io/reproducible.js';
import { pdfTexts } from '../../src/build/texts.js';
import { parsePolicy } from '../../src/parse/index.js';
import { runCli } from '../support/cli.js';
import { tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { readPdf } from '../support/pdf.js';

const POLICY = `---
id: privacy
title: Privacyreglement
organisation: Stichting Voorbeeld
version: "1.0"
status: draft
effective: 2024-08-01
---

## Doel {#doel}

1. {#doel.zorg} De school gaat zorgvuldig om met persoonsgegevens.
`;

/** A project folder with templates/ and one policy; returns the folder and the policy's path in it. */
function project(dir = mkdtempSync(join(tmpdir(), 'clausemark-dates-')), text = POLICY): { dir: string; file: string } {
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  mkdirSync(join(dir, 'policies', 'voorbeeld'), { recursive: true });
  const file = join('policies', 'voorbeeld', 'privacy.md');
  writeFileSync(join(dir, file), text);
  return { dir, file };
}

/** The colophon of the built PDF, line by line as they stand on the page. */
async function colophon(dir: string, file: string, env: Record<string, string> = {}): Promise<string[]> {
  const run = await runCli(['build', file, '--out', 'out', '--no-site'], {
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: '', ...env },
  });
  expect(run.code, run.stderr).toBe(0);
  const readback = await readPdf(readFileSync(join(dir, 'out', 'voorbeeld', 'privacy-1.0.pdf')));
  const lines = (readback.lines[readback.lines.length - 1] ?? []).map((items) =>
    items.join('').replace(/\s+/g, ' ').trim(),
  );
  return lines.slice(lines.findIndex((line) => line.startsWith('Privacyreglement, Versie 1.0')));
}

describe('Datum opmaak: when the document was made up', () => {
  it('a file outside git: its modification time, on a line of its own (not the effective date)', async () => {
    const { dir, file } = project();
    const when = new Date(Date.UTC(2023, 2, 4, 12));
    utimesSync(join(dir, file), when, when);
    const lines = await colophon(dir, file);
    expect(lines[0]).toBe('Privacyreglement, Versie 1.0 (Concept)');
    expect(lines[1]).toMatch(/^SHA-256 van de bron: [0-9a-f]{64}$/);
    expect(lines[2]).toMatch(/^Opgemaakt met clausemark \S+$/);
    expect(lines[3]).toBe('Datum opmaak: 4 maart 2023');
  });

  it("a file made at 00:30 in Amsterdam: that day there, not UTC's day before (the day as TZ has it)", async () => {
    const when = new Date('2023-03-04T23:30:00Z');
    const dayIn = async (TZ: string): Promise<string | undefined> => {
      const { dir, file } = project();
      utimesSync(join(dir, file), when, when);
      return (await colophon(dir, file, { TZ }))[3];
    };
    expect(await dayIn('Europe/Amsterdam')).toBe('Datum opmaak: 5 maart 2023');
    expect(await dayIn('UTC')).toBe('Datum opmaak: 4 maart 2023');
  });

  it('built again in the same folder under a time zone that puts the moment on another day: that day', async () => {
    // 12:00 UTC is 02:00 the next day on Kiritimati (UTC+14) and 01:00 the same day in Pago Pago (UTC-11).
    const { dir, file } = project();
    const when = new Date('2023-03-04T12:00:00Z');
    utimesSync(join(dir, file), when, when);
    expect((await colophon(dir, file, { TZ: 'Pacific/Kiritimati' }))[3]).toBe('Datum opmaak: 5 maart 2023');
    expect((await colophon(dir, file, { TZ: 'Pacific/Pago_Pago' }))[3]).toBe('Datum opmaak: 4 maart 2023');
    // Another zone on the same day (UTC): the PDF is up to date, not made again.
    const pdf = join(dir, 'out', 'voorbeeld', 'privacy-1.0.pdf');
    const before = statSync(pdf).mtimeMs;
    expect((await colophon(dir, file, { TZ: 'UTC' }))[3]).toBe('Datum opmaak: 4 maart 2023');
    expect(statSync(pdf).mtimeMs).toBe(before);
  });

  it('SOURCE_DATE_EPOCH when set', async () => {
    const { dir, file } = project();
    expect((await colophon(dir, file, { SOURCE_DATE_EPOCH: '1700000000' }))[3]).toBe('Datum opmaak: 14 november 2023');
  });

  it('a committed, unchanged file: its last commit; once edited: the edit', async () => {
    const repo = tempRepo();
    const { file } = project(repo.root);
    repo.git('add', '.');
    repo.git('commit', '-qm', 'privacy');
    const committed = madeDay(new Date(Number(repo.git('log', '-1', '--format=%ct').trim()) * 1000));
    const later = new Date(Date.UTC(2030, 0, 2, 12));
    utimesSync(join(repo.root, file), later, later);
    const months = [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ];
    const [year, month, day] = committed.split('-').map(Number);
    expect((await colophon(repo.root, file))[3]).toBe(`Datum opmaak: ${day} ${months[(month ?? 1) - 1]} ${year}`);
    writeFileSync(join(repo.root, file), POLICY.replace('zorgvuldig', 'heel zorgvuldig'));
    utimesSync(join(repo.root, file), later, later);
    expect((await colophon(repo.root, file))[3]).toBe('Datum opmaak: 2 januari 2030');
  });

  it('unknown (no source file): the line is left out, never 1 januari 2000', () => {
    const policy = parsePolicy(POLICY.replace('effective: 2024-08-01\n', '')).policy;
    expect(madeUpDate(policy, {})).toBeUndefined();
    const texts = pdfTexts(policy, {
      root: PROJECT_ROOT,
      sourceHash: 'a'.repeat(64),
      toolVersion: '0.1.0',
      date: null,
      day: '2026-01-01',
    });
    expect(texts.colophon.split('\n')).toEqual([
      'Privacyreglement, Versie 1.0 (Concept)',
      `SHA-256 van de bron: ${'a'.repeat(64)}`,
      'Opgemaakt met clausemark 0.1.0',
    ]);
  });
});

describe('organisation of a file without one', () => {
  it('built from its own folder: that folder, not "."', async () => {
    const { dir } = project(undefined, POLICY.replace('organisation: Stichting Voorbeeld\n', ''));
    const folder = join(dir, 'policies', 'voorbeeld');
    const run = await runCli(['build', 'privacy.md', '--out', join(dir, 'out'), '--no-site'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((name) => !name.startsWith('.'))).toEqual(['voorbeeld']);
    const cover = (await readPdf(readFileSync(join(dir, 'out', 'voorbeeld', 'privacy-1.0.pdf')))).lines[0] ?? [];
    const text = cover.map((items) => items.join('').trim());
    expect(text).toContain('voorbeeld');
    expect(text).not.toContain('.');
  });
});
