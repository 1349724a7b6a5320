// Incremental builds (src/build/manifest.ts, src/build/batch.ts): each test works on a copy of the project's
// templates and two seed policies in a folder of its own, builds, changes one input, and builds again. The same
// through the CLI: tests/cli/build-incremental.test.ts.
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBatch, type BatchOptions } from '../../src/build/batch.js';
import { BuildManifest, MANIFEST_NAME, readManifest } from '../../src/build/manifest.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

interface Project {
  root: string;
  out: string;
  allure: string;
  aeres: string;
  options: BatchOptions;
}

function project(root: string): Project {
  const out = join(root, 'out');
  return {
    root,
    out,
    allure: join(root, 'policies', 'allure', 'social-media.md'),
    aeres: join(root, 'policies', 'aeres-mbo', 'social-media.md'),
    options: { root, outDir: out, showIds: false, pdfa: false, jobs: 1, incremental: true },
  };
}

function newProject(): Project {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-incremental-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  for (const org of ['allure', 'aeres-mbo']) {
    mkdirSync(join(root, 'policies', org), { recursive: true });
    writeFileSync(join(root, 'policies', org, 'social-media.md'), readFileSync(policyPath(org)));
  }
  return project(root);
}

const built = (report: { built: { file: string }[] }): string[] => report.built.map((entry) => entry.file);
const upToDate = (report: { upToDate: { file: string }[] }): string[] => report.upToDate.map((entry) => entry.file);
const reason = (p: Project, file: string): string => {
  const freshness = new BuildManifest(p.out, p.options).check(file);
  return freshness.fresh ? 'fresh' : freshness.reason;
};

// The project is built once, then copied aside; each test gets that built project back in the same folder. The same
// folder, because the build options' fingerprint includes the project root (a copy elsewhere would rebuild
// everything). A brand file a test changed comes back with its own size and time, by which the brand cache knows it.
let root: string;
let pristine: string;

beforeAll(async () => {
  const p = newProject();
  const first = await buildBatch([p.allure, p.aeres], p.options);
  expect(built(first)).toEqual([p.allure, p.aeres]);
  expect(first.upToDate).toEqual([]);
  root = p.root;
  pristine = mkdtempSync(join(tmpdir(), 'clausemark-incremental-built-'));
  cpSync(root, pristine, { recursive: true, preserveTimestamps: true });
});

/** The project as first built, so every test starts from an up-to-date output folder. */
async function builtProject(): Promise<Project> {
  rmSync(root, { recursive: true, force: true });
  // The times kept: a PDF is dated by its source file's modification time (src/io/reproducible.ts).
  cpSync(pristine, root, { recursive: true, preserveTimestamps: true });
  const p = project(root);
  // What the manifest says without building: the copy back is as up to date as the build left it.
  expect([reason(p, p.allure), reason(p, p.aeres)]).toEqual(['fresh', 'fresh']);
  return p;
}

