// One run of the CLI finds its project once (src/io/project.ts, issue 29 item 4): the shell looks it up
// (src/cli/context.ts) and hands it to the job, its readers and its rules, so no step of a build, a start or a diff
// looks again from the working folder and reaches a different answer. Counted over runs in this process.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempProject } from '../support/project.js';

let lookups = 0;

vi.mock('../../src/io/project.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/io/project.js')>();
  return {
    ...original,
    findProject: (...args: Parameters<typeof original.findProject>) => {
      lookups += 1;
      return original.findProject(...args);
    },
  };
});

const { runCliInProcess } = await import('../support/cli-in-process.js');

async function lookupsDuring(args: string[], cwd: string): Promise<number> {
  lookups = 0;
  const run = await runCliInProcess(args, { cwd });
  expect(run.stderr).not.toMatch(/at .+\.ts:\d+/);
  expect(run.code, run.stderr).toBeLessThan(2); // diff exits 1 when the versions differ
  return lookups;
}

describe('one CLI run finds its project once', () => {
  it('build (in this thread) looks the project up once', async () => {
    const { root, files } = tempProject(['allure', 'aeres-mbo'], 'clausemark-project-once-');
    expect(await lookupsDuring(['build', ...files, '--out', join(root, 'out'), '--jobs', '1'], root)).toBe(1);
  });

  it('start looks the project up once', async () => {
    const { root } = tempProject(['allure'], 'clausemark-project-once-');
    expect(await lookupsDuring(['start', '--out', join(root, 'out')], root)).toBe(1);
  });

  it('diff looks the project up once', async () => {
    const { root, files } = tempProject(['allure', 'aeres-mbo'], 'clausemark-project-once-');
    expect(await lookupsDuring(['diff', files[0] as string, files[1] as string, '--format', 'json'], root)).toBe(1);
  });

  it('confirm and textconv look the project up once', async () => {
    const { root, files } = tempProject(['allure', 'aeres-mbo'], 'clausemark-project-once-');
    const pair = ['allure:inl.kernwaarden', 'aeres-mbo:vw.fatsoensnormen'];
    expect(await lookupsDuring(['confirm', ...pair, join(root, 'policies'), '--not'], root)).toBe(1);
    expect(await lookupsDuring(['textconv', files[0] as string], root)).toBe(1);
  });
});
