// `build` reads and parses each policy once: the check for two files that would write one PDF (src/build/clashes.ts)
// and the rendering share one parse (src/build/read.ts), in this thread as in the workers. The parser is wrapped to
// count its calls per file.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

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
    const root = mkdtempSync(join(tmpdir(), 'clausemark-parse-once-'));
    cpSync(join(PROJECT_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
    const files = ['allure', 'aeres-mbo'].map((org) => {
      mkdirSync(join(root, 'policies', org), { recursive: true });
      const file = join(root, 'policies', org, 'social-media.md');
      writeFileSync(file, readFileSync(policyPath(org)));
      return file;
    });
    const options = { root, outDir: join(root, 'out'), showIds: false, pdfa: false, jobs: 1, incremental: true };
    const report = await buildBatch(files, options);
    expect(report.failed).toEqual([]);
    expect(report.built.map((entry) => entry.file)).toEqual(files);
    expect(files.map((file) => parses.get(resolve(file)))).toEqual([1, 1]);
  });
});
