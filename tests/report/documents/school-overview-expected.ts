// The fixture foundation Het Anker (tests/fixtures/school-overview) and its true overview, written down by hand in
// expected-overview.yaml before the code: what every format's test compares with. A cell is said in that file's
// words, so a format's test maps its own output to them and compares the whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../support/paths.js';
import { expect } from 'vitest';
import type { Overview, OverviewCell } from '../../../src/procedure/overview.js';

export const ANKER = join(PROJECT_ROOT, 'tests', 'fixtures', 'school-overview');
export const ANKER_DATE = '2026-11-27';

export interface ExpectedOverview {
  date: string;
  organisation: string;
  kinds: string[];
  rows: Record<string, Record<string, string>>;
}

export function expectedOverview(): ExpectedOverview {
  return parse(readFileSync(join(ANKER, 'expected-overview.yaml'), 'utf8')) as ExpectedOverview;
}

/** A cell in the words of expected-overview.yaml. */
export function cellWords(cell: OverviewCell): string {
  const file = cell.policy?.file;
  switch (cell.state) {
    case 'not-applicable':
      return 'n/a';
    case 'not-required':
    case 'missing':
    case 'unknown':
      return cell.state;
    case 'in-procedure':
      return `in-procedure ${file} ${cell.waiting?.step} ${cell.waiting?.body} ${cell.waiting?.asked} ${cell.waiting?.due}`;
    case 'overdue':
    case 'due':
      return `${cell.state} ${file} ${cell.due} ${cell.reason}`;
    default:
      return `${cell.state} ${file}${cell.policy?.boardWide ? ' board-wide' : ''}`;
  }
}

/** Holds `overview` (as data, or as a format's JSON) to the true overview, cell for cell. */
export function expectTrueOverview(overview: Overview): void {
  const expected = expectedOverview();
  expect(overview.date).toBe(expected.date);
  expect(overview.organisations.map((organisation) => organisation.org)).toEqual([expected.organisation]);
  const [anker] = overview.organisations;
  expect(anker!.kinds.map((kind) => kind.kind)).toEqual(expected.kinds);
  const rows = Object.fromEntries(
    anker!.rows.map((row) => [row.org, Object.fromEntries(row.cells.map((cell) => [cell.kind, cellWords(cell)]))]),
  );
  expect(rows).toEqual(expected.rows);
}

/**
 * For a schoolgids still waiting on a step: the school year its title names, when that year has begun by the day of
 * the true overview (it is late, and asks to be adopted, whatever step it waits on).
 */
export function lateSchoolYear(file: string): string | undefined {
  const front = parse(
    readFileSync(join(ANKER, file), 'utf8')
      .split('\n---')[0]!
      .replace(/^---\n/, ''),
  ) as { kind?: string; title: string };
  const named = /(20\d\d)\s*[-–]\s*(20\d\d)/.exec(front.title);
  if (front.kind !== 'schoolgids' || !named) return undefined;
  return `${named[1]}-08-01` <= ANKER_DATE ? `${named[1]}–${named[2]}` : undefined;
}

/** Whether a cell of the true overview asks for something (a numbered line under "Wat te doen"). */
export const asks = (words: string): boolean =>
  /^(missing|overdue|due|unknown)\b/.test(words) ||
  (words.startsWith('in-procedure ') && lateSchoolYear(words.split(' ')[1]!) !== undefined);