describe('incremental builds', () => {
  it('skips unchanged policies and leaves their PDFs and the manifest untouched', async () => {
    const p = await builtProject();
    const pdf = join(p.out, 'allure', 'social-media-1.0.pdf');
    const manifest = join(p.out, MANIFEST_NAME);
    const before = { pdf: statSync(pdf).mtimeMs, manifest: readFileSync(manifest, 'utf8') };
    const entry = readManifest(p.out).entries[join('..', 'policies', 'allure', 'social-media.md')];
    expect(entry?.output).toBe(join('allure', 'social-media-1.0.pdf'));
    expect(Object.keys(entry?.files ?? {})).toEqual(
      expect.arrayContaining([
        join('..', 'templates', 'brands', 'allure.yaml'),
        join('..', 'templates', 'brands', 'logos', 'allure.svg'),
      ]),
    );

    const second = await buildBatch([p.allure, p.aeres], p.options);
    expect(second.built).toEqual([]);
    expect(second.failed).toEqual([]);
    expect(second.upToDate).toEqual([
      { file: p.allure, output: pdf },
      { file: p.aeres, output: join(p.out, 'aeres-mbo', 'social-media-1.0.pdf') },
    ]);
    expect(statSync(pdf).mtimeMs).toBe(before.pdf);
    expect(readFileSync(manifest, 'utf8')).toBe(before.manifest);
  });

  it('rebuilds a policy whose source changed, and only that one', async () => {
    const p = await builtProject();
    appendFileSync(p.allure, '\nEen extra zin over privacy.\n');
    expect(reason(p, p.allure)).toBe('source changed');
    expect(reason(p, p.aeres)).toBe('fresh');
    const report = await buildBatch([p.allure, p.aeres], p.options);
    expect(built(report)).toEqual([p.allure]);
    expect(upToDate(report)).toEqual([p.aeres]);
    expect(reason(p, p.allure)).toBe('fresh');
  });

  it('rebuilds the policies drawn in a brand whose file, logo or font changed', async () => {
    const p = await builtProject();
    const brand = join(p.root, 'templates', 'brands', 'allure.yaml');
    writeFileSync(brand, readFileSync(brand, 'utf8').replace('"#5a2d82"', '"#5a2d83"'));
    expect(reason(p, p.allure)).toBe(`brand file changed: ${join('..', 'templates', 'brands', 'allure.yaml')}`);
    let report = await buildBatch([p.allure, p.aeres], p.options);
    expect(built(report)).toEqual([p.allure]);

    appendFileSync(join(p.root, 'templates', 'brands', 'logos', 'allure.svg'), '\n<!-- touched -->\n');
    report = await buildBatch([p.allure, p.aeres], p.options);
    expect(built(report)).toEqual([p.allure]);

    // Allure draws with Source Sans 3, Aeres with IBM Plex Sans: a changed font file (one byte more) rebuilds its own.
    appendFileSync(join(p.root, 'templates', 'fonts', 'ibm-plex-sans', 'IBMPlexSans_400Regular.ttf'), Buffer.from([0]));
    report = await buildBatch([p.allure, p.aeres], p.options);
    expect(built(report)).toEqual([p.aeres]);
  });

  it('rebuilds every policy when the default brand they inherit from changes', async () => {
    const p = await builtProject();
    const brand = join(p.root, 'templates', 'brands', 'default.yaml');
    writeFileSync(brand, readFileSync(brand, 'utf8').replace('footer: ""', 'footer: "Beleid"'));
    const report = await buildBatch([p.allure, p.aeres], p.options);
    expect(built(report)).toEqual([p.allure, p.aeres]);
  });

  it('rebuilds when a wording template or a label file changes, or a brand appears for an organisation', async () => {
    const p = await builtProject();
    appendFileSync(join(p.root, 'templates', 'layouts', 'pdf', 'colophon.hbs'), '\n');
    expect(reason(p, p.aeres)).toBe('templates or labels changed');
    expect(built(await buildBatch([p.allure, p.aeres], p.options))).toEqual([p.allure, p.aeres]);

    const labels = join(p.root, 'templates', 'labels', 'nl.yaml');
    writeFileSync(labels, readFileSync(labels, 'utf8').replace(/^contents: .*$/m, 'contents: Inhoudsopgave'));
    expect(built(await buildBatch([p.allure, p.aeres], p.options))).toEqual([p.allure, p.aeres]);

    cpSync(join(p.root, 'templates', 'brands', 'allure.yaml'), join(p.root, 'templates', 'brands', 'new-school.yaml'));
    expect(reason(p, p.aeres)).toBe('templates or labels changed');
  });

  it('rebuilds a policy whose PDF was deleted or altered', async () => {
    const p = await builtProject();
    const allurePdf = join(p.out, 'allure', 'social-media-1.0.pdf');
    const aeresPdf = join(p.out, 'aeres-mbo', 'social-media-1.0.pdf');
    const original = readFileSync(aeresPdf);
    rmSync(allurePdf);
    appendFileSync(aeresPdf, '% edited by hand\n');
    expect(reason(p, p.allure)).toBe('PDF missing');
    expect(reason(p, p.aeres)).toBe('PDF changed since it was built');
    const report = await buildBatch([p.allure, p.aeres], p.options);
    expect(built(report)).toEqual([p.allure, p.aeres]);
    expect(existsSync(allurePdf)).toBe(true);
    expect(readFileSync(aeresPdf).equals(original)).toBe(true);
  });

  it('rebuilds when the build options change, and everything with force', async () => {
    const p = await builtProject();
    expect(built(await buildBatch([p.allure], { ...p.options, showIds: true }))).toEqual([p.allure]);
    expect(built(await buildBatch([p.allure], { ...p.options, showIds: true }))).toEqual([]);
    expect(built(await buildBatch([p.allure], { ...p.options, brand: 'aeres-mbo', showIds: true }))).toEqual([
      p.allure,
    ]);

    const forced = await buildBatch([p.allure, p.aeres], { ...p.options, force: true });
    expect(built(forced)).toEqual([p.allure, p.aeres]);
    expect(forced.upToDate).toEqual([]);
    // What --force built is recorded: the next build skips it again.
    expect(upToDate(await buildBatch([p.allure, p.aeres], p.options))).toEqual([p.allure, p.aeres]);
  });

  it('treats a damaged manifest as none, and forgets a policy whose build fails', async () => {
    const p = await builtProject();
    writeFileSync(join(p.out, MANIFEST_NAME), '{ not json');
    expect(built(await buildBatch([p.allure, p.aeres], p.options))).toEqual([p.allure, p.aeres]);

    writeFileSync(p.allure, readFileSync(p.allure, 'utf8').replace('lang: nl', 'lang: nl\nbrand: missing-brand'));
    const report = await buildBatch([p.allure, p.aeres], p.options);
    expect(report.failed.map((failure) => failure.file)).toEqual([p.allure]);
    expect(readManifest(p.out).entries[join('..', 'policies', 'allure', 'social-media.md')]).toBeUndefined();
    expect(upToDate(report)).toEqual([p.aeres]);
  });

  it('is off unless asked for: a plain batch neither reads nor writes a manifest', async () => {
    const p = await builtProject();
    const { incremental: _incremental, ...plain } = p.options;
    expect(built(await buildBatch([p.allure], plain))).toEqual([p.allure]);
    const fresh = mkdtempSync(join(tmpdir(), 'clausemark-incremental-plain-'));
    await buildBatch([p.allure], { ...plain, outDir: fresh });
    expect(existsSync(join(fresh, MANIFEST_NAME))).toBe(false);
  });
});
