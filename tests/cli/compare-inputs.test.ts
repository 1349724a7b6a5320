// `compare` and `start` on corpora that hold more than one document per organisation (issue 16, "Comparison
// inputs"): the corpus clausemark ships in policies/ (a proposed revision of Casparus College's protocol) and the made-up corpus
// of tests/support/comparison-corpus.ts (two kinds per school, revisions, older versions, five files in one folder).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { writeComparisonCorpus } from '../support/comparison-corpus.js';
import { PROJECT_ROOT, SEED_ORGS } from '../support/paths.js';
import { shippedProject } from '../support/project.js';

interface Json {
  documents: { key: string; name: string; path: string }[];
  missing: Record<string, { provision: number; label: string; at: string[] }[]>;
}

describe('compare policies/ (the corpus clausemark ships)', () => {
  it('counts 5 organisations, not 6: the proposed revision of Casparus College is set aside, and says so', async () => {
    const run = await runCli(['compare', 'policies/', '--kind', 'social-media', '--format', 'json'], {
      cwd: shippedProject(),
    });
    expect(run.code).toBe(0);
    const alignment = JSON.parse(run.stdout) as Json;
    expect(alignment.documents.map((document) => document.key).sort()).toEqual([...SEED_ORGS].sort());
    expect(alignment.documents.find((document) => document.key === 'casparus-college')?.path).toBe(
      'policies/casparus-college/social-media.md',
    );
    expect(run.stderr).toContain(
      'not compared: policies/casparus-college/revisions/social-media-2.0.md (version 2.0: a revision (in a revisions/ folder)); compared instead: policies/casparus-college/social-media.md',
    );
    expect(Object.keys(alignment.missing).sort()).toEqual([...SEED_ORGS].sort());
    // The whole shipped corpus compared: 23 s at load 18, over 60 s beside other test files; the bound catches a
    // hang, not slowness (benchmarks measure speed).
  }, 600_000);
});

/** A project folder holding the made-up corpus and the shipped templates. */
function corpusProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-compare-inputs-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  writeComparisonCorpus(dir);
  return dir;
}

