// Issue 27 item 3: `clausemark agenda` through the CLI: reviews due, steps waiting with their terms and each
// council's year planning, as text, JSON and an iCalendar file read back by Python's icalendar (Debian
// python3-icalendar), the parser a calendar import stands for here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

/** A Python with icalendar: the first on PATH may be another install than Debian's. */
const PYTHON = ['python3', '/usr/bin/python3'].find(
  (python) => spawnSync(python, ['-c', 'import icalendar'], { stdio: 'ignore' }).status === 0,
);
const HAS_ICALENDAR = PYTHON !== undefined;
if (!HAS_ICALENDAR)
  console.warn('skipping the .ics read-back: python3-icalendar is not installed (apt-get install python3-icalendar)');

function policy(kind: string, org: string, front: string[], approvals: string[]): string {
  return [
    '---',
    `id: ${kind}`,
    `title: ${kind.charAt(0).toUpperCase()}${kind.slice(1)}`,
    `organisation: ${org}`,
    `org: ${org}`,
    'version: "1.0"',
    `kind: ${kind}`,
    ...front,
    'approvals:',
    ...approvals.map((row) => `  - ${row}`),
    '---',
    '',
    '{#doel} Tekst.',
    '',
  ].join('\n');
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-agenda-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  for (const org of ['linde', 'de-es']) mkdirSync(join(dir, 'policies', org), { recursive: true });
  // Adopted on 2024-06-01 with the GMR's consent, reviewed every two years: due 2026-06-01, overdue on 2026-11-23.
  writeFileSync(
    join(dir, 'policies', 'linde', 'klachtenregeling.md'),
    policy(
      'klachtenregeling',
      'linde',
      ['status: approved', 'level: bestuur'],
      [
        '{ date: 2024-05-01, name: A. Jansen, role: Vz. GMR, step: instemming }',
        '{ date: 2024-06-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
      ],
    ),
  );
  // A school's schoolgids: the parents' part of its MR was asked on 2026-11-02; six weeks: 2026-12-14.
  writeFileSync(
    join(dir, 'policies', 'de-es', 'schoolgids.md'),
    policy(
      'schoolgids',
      'de-es',
      ['status: proposed', 'level: school'],
      ['{ asked: 2026-11-02, name: C. Smit, role: Voorzitter MR, step: instemming, part: ouders/leerlingen }'],
    ),
  );
  return dir;
}

describe('clausemark agenda', () => {
  it('text: the overdue review, the step waiting and its term, and each council’s planning by month', async () => {
    const run = await runCli(['agenda', '--from', '2026-11-23'], { cwd: project() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2026-06-01  review due: Klachtenregeling (linde)  (overdue)');
    expect(run.stdout).toContain(
      '2026-12-14  Instemming MR (ouders/leerlingen) (WMS art. 13 sub g) for Schoolgids (de-es), asked 2026-11-02: the term runs out',
    );
    expect(run.stdout).toContain(
      'year planning of the GMR linde:\n  2026-11  Instemming GMR (WMS art. 10 sub g): Klachtenregeling (linde, its review)',
    );
    expect(run.stdout).toContain(
      'year planning of the MR de-es:\n  2026-12  Instemming MR (ouders/leerlingen) (WMS art. 13 sub g): Schoolgids (de-es, not yet taken)',
    );
  });

  it('json: the same items as data', async () => {
    const run = await runCli(['agenda', '--from', '2026-11-23', '--format', 'json'], { cwd: project() });
    const agenda = JSON.parse(run.stdout);
    expect(
      agenda.items.map((item: { type: string; date: string; overdue: boolean }) => [
        item.type,
        item.date,
        item.overdue,
      ]),
    ).toEqual([
      ['review', '2026-06-01', true],
      ['step', '2026-12-14', false],
    ]);
    expect(agenda.planning.map((plan: { council: string }) => plan.council)).toEqual(['GMR linde', 'MR de-es']);
  });

  it.skipIf(!HAS_ICALENDAR)(
    'ics: an iCalendar file a calendar parser reads back, one all-day event per item',
    async () => {
      const dir = project();
      const run = await runCli(['agenda', '--from', '2026-11-23', '--format', 'ics', '--out', 'agenda.ics'], {
        cwd: dir,
      });
      expect(run.code, run.stderr).toBe(0);
      const raw = readFileSync(join(dir, 'agenda.ics'), 'utf8');
      expect(raw.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      const script = [
        'import json, sys, icalendar',
        'cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())',
        'print(json.dumps([[str(e.get("summary")), e.decoded("dtstart").isoformat(), str(e.get("uid"))] for e in cal.walk("VEVENT")]))',
      ].join('\n');
      const read = spawnSync(PYTHON ?? 'python3', ['-c', script, join(dir, 'agenda.ics')], { encoding: 'utf8' });
      expect(read.status, read.stderr).toBe(0);
      const events = JSON.parse(read.stdout) as [string, string, string][];
      expect(events.map(([summary, date]) => [summary, date])).toEqual([
        ['review due: Klachtenregeling (linde)', '2026-06-01'],
        [
          'Instemming MR (ouders/leerlingen) (WMS art. 13 sub g) for Schoolgids (de-es), asked 2026-11-02: the term runs out',
          '2026-12-14',
        ],
        ['GMR linde: Instemming GMR (WMS art. 10 sub g) for Klachtenregeling', '2026-11-01'],
        ['MR de-es: Instemming MR (ouders/leerlingen) (WMS art. 13 sub g) for Schoolgids', '2026-12-01'],
      ]);
      expect(new Set(events.map(([, , uid]) => uid)).size).toBe(4);
      // The same agenda again gives the same UIDs, so a calendar updates its events instead of doubling them.
      await runCli(['agenda', '--from', '2026-11-23', '--format', 'ics', '--out', 'again.ics'], { cwd: dir });
      expect(readFileSync(join(dir, 'again.ics'), 'utf8')).toBe(raw);
    },
  );

  it('refuses a format it cannot write', async () => {
    const run = await runCli(['agenda', '--format', 'pdf'], { cwd: project() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format: 'pdf' is not a value this option takes");
    expect(run.stderr).toContain('use one of: text, json, ics');
  });
});
