// After a report that could not be made (src/build/manifest-prune.ts): the outputs of the policies the run did not
// build or find up to date are removed with their manifest entries; those it vouched for, those of a policy whose file
// is gone (nothing could make them again) and anything outside the output folder stay.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/build/manifest.js';
import { removeOutputsNotVouched } from '../../src/build/manifest-prune.js';

const put = (path: string): string => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, path);
  return path;
};

describe('removing the outputs a run could not vouch for', () => {
  it('removes the PDFs and Word documents of sources not built now, and forgets them', () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-manifest-prune-'));
    const out = join(root, 'out');
    const built = put(join(root, 'policies', 'a.md'));
    const notBuilt = put(join(root, 'policies', 'b.md'));
    const outside = put(join(root, 'keep.pdf'));
    const entry = (output: string, also?: string) => ({
      output,
      pdf: 'x',
      source: 'x',
      tool: 'x',
      options: 'x',
      shared: 'x',
      files: {},
      ...(also ? { also: { [also]: 'x' } } : {}),
    });
    const entries = {
      '../policies/a.md': entry('org/a-1.0.pdf'),
      '../policies/b.md': entry('org/b-1.0.pdf', 'org/b-1.0.docx'),
      '../policies/gone.md': entry('org/gone-1.0.pdf'),
      // A manifest edited to name a file outside the output folder must not reach it.
      '../policies/b-copy.md': entry('../keep.pdf'),
    };
    put(join(root, 'policies', 'b-copy.md'));
    for (const name of ['org/a-1.0.pdf', 'org/b-1.0.pdf', 'org/b-1.0.docx', 'org/gone-1.0.pdf']) put(join(out, name));
    writeFileSync(join(out, '.clausemark-manifest.json'), JSON.stringify({ format: 1, entries }));

    const removed = removeOutputsNotVouched(out, new Set([built]));
    expect(removed.sort()).toEqual([join(out, 'org/b-1.0.docx'), join(out, 'org/b-1.0.pdf')]);
    for (const kept of [join(out, 'org/a-1.0.pdf'), join(out, 'org/gone-1.0.pdf'), outside, notBuilt])
      expect(existsSync(kept), kept).toBe(true);
    expect(Object.keys(readManifest(out).entries).sort()).toEqual(['../policies/a.md', '../policies/gone.md']);
  });
});
