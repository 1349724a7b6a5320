// Issue 71: what every school must have, through the CLI on the fixture foundation Het Anker
// (tests/fixtures/school-overview, its true overview written by hand in expected-overview.yaml): `check` warns per
// school of each kind missing, not adopted or overdue; `agenda` lists what the law's cycles make due with real dates,
// its .ics read back by Python's icalendar (Debian python3-icalendar); `check` errors on two adopted versions of one
// policy in force from the same day. The commands run in the test's process (runCli): no case is about a process, and
// tests/cli/in-process.test.ts holds the two ways byte-identical.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { ANKER, expectedOverview } from '../report/documents/school-overview-expected.js';
import { adoptedPestprotocol } from '../support/adopted-version.js';
import { todayIso } from '../../src/procedure/evaluate.js';

const PYTHON = '/usr/bin/python3';
const HAS_ICALENDAR = spawnSync(PYTHON, ['-c', 'import icalendar'], { stdio: 'ignore' }).status === 0;
if (!HAS_ICALENDAR && process.env.CI === 'true')
  throw new Error('python3-icalendar is required under CI=true (apt-get install python3-icalendar)');
if (!HAS_ICALENDAR)
  console.warn('skipping the .ics read-back: python3-icalendar is not installed (apt-get install python3-icalendar)');

/** The school year a date falls in, from 1 August ("2026–2027"), as the law's schoolgids counts it. */
function schoolYear(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 8 ? year : year - 1;
  return `${start}–${start + 1}`;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  params: Record<string, unknown>;
  place?: { start: { line: number } };
}

describe('check on the fixture foundation: what each school must have', () => {
  let files: { file: string; findings: JsonFinding[] }[] = [];
  let dutch = '';

  beforeAll(async () => {
    const run = await runCli(['check', 'policies', '--format', 'json'], { cwd: ANKER });
    expect(run.stderr).toBe('');
    files = (JSON.parse(run.stdout) as { files: typeof files }).files;
    dutch = (await runCli(['check', 'policies/anker'], { cwd: ANKER, env: { LANG: 'nl_NL.UTF-8' } })).stdout;
  }, 120_000);

  const duties = () => files.find((entry) => entry.file === join('policies', 'anker', 'procedure.yaml'))!.findings;

  it('warns of exactly the kinds the hand-written overview says are missing, per school and board', () => {
    const expected = Object.entries(expectedOverview().rows)
      .flatMap(([org, cells]) =>
        Object.entries(cells).flatMap(([kind, cell]) => (cell === 'missing' ? [`${org} ${kind}`] : [])),
      )
      .sort();
    const said = duties()
      .filter((finding) => finding.ruleId === 'school-duty-missing')
      .map((finding) => `${finding.params.org} ${finding.params.kind}`)
      .sort();
    expect(said).toEqual(expected);
    expect(duties().every((finding) => finding.severity === 'warning')).toBe(true);
  });

  it("says the schoolgids of the school year under way is not adopted where it waits for the MR's consent", () => {
    const kompas = duties().filter(
      (finding) => finding.ruleId === 'school-duty-not-adopted' && finding.params.organisation === 'CBS Het Kompas',
    );
    expect(kompas.map((finding) => finding.message)).toEqual([
      `CBS Het Kompas: schoolgids ${schoolYear(todayIso())} not adopted (policies/kompas/schoolgids.md waits for the instemming of the MR, asked 2 November 2026)`,
    ]);
    expect(dutch).toContain(`CBS Het Kompas: schoolgids ${schoolYear(todayIso())} niet vastgesteld`);
  });

  it("says the board's medezeggenschapsstatuut is past the law's two years, at the board's entry", () => {
    const overdue = duties().filter(
      (finding) => finding.ruleId === 'school-duty-overdue' && finding.params.organisation === 'Stichting Het Anker',
    );
    expect(overdue.map((finding) => finding.message)).toContain(
      'Stichting Het Anker: medezeggenschapsstatuut overdue since 20 June 2026: the law wants it adopted at least every 2 years, and policies/anker/medezeggenschapsstatuut.md was adopted on 20 June 2024',
    );
    // Under `organisation:` (its first line, 8, in the board's procedure.yaml); a school's at its own entry.
    expect(overdue[0]?.place?.start.line).toBe(8);
    expect(dutch).toContain('Stichting Het Anker: medezeggenschapsstatuut te laat sinds 20 juni 2026');
  });

  it('says a board-wide klachtenregeling once, never as missing at a school', () => {
    expect(duties().some((finding) => finding.params.kind === 'klachtenregeling')).toBe(false);
  });
});

