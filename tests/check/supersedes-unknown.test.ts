// A revision whose `supersedes` names a version no file has, or its own (src/check/supersedes-unknown.ts): check warns
// at the field, naming the fix, and `start`'s plan (src/report/corpus/plan.ts) lists it as having no board pack; a version
// found among the files checked, or in the project's policies/, is no warning.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/check/files.js';
import { findProject } from '../../src/io/project.js';
import { corpusWork, planCorpus } from '../../src/report/corpus/plan.js';
import { PROJECT_ROOT } from '../support/paths.js';

const policy = (version: string, supersedes?: string): string =>
  [
    '---',
    'id: privacy',
    'org: regenboog',
    'title: Privacyreglement',
    'organisation: De Regenboog',
    `version: "${version}"`,
    ...(supersedes ? [`supersedes: "${supersedes}"`] : []),
    'status: draft',
    '---',
    '',
    '# Algemeen {#algemeen}',
    '',
    '1. De school beschermt persoonsgegevens. {#bescherming}',
    '',
  ].join('\n');

function corpus(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-supersedes-'));
  mkdirSync(join(dir, 'policies', 'regenboog'), { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    const file = join(dir, 'policies', 'regenboog', name);
    writeFileSync(file, text);
    return file;
  });
}

const ruleIds = (file: string, files: readonly string[]): string[] =>
  checkFiles(files, findProject(PROJECT_ROOT))
    .find((result) => result.file === file)
    ?.findings.map((finding) => finding.ruleId) ?? [];

describe('supersedes-unknown', () => {
  it('warns at the supersedes field when no file has the version it names, and start plans no board pack', () => {
    const [revision] = corpus({ 'privacy-2.0.md': policy('2.0', '1.5') });
    const [result] = checkFiles([revision!], findProject(PROJECT_ROOT));
    const finding = result?.findings.find((found) => found.ruleId === 'supersedes-unknown');
    expect(finding).toMatchObject({
      severity: 'warning',
      messageId: 'supersedes-unknown.no-such-version',
      fixId: 'supersedes-unknown.name-version',
      params: { supersedes: '1.5', version: '2.0' },
      place: { start: { line: 7, column: 13 } },
    });
    expect(result?.warnings).toBeGreaterThanOrEqual(1);
    const plan = planCorpus([revision!], corpusWork(PROJECT_ROOT));
    expect(plan.unpaired.map((found) => found.path)).toEqual([revision]);
    expect(plan.revisions).toEqual([]);
  });

  it('warns of a supersedes that names its own version: no earlier version, though its own file has it', () => {
    const [revision] = corpus({ 'privacy-2.0.md': policy('2.0', '2.0') });
    const [result] = checkFiles([revision!], findProject(PROJECT_ROOT));
    expect(result?.findings.find((found) => found.ruleId === 'supersedes-unknown')).toMatchObject({
      severity: 'warning',
      messageId: 'supersedes-unknown.own-version',
      fixId: 'supersedes-unknown.name-version',
      place: { start: { line: 7, column: 13 } },
    });
    expect(planCorpus([revision!], corpusWork(PROJECT_ROOT)).unpaired.map((found) => found.path)).toEqual([revision]);
  });

  it('says nothing when a file checked with it has the version', () => {
    const files = corpus({ 'privacy-1.5.md': policy('1.5'), 'privacy-2.0.md': policy('2.0', '1.5') });
    expect(ruleIds(files[1]!, files)).not.toContain('supersedes-unknown');
    const plan = planCorpus(files, corpusWork(PROJECT_ROOT));
    expect(plan.unpaired).toEqual([]);
    expect(plan.revisions).toHaveLength(1);
  });

  it("says nothing of a revision checked alone whose version is in the project's policies/", () => {
    const revision = join(PROJECT_ROOT, 'policies/casparus-college/revisions/social-media-2.0.md');
    expect(ruleIds(revision, [revision])).not.toContain('supersedes-unknown');
  });
});
