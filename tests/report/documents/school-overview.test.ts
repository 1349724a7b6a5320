// The overview of what each school must have, as data (src/report/documents/school-overview.ts), held to the fixture
// foundation's true overview written down by hand (tests/fixtures/school-overview/expected-overview.yaml).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossierJob } from '../../../src/jobs/dossier.js';
import { discoverPolicies } from '../../../src/io/discover.js';
import { loadPolicy, parsePolicy } from '../../../src/parse/index.js';
import { overviewSection } from '../../../src/render/html/overview-page.js';
import { schoolOverview, wordOverview } from '../../../src/report/documents/school-overview.js';
import type { Overview, OverviewCell } from '../../../src/procedure/overview.js';
import { haveTool } from '../../support/tools.js';
import { ANKER, ANKER_DATE, cellWords, expectedOverview, expectTrueOverview } from './school-overview-expected.js';

function ankerOverview() {
  const files = discoverPolicies([join(ANKER, 'policies')], []);
  const policies = files.map((file) => loadPolicy(file).policy);
  return schoolOverview(policies, ANKER, ANKER_DATE);
}

describe('the overview of what each school must have', () => {
  it('is the fixture foundation’s true overview, cell for cell', () => {
    expectTrueOverview(ankerOverview());
  });

  it('says once, under its introduction, that a folder not under version control shows no history', () => {
    const inGit = ankerOverview();
    expect(inGit.notInGit).toBeUndefined();
    expect(wordOverview(inGit.organisations[0]!, inGit, { lang: 'nl' }).intro).not.toContain('versiebeheer');
    const plain = mkdtempSync(join(tmpdir(), 'clausemark-overview-not-in-git-'));
    cpSync(ANKER, plain, { recursive: true });
    const files = discoverPolicies([join(plain, 'policies')], []);
    const overview = schoolOverview(
      files.map((file) => loadPolicy(file).policy),
      plain,
      ANKER_DATE,
    );
    expectTrueOverview({ ...overview, notInGit: undefined });
    expect(overview.notInGit).toBe(true);
    const worded = (lang: string): string => wordOverview(overview.organisations[0]!, overview, { lang }).intro;
    expect(worded('nl')).toMatch(/ Let op: deze map staat niet onder versiebeheer \(git\)\. .*door git bevestigd\.$/);
    expect(worded('en')).toMatch(/ Note: this folder is not under version control \(git\)\. .*confirmed by git\.$/);
  });

  it('says where a missing policy was looked for and the command that starts one', () => {
    const college = ankerOverview().organisations[0]!.rows.find((row) => row.org === 'anker-college')!;
    const statuut = college.cells.find((cell) => cell.kind === 'leerlingenstatuut')!;
    expect(statuut.searched).toBe('policies/anker/vo/anker-college/');
    expect(statuut.command).toBe(
      'clausemark import <document> --kind leerlingenstatuut --org anker-college --out policies/anker/vo/anker-college/',
    );
  });
});

describe('the dossier of the fixture foundation', () => {
  const expected = expectedOverview();
  let made: Awaited<ReturnType<typeof dossierJob>>;
  let text = '';

  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clausemark-dossier-')), 'dossier-anker.pdf');
    made = await dossierJob(discoverPolicies([join(ANKER, 'policies')], []), {
      root: ANKER,
      org: 'anker',
      at: ANKER_DATE,
      out,
    });
    if (haveTool('pdftotext')) text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
  }, 120_000);

  it('holds the foundation’s schools in every folder layout', () => {
    const organisations = new Set([
      ...made.dossier.policies.map((policy) => policy.organisation),
      ...made.dossier.notInForce.map((policy) => policy.organisation),
    ]);
    expect([...organisations].sort()).toEqual([
      'Anker College (Stichting Het Anker)',
      'CBS Het Kompas (Stichting Het Anker)',
      'OBS De Boei (Stichting Het Anker)',
      'Stichting Het Anker',
    ]);
  });

  it('carries the true overview as data', () => {
    const rows = Object.fromEntries(
      made.dossier.required!.rows.map((row) => [
        row.org,
        Object.fromEntries(row.cells.map((cell) => [cell.kind, cellWords(cell)])),
      ]),
    );
    expect(rows).toEqual(expected.rows);
  });

  it.skipIf(!haveTool('pdftotext'))(
    'prints each organisation’s required kinds with their states, as many of each as the true overview has',
    () => {
      const words: Record<string, string> = {
        'in-force': 'geldend',
        overdue: 'te laat',
        'in-procedure': 'wacht',
        missing: 'ontbreekt',
      };
      const want = new Map<string, number>();
      for (const row of Object.values(expected.rows))
        for (const cell of Object.values(row)) {
          const word = words[cell.split(' ')[0]!];
          if (word) want.set(word, (want.get(word) ?? 0) + 1);
        }
      // A table row: the kind, two spaces or more, its state, then two spaces or more or the line's end.
      const printed = new Map<string, number>();
      for (const line of text.split('\n')) {
        const state = /^\s\S.*?\s{2,}(geldend|te laat|wacht|ontbreekt)(?:\s{2,}|$)/.exec(line)?.[1];
        if (state) printed.set(state, (printed.get(state) ?? 0) + 1);
      }
      expect(printed).toEqual(want);
      for (const name of ['Stichting Het Anker (bestuur)', 'OBS De Boei', 'CBS Het Kompas', 'Anker College'])
        expect(text).toContain(name);
    },
  );
});

