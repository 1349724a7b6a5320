// The agenda job (src/jobs/agenda.ts): a file that cannot be read is not dropped in silence. The agenda of the rest
// names it, and its fault comes back with file, line and column for the command to tell (and exit 2 on).
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
