// Removing the outputs a run could not vouch for (src/build/manifest-prune.ts): after a report that could not be
// made, those of the policies the run was asked to build and did not build or find up to date, and of those it was
// not asked to build (`build ONE`: the others) that are no longer as built; those of a policy that cannot be read, at
// once. Those of a policy whose file is gone (deleted, renamed), with its page of the report, at every build, where
// still as written and not named by another entry (removeOutputsOfGone). Never anything outside the output folder, nor
// a file the manifest (or the report's, for a page) does not record.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/build/manifest.js';
import { removeOutputsNotVouched, removeOutputsOf, removeOutputsOfGone } from '../../src/build/manifest-prune.js';
import { sha256 } from '../../src/model/fingerprint.js';

const put = (path: string, text = path): string => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
};

/** An entry whose source and outputs are recorded as the files `put` writes (each file's text is its path). */
function entryOf(root: string, out: string, source: string, output: string, also?: string) {
  const hash = (path: string): string => sha256(Buffer.from(path));
  return {
    output,
    pdf: hash(join(out, output)),
    source: hash(join(root, 'policies', source)),
    tool: 'x',
    options: 'x',
    shared: 'x',
    files: {},
    ...(also ? { also: { [also]: hash(join(out, also)) } } : {}),
  };
}

function folder() {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-manifest-prune-'));
  const out = join(root, 'out');
  const source = (name: string): string => put(join(root, 'policies', name));
  return { root, out, source };
}

