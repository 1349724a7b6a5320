// An approval records a decision already taken: a policy marked approved whose adoption is dated after today is not
// adopted yet. Its PDF is a draft (cover "Status: Concept", CONCEPT on every page), the build says why, its HTML page
// and the index say "Concept", and the incremental build makes it again once that day comes. `build --at` that day
// shows it adopted. The PDFs are read back with pdftotext, as a reader would.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/procedure/evaluate.js';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';

/** `days` after today (UTC), YYYY-MM-DD. */
const daysAhead = (days: number): string =>
  new Date(Date.parse(`${todayIso()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const LATER = daysAhead(20);

const policy = (id: string, date: string) => `---
id: ${id}
title: ${id === 'privacy' ? 'Privacyreglement' : 'Gedragscode'}
organisation: Stichting Voorbeeld
org: voorbeeld
version: "1.0"
status: approved
lang: nl
approvals:
  - date: ${date}
    name: J. de Vries
    role: Voorzitter CvB
    step: vaststelling
---

## Uitgangspunten {#uitgangspunten}

1. {#up.doel} De school gaat zorgvuldig om met persoonsgegevens.
`;

/** The words of a PDF, one space between them (pdftotext). */
const pdfText = (file: string): string[] =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((page) => page.replace(/\s+/g, ' '));

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clausemark-adoption-dated-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  mkdirSync(join(dir, 'policies', 'voorbeeld'), { recursive: true });
  writeFileSync(join(dir, 'policies', 'voorbeeld', 'privacy.md'), policy('privacy', '2024-07-01'));
  writeFileSync(join(dir, 'policies', 'voorbeeld', 'gedrag.md'), policy('gedrag', LATER));
});

describe('a policy marked approved whose adoption is dated after today', () => {
  it('is built as a draft: cover, watermark, build summary; the one adopted before today stays adopted', async ({
    skip,
  }) => {
    needTool(skip, 'pdftotext');
    const run = await runCli(['build', 'policies', '--out', 'out', '--lang', 'nl'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('out/voorbeeld/gedrag-1.0.pdf: als concept opgemaakt (CONCEPT)');
    expect(run.stdout).toContain('de vaststelling is gedateerd');
    expect(run.stdout).not.toContain('privacy-1.0.pdf: als concept');

    const dated = pdfText(join(dir, 'out', 'voorbeeld', 'gedrag-1.0.pdf'));
    expect(dated[0]).toContain('Status: Concept');
    expect(dated[0]).not.toContain('Vastgesteld door');
    expect(dated[0]).not.toContain('Status: Vastgesteld');
    // The watermark's letters come out of pdftotext in pieces ("CO", "N", "CE", "PT": it is drawn at an angle).
    for (const page of dated.filter((text) => text.trim() !== '')) expect(page).toMatch(/\bCO\b/);

    const adopted = pdfText(join(dir, 'out', 'voorbeeld', 'privacy-1.0.pdf'));
    expect(adopted[0]).toContain('Status: Vastgesteld');
    expect(adopted[0]).toContain('Vastgesteld door Voorzitter CvB op 1 juli 2024');
    for (const text of adopted) expect(text).not.toMatch(/\bCO\b/);

    const page = readFileSync(join(dir, 'out', 'voorbeeld', 'gedrag-1.0.html'), 'utf8');
    expect(page).toContain('<span class="badge status-draft">Concept</span>');
    expect(page).not.toContain('badge status-approved');
  });

  it('the incremental build makes it again once the day of its adoption comes', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'out', '.clausemark-manifest.json'), 'utf8')) as {
      entries: Record<string, { until?: string }>;
    };
    const entries = Object.entries(manifest.entries);
    expect(entries.find(([file]) => file.endsWith('gedrag.md'))?.[1].until).toBe(LATER);
    expect(entries.find(([file]) => file.endsWith('privacy.md'))?.[1].until).toBeUndefined();
  });

  it('build --at that day shows it adopted on that day', async ({ skip }) => {
    needTool(skip, 'pdftotext');
    const run = await runCli(['build', 'policies', '--at', LATER, '--out', 'at', '--lang', 'nl'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const [cover] = pdfText(join(dir, 'at', 'voorbeeld', 'gedrag-1.0.pdf'));
    expect(cover).toContain('Status: Vastgesteld');
  });
});
