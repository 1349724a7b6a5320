// The test lanes (vitest.config.ts, tests/support/lanes.ts) as vitest reads them. Vitest 3 takes worker-process reuse
// from the root config's poolOptions and per-file module isolation from each project's: a project's own
// `isolate: false` never reached the pool, so every unit test file paid for a fresh process that loaded pdfkit,
// fontkit, pdfjs and micromark again. Read inside the worker, a project's `isolate: false` shares its modules between
// its files: the unit, cli, property and integration lanes' files do (shared-modules), except for the files that mock
// a module (fresh-modules). `npm test` runs every lane; `npm run test:<lane>` the same projects narrowed to one lane.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import type { TestSpecification } from 'vitest/node';
import config, { projectsFor } from '../../vitest.config.js';
import { LANE_GLOBS, LANE_ORDER, type Lane, laneOf } from './lanes.js';
import { LONG_RUNNING, LongRunningFirst } from './long-first.js';
import { PROJECT_ROOT } from './paths.js';

type ProjectTest = NonNullable<TestProjectInlineConfiguration['test']>;
const projectOf = (projects: TestProjectInlineConfiguration[], name: string): ProjectTest => {
  const found = projects.find((project) => project.test?.name === name)?.test;
  if (!found) throw new Error(`no project ${name} in vitest.config.ts`);
  return found;
};
/** The projects of `npm test`, which sets no lane. */
const whole = projectsFor(undefined);
const CLI_SETUP = 'tests/support/global-setup.ts';
const OFFICE_SETUP = 'tests/support/libreoffice-server.ts';
const BROWSER_SETUP = 'tests/support/browser-server.ts';
const TESTS = join(PROJECT_ROOT, 'tests');
const testFiles = readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `tests/${file.split('\\').join('/')}`);
const mocking = testFiles.filter((file) =>
  /\bvi\.(?:do)?[mM]ock\(/.test(readFileSync(join(PROJECT_ROOT, file), 'utf8')),
);

describe('the test lanes', () => {
  it('reuse one forked process per worker, where vitest’s pool reads it (the root config)', () => {
    expect(config.test?.pool).toBe('forks');
    expect(config.test?.poolOptions?.forks?.isolate).toBe(false);
  });

  it('run the forks pool’s lanes as one project whose files share their worker’s modules, and one giving fresh modules', () => {
    expect(whole.map((project) => project.test?.name)).toEqual(['shared-modules', 'fresh-modules', 'e2e']);
    expect(projectOf(whole, 'shared-modules').poolOptions?.forks?.isolate).toBe(false);
    expect(projectOf(whole, 'fresh-modules').poolOptions?.forks?.isolate).toBe(true);
    expect(projectOf(whole, 'shared-modules').include).toEqual(['tests/**/*.test.ts']);
    expect(projectOf(whole, 'shared-modules').exclude).toEqual(expect.arrayContaining([...LANE_GLOBS.e2e]));
    for (const lane of LANE_ORDER.filter((lane) => lane !== 'e2e'))
      for (const project of projectsFor(lane))
        expect(project.test?.poolOptions?.forks?.isolate, `${lane}: ${project.test?.name}`).toBe(
          project.test?.name !== 'shared-modules',
        );
  });

  it('run every file that mocks a module with fresh modules: never in the project that shares them', () => {
    expect(mocking.filter((file) => laneOf(file) === 'cli').length).toBeGreaterThan(0);
    expect(mocking.filter((file) => laneOf(file) === 'integration').length).toBeGreaterThan(0);
    expect(mocking.filter((file) => laneOf(file) === 'unit').length).toBeGreaterThan(0);
    for (const lane of [undefined, ...LANE_ORDER.filter((lane) => lane !== 'e2e')]) {
      const projects = projectsFor(lane);
      const own = mocking.filter((file) => lane === undefined || laneOf(file) === lane).sort();
      for (const file of mocking)
        expect(projectOf(projects, 'shared-modules').exclude, `${lane}: ${file}`).toContain(file);
      if (own.length > 0) expect(projectOf(projects, 'fresh-modules').include, String(lane)).toEqual(own);
    }
    // The cli lane's files that mock a module get what the rest of the lane gets: dist/ built first and the cache
    // (the run's LibreOffice only where the files that convert with it run: none of them mocks a module).
    for (const projects of [whole, projectsFor('cli')]) {
      expect(projectOf(projects, 'fresh-modules').globalSetup).toEqual([CLI_SETUP]);
      expect(projectOf(projects, 'fresh-modules').env).toEqual(projectOf(projects, 'shared-modules').env);
      expect(projectOf(projects, 'shared-modules').globalSetup).toEqual([CLI_SETUP, OFFICE_SETUP]);
    }
    for (const file of mocking)
      expect(readFileSync(join(PROJECT_ROOT, file), 'utf8'), file).not.toContain('support/libreoffice.js');
  });

  it('build the CLI in the runs of the lanes that run it, and in no run of a lane alone that does not', () => {
    for (const lane of ['unit', 'property'] as const)
      for (const project of projectsFor(lane)) expect(project.test?.globalSetup, lane).toBeUndefined();
    // The integration lane alone starts the run's LibreOffice, and builds no CLI.
    expect(projectOf(projectsFor('integration'), 'shared-modules').globalSetup).toEqual([OFFICE_SETUP]);
    // The e2e lane starts its one Chromium after the build.
    expect(projectOf(projectsFor('e2e'), 'e2e').globalSetup).toEqual([CLI_SETUP, BROWSER_SETUP]);
    expect(projectOf(whole, 'e2e').globalSetup).toEqual([CLI_SETUP, BROWSER_SETUP]);
  });

  it('run the e2e lane in a pool of its own (vmForks), beside the forks pool’s project, which vitest runs in turn', () => {
    expect(projectOf(whole, 'e2e').pool).toBe('vmForks');
    expect(projectOf(whole, 'e2e').include).toEqual(LANE_GLOBS.e2e);
    for (const project of whole.filter((project) => project.test?.name !== 'e2e'))
      expect(project.test?.pool, String(project.test?.name)).toBeUndefined();
  });

  it('let `npm run test:<lane>` run that lane alone', () => {
    const scripts = (
      JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    for (const lane of LANE_ORDER) expect(scripts[`test:${lane}`]).toBe(`CLAUSEMARK_TEST_LANE=${lane} vitest run`);
    expect(scripts.test).toBe('vitest run');
    expect(projectsFor('e2e').map((project) => project.test?.name)).toEqual(['e2e']);
    const others = (lane: Lane): string[] =>
      LANE_ORDER.slice(0, LANE_ORDER.indexOf(lane)).flatMap((l) => LANE_GLOBS[l]);
    for (const lane of LANE_ORDER.filter((lane) => lane !== 'e2e')) {
      const shared = projectOf(projectsFor(lane), 'shared-modules');
      expect(shared.include, lane).toEqual(LANE_GLOBS[lane]);
      expect(shared.exclude, lane).toEqual(expect.arrayContaining(others(lane)));
    }
  });

  it('keep the whole-corpus runs out of the unit lane, in a lane of their own that `npm test` runs too', () => {
    const unit = projectOf(projectsFor('unit'), 'shared-modules');
    expect(unit.exclude).toEqual(expect.arrayContaining([...LANE_GLOBS.integration]));
    expect(projectOf(projectsFor('integration'), 'shared-modules').include).toEqual(['tests/**/*.integration.test.ts']);
    expect(projectOf(whole, 'shared-modules').exclude).not.toEqual(expect.arrayContaining([...LANE_GLOBS.integration]));
  });

  it('keep the work bounds counted over thousands of generated articles (*-bounds) out of the unit lane, in property', () => {
    expect(LANE_GLOBS.property).toContain('tests/**/*-bounds.test.ts');
    expect(projectOf(projectsFor('unit'), 'shared-modules').exclude).toEqual(
      expect.arrayContaining([...LANE_GLOBS.property]),
    );
    for (const file of projectOf(projectsFor('unit'), 'fresh-modules').include ?? []) expect(laneOf(file)).toBe('unit');
    expect(laneOf('tests/import/repeated-headings-bounds.test.ts')).toBe('property');
  });

  it('name each file’s lane as its globs do, the first of the lanes’ order that matches', () => {
    expect(laneOf('tests/e2e/site.test.ts')).toBe('e2e');
    expect(laneOf(join(PROJECT_ROOT, 'tests/cli/bundle.test.ts'))).toBe('cli');
    expect(laneOf('tests/hardening/bad-input.cli.test.ts')).toBe('cli');
    expect(laneOf('tests/parse/chunks-property.test.ts')).toBe('property');
    expect(laneOf('tests/compare/score-bounds.test.ts')).toBe('property');
    expect(laneOf('tests/import/dev-corpus.integration.test.ts')).toBe('integration');
    expect(laneOf('tests/support/lanes.test.ts')).toBe('unit');
    expect(new Set(testFiles.map(laneOf))).toEqual(new Set(LANE_ORDER));
  });

  it('keep the tests that drive LibreOffice or Java (seconds per document, not in-process) out of the unit lane', () => {
    const drivers = readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.test.ts'))
      .filter((file) => /['"](?:soffice|java)['"]/.test(readFileSync(join(TESTS, file), 'utf8')));
    expect(drivers.length).toBeGreaterThan(0);
    for (const file of drivers) expect(file).toMatch(/\.(integration|cli)\.test\.ts$|^cli\/|^e2e\//);
  });

  it('start the longest files first, and every file named for that exists', () => {
    expect(config.test?.sequence?.sequencer).toBe(LongRunningFirst);
    for (const file of LONG_RUNNING) expect(existsSync(join(PROJECT_ROOT, file)), file).toBe(true);
  });

  it('start the files that mock a module before the rest of their pool, then the longest files', async () => {
    // A fresh clone's order: vitest knows no durations, so it sorts by what its cache (empty here) says.
    const none = () => undefined;
    const sequencer = new LongRunningFirst({
      config: { root: PROJECT_ROOT },
      cache: { getFileTestResults: none, getFileStats: none },
    } as unknown as ConstructorParameters<typeof LongRunningFirst>[0]);
    const spec = (project: string, file: string) =>
      ({ project: { name: project }, moduleId: join(PROJECT_ROOT, file) }) as unknown as TestSpecification;
    const files = [
      spec('shared-modules', 'tests/text/language.test.ts'),
      spec('shared-modules', LONG_RUNNING[0]),
      spec('fresh-modules', mocking[0]!),
    ];
    const order = (await sequencer.sort(files)).map((each) => each.project.name);
    expect(order).toEqual(['fresh-modules', 'shared-modules', 'shared-modules']);
    expect((await sequencer.sort(files))[1]!.moduleId).toBe(join(PROJECT_ROOT, LONG_RUNNING[0]));
  });
});