describe("check where the board's klachtenregeling for all its schools names no kind", () => {
  it('says it once, at the file (procedure-kind-missing): no warning per school or at the board', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-duties-unkinded-'));
    cpSync(ANKER, root, { recursive: true });
    const board = join(root, 'policies', 'anker', 'klachtenregeling.md');
    writeFileSync(board, readFileSync(board, 'utf8').replace(/^kind: klachtenregeling\n/m, ''));
    const run = await runCli(['check', 'policies', '--format', 'json'], { cwd: root });
    const files = (JSON.parse(run.stdout) as { files: { file: string; findings: JsonFinding[] }[] }).files;
    const said = files.flatMap((entry) => entry.findings.map((finding) => ({ file: entry.file, ...finding })));
    expect(
      said.filter((finding) => finding.ruleId === 'procedure-kind-missing').map((finding) => finding.file),
    ).toEqual([join('policies', 'anker', 'klachtenregeling.md')]);
    // The overview's cells are not known, not missing: the procedure.yaml, board and schools, says nothing of it.
    const duties = said.filter((finding) => finding.file === join('policies', 'anker', 'procedure.yaml'));
    expect(duties.length).toBeGreaterThan(0);
    expect(duties.filter((finding) => /klachtenregeling/u.test(finding.message))).toEqual([]);
  });
});

describe('check --at: each school as of a day, as dossier --at and agenda --from ask', () => {
  const at = async (date: string, path = 'policies') => {
    const run = await runCli(['check', path, '--at', date, '--format', 'json'], { cwd: ANKER });
    expect(run.stderr).toBe('');
    return (JSON.parse(run.stdout) as { files: { file: string; findings: JsonFinding[] }[] }).files.flatMap((entry) =>
      entry.findings.map((finding) => `${entry.file}: ${finding.ruleId}: ${finding.message}`),
    );
  };

  it("says the next school year's schoolgids is not adopted once that year has begun, and nothing overdue before its day", async () => {
    const september = await at('2027-09-01');
    expect(september).toContain(
      `${join('policies', 'anker', 'procedure.yaml')}: school-duty-not-adopted: OBS De Boei: schoolgids 2027–2028 not adopted (the last adopted, policies/anker/de-boei/schoolgids.md, is for 2026–2027)`,
    );
    // The per-policy rules judge the same day: the schoolplan's review (28 June 2027) is past on it.
    expect(september).toContain(
      `${join('policies', 'anker', 'de-boei', 'schoolplan.md')}: procedure-review-overdue: the review of this schoolplan was due on 28 June 2027`,
    );
    const june = await at('2026-06-01');
    expect(june.filter((line) => line.includes('overdue'))).toEqual([]);
    expect(june.some((line) => line.includes('schoolgids 2026–2027'))).toBe(false);
  }, 120_000);

  it('refuses a day that is not a date, naming --at, exit 2', async () => {
    const run = await runCli(['check', 'policies', '--at', '2027-13-01'], { cwd: ANKER });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--at: "2027-13-01" is not a date');
  });
});