describe('removing the outputs a run could not vouch for', () => {
  it('removes the PDFs and Word documents of sources asked for and not built now, and forgets them', () => {
    const { root, out, source } = folder();
    const built = source('a.md');
    const notBuilt = source('b.md');
    const copy = source('b-copy.md');
    const outside = put(join(root, 'keep.pdf'));
    const entries = {
      '../policies/a.md': entryOf(root, out, 'a.md', 'org/a-1.0.pdf'),
      '../policies/b.md': entryOf(root, out, 'b.md', 'org/b-1.0.pdf', 'org/b-1.0.docx'),
      '../policies/gone.md': entryOf(root, out, 'gone.md', 'org/gone-1.0.pdf'),
      // A manifest edited to name a file outside the output folder must not reach it.
      '../policies/b-copy.md': entryOf(root, out, 'b-copy.md', '../keep.pdf'),
    };
    for (const name of ['org/a-1.0.pdf', 'org/b-1.0.pdf', 'org/b-1.0.docx', 'org/gone-1.0.pdf']) put(join(out, name));
    writeFileSync(join(out, '.clausemark-manifest.json'), JSON.stringify({ format: 1, entries }));

    const removed = removeOutputsNotVouched(out, new Set([built]), new Set([built, notBuilt, copy]));
    expect(removed.sort()).toEqual([join(out, 'org/b-1.0.docx'), join(out, 'org/b-1.0.pdf')]);
    for (const kept of [join(out, 'org/a-1.0.pdf'), join(out, 'org/gone-1.0.pdf'), outside, notBuilt])
      expect(existsSync(kept), kept).toBe(true);
    expect(Object.keys(readManifest(out).entries).sort()).toEqual(['../policies/a.md', '../policies/gone.md']);
  });

  it('keeps the outputs of a source not asked for while it and they are as built, and removes them once not', () => {
    const { root, out, source } = folder();
    const one = source('one.md');
    const same = source('same.md');
    const edited = source('edited.md');
    const touched = source('touched.md');
    const entries = {
      '../policies/one.md': entryOf(root, out, 'one.md', 'org/one-1.0.pdf'),
      '../policies/same.md': entryOf(root, out, 'same.md', 'org/same-1.0.pdf', 'org/same-1.0.docx'),
      '../policies/edited.md': entryOf(root, out, 'edited.md', 'org/edited-1.0.pdf'),
      '../policies/touched.md': entryOf(root, out, 'touched.md', 'org/touched-1.0.pdf', 'org/touched-1.0.docx'),
    };
    for (const name of Object.values(entries).flatMap((entry) => [entry.output, ...Object.keys(entry.also ?? {})]))
      put(join(out, name));
    writeFileSync(join(out, '.clausemark-manifest.json'), JSON.stringify({ format: 1, entries }));
    // The source edited since its PDF was made; a Word document changed since it was written.
    put(edited, 'a new text');
    put(join(out, 'org/touched-1.0.docx'), 'edited in Word');

    const removed = removeOutputsNotVouched(out, new Set([one]), new Set([one]));
    expect(removed.sort()).toEqual(
      ['org/edited-1.0.pdf', 'org/touched-1.0.docx', 'org/touched-1.0.pdf'].map((name) => join(out, name)),
    );
    for (const kept of ['org/one-1.0.pdf', 'org/same-1.0.pdf', 'org/same-1.0.docx'])
      expect(existsSync(join(out, kept)), kept).toBe(true);
    expect(Object.keys(readManifest(out).entries).sort()).toEqual(['../policies/one.md', '../policies/same.md']);
    expect([same, touched].every((file) => existsSync(file))).toBe(true);
  });

  it('removes the outputs of the sources named (they cannot be read now), and nothing else', () => {
    const { root, out, source } = folder();
    const bad = source('bad.md');
    source('good.md');
    const entries = {
      '../policies/bad.md': entryOf(root, out, 'bad.md', 'org/bad-1.0.pdf', 'org/bad-1.0.docx'),
      '../policies/good.md': entryOf(root, out, 'good.md', 'org/good-1.0.pdf'),
    };
    for (const name of ['org/bad-1.0.pdf', 'org/bad-1.0.docx', 'org/good-1.0.pdf']) put(join(out, name));
    // Not recorded by clausemark: stays.
    const own = put(join(out, 'org', 'mine.pdf'));
    writeFileSync(join(out, '.clausemark-manifest.json'), JSON.stringify({ format: 1, entries }));

    expect(removeOutputsOf(out, new Set([bad])).sort()).toEqual([
      join(out, 'org/bad-1.0.docx'),
      join(out, 'org/bad-1.0.pdf'),
    ]);
    expect(existsSync(join(out, 'org/good-1.0.pdf'))).toBe(true);
    expect(existsSync(own)).toBe(true);
    expect(Object.keys(readManifest(out).entries)).toEqual(['../policies/good.md']);
  });

  it('removes the outputs and page of a policy whose file is gone, where still as written and no other entry’s', () => {
    const { root, out, source } = folder();
    source('live.md');
    source('renamed.md');
    const outside = put(join(root, 'keep.pdf'));
    const entries = {
      '../policies/live.md': entryOf(root, out, 'live.md', 'org/live-1.0.pdf'),
      '../policies/gone.md': entryOf(root, out, 'gone.md', 'org/gone-1.0.pdf', 'org/gone-1.0.docx'),
      '../policies/changed.md': entryOf(root, out, 'changed.md', 'org/changed-1.0.pdf'),
      // Renamed: the new file's entry names the same PDF, made again.
      '../policies/old-name.md': entryOf(root, out, 'old-name.md', 'org/renamed-1.0.pdf'),
      '../policies/renamed.md': entryOf(root, out, 'renamed.md', 'org/renamed-1.0.pdf'),
      // A manifest edited to name a file outside the output folder must not reach it.
      '../policies/escape.md': entryOf(root, out, 'escape.md', '../keep.pdf'),
      // Its outputs removed by a run a signal stopped before it wrote the manifest: forgotten now.
      '../policies/half.md': entryOf(root, out, 'half.md', 'org/half-1.0.pdf'),
    };
    for (const entry of Object.values(entries))
      for (const name of [entry.output, ...Object.keys(entry.also ?? {})])
        if (!name.startsWith('..') && !name.includes('half')) put(join(out, name));
    put(join(out, 'org/changed-1.0.pdf'), 'the user’s own version');
    const page = (name: string): [string, string] => [name, sha256(Buffer.from(put(join(out, name))))];
    const pages = new Map([page('org/gone-1.0.html'), page('org/renamed-1.0.html'), page('org/live-1.0.html')]);
    // A page the report no longer holds as written (edited by hand) stays; so does one no record names.
    put(join(out, 'org/changed-1.0.html'));
    const own = put(join(out, 'org', 'mine.pdf'));
    writeFileSync(join(out, '.clausemark-manifest.json'), JSON.stringify({ format: 1, entries }));

    const { removed, unwritten } = removeOutputsOfGone(out, pages);
    expect(unwritten).toBeUndefined();
    expect(removed.sort()).toEqual(
      ['org/gone-1.0.docx', 'org/gone-1.0.html', 'org/gone-1.0.pdf'].map((name) => join(out, name)),
    );
    for (const kept of ['live-1.0.pdf', 'live-1.0.html', 'changed-1.0.pdf', 'changed-1.0.html', 'renamed-1.0.pdf'])
      expect(existsSync(join(out, 'org', kept)), kept).toBe(true);
    expect(existsSync(join(out, 'org/renamed-1.0.html'))).toBe(true);
    expect([outside, own].every((file) => existsSync(file))).toBe(true);
    expect(Object.keys(readManifest(out).entries).sort()).toEqual(['../policies/live.md', '../policies/renamed.md']);
    // Said once: nothing is left to remove.
    expect(removeOutputsOfGone(out, pages)).toEqual({ removed: [] });
  });

  it('removes the folder of a gone policy its outputs leave empty, not one holding a file of the user’s', () => {
    const { root, out, source } = folder();
    source('live.md');
    const entries = {
      '../policies/live.md': entryOf(root, out, 'live.md', 'linde/live-1.0.pdf'),
      '../policies/eik.md': entryOf(root, out, 'eik.md', 'eik/eik-1.0.pdf', 'eik/eik-1.0.docx'),
      '../policies/wilg.md': entryOf(root, out, 'wilg.md', 'wilg/wilg-1.0.pdf'),
    };
    for (const name of ['linde/live-1.0.pdf', 'eik/eik-1.0.pdf', 'eik/eik-1.0.docx', 'wilg/wilg-1.0.pdf'])
      put(join(out, name));
    put(join(out, 'wilg/eigen.txt'), 'mijn bestand');
    writeFileSync(join(out, '.clausemark-manifest.json'), JSON.stringify({ format: 1, entries }));

    const { removed } = removeOutputsOfGone(out);
    expect(removed).toHaveLength(3);
    expect(existsSync(join(out, 'eik'))).toBe(false);
    expect(existsSync(join(out, 'wilg/eigen.txt'))).toBe(true);
    expect(existsSync(join(out, 'linde/live-1.0.pdf'))).toBe(true);
  });

  it('keeps the outputs, page and entry of a gone policy that a policy failed now would replace, and says which', () => {
    const { root, out } = folder();
    const entries = {
      '../policies/old.md': entryOf(root, out, 'old.md', 'org/shared-1.0.pdf', 'org/shared-1.0.docx'),
      '../policies/other.md': entryOf(root, out, 'other.md', 'org/other-1.0.pdf'),
    };
    for (const name of ['org/shared-1.0.pdf', 'org/shared-1.0.docx', 'org/other-1.0.pdf']) put(join(out, name));
    const page = (name: string): [string, string] => [name, sha256(Buffer.from(put(join(out, name))))];
    const pages = new Map([page('org/shared-1.0.html'), page('org/other-1.0.html')]);
    writeFileSync(join(out, '.clausemark-manifest.json'), JSON.stringify({ format: 1, entries }));
    // The renamed file reads and failed to render: it names the shared PDF.
    const named = new Map([[join(out, 'org/shared-1.0.pdf'), 'policies/new.md']]);

    const { removed, kept } = removeOutputsOfGone(out, pages, { named, unread: [] });
    expect(removed.sort()).toEqual(['org/other-1.0.html', 'org/other-1.0.pdf'].map((name) => join(out, name)));
    expect(kept).toEqual(
      ['org/shared-1.0.pdf', 'org/shared-1.0.docx', 'org/shared-1.0.html'].map((name) => ({
        file: join(out, name),
        policies: ['policies/new.md'],
        unread: false,
      })),
    );
    for (const name of ['shared-1.0.pdf', 'shared-1.0.docx', 'shared-1.0.html'])
      expect(existsSync(join(out, 'org', name)), name).toBe(true);
    // Its entry stays for the next build to decide again: with no failure then, they go.
    expect(Object.keys(readManifest(out).entries)).toEqual(['../policies/old.md']);
    expect(removeOutputsOfGone(out, pages).removed).toHaveLength(3);
    expect(existsSync(join(out, 'org'))).toBe(false);
  });

  it('while a failed policy cannot be read far enough to name its outputs, keeps every gone policy’s', () => {
    const { root, out } = folder();
    const entries = { '../policies/old.md': entryOf(root, out, 'old.md', 'org/old-1.0.pdf') };
    put(join(out, 'org/old-1.0.pdf'));
    writeFileSync(join(out, '.clausemark-manifest.json'), JSON.stringify({ format: 1, entries }));
    // One that names another output is no claim on it.
    const named = new Map([[join(out, 'org/new-2.0.pdf'), 'policies/new.md']]);
    expect(removeOutputsOfGone(out, new Map(), { named, unread: [] }).removed).toEqual([join(out, 'org/old-1.0.pdf')]);

    put(join(out, 'org/old-1.0.pdf'));
    writeFileSync(join(out, '.clausemark-manifest.json'), JSON.stringify({ format: 1, entries }));
    const { removed, kept } = removeOutputsOfGone(out, new Map(), { named, unread: ['policies/kapot.md'] });
    expect(removed).toEqual([]);
    expect(kept).toEqual([{ file: join(out, 'org/old-1.0.pdf'), policies: ['policies/kapot.md'], unread: true }]);
    expect(existsSync(join(out, 'org/old-1.0.pdf'))).toBe(true);
    expect(Object.keys(readManifest(out).entries)).toEqual(['../policies/old.md']);
  });
});
