// Issue 72: no output under out/ holds a name from the people list. A project with a meldcode asked of its audience
// and partly acknowledged, built by `start` and given its dossier; then every file under out/ is searched for every
// name and id of the people list: as its bytes, a PDF also with its streams inflated (qpdf) and as its text
// (pdftotext), so a name in a compressed stream or an attachment is found too. The foundation declares itself, so
// `start` writes the overview of what every school must have (out/overview.html, .pdf, .json) and the dossier opens
// with its table: both show the meldcode's kennisname, counts only, as the dossier's line does.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli as runCli } from '../support/cli.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { needTool } from '../support/tools.js';
import { meldcode, PEOPLE, STEPS } from './acknowledge-fixture.js';

let repo: TempRepo;

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** What a search must see of a file: its bytes, and of a PDF its inflated streams and its text. */
function readable(file: string): string {
  const bytes = readFileSync(file);
  if (!file.endsWith('.pdf')) return bytes.toString('latin1') + bytes.toString('utf8');
  const inflated = execFileSync('qpdf', ['--qdf', '--object-streams=disable', '--decode-level=all', file, '-'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return `${inflated.toString('latin1')}${inflated.toString('utf8')}${text}`;
}

beforeAll(async () => {
  repo = tempRepo('clausemark-acknowledge-private-');
  repo.write('templates/brands/.keep', '');
  repo.write(
    'policies/linde/procedure.yaml',
    'sector: po\norganisation:\n  role: bestuur\n  name: Stichting De Linde\n',
  );
  repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
  const policy = repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
  repo.commit('meldcode 1.0');
  const cli = (...args: string[]) => runCli(['acknowledge', ...args], { cwd: repo.root });
  expect((await cli('ask', policy, '--date', '2026-02-01')).code).toBe(0);
  const csv = join(repo.root, 'form.csv');
  writeFileSync(csv, 'naam,versie\nAnna de Boer,1.0\nBram Jansen,1.0\nDaan Visser,1.0\n');
  expect((await cli('record', policy, '--csv', csv, '--date', '2026-02-03')).code).toBe(0);
});

describe('the people list stays out of every output', () => {
  it('start and the dossier write no name or id of it under out/, and the dossier counts', async ({ skip }) => {
    needTool(skip, 'qpdf');
    needTool(skip, 'pdftotext');
    const start = await runCli(['start'], { cwd: repo.root });
    expect(start.code, start.stderr).toBe(0);
    const dossier = await runCli(['dossier', 'linde', '--at', '2026-02-10'], { cwd: repo.root });
    expect(dossier.code, dossier.stderr).toBe(0);
    const files = filesUnder(join(repo.root, 'out'));
    expect(files.some((file) => /meldcode[^/]*\.pdf$/.test(file))).toBe(true);
    expect(files.some((file) => file.endsWith('.html'))).toBe(true);
    for (const name of ['overview.html', 'overview.pdf', 'overview.json'])
      expect(files, name).toContain(join(repo.root, 'out', name));
    const people = PEOPLE.split('\n')
      .slice(1)
      .map((row) => row.split(','));
    const found: string[] = [];
    for (const file of files) {
      const text = readable(file);
      for (const [id, name] of people)
        for (const word of [name!, id!]) if (text.includes(word)) found.push(`${word} in ${file}`);
    }
    expect(found).toEqual([]);
    // The dossier (in the organisation's Dutch) has the counts: 3 of the 5 asked (the contractor is not in the
    // meldcode's audience).
    const text = execFileSync('pdftotext', [join(repo.root, 'out', 'dossier-linde.pdf'), '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Kennisname: Meldcode huiselijk geweld en kindermishandeling 1.0: 3 van 5 medewerkers',
    );
    // Its table of what every school must have, as the overview's cell: counts only.
    expect(text.replace(/\s+/g, ' ')).toContain('geldend kennisname 3 van 5');
    expect(readFileSync(join(repo.root, 'out', 'overview.html'), 'utf8')).toContain('kennisname 3 van 5');
  });
});