describe('agenda on the fixture foundation: what the law makes due, with real dates', () => {
  let text = '';
  let ics = '';
  beforeAll(async () => {
    text = (await runCli(['agenda', 'policies', '--from', '2026-11-27'], { cwd: ANKER })).stdout;
    const out = join(mkdtempSync(join(tmpdir(), 'clausemark-duties-ics-')), 'agenda.ics');
    await runCli(['agenda', 'policies', '--from', '2026-11-27', '--format', 'ics', '--out', out], { cwd: ANKER });
    ics = readFileSync(out, 'utf8');
  }, 120_000);

  it('lists a policy once a day: a review on the day the law makes it due is that duty, said once', async () => {
    const json = await runCli(['agenda', 'policies', '--from', '2026-11-27', '--format', 'json'], { cwd: ANKER });
    const agenda = JSON.parse(json.stdout) as {
      items: { date: string; type: string; policy: { org: string; id: string } }[];
    };
    const days = agenda.items.map((item) => `${item.date} ${item.policy.org} ${item.policy.id}`);
    expect(days.filter((day, index) => days.indexOf(day) !== index)).toEqual([]);
    // The medezeggenschapsstatuut's review by its procedure falls on its legal date, 20 June 2026: said as the duty.
    expect(
      agenda.items.filter((item) => item.date === '2026-06-20').map((item) => `${item.type} ${item.policy.id}`),
    ).toEqual(['duty medezeggenschapsstatuut']);
    // In what is due (the councils' planning below still takes its review to the MR).
    const due = text.split('\n\n')[0]!;
    expect(due.match(/Schoolplan 2023-2027, OBS De Boei|Schoolplan to be adopted again, OBS De Boei/g)).toEqual([
      'Schoolplan to be adopted again, OBS De Boei',
    ]);
  });

  it("lists each adopted policy's next legal date, the past one overdue, and never says nothing is due", () => {
    expect(text).not.toContain('nothing due');
    expect(text).toContain('Schoolgids 2027–2028 to be adopted, OBS De Boei (Stichting Het Anker)');
    expect(text).toContain('Schoolgids 2027–2028 to be adopted, Anker College (Stichting Het Anker)');
    expect(text).toMatch(
      /28 June 2027\s+Schoolplan to be adopted again, OBS De Boei \(Stichting Het Anker\): the law wants it at least every 4 years/,
    );
    expect(text).toMatch(
      /20 June 2026\s+Medezeggenschapsstatuut to be adopted again, Stichting Het Anker.*\(overdue\)/,
    );
  });

  it.skipIf(!HAS_ICALENDAR)(
    'its .ics reads back with every event on a real date from today on, the overdue one marked',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'clausemark-duties-ics-'));
      writeFileSync(join(dir, 'agenda.ics'), ics);
      const script = [
        'import icalendar, json, sys',
        'cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())',
        'print(json.dumps([[str(e.get("SUMMARY")), e.decoded("DTSTART").isoformat()] for e in cal.walk("VEVENT")]))',
      ].join('\n');
      const read = spawnSync(PYTHON, ['-c', script, join(dir, 'agenda.ics')], { encoding: 'utf8' });
      expect(read.stderr).toBe('');
      const events = JSON.parse(read.stdout) as [string, string][];
      expect(events.length).toBeGreaterThan(4);
      expect(
        events.filter(([summary, date], index) => events.findIndex((e) => e[0] === summary && e[1] === date) !== index),
      ).toEqual([]);
      for (const [, date] of events) expect(date >= '2026-11-27', date).toBe(true);
      const on = (start: string) => events.filter(([, date]) => date === start).map(([summary]) => summary);
      expect(on('2027-08-01')).toEqual(
        expect.arrayContaining([
          'Schoolgids 2027–2028 to be adopted, OBS De Boei (Stichting Het Anker): the law wants one each school year, before it starts',
          'Schoolgids 2027–2028 to be adopted, Anker College (Stichting Het Anker): the law wants one each school year, before it starts',
        ]),
      );
      expect(
        on('2026-11-27').some(
          (summary) =>
            summary.startsWith('Medezeggenschapsstatuut to be adopted again') &&
            summary.endsWith('(overdue since 20 June 2026)'),
        ),
      ).toBe(true);
    },
  );
});

describe('agenda: "nothing due" only when nothing is to be done', () => {
  it('names a draft without a kind, which no procedure dates, instead of saying nothing is due', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-agenda-kind-'));
    mkdirSync(join(dir, 'policies', 'eik'), { recursive: true });
    const draft = ['---', 'id: pestprotocol', 'title: Pestprotocol', 'organisation: De Eik', 'org: eik'];
    writeFileSync(
      join(dir, 'policies', 'eik', 'pestprotocol.md'),
      [...draft, 'version: "0.1"', 'status: draft', '---', '', '{#doel} Tekst.', ''].join('\n'),
    );
    const dutch = await runCli(['agenda', '--from', '2026-11-27'], {
      cwd: dir,
      env: { LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8' },
    });
    expect(dutch.stdout).not.toContain('niets te doen');
    expect(dutch.stdout.trim().split('\n')).toEqual([
      'te doen van 27 november 2026 tot 27 november 2027:',
      '  geen datum valt binnenkort; wat nog moet gebeuren, staat hieronder',
      '',
      `niet in deze agenda: ${join('policies', 'eik', 'pestprotocol.md')} is nog niet vastgesteld en noemt geen kind, dus er is geen procedure om te plannen; voeg kind: toe (clausemark check zegt welke)`,
    ]);
    // Adopted, it has nothing to do: now "nothing due" is true.
    writeFileSync(
      join(dir, 'policies', 'eik', 'pestprotocol.md'),
      [
        ...draft,
        'version: "1.0"',
        'status: approved',
        'approvals:',
        '  - { date: 2026-06-01, name: Bestuur, role: CvB }',
        '---',
        '',
        '{#doel} Tekst.',
        '',
      ].join('\n'),
    );
    const english = await runCli(['agenda', '--from', '2026-11-27'], { cwd: dir });
    expect(english.stdout).toBe('due from 27 November 2026 to 27 November 2027:\n  nothing due\n');
  }, 120_000);
});

