// `npm start` (scripts/start.mjs on the built CLI) on the fixture foundation Het Anker, and what it writes about what
// every school must have read back from the files: out/overview.html (its cells parsed), out/overview.json and
// out/overview.pdf (pdftotext, in the order the page draws it), each held to the true overview written down by hand
// in tests/fixtures/school-overview/expected-overview.yaml.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { linkTemplates } from '../hardening/linked-templates.js';
import { type CliRun, runBuiltCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';
import {
  ANKER,
  ANKER_DATE,
  asks,
  expectedOverview,
  expectTrueOverview,
  lateSchoolYear,
} from '../report/documents/school-overview-expected.js';
import type { Overview } from '../../src/procedure/overview.js';

const expected = expectedOverview();

/** The rows' names as the fixture's procedure.yaml gives them, the board's with its word under it. */
const NAMES: Record<string, string[]> = {
  anker: ['Stichting Het Anker', 'bestuur'],
  'anker-de-boei': ['OBS De Boei'],
  'anker-het-kompas': ['CBS Het Kompas'],
  'anker-college': ['Anker College'],
};

const MONTHS = 'januari februari maart april mei juni juli augustus september oktober november december'.split(' ');
/** 2026-06-20 as a Dutch reader writes it: 20 juni 2026. */
const dutchDate = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
};

/** A cell of the true overview as the Dutch report must show it: its state, word, the lines under it, its link. */
interface Reading {
  state: string;
  label: string;
  details: string[];
  /** The policy file it links to, or 'to-do' for its line under "Wat te doen". */
  link?: string;
}

function reading(row: string, words: string): Reading {
  const [state, file, ...rest] = words.split(' ');
  switch (state) {
    case 'n/a':
      return { state: 'not-applicable', label: '—', details: [] };
    case 'not-required':
      return { state, label: '—', details: [] };
    case 'missing':
      return { state, label: 'ontbreekt', details: [], link: 'to-do' };
    case 'in-force':
      // The board's own policy, in force for each of its schools: said under a school's cell, not the board's.
      return {
        state,
        label: 'geldend',
        details: rest.includes('board-wide') && row !== expected.organisation ? ['via het bestuur'] : [],
        link: file!,
      };
    case 'overdue':
      return { state, label: 'te laat', details: [`sinds ${dutchDate(rest[0]!)}`], link: file! };
    case 'in-procedure': {
      const [step, body, asked, due] = rest;
      const late = lateSchoolYear(file!);
      return {
        state,
        label: 'wacht',
        details: [
          `${step} ${body} gevraagd ${dutchDate(asked!)}; termijn tot ${dutchDate(due!)}`,
          ...(late ? [`te laat sinds ${dutchDate(`${late.slice(0, 4)}-08-01`)}`] : []),
        ],
        link: file!,
      };
    }
    default:
      throw new Error(`expected-overview.yaml: no reading for "${words}"`);
  }
}

/** The page a policy file is built into, from its front matter: out/<org>/<id>-<version>.html. */
function policyPage(file: string): string {
  const front = parse(
    readFileSync(join(ANKER, file), 'utf8')
      .split('\n---')[0]!
      .replace(/^---\n/, ''),
  ) as {
    org: string;
    id: string;
    version: string;
  };
  return `${front.org}/${front.id}-${front.version}.html`;
}

let dir: string;
let run: CliRun;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clausemark-overview-start-'));
  cpSync(join(ANKER, 'policies'), join(dir, 'policies'), { recursive: true });
  linkTemplates(dir);
  // What `npm start -- --overview-date 2026-11-27` runs: the day the true overview was written down for.
  run = await runBuiltCli(['--overview-date', ANKER_DATE], {
    cwd: dir,
    binary: join(PROJECT_ROOT, 'scripts', 'start.mjs'),
  });
}, 300_000);

