// The overview of what each school must have, as data (src/report/school-overview.ts), held to the fixture
// foundation's true overview written down by hand (tests/fixtures/school-overview/expected-overview.yaml).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPolicies } from '../../src/io/discover.js';
import { loadPolicy } from '../../src/parse/index.js';
import { schoolOverview } from '../../src/report/school-overview.js';
import { ANKER, ANKER_DATE, cellWords, expectedOverview } from './school-overview-expected.js';

function ankerOverview() {
  const files = discoverPolicies([join(ANKER, 'policies')], []);
  const policies = files.map((file) => loadPolicy(file).policy);
  return schoolOverview(policies, ANKER, ANKER_DATE);
}

describe('the overview of what each school must have', () => {
  it('is the fixture foundation’s true overview, cell for cell', () => {
    const overview = ankerOverview();
    const expected = expectedOverview();
    expect(overview.date).toBe(expected.date);
    expect(overview.organisations.map((organisation) => organisation.org)).toEqual([expected.organisation]);
    const [anker] = overview.organisations;
    expect(anker!.kinds.map((kind) => kind.kind)).toEqual(expected.kinds);
    const rows = Object.fromEntries(
      anker!.rows.map((row) => [row.org, Object.fromEntries(row.cells.map((cell) => [cell.kind, cellWords(cell)]))]),
    );
    expect(rows).toEqual(expected.rows);
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
