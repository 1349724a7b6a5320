// The incremental-build manifest records the hash of the source bytes the PDF was made from, not of whatever the file
// holds when the build ends: an edit saved while a build runs must make the next build rebuild. Deterministic: the
// reader of policy sources is wrapped so that, right after the build has read the file, the file is edited on disk.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

/** When set: the file to edit right after its first read, and the edit. */
const editAfterRead: { file?: string; edit?: (text: string) => string } = {};

vi.mock('../../src/io/read.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/io/read.js')>();
  /** Runs the real reader, then (once) edits the file the way an author saving during the build would. */
  const afterRead = <T>(file: string, value: T): T => {
    if (editAfterRead.file && resolve(file) === resolve(editAfterRead.file) && editAfterRead.edit) {
      writeFileSync(file, editAfterRead.edit(readFileSync(file, 'utf8')));
      editAfterRead.file = undefined;
    }
    return value;
  };
  const wrapped: Record<string, unknown> = { ...original };
  // Only the build's own reader: the build first reads every file once to find two that would write one PDF
  // (src/build/clashes.ts); the edit must fall between the read the PDF is made from and the manifest's record.
  for (const name of ['readSourceBytes'] as const) {
    const real = (original as Record<string, unknown>)[name] as ((file: string) => unknown) | undefined;
    if (real) wrapped[name] = (file: string) => afterRead(file, real(file));
  }
  return wrapped;
});

const { buildBatch } = await import('../../src/build/batch.js');
const { BuildManifest, readManifest } = await import('../../src/build/manifest.js');

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function project(): { root: string; out: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-read-once-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  mkdirSync(join(root, 'policies', 'allure'), { recursive: true });
  const file = join(root, 'policies', 'allure', 'social-media.md');
  writeFileSync(file, readFileSync(policyPath('allure')));
  return { root, out: join(root, 'out'), file };
}

describe('the manifest hashes the bytes the PDF was made from', () => {
  for (const when of ['on the first build', 'on a rebuild after a change']) {
    it(`an edit saved while the policy is being built (${when}) is rebuilt by the next build`, async () => {
      const p = project();
      const options = { root: p.root, outDir: p.out, showIds: false, pdfa: false, jobs: 1, incremental: true };
      if (when !== 'on the first build') {
        await buildBatch([p.file], options);
        writeFileSync(
          p.file,
          readFileSync(p.file, 'utf8').replace('Onder de noemer sociale media', 'Onder de noemer sociale netwerken'),
        );
      }
      const read = readFileSync(p.file);
      editAfterRead.file = p.file;
      editAfterRead.edit = (text) => text.replace('Onder de noemer sociale', 'Onder de noemer van alle sociale');
      const first = await buildBatch([p.file], options);
      expect(first.built.map((entry) => entry.file)).toEqual([p.file]);
      expect(editAfterRead.file, 'the build read the source').toBeUndefined();
      expect(readFileSync(p.file)).not.toEqual(read);

      const entry = Object.values(readManifest(p.out).entries)[0];
      expect(entry?.source).toBe(sha256(read));
      const freshness = new BuildManifest(p.out, options).check(p.file);
      expect(freshness).toEqual({ fresh: false, reason: 'source changed' });
      const second = await buildBatch([p.file], options);
      expect(second.built.map((entry) => entry.file)).toEqual([p.file]);
      expect(new BuildManifest(p.out, options).check(p.file).fresh).toBe(true);
    });
  }
});