describe('the overview as the HTML report shows it', () => {
  it('has a row per organisation with a cell per kind, its state as the true overview says', () => {
    const overview = ankerOverview();
    const html = overviewSection(wordOverview(overview.organisations[0]!, overview, { lang: 'nl' }));
    const expected = expectedOverview();
    const rows = [...html.matchAll(/<tr><th scope="row">(.*?)<\/tr>/g)].map((match) =>
      [...match[1]!.matchAll(/<td class="s-([a-z-]+)"[^>]*>/g)].map((cell) => cell[1]),
    );
    const states = (row: Record<string, string>): string[] =>
      expected.kinds.map((kind) => {
        const word = row[kind]!.split(' ')[0]!;
        return word === 'n/a' ? 'not-applicable' : word;
      });
    expect(rows).toEqual(Object.values(expected.rows).map(states));
    // A missing cell links to what to do, and that says what the files lack and the command that starts one.
    expect(html).toContain(
      '<li id="todo-anker-college-leerlingenstatuut">Anker College: geen leerlingenstatuut gevonden in policies/anker/vo/anker-college/',
    );
    expect(html).toContain('<a href="#todo-anker-college-leerlingenstatuut">');
  });

  it('names each cell by its column’s kind, for a phone’s screen where the column heads are out of view', () => {
    const overview = ankerOverview();
    const worded = wordOverview(overview.organisations[0]!, overview, { lang: 'nl' });
    const html = overviewSection(worded);
    const titles = worded.columns.map((column) => column.title);
    const rows = [...html.matchAll(/<tr><th scope="row">(.*?)<\/tr>/g)].map((match) =>
      [...match[1]!.matchAll(/<td class="s-[a-z-]+" data-kind="([^"]*)">/g)].map((cell) => cell[1]),
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toEqual(titles);
  });

  it('names a kind in a sentence by lowering its first letter only, so an abbreviation stays', () => {
    const overview = ankerOverview();
    const html = overviewSection(wordOverview(overview.organisations[0]!, overview, { lang: 'nl' }));
    expect(html).toContain('Stichting Het Anker: geen medezeggenschapsreglement GMR gevonden in policies/anker/');
    expect(html).toContain('OBS De Boei: geen medezeggenschapsreglement MR gevonden in');
    expect(html).not.toMatch(/medezeggenschapsreglement (?:gmr|mr)\b/u);
  });
});

describe('the overview where a policy file cannot be read', () => {
  it('says a required policy the file may be is not known, and which file, never "ontbreekt"', () => {
    const files = discoverPolicies([join(ANKER, 'policies')], []);
    const board = files.find((file) => file.endsWith(join('anker', 'klachtenregeling.md')))!;
    const readable = files.filter((file) => file !== board).map((file) => loadPolicy(file).policy);
    const overview = schoolOverview(readable, ANKER, ANKER_DATE, undefined, undefined, [board]);
    const html = overviewSection(wordOverview(overview.organisations[0]!, overview, { lang: 'nl' }));
    expect(html).toContain(
      'Stichting Het Anker: Klachtenregeling: niet bekend of die er is: policies/anker/klachtenregeling.md kan niet worden gelezen en kan het zijn',
    );
    expect(html).not.toMatch(/geen klachtenregeling gevonden/u);
    // The board's row too: not "—" (the board holds none for its schools), the file named with what to do.
    const anker = overview.organisations[0]!;
    const words = wordOverview(anker, overview, { lang: 'nl' });
    const column = anker.kinds.findIndex((kind) => kind.kind === 'klachtenregeling');
    expect(words.rows.find((row) => row.board)!.cells[column]!.label).toBe('onbekend');
    // Every word a cell shows is in the legend above the matrix, "onbekend" too.
    for (const label of new Set(words.rows.flatMap((row) => row.cells.map((cell) => cell.label.split(' ')[0]!))))
      expect(words.legend.split(' · ').map((item) => item.split(' ')[0])).toContain(label);
    expect(words.toDo.map((line) => line.text)).toContain(
      'Stichting Het Anker: Klachtenregeling: niet bekend of die er is: policies/anker/klachtenregeling.md kan niet worden gelezen en kan het zijn; clausemark check zegt waar en hoe het te verbeteren; daardoor ook onbekend bij OBS De Boei, CBS Het Kompas, Anker College',
    );
  });

  it("says a board's file that cannot be read once, at the board, naming the schools; their cells point there", () => {
    const files = discoverPolicies([join(ANKER, 'policies')], []);
    const board = files.find((file) => file.endsWith(join('anker', 'klachtenregeling.md')))!;
    const readable = files.filter((file) => file !== board).map((file) => loadPolicy(file).policy);
    const overview = schoolOverview(readable, ANKER, ANKER_DATE, undefined, undefined, [board]);
    const anker = overview.organisations[0]!;
    const words = wordOverview(anker, overview, { lang: 'nl' });
    // Every line naming the file stands at the board's row, one per kind it leaves not known.
    const lines = words.toDo.filter((line) => line.text.includes('klachtenregeling.md kan niet worden gelezen'));
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((line) => line.org))).toEqual(new Set(['anker']));
    expect(new Set(lines.map((line) => line.id)).size).toBe(lines.length);
    const column = anker.kinds.findIndex((kind) => kind.kind === 'klachtenregeling');
    const schools = words.rows.filter((row) => !row.board);
    expect(schools.length).toBe(3);
    for (const row of schools)
      expect(row.cells[column], row.name).toMatchObject({ label: 'onbekend', todo: 'todo-anker-klachtenregeling' });
    const html = overviewSection(words);
    const said =
      'Klachtenregeling: niet bekend of die er is: policies/anker/klachtenregeling.md kan niet worden gelezen';
    expect(html.split(said).length - 1).toBe(1);
  });
});