describe('check on two adopted versions of one policy in force from the same day', () => {
  const version = (number: string): string =>
    adoptedPestprotocol(number, '2026-08-01', number === '2.1' ? '2026-05-01' : '2026-06-01');

  it('errors on each, naming the other; a version of its own date is fine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-same-day-'));
    writeFileSync(join(dir, 'old.md'), version('2.1'));
    writeFileSync(join(dir, 'new.md'), version('2.2'));
    const run = await runCli(['check', 'old.md', 'new.md', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { files: { file: string; findings: JsonFinding[] }[] };
    const same = result.files.map((entry) =>
      entry.findings
        .filter((finding) => finding.ruleId === 'duplicate-effective-date')
        .map((finding) => finding.message),
    );
    expect(same).toEqual([
      [
        'new.md is another adopted version of pestprotocol (version 2.2) in force from the same date, 1 August 2026: the board adopted two texts for one day, and clausemark takes the one adopted last',
      ],
      [
        'old.md is another adopted version of pestprotocol (version 2.1) in force from the same date, 1 August 2026: the board adopted two texts for one day, and clausemark takes the one adopted last',
      ],
    ]);
    writeFileSync(join(dir, 'new.md'), version('2.2').replace('effective: 2026-08-01', 'effective: 2026-09-01'));
    const fixed = await runCli(['check', 'old.md', 'new.md', '--format', 'json'], { cwd: dir });
    expect(fixed.stdout).not.toContain('duplicate-effective-date');
  });
});

