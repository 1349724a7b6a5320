// The agenda job (src/jobs/agenda.ts): a file that cannot be read is not dropped in silence. The agenda of the rest
// names it, and its fault comes back with file, line and column for the command to tell (and exit 2 on). A version an
// adopted revision replaces has no review planned of its own.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject } from '../../src/io/project.js';
import { agendaJob } from '../../src/jobs/agenda.js';

const adopted = (kind: string, level: string): string =>
  [
    '---',
    `id: ${kind}`,
    `title: ${kind}`,
    'organisation: Stichting De Linde',
    'org: linde',
    'version: "1.0"',
    `kind: ${kind}`,
    'status: approved',
    `level: ${level}`,
    'review: 2027-03-01',
    'approvals:',
    '  - { date: 2024-05-01, name: A. Jansen, role: Vz. GMR, step: instemming }',
    '  - { date: 2024-06-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
    '---',
    '',
    '{#doel} Tekst.',
    '',
  ].join('\n');

describe('the agenda of a folder with a file that cannot be read', () => {
  it('names it in the agenda of the rest and returns its fault at its line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-agenda-job-'));
    mkdirSync(join(dir, 'templates', 'brands'), { recursive: true });
    mkdirSync(join(dir, 'policies', 'linde'), { recursive: true });
    const broken = join(dir, 'policies', 'linde', 'klachtenregeling.md');
    writeFileSync(broken, adopted('klachtenregeling', '[bestuur'));
    writeFileSync(join(dir, 'policies', 'linde', 'gedragscode.md'), adopted('gedragscode', 'bestuur'));
    const json = agendaJob([join(dir, 'policies')], { project: findProject(dir), format: 'json', from: '2026-11-29' });
    const agenda = JSON.parse(json.content);
    expect(agenda.unreadable).toEqual([broken]);
    expect(agenda.items.map((item: { policy: { id: string } }) => item.policy.id)).toEqual(['gedragscode']);
    expect(json.problems).toHaveLength(1);
    expect(json.problems[0]).toMatchObject({ file: broken, ruleId: 'yaml-syntax', place: { start: { line: 9 } } });
    const text = agendaJob([join(dir, 'policies')], { project: findProject(dir), from: '2026-11-29' }).content;
    expect(text).toContain(`not in this agenda: ${broken} cannot be read, so nothing of it is dated`);
  });
});

describe('the agenda of a policy and its adopted revision', () => {
  /** `version`, adopted on `adopted` with GMR consent, its review on `review`. */
  const version = (number: string, adopted: string, review: string, supersedes?: string): string =>
    adoptedKlachtenregeling
      .replace('version: "1.0"', `version: "${number}"${supersedes ? `\nsupersedes: "${supersedes}"` : ''}`)
      .replace('review: 2027-03-01', `review: ${review}`)
      .replace('date: 2024-06-01', `date: ${adopted}`)
      .replace('date: 2024-05-01', `date: ${adopted}`);
  const adoptedKlachtenregeling = adopted('klachtenregeling', 'bestuur');

  function agendaOf(revisionStatus: string) {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-agenda-revision-'));
    mkdirSync(join(dir, 'templates', 'brands'), { recursive: true });
    mkdirSync(join(dir, 'policies', 'linde', 'revisions'), { recursive: true });
    writeFileSync(join(dir, 'policies', 'linde', 'klachtenregeling.md'), version('2.0', '2025-03-26', '2027-03-26'));
    writeFileSync(
      join(dir, 'policies', 'linde', 'revisions', 'klachtenregeling-3.0.md'),
      version('3.0', '2026-11-20', '2027-09-01', '2.0').replace('status: approved', `status: ${revisionStatus}`),
    );
    const json = agendaJob([join(dir, 'policies')], { project: findProject(dir), format: 'json', from: '2026-11-29' });
    return JSON.parse(json.content);
  }
  const reviews = (agenda: { items: { type: string; date: string; policy: { version: string } }[] }) =>
    agenda.items.filter((item) => item.type === 'review').map((item) => `${item.policy.version} ${item.date}`);
  const planned = (agenda: { planning: { months: { month: string; items: { reason: string }[] }[] }[] }) =>
    agenda.planning.flatMap((council) =>
      council.months.flatMap((month) => month.items.filter((item) => item.reason === 'review').map(() => month.month)),
    );

  it("plans the revision's review and council step, not those of the version it replaces", () => {
    const agenda = agendaOf('approved');
    expect(reviews(agenda)).toEqual(['3.0 2027-09-01']);
    expect(planned(agenda)).toEqual(['2027-09']);
  });

  it('plans the review of the version in force while its revision is only a draft', () => {
    expect(reviews(agendaOf('draft'))).toContain('2.0 2027-03-26');
  });
});