describe("the overview where the board's policy of a school's kind is not at level: bestuur", () => {
  it('is not known at the board as at each school, said once at the board naming the schools', () => {
    const files = discoverPolicies([join(ANKER, 'policies')], []);
    const policies = files.map((file) =>
      file.endsWith(join('anker', 'klachtenregeling.md'))
        ? parsePolicy(readFileSync(file, 'utf8').replace(/^level: bestuur\n/m, 'level: school\n'), { path: file })
            .policy
        : loadPolicy(file).policy,
    );
    const overview = schoolOverview(policies, ANKER, ANKER_DATE);
    const anker = overview.organisations[0]!;
    const column = anker.kinds.findIndex((kind) => kind.kind === 'klachtenregeling');
    const states = anker.rows.map((row) => row.cells[column]!.state);
    expect(states).toEqual(anker.rows.map(() => 'unknown'));
    const words = wordOverview(anker, overview, { lang: 'nl' });
    const lines = words.toDo.filter((line) => line.text.includes('niet op level: bestuur'));
    expect(lines.map((line) => [line.id, line.org, line.text])).toEqual([
      [
        'todo-anker-klachtenregeling',
        'anker',
        'Stichting Het Anker: Klachtenregeling: niet bekend of die er is: policies/anker/klachtenregeling.md is van het bestuur maar niet op level: bestuur, en geldt zo voor geen school; zet level: bestuur (voor alle scholen), of geef het de org van de school; daardoor ook onbekend bij OBS De Boei, CBS Het Kompas, Anker College',
      ],
    ]);
    for (const row of words.rows)
      expect(row.cells[column], row.name).toMatchObject({
        label: 'onbekend',
        details: ['van het bestuur, niet op level: bestuur: policies/anker/klachtenregeling.md'],
        todo: 'todo-anker-klachtenregeling',
      });
  });
});