describe('npm start on the fixture foundation', () => {
  it('runs and says where the overview’s PDF is', () => {
    expect(run.stderr).not.toMatch(/clausemark:/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${join('out', 'overview.pdf')} (what every school must have, for the board meeting)`);
  });

  it('writes out/overview.json: the true overview, cell for cell', () => {
    const json = JSON.parse(readFileSync(join(dir, 'out', 'overview.json'), 'utf8')) as Overview;
    expectTrueOverview(json);
  });

  it('writes out/overview.html: each cell’s state, words and link as the true overview says', () => {
    const html = readFileSync(join(dir, 'out', 'overview.html'), 'utf8');
    const rows = [...html.matchAll(/<tr><th scope="row">(.*?)<\/th>(.*?)<\/tr>/g)].map((match) => ({
      name: match[1]!.replace(/<small>(.*?)<\/small>/, ' $1'),
      cells: [...match[2]!.matchAll(/<td class="s-([a-z-]+)"[^>]*>(.*?)<\/td>/g)].map((cell) => {
        const href = /<a href="([^"]+)">/.exec(cell[2]!)?.[1];
        return {
          state: cell[1]!,
          label: /<span class="state">(.*?)<\/span>/.exec(cell[2]!)?.[1],
          details: [...cell[2]!.matchAll(/<small>(.*?)<\/small>/g)].map((small) => small[1]),
          ...(href ? { href } : {}),
        };
      }),
    }));
    const want = Object.entries(expected.rows).map(([org, row]) => ({
      name: NAMES[org]!.join(' '),
      cells: expected.kinds.map((kind) => {
        const { link, ...cell } = reading(org, row[kind]!);
        if (link === undefined) return cell;
        return { ...cell, href: link === 'to-do' ? `#todo-${org}-${kind}` : policyPage(link) };
      }),
    }));
    expect(rows).toEqual(want);
    // Every link leads somewhere: a policy's page that was written, or a line of what to do.
    for (const row of want)
      for (const cell of row.cells)
        if ('href' in cell && cell.href)
          if (cell.href.startsWith('#')) expect(html).toContain(`<li id="${cell.href.slice(1)}">`);
          else expect(existsSync(join(dir, 'out', cell.href))).toBe(true);
  });

  it('writes out/overview.pdf: A4 landscape, each row’s cells in order, each request numbered under “Wat te doen”', (context) => {
    needTool(context.skip, 'pdftotext');
    const pdf = join(dir, 'out', 'overview.pdf');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    // In the order the page draws it; a word hyphenated at a line's end joined again, the spaces gone.
    // A page's form feed opens its first line.
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\f/g, '\n');
    const squeeze = (words: string): string => words.replace(/-\n/g, '').replace(/\s+/g, '');
    const [matrix, toDo] = text.split('Wat te doen\n');
    expect(toDo).toBeDefined();
    let number = 0;
    const rows = Object.entries(expected.rows).map(([org, row]) =>
      [
        ...NAMES[org]!,
        ...expected.kinds.flatMap((kind) => {
          const cell = reading(org, row[kind]!);
          return [cell.label, ...cell.details, ...(asks(row[kind]!) ? [`→ ${++number}`] : [])];
        }),
      ].join(' '),
    );
    // The matrix: the rows one after the other, from the board's name and word (its title names it too) to what to do.
    const table = squeeze(matrix!);
    expect(table.slice(table.indexOf(squeeze(NAMES[expected.organisation]!.join(' '))))).toBe(squeeze(rows.join('\n')));
    // What to do: one numbered line per cell that asks, starting with the row's name, in the matrix's order.
    const items = [...toDo!.matchAll(/^(\d+)\. ([^:\n]+):/gm)].map((item) => [Number(item[1]), item[2]]);
    const asking = Object.entries(expected.rows).flatMap(([org, row]) =>
      expected.kinds.filter((kind) => asks(row[kind]!)).map(() => NAMES[org]![0]),
    );
    expect(items).toEqual(asking.map((name, index) => [index + 1, name]));
  });
});