describe('check on a school of the speciaal onderwijs, and a GMR reglement imported for the kind the overview names', () => {
  const klachtenregeling = [
    '---',
    'id: klachtenregeling',
    'title: Klachtenregeling',
    'organisation: SO De Brug',
    'org: de-brug',
    'version: "1.0"',
    'status: draft',
    'kind: klachtenregeling',
    'level: school',
    '---',
    '',
    '# Klachtenregeling',
    '',
    '{#begrippen.klager} In deze regeling wordt verstaan onder klager: een ouder, personeelslid of leerling.',
    '',
  ].join('\n');

  it('reads the SO procedures and duties of a school whose procedure.yaml says sector: so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-so-school-'));
    mkdirSync(join(dir, 'policies', 'de-brug'), { recursive: true });
    writeFileSync(
      join(dir, 'policies', 'de-brug', 'procedure.yaml'),
      'sector: so\norganisation:\n  role: school\n  name: SO De Brug\n',
    );
    writeFileSync(join(dir, 'policies', 'de-brug', 'klachtenregeling.md'), klachtenregeling);
    const run = await runCli(['check', 'policies', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const files = (JSON.parse(run.stdout) as { files: { file: string; findings: JsonFinding[] }[] }).files;
    const findings = files.flatMap((entry) => entry.findings);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const missing = findings.filter((finding) => finding.ruleId === 'school-duty-missing').map((f) => f.params.kind);
    // The kinds of templates/duties/so.yaml a school must have, but for the klachtenregeling it has (a draft).
    expect(missing).toContain('schoolplan');
    expect(missing).toContain('toelating-en-verwijdering');
    expect(missing).not.toContain('klachtenregeling');
    const draft = findings.find((finding) => finding.ruleId === 'school-duty-not-adopted');
    expect(draft?.params.title).toBe('klachtenregeling');
  });

  it('writes no kind its sector has no procedure for: only the id, and check says which kinds it knows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-unknown-kind-'));
    mkdirSync(join(dir, 'policies', 'x'), { recursive: true });
    writeFileSync(join(dir, 'policies', 'x', 'procedure.yaml'), 'sector: po\n');
    writeFileSync(join(dir, 'regels.md'), '# Huisregels\n\n## Artikel 1 Jassen\n\nJassen hangen aan de kapstok.\n');
    const out = join('policies', 'x', 'huisregels.md');
    const imported = await runCli(['import', 'regels.md', '--kind', 'huisregels', '--org', 'x', '--out', out], {
      cwd: dir,
    });
    expect(imported.code).toBe(0);
    const written = readFileSync(join(dir, out), 'utf8');
    expect(written).toMatch(/^id: huisregels$/mu);
    expect(written).not.toMatch(/^kind:/mu);
    expect(imported.stdout + imported.stderr).toContain('procedure-kind-missing');
  });

  it('writes the one kind the title names where the sector has a procedure for it, and none for a title naming two', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-title-kind-'));
    for (const org of ['x', 'y']) {
      mkdirSync(join(dir, 'policies', org), { recursive: true });
      writeFileSync(join(dir, 'policies', org, 'procedure.yaml'), 'sector: po\n');
    }
    const body = '\n\n## Artikel 1 Begrippen\n\nIn deze regeling wordt verstaan onder klager: een ouder of leerling.\n';
    writeFileSync(join(dir, 'klacht.md'), `# Klachtenregeling De Linde${body}`);
    writeFileSync(join(dir, 'twee.md'), `# Privacyreglement en klachtenregeling${body}`);
    const one = await runCli(['import', 'klacht.md', '--org', 'x'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(one.stdout + one.stderr).not.toContain('procedure-kind-missing');
    const written = readFileSync(join(dir, 'policies', 'x', 'klachtenregeling.md'), 'utf8');
    expect(written).toMatch(/^kind: klachtenregeling$/mu);
    const two = await runCli(['import', 'twee.md', '--org', 'y'], { cwd: dir });
    expect(two.code).toBe(0);
    expect(two.stdout + two.stderr).toContain('import-kind');
    const both = readdirSync(join(dir, 'policies', 'y')).filter((name) => name.endsWith('.md'));
    expect(both).toHaveLength(1);
    expect(readFileSync(join(dir, 'policies', 'y', both[0] ?? 'none'), 'utf8')).not.toMatch(/^kind:/mu);
  });

  it('imports a GMR reglement with --kind gmr-reglement, writing that kind, and check holds it to its procedure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-gmr-reglement-'));
    mkdirSync(join(dir, 'policies', 'x'), { recursive: true });
    writeFileSync(join(dir, 'policies', 'x', 'procedure.yaml'), 'sector: po\n');
    writeFileSync(
      join(dir, 'gmr.md'),
      '# Medezeggenschapsreglement GMR\n\n## Artikel 1 Begrippen\n\nIn dit reglement wordt verstaan onder GMR: de gemeenschappelijke medezeggenschapsraad.\n',
    );
    const out = join('policies', 'x', 'gmr-reglement.md');
    const imported = await runCli(['import', 'gmr.md', '--kind', 'gmr-reglement', '--org', 'x', '--out', out], {
      cwd: dir,
    });
    expect(imported.code).toBe(0);
    // The kind given is written (the sector has a procedure for it), so the policy counts for the duty.
    expect(imported.stdout + imported.stderr).not.toContain('procedure-kind-missing');
    const file = join(dir, out);
    expect(readFileSync(file, 'utf8')).toMatch(/^kind: gmr-reglement$/mu);
    const run = await runCli(['check', out, '--format', 'json'], { cwd: dir });
    expect(run.stdout).not.toContain('procedure-unknown-kind');
    expect(run.stdout).not.toContain('procedure-level-missing');
    // Its consent is the GMR's (WMS art. 26 with art. 23), whatever the level: the MR's is refused, nothing written.
    const before = readFileSync(file, 'utf8');
    const approve = await runCli(
      ['approve', out, '--step', 'instemming', '--name', 'A. Jansen', '--role', 'Voorzitter MR'],
      {
        cwd: dir,
      },
    );
    expect(approve.code).toBe(2);
    expect(approve.stderr).toContain('is given by the GMR (the whole council; WMS art. 23 lid 2 met art. 26');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