describe("the overview where the board's policy for all its schools was changed after its adoption", () => {
  it('says the change is the board’s to adopt once, at the board, and each school’s cell points there', () => {
    const files = discoverPolicies([join(ANKER, 'policies')], []);
    // The adoption records the hash of another text: the words now are not the ones adopted.
    const policies = files.map((file) =>
      file.endsWith(join('anker', 'klachtenregeling.md'))
        ? parsePolicy(
            readFileSync(file, 'utf8').replace(
              /(step: vaststelling\n)/u,
              '$1    hash: sha256-v2:c0b5f060651f36e0a8e346228b8c5f4931d168fcae04cb5e78d5d4ce7800c69c\n',
            ),
            { path: file },
          ).policy
        : loadPolicy(file).policy,
    );
    const overview = schoolOverview(policies, ANKER, ANKER_DATE);
    const anker = overview.organisations[0]!;
    const pending = anker.rows.map(
      (row) => row.cells.find((cell) => cell.kind === 'klachtenregeling')?.policy?.pending,
    );
    expect(pending.filter((value) => value === 'changed').length).toBeGreaterThan(1);
    const words = wordOverview(anker, overview, { lang: 'nl' });
    const lines = words.toDo.filter((line) => line.text.includes('klachtenregeling.md: zet de stappen'));
    expect(lines.map((line) => line.org)).toEqual(['anker']);
    const column = anker.kinds.findIndex((kind) => kind.kind === 'klachtenregeling');
    for (const row of words.rows)
      if (row.cells[column]?.details.some((detail) => detail.startsWith('gewijzigd na de vaststelling')))
        expect(row.cells[column]!.todo).toBe(lines[0]!.id);
  });
});

describe("the overview where the board's policy for all its schools names no kind", () => {
  /** The fixture foundation's overview with its board's klachtenregeling (level: bestuur) naming no kind. */
  function unkindedOverview(): Overview {
    const files = discoverPolicies([join(ANKER, 'policies')], []);
    const policies = files.map((file) =>
      file.endsWith(join('anker', 'klachtenregeling.md'))
        ? parsePolicy(readFileSync(file, 'utf8').replace(/^kind: klachtenregeling\n/m, ''), { path: file }).policy
        : loadPolicy(file).policy,
    );
    return schoolOverview(policies, ANKER, ANKER_DATE);
  }
  const ADD_KIND = 'zet dan kind: klachtenregeling in de frontmatter';
  const count = (text: string, words: string): number => text.split(words).length - 1;

  it('is not known at the board as at each school, never "—" (the board holds none) nor "ontbreekt"', () => {
    const overview = unkindedOverview();
    const anker = overview.organisations[0]!;
    const states = anker.rows.map((row) => row.cells.find((cell) => cell.kind === 'klachtenregeling')!.state);
    expect(states).toEqual(anker.rows.map(() => 'unknown'));
    const words = wordOverview(anker, overview, { lang: 'nl' });
    const board = words.rows.find((row) => row.board)!.cells[
      anker.kinds.findIndex((kind) => kind.kind === 'klachtenregeling')
    ]!;
    expect(board.label).toBe('onbekend');
    expect(board.details).toEqual(['zonder kind: policies/anker/klachtenregeling.md']);
    expect(words.toDo.map((line) => line.text)).toContain(
      'Stichting Het Anker: Klachtenregeling: niet bekend of die er is: policies/anker/klachtenregeling.md noemt geen kind, maar zijn id of titel noemt deze soort; is het er een, zet dan kind: klachtenregeling in de frontmatter; daardoor ook onbekend bij OBS De Boei, CBS Het Kompas, Anker College',
    );
  });

  it('says what to do once, at the board, naming the schools; each school cell points to that line', () => {
    const overview = unkindedOverview();
    const anker = overview.organisations[0]!;
    const words = wordOverview(anker, overview, { lang: 'nl' });
    const lines = words.toDo.filter((line) => line.text.includes(ADD_KIND));
    expect(lines.map((line) => [line.id, line.org])).toEqual([['todo-anker-klachtenregeling', 'anker']]);
    const column = anker.kinds.findIndex((kind) => kind.kind === 'klachtenregeling');
    for (const row of words.rows) {
      // Each cell still says which file leaves it not known; what to do about it stands at the board.
      expect(row.cells[column], row.name).toMatchObject({
        label: 'onbekend',
        details: ['zonder kind: policies/anker/klachtenregeling.md'],
        todo: 'todo-anker-klachtenregeling',
      });
    }
    const html = overviewSection(words);
    expect(count(html, ADD_KIND)).toBe(1);
    expect(count(html, '<a href="#todo-anker-klachtenregeling">')).toBe(words.rows.length);
  });

  it.skipIf(!haveTool('pdftotext'))(
    'says it once in the dossier too, in the board’s table',
    async () => {
      const root = mkdtempSync(join(tmpdir(), 'clausemark-unkinded-'));
      cpSync(ANKER, root, { recursive: true });
      const board = join(root, 'policies', 'anker', 'klachtenregeling.md');
      writeFileSync(board, readFileSync(board, 'utf8').replace(/^kind: klachtenregeling\n/m, ''));
      const out = join(root, 'dossier-anker.pdf');
      await dossierJob(discoverPolicies([join(root, 'policies')], []), { root, org: 'anker', at: ANKER_DATE, out });
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(count(text, 'zet dan kind: klachtenregeling')).toBe(1);
      expect(text).toContain('daardoor ook onbekend bij OBS De Boei, CBS Het Kompas, Anker College');
    },
    120_000,
  );
});