describe('compare and start on a corpus with two kinds, revisions and a folder of downloads', () => {
  let dir = '';
  beforeAll(() => {
    dir = corpusProject();
  });

  it('refuses to put two kinds of policy in one matrix, naming the kinds and --kind (exit 2)', async () => {
    const run = await runCli(['compare', 'policies'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('these policies are of 2 kinds; a comparison is of one kind');
    expect(run.stderr).toContain('privacy (3), social-media (8)');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('--kind compares one document per organisation, headed by readable, distinct names', async () => {
    const run = await runCli(['compare', 'policies', '--kind', 'social-media'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^8 beleidsdocumenten vergeleken/);
    for (const name of ['Alpha College', 'Beta Lyceum', 'de-linde', 'het-baken', 'sint-jozef', 'Gamma Scholengroep'])
      expect(run.stdout).toContain(`  ${name}  [`);
    expect(run.stdout).not.toContain('downloads');
    expect(run.stderr.match(/not compared: /g)).toHaveLength(3);
    // Gamma's concept (1.1) lacks the rule on photos, which six others state.
    expect(run.stdout).toMatch(
      /Geen overeenkomst bij Gamma Scholengroep \(\d+\)\n(?: .*\n)*? +\d+ +Het online plaatsen van foto- en filmopnamen van… +\(bij 6 van de 7 andere\)/,
    );
  });

  it('writes the "missing at" list in md, json, html and pdf too', async () => {
    const args = ['compare', 'policies', '--kind', 'privacy'];
    const md = await runCli([...args, '--format', 'md'], { cwd: dir });
    expect(md.stdout).toContain('### Waaraan bij elke organisatie geen artikel gekoppeld is');
    expect(md.stdout).toContain('#### Geen overeenkomst bij Gamma Scholengroep (2)');
    const json = JSON.parse((await runCli([...args, '--format', 'json'], { cwd: dir })).stdout) as Json;
    expect(json.missing.gamma?.map((item) => item.at)).toEqual([
      ['alpha', 'beta'],
      ['alpha', 'beta'],
    ]);
    const html = await runCli([...args, '--format', 'html'], { cwd: dir });
    expect(html.stdout).toContain('<h2 id="missing-title">Waaraan bij elke organisatie geen artikel gekoppeld is</h2>');
    expect(html.stdout).toMatch(
      /<h3>Geen overeenkomst bij Gamma Scholengroep \(2\)<\/h3>\n<ul class="missing">\n<li><a href="#provision-\d+">/,
    );
    const pdf = join(dir, 'privacy.pdf');
    expect((await runCli([...args, '--format', 'pdf', '--out', pdf], { cwd: dir })).code).toBe(0);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    if (text.error) return; // poppler-utils (pdftotext) absent: the other formats were checked
    expect(text.stdout).toContain('Waaraan bij elke organisatie geen artikel gekoppeld is');
    expect(text.stdout).toMatch(/Geen overeenkomst bij Gamma Scholengroep \(2\)/);
    expect(text.stdout).toMatch(/Een datalek wordt binnen 72 uur gemeld bij… \(bij 2 van de 2\s+andere\)/);
  });

  it('start writes one comparison per kind, named after the kind, and lists them', async () => {
    // build refuses five files that would all be built to downloads/social-media.pdf (same org, id and version):
    // start compares what it built, so the downloads stay out here, in a project of its own (the other tests, in
    // whatever order they run, read the downloads).
    const project = corpusProject();
    rmSync(join(project, 'policies', 'downloads'), { recursive: true });
    const run = await runCli(['start'], { cwd: project });
    expect(run.stderr).toBe('');
    const out = join(project, 'out', 'compare');
    for (const [kind, count] of [
      ['social-media', 3],
      ['privacy', 3],
    ] as const) {
      const alignment = JSON.parse(readFileSync(join(out, `${kind}.json`), 'utf8')) as Json;
      expect(alignment.documents).toHaveLength(count);
      for (const extension of ['md', 'pdf', 'html']) expect(existsSync(join(out, `${kind}.${extension}`))).toBe(true);
      expect(run.stdout).toContain(join('out', 'compare', `${kind}.json`));
    }
    expect(existsSync(join(out, 'corpus.json'))).toBe(false);
    const index = readFileSync(join(project, 'out', 'index.html'), 'utf8');
    expect(index).toContain('href="compare/privacy.html"');
    expect(index).toContain('href="compare/social-media.html"');
  });
});

describe('compare of documents that type their titles with no space after the hashes', () => {
  it('says of each which titles are read as text and how they are cited, and of the others nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-compare-titles-'));
    cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
    const regulation = (org: string, article3: string): string =>
      [
        '---',
        'id: klachtenregeling',
        'title: Klachtenregeling',
        `organisation: ${org}`,
        'version: "1.0"',
        '---',
        '',
        '## Artikel 1 {#a1}',
        '',
        '{#a1.a} Een klacht wordt schriftelijk ingediend bij het bestuur.',
        '',
        article3,
        '',
        '{#a1.b} Het bestuur beslist binnen zes weken op de klacht.',
        '',
      ].join('\n');
    writeFileSync(join(dir, 'a.md'), regulation('A', '###Artikel 3'));
    writeFileSync(join(dir, 'b.md'), regulation('B', '## Artikel 3 {#a3}'));
    const run = await runCli(['compare', 'a.md', 'b.md', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      'a.md: a title typed with no space after its hashes, "###Artikel 3" (line 12), is read as text: the comparison cites the clauses under it by the heading above it, or as the preamble. `clausemark import a.md` reads it as a heading (`clausemark check` points at it)',
    ]);
    const dutch = await runCli(['compare', 'a.md', 'b.md', '--format', 'json', '--lang', 'nl'], { cwd: dir });
    expect(dutch.stderr).toContain('a.md: een titel zonder spatie na de hekjes, "###Artikel 3" (regel 12)');
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
