// The workplace's downloads (src/jobs/serve-exports.ts) on real policies: a comparison only of a kind two
// organisations have, made by compare's job and naming both; the board pack only of a version that supersedes one in
// policies/; the agenda as a calendar. Nothing is written in policies/.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject } from '../../src/io/project.js';
import { WorkplaceRefusal } from '../../src/jobs/serve-actions.js';
import { agenda, boardPack, comparableKinds, comparison, supersededFile } from '../../src/jobs/serve-exports.js';
import { PROJECT_ROOT } from '../support/paths.js';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-exports-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'policies', 'casparus-college'), join(dir, 'policies', 'casparus-college'), {
    recursive: true,
  });
  const source = readFileSync(join(PROJECT_ROOT, 'policies', 'casparus-college', 'social-media.md'), 'utf8');
  mkdirSync(join(dir, 'policies', 'tweeling'), { recursive: true });
  writeFileSync(
    join(dir, 'policies', 'tweeling', 'social-media.md'),
    source.replace(/^org: .*$/m, 'org: tweeling').replace(/^organisation: .*$/m, 'organisation: Stichting Tweeling'),
  );
  return dir;
}

const listing = (dir: string): string[] => readdirSync(join(dir, 'policies'), { recursive: true }).map(String).sort();

describe('the workplace downloads', () => {
  it('compares a kind two organisations have, and refuses one they do not share', async () => {
    const dir = folder();
    const before = listing(dir);
    const project = findProject(dir);
    expect(comparableKinds(dir)).toEqual(['social-media']);
    const download = await comparison(dir, 'social-media', project);
    expect(download.name).toBe('vergelijking-social-media.html');
    const html = download.data.toString('utf8');
    expect(html).toContain('Casparus College');
    expect(html).toContain('Stichting Tweeling');
    await expect(comparison(dir, 'pestprotocol', project)).rejects.toBeInstanceOf(WorkplaceRefusal);
    expect(listing(dir)).toEqual(before);
  }, 120_000);

  it('offers no kind for policies that name none: an id made up from the file name is no kind to compare by', () => {
    const dir = folder();
    for (const org of ['casparus-college', 'tweeling'])
      writeFileSync(
        join(dir, 'policies', org, 'notulen.md'),
        `---\ntitle: Notulen\norg: ${org}\n---\n\n# Notulen\n\n1. De vergadering opent om acht uur.\n`,
      );
    expect(comparableKinds(dir)).toEqual(['social-media']);
  });

  it('makes the board pack of a revision against the version it supersedes, and refuses one that supersedes none', async () => {
    const dir = folder();
    const project = findProject(dir);
    const revision = join(dir, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md');
    const adopted = join(dir, 'policies', 'casparus-college', 'social-media.md');
    expect(supersededFile(dir, revision)).toBe(adopted);
    const pack = await boardPack(dir, revision, 'pdf', '', project);
    expect(pack.name).toBe('social-media-1.0-to-2.0.pdf');
    expect(pack.data.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(boardPack(dir, adopted, 'pdf', '', project)).rejects.toBeInstanceOf(WorkplaceRefusal);
    const calendar = agenda(dir, 'ics', project);
    expect(calendar.name).toBe('agenda.ics');
    expect(calendar.data.toString('utf8')).toContain('BEGIN:VCALENDAR');
  }, 120_000);
});
