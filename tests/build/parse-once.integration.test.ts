import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempProject } from '../support/project.js';

const parses = new Map<string, number>();

vi.mock('../../src/parse/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/parse/index.js')>();
  const count = (file: string | undefined): void => {
    if (file) parses.set(resolve(file), (parses.get(resolve(file)) ?? 0) + 1);
  };
  return {
    ...original,
    parsePolicy: (...args: Parameters<typeof original.parsePolicy>) => {
      count(args[1]?.path);
      return original.parsePolicy(...args);
    },
    loadPolicy: (...args: Parameters<typeof original.loadPolicy>) => {
      count(args[0]);
      return original.loadPolicy(...args);
    },
  };
});

const { buildBatch } = await import('../../src/build/batch.js');

describe('build parses each policy once', () => {
  it('two policies built in this thread: one parse each, and both PDFs written', async () => {
    const { root, files } = tempProject(['allure', 'aeres-mbo'], 'clausemark-parse-once-');
    const options = { root, outDir: join(root, 'out'), showIds: false, pdfa: false, jobs: 1, incremental: true };
    const report = await buildBatch(files, options);
    expect(report.failed).toEqual([]);
    expect(report.built.map((entry) => entry.file)).toEqual(files);
    expect(files.map((file) => parses.get(resolve(file)))).toEqual([1, 1]);
  });
});
