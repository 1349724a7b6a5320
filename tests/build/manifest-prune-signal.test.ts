// A signal while build removes the outputs of a policy whose file is gone (src/build/manifest-prune.ts,
// removeOutputsOfGone): the removal is counted in as a write, so the signal handler waits for it and no policy is
// left half-removed (its PDF gone, its Word document there); the manifest is then not written, and the next build
// forgets the entries, finding nothing left to remove. The folder they leave empty goes within the same count. A
// signal before it removes nothing.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readManifest } from '../../src/build/manifest.js';
import { sha256 } from '../../src/model/fingerprint.js';

const signal = vi.hoisted(() => ({ during: undefined as (() => void) | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const rmSync = ((...args: Parameters<typeof actual.rmSync>) => {
    signal.during?.();
    actual.rmSync(...args);
  }) as typeof actual.rmSync;
  return { ...actual, rmSync, default: { ...actual, rmSync } };
});

const { removeOutputsOfGone } = await import('../../src/build/manifest-prune.js');
const { stopWrites } = await import('../../src/io/write-stop.js');

const put = (path: string): string => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, path);
  return path;
};

/** An output folder whose manifest records two policies whose files are gone, a PDF and a Word document each. */
function goneOutputs() {
  const out = join(mkdtempSync(join(tmpdir(), 'clausemark-prune-signal-')), 'out');
  const names = ['org/a-1.0.pdf', 'org/a-1.0.docx', 'org/b-1.0.pdf', 'org/b-1.0.docx'];
  const hash = (name: string): string => sha256(Buffer.from(put(join(out, name))));
  const entry = (id: string) => ({
    output: `org/${id}-1.0.pdf`,
    pdf: hash(`org/${id}-1.0.pdf`),
    also: { [`org/${id}-1.0.docx`]: hash(`org/${id}-1.0.docx`) },
    source: 'x',
    tool: 'x',
    options: 'x',
    shared: 'x',
    files: {},
  });
  const entries = { '../policies/a.md': entry('a'), '../policies/b.md': entry('b') };
  writeFileSync(join(out, '.clausemark-manifest.json'), JSON.stringify({ format: 1, entries }));
  return { out, names };
}

describe('a signal while the outputs of gone policies are removed', () => {
  it('waits for every one of them to go, then writes no manifest; the next build forgets the entries', () => {
    const { out, names } = goneOutputs();
    let waited: boolean | undefined;
    signal.during = () => {
      signal.during = undefined;
      // The handler waits for the writes under way; with the removal counted in, the wait runs out (1 ms).
      waited = stopWrites(1);
    };
    const { removed } = removeOutputsOfGone(out);
    expect(waited, 'the removal was counted in while it ran').toBe(false);
    expect(removed.sort()).toEqual(names.map((name) => join(out, name)).sort());
    for (const name of names) expect(existsSync(join(out, name)), name).toBe(false);
    // The folder they left empty goes within the same count: no signal leaves it behind.
    expect(existsSync(join(out, 'org'))).toBe(false);
    // Not written after the signal: the entries stay recorded, their outputs gone.
    expect(Object.keys(readManifest(out).entries)).toHaveLength(2);
  });

  it('after the signal, removes nothing', () => {
    const { out, names } = goneOutputs();
    expect(removeOutputsOfGone(out)).toEqual({ removed: [] });
    for (const name of names) expect(existsSync(join(out, name)), name).toBe(true);
  });
});