describe('the words of a cell beside its state', () => {
  const policy = {
    file: 'policies/anker/klachtenregeling.md',
    title: 'Klachtenregeling',
    version: '2.0',
    org: 'anker',
  };
  const adopted = { ...policy, boardWide: false, adopted: '2025-03-26', inForceFrom: '2025-04-01' };
  function worded(cell: OverviewCell, level: 'bestuur' | 'school' = 'bestuur') {
    const overview: Overview = {
      date: '2026-11-29',
      organisations: [
        {
          org: 'anker',
          name: 'Stichting Het Anker',
          role: 'bestuur',
          file: 'policies/anker/procedure.yaml',
          kinds: [
            { kind: cell.kind, title: cell.kind === 'schoolgids' ? 'Schoolgids' : 'Klachtenregeling', binds: 'school' },
          ],
          rows: [{ org: 'anker', name: 'Stichting Het Anker', sector: 'po', level, cells: [cell] }],
        },
      ],
    };
    const words = wordOverview(overview.organisations[0]!, overview, { lang: 'nl' });
    return { cell: words.rows[0]!.cells[0]!, toDo: words.toDo.map((line) => line.text) };
  }

  it('in force, with a later version adopted and the day it comes into force', () => {
    const next = {
      file: 'policies/anker/revisions/klachtenregeling-3.0.md',
      version: '3.0',
      adopted: '2026-11-20',
      inForceFrom: '2027-01-01',
    };
    const { cell } = worded({ kind: 'klachtenregeling', state: 'in-force', policy: { ...adopted, next } });
    expect(cell.label).toBe('geldend');
    expect(cell.details).toEqual(['versie 3.0 geldt vanaf 1 januari 2027']);
  });

  it('in force, with an edit git shows made after an adoption without a hash: not adopted, said per git', () => {
    const changed = { ...adopted, pending: 'changed' as const };
    const perGit = { ...changed, changedPerGit: { commit: 'f71a906', date: '2025-03-26' } };
    const { cell, toDo } = worded({ kind: 'klachtenregeling', state: 'in-force', policy: perGit });
    expect(cell.label).toBe('geldend');
    expect(cell.details).toEqual([
      'gewijzigd na de vaststelling van 26 maart 2025 (volgens git: de tekst verschilt van die in commit f71a906); de wijziging is niet vastgesteld',
    ]);
    expect(toDo).toEqual([
      'Stichting Het Anker: policies/anker/klachtenregeling.md: zet de stappen die de procedure vraagt en stel de wijziging vast (clausemark approve), of maak haar ongedaan',
    ]);
    // Its recorded hash showing the edit, the same without git.
    expect(worded({ kind: 'klachtenregeling', state: 'in-force', policy: changed }).cell.details).toEqual([
      'gewijzigd na de vaststelling van 26 maart 2025; de wijziging is niet vastgesteld',
    ]);
  });

  it('in force, adopted by hand where git shows nothing of the adoption: the text is said not recorded, and why', () => {
    const state = 'in-force' as const;
    const nothing = worded({ kind: 'klachtenregeling', state, policy: { ...adopted, unrecorded: {} } });
    expect(nothing.cell.label).toBe('geldend');
    expect(nothing.cell.details).toEqual([
      'vastgesteld zonder dat de tekst is vastgelegd (geen hash): niet na te gaan of dit de vastgestelde tekst is',
    ]);
    const shallow = worded({ kind: 'klachtenregeling', state, policy: { ...adopted, unrecorded: { shallow: true } } });
    expect(shallow.cell.details[0]).toMatch(/want de git-geschiedenis is niet volledig \(ondiepe kopie\)$/);
    const moved = { ...adopted, unrecorded: { notFollowed: { commit: 'b2c3d4e' } } };
    expect(worded({ kind: 'klachtenregeling', state, policy: moved }).cell.details[0]).toMatch(
      /want de geschiedenis vóór commit b2c3d4e is niet gevolgd$/,
    );
    // Adopted with a hash, or git showing the words adopted: nothing is said.
    expect(worded({ kind: 'klachtenregeling', state, policy: adopted }).cell.details).toEqual([]);
  });

  it("the board's in force at a school, with the school's own draft in preparation", () => {
    const { cell } = worded(
      {
        kind: 'klachtenregeling',
        state: 'in-force',
        policy: { ...adopted, boardWide: true, ownPending: 'policies/kompas/klachtenregeling.md' },
      },
      'school',
    );
    expect(cell.details).toEqual([
      'via het bestuur',
      'eigen concept in voorbereiding: policies/kompas/klachtenregeling.md',
    ]);
  });

  it('a planned review as a plan, not the law', () => {
    const { cell, toDo } = worded({
      kind: 'klachtenregeling',
      state: 'in-force',
      policy: adopted,
      plannedReview: { date: '2027-03-26', from: 'procedure', passed: true },
    });
    expect(cell.label).toBe('geldend');
    expect(cell.details).toEqual([
      'evaluatie gepland 26 maart 2027, datum verstreken (eigen termijn, geen wettelijke)',
    ]);
    expect(toDo).toEqual([
      'Stichting Het Anker: Klachtenregeling: evaluatie gepland 26 maart 2027 (de standaardtermijn van de procedure, geen termijn van de wet)',
    ]);
  });

  it('not known, naming the file that may be it and what to write, never "ontbreekt"', () => {
    const { cell, toDo } = worded({
      kind: 'klachtenregeling',
      state: 'unknown',
      unsure: [{ file: 'policies/anker/klachtenregeling.md', why: 'no-kind' }],
    });
    expect(cell.label).toBe('onbekend');
    expect(cell.details).toEqual(['zonder kind: policies/anker/klachtenregeling.md']);
    expect(toDo[0]).toContain('policies/anker/klachtenregeling.md noemt geen kind');
    expect(toDo[0]).toContain('zet dan kind: klachtenregeling in de frontmatter');
    const board = worded({
      kind: 'klachtenregeling',
      state: 'unknown',
      unsure: [{ file: 'policies/anker/veiligheidsbeleid.md', why: 'board-not-bestuur' }],
    });
    expect(board.toDo[0]).toContain('is van het bestuur maar niet op level: bestuur, en geldt zo voor geen school');
  });

  it('a schoolgids waiting while its school year is under way: the step, and late since the year began', () => {
    const { cell, toDo } = worded({
      kind: 'schoolgids',
      state: 'in-procedure',
      policy: { ...policy, file: 'policies/kompas/schoolgids.md', title: 'Schoolgids 2026-2027', boardWide: false },
      waiting: { step: 'instemming', body: 'MR', asked: '2026-11-02', due: '2026-12-14', expired: false },
      reason: 'school-year',
      schoolYear: '2026–2027',
      due: '2026-08-01',
    });
    expect(cell.label).toBe('wacht');
    expect(cell.details).toEqual([
      'instemming MR gevraagd 2 november 2026; termijn tot 14 december 2026',
      'te laat sinds 1 augustus 2026',
    ]);
    expect(toDo).toEqual(['Stichting Het Anker: Schoolgids 2026–2027 niet vastgesteld']);
  });
});
