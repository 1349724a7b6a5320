// The test lanes (vitest.config.ts) as vitest reads them. Vitest 3 takes worker-process reuse from the root config's
// poolOptions and per-file module isolation from each project's: a project's own `isolate: false` never reached the
// pool, so every unit test file paid for a fresh process that loaded pdfkit, fontkit, pdfjs and micromark again.
// Read inside the worker, a project's `isolate: false` shares its modules between its files: the unit, cli and
// integration lanes do, except for the files that mock a module (unit-mocking; integration-mocking, which holds the
// cli lane's too).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import config from '../../vitest.config.js';
import { LONG_RUNNING, LongRunningFirst } from './long-first.js';
import { PROJECT_ROOT } from './paths.js';

const projects = (config.test?.projects ?? []) as TestProjectInlineConfiguration[];
const lane = (name: string): NonNullable<TestProjectInlineConfiguration['test']> => {
  const found = projects.find((project) => project.test?.name === name)?.test;
  if (!found) throw new Error(`no lane ${name} in vitest.config.ts`);
  return found;
};

describe('the test lanes', () => {
  it('reuse one forked process per worker, where vitest’s pool reads it (the root config)', () => {
    expect(config.test?.pool).toBe('forks');
    expect(config.test?.poolOptions?.forks?.isolate).toBe(false);
  });

  it('give every test file fresh modules of its own in every lane but unit, cli and integration, whose files share their worker’s', () => {
    expect(projects.map((project) => project.test?.name)).toEqual([
      'unit',
      'unit-mocking',
      'cli',
      'e2e',
      'property',
      'integration',
      'integration-mocking',
    ]);
    const sharing = ['unit', 'cli', 'integration'];
    for (const project of projects)
      expect(project.test?.poolOptions?.forks?.isolate, String(project.test?.name)).toBe(
        !sharing.includes(String(project.test?.name)),
      );
  });

  it('run every file that mocks a module with fresh modules: never in a lane that shares them, in a -mocking lane', () => {
    const tests = join(PROJECT_ROOT, 'tests');
    const mocking = readdirSync(tests, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.test.ts'))
      .filter((file) => /\bvi\.(?:do)?[mM]ock\(/.test(readFileSync(join(tests, file), 'utf8')))
      .map((file) => `tests/${file.split('\\').join('/')}`);
    const isCli = (file: string): boolean => file.startsWith('tests/cli/') || file.endsWith('.cli.test.ts');
    const isIntegration = (file: string): boolean => file.endsWith('.integration.test.ts');
    expect(mocking.filter(isCli).length).toBeGreaterThan(0);
    expect(mocking.filter(isIntegration).length).toBeGreaterThan(0);
    for (const sharing of ['unit', 'cli', 'integration'])
      for (const file of mocking) expect(lane(sharing).exclude, `${sharing}: ${file}`).toContain(file);
    expect(lane('unit-mocking').include).toEqual(expect.arrayContaining(mocking));
    expect(lane('unit-mocking').exclude).toEqual(
      expect.arrayContaining([...(lane('cli').include ?? []), ...(lane('integration').include ?? [])]),
    );
    // The cli lane's mocking files run with the integration lane's, in one turn of the forks pool (vitest.config.ts),
    // and get what the cli lane gets: dist/ built first and the lane's cache folder.
    expect(lane('integration-mocking').include).toEqual(
      mocking.filter((file) => isCli(file) || isIntegration(file)).sort(),
    );
    expect(lane('integration-mocking').globalSetup).toEqual(lane('cli').globalSetup);
    expect(lane('integration-mocking').env).toEqual(lane('cli').env);
  });

  it('run the e2e lane in a pool of its own (vmForks), beside the forks pool’s lanes, which vitest runs in turn', () => {
    expect(lane('e2e').pool).toBe('vmForks');
    for (const project of projects.filter((project) => project.test?.name !== 'e2e'))
      expect(project.test?.pool, String(project.test?.name)).toBeUndefined();
  });

  it('keep the whole-corpus runs out of the unit lane, in a lane of their own that `npm test` runs too', () => {
    expect(lane('unit').exclude).toEqual(expect.arrayContaining(lane('integration').include ?? []));
    expect(lane('integration').include).toEqual(['tests/**/*.integration.test.ts']);
  });

  it('keep the work bounds counted over thousands of generated articles (*-bounds) out of the unit lane, in property', () => {
    expect(lane('property').include).toContain('tests/**/*-bounds.test.ts');
    expect(lane('unit').exclude).toEqual(expect.arrayContaining(lane('property').include ?? []));
    expect(lane('unit-mocking').exclude).toEqual(expect.arrayContaining(lane('property').include ?? []));
  });

  it('keep the tests that drive LibreOffice or Java (seconds per document, not in-process) out of the unit lane', () => {
    const tests = join(PROJECT_ROOT, 'tests');
    const drivers = readdirSync(tests, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.test.ts'))
      .filter((file) => /['"](?:soffice|java)['"]/.test(readFileSync(join(tests, file), 'utf8')));
    expect(drivers.length).toBeGreaterThan(0);
    for (const file of drivers) expect(file).toMatch(/\.(integration|cli)\.test\.ts$|^cli\/|^e2e\//);
  });

  it('start the longest files first, and every file named for that exists', () => {
    expect(config.test?.sequence?.sequencer).toBe(LongRunningFirst);
    for (const file of LONG_RUNNING) expect(existsSync(join(PROJECT_ROOT, file)), file).toBe(true);
  });
});
