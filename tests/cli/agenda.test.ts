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

/** The organisations' names: what the agenda says (issue 43: never their folder keys). */
const NAMES: Record<string, string> = { linde: 'Stichting De Linde', 'de-es': 'Basisschool De Es' };

function policy(kind: string, org: string, front: string[], approvals: string[]): string {
  return [
    '---',
    `id: ${kind}`,
    `title: ${kind.charAt(0).toUpperCase()}${kind.slice(1)}`,
    `organisation: ${NAMES[org] ?? org}`,
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
    // Dates as people write them, organisations by their names; a review date the policy does not give is said to
    // be its procedure's default (issue 43).
    expect(run.stdout).toBe(
      [
        'due from 23 November 2026 to 23 November 2027:',
        '  1 June 2026       review due: Klachtenregeling, Stichting De Linde (the default interval of its procedure)  (overdue)',
        '  14 December 2026  Instemming MR (ouders/leerlingen) (WMS art. 13 lid 1 sub g) for Schoolgids, Basisschool De Es, asked on 2 November 2026: the term runs out',
        '',
        'year planning of the GMR of Stichting De Linde:',
        '  November 2026  Instemming GMR (WMS art. 10 sub g): Klachtenregeling, Stichting De Linde (its review)',
        '',
        'year planning of the MR of Basisschool De Es:',
        // The whole council's advice on the support offer the schoolgids holds (WMS art. 11 lid 1 onder r).
        '  November 2026  Advies MR (WMS art. 11 lid 1 sub r): Schoolgids, Basisschool De Es (not yet taken)',
        '  December 2026  Instemming MR (ouders/leerlingen) (WMS art. 13 lid 1 sub g): Schoolgids, Basisschool De Es (not yet taken)',
        '',
      ].join('\n'),
    );
    const dutch = await runCli(['agenda', '--from', '2026-11-23'], { cwd: project(), env: { LANG: 'nl_NL.UTF-8' } });
    expect(dutch.stdout).toContain(
      '  1 juni 2026       evaluatie te doen: Klachtenregeling, Stichting De Linde (de standaardtermijn van de procedure)  (te laat)',
    );
    expect(dutch.stdout).toContain('jaarplanning van de MR van Basisschool De Es:\n  november 2026  Advies MR');
    expect(dutch.stdout).toContain('\n  december 2026  Instemming MR (ouders/leerlingen)');
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
        // Overdue: dated the agenda's day, so a calendar's "upcoming" shows it, and marked with the day it was due.
        [
          'review due: Klachtenregeling, Stichting De Linde (the default interval of its procedure) (overdue since 1 June 2026)',
          '2026-11-23',
        ],
        [
          'Instemming MR (ouders/leerlingen) (WMS art. 13 lid 1 sub g) for Schoolgids, Basisschool De Es, asked on 2 November 2026: the term runs out',
          '2026-12-14',
        ],
        // This month's planning: today, not the first of the month, which has passed.
        ['GMR of Stichting De Linde: Instemming GMR (WMS art. 10 sub g) for Klachtenregeling', '2026-11-23'],
        ['MR of Basisschool De Es: Advies MR (WMS art. 11 lid 1 sub r) for Schoolgids', '2026-11-23'],
        [
          'MR of Basisschool De Es: Instemming MR (ouders/leerlingen) (WMS art. 13 lid 1 sub g) for Schoolgids',
          '2026-12-01',
        ],
      ]);
      expect(new Set(events.map(([, , uid]) => uid)).size).toBe(5);
      // No event is dated before the agenda's day.
      expect(events.filter(([, date]) => date < '2026-11-23')).toEqual([]);
      // Each event's description is a sentence naming the policy and its organisation, then its file.
      expect(raw.replace(/\r\n /g, '')).toContain(
        'DESCRIPTION:Klachtenregeling (version 1.0) of Stichting De Linde: its review is due on 1 June 2026 (the default interval of its procedure).\\nFile: policies/linde/klachtenregeling.md',
      );
      // The same agenda again gives the same UIDs, so a calendar updates its events instead of doubling them.
      await runCli(['agenda', '--from', '2026-11-23', '--format', 'ics', '--out', 'again.ics'], { cwd: dir });
      expect(readFileSync(join(dir, 'again.ics'), 'utf8')).toBe(raw);
    },
  );

  it('a file that cannot be read: the rest of the agenda, the file named in it, its fault told, exit 2', async () => {
    const dir = project();
    const file = join(dir, 'policies', 'de-es', 'schoolgids.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('level: school', 'level: [school'));
    const run = await runCli(['agenda', '--from', '2026-11-23', '--lang', 'nl'], { cwd: dir });
    expect(run.code).toBe(2);
    // The klachtenregeling's review still stands; the schoolgids's step is not dated, and the agenda says why.
    expect(run.stdout).toContain('1 juni 2026  evaluatie te doen: Klachtenregeling, Stichting De Linde');
    expect(run.stdout).not.toContain('Schoolgids');
    expect(run.stdout).toContain(
      'niet in deze agenda: policies/de-es/schoolgids.md kan niet worden gelezen, dus niets ervan is gedateerd',
    );
    expect(run.stderr).toContain(
      'clausemark: policies/de-es/schoolgids.md:9:8: ongeldige YAML in de frontmatter: de lijst die met [ begint, wordt nergens met ] gesloten',
    );
    expect(run.stderr).toContain('oplossing: sluit haar met ]');
  });

  it('refuses a format it cannot write', async () => {
    const run = await runCli(['agenda', '--format', 'pdf'], { cwd: project() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format: 'pdf' is not a value this option takes");
    expect(run.stderr).toContain('use one of: text, json, ics');
  });
});
