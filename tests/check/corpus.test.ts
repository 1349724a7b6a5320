// `npm start`'s table of the corpus (src/check/corpus.ts) counts each file's errors as `check` does, those about the
// files together included: two files of one policy and version, two adopted versions in force from one day (issue 71).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseCorpus } from '../../src/check/corpus.js';
import { checkFiles } from '../../src/check/files.js';
import { findProject } from '../../src/io/project.js';
import { adoptedPestprotocol } from '../support/adopted-version.js';

const version = adoptedPestprotocol;

describe("the corpus table's counts", () => {
  it('counts duplicate-effective-date as an error of each version, as check does, and none once the dates differ', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-corpus-'));
    mkdirSync(join(dir, 'policies', 'regenboog'), { recursive: true });
    const files = ['2.1', '2.2'].map((number) => join(dir, 'policies', 'regenboog', `pestprotocol-${number}.md`));
    writeFileSync(files[0]!, version('2.1', '2026-08-01', '2026-05-01'));
    writeFileSync(files[1]!, version('2.2', '2026-08-01', '2026-06-01'));
    const project = findProject(dir);
    const rows = summariseCorpus(files, project);
    const checked = checkFiles(files, project);
    expect(checked.map((result) => result.findings.map((finding) => finding.ruleId))).toEqual([
      // Their adoptions are written by hand, without a hash: each is warned of (adoption-text-unrecorded).
      ['duplicate-effective-date', 'adoption-text-unrecorded'],
      ['duplicate-effective-date', 'adoption-text-unrecorded'],
    ]);
    expect(rows.map((row) => [row.errors, row.warnings])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(rows.map((row) => row.errors)).toEqual(checked.map((result) => result.errors));
    writeFileSync(files[1]!, version('2.2', '2026-09-01', '2026-06-01'));
    expect(summariseCorpus(files, findProject(dir)).map((row) => row.errors)).toEqual([0, 0]);
  });
});
