// `start` with the alignment cache (src/report/corpus/alignment-cache.ts) writes what it writes without one: a second run into
// an empty output folder takes the comparison's alignment from the cache and every file it writes (PDFs, board pack,
// comparison JSON/Markdown/PDF, HTML report) is byte for byte the first run's. And an entry planted in the cache
// folder without the user's seal is not taken: a third run with the comparison's outputs removed makes them again
// (the policies' PDFs, which no alignment touches, are up to date and not rebuilt: 1.3 CPU s, not 2.4), and out/ is
// then byte for byte the first run's.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/cli.js';
import { shippedProject } from '../../support/project.js';

/** Every PDF, board pack and comparison of the corpus, twice: a bound that catches a hang, not a speed target. */
const TWO_RUNS = 600_000;

/** Every file under `dir` (the report's manifests aside), by its path below it, with its bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    try {
      files.set(relative(dir, path), readFileSync(path));
    } catch {
      // a folder
    }
  }
  return files;
}

describe('start with the alignment cache', () => {
  it(
    'writes the same bytes from a cached alignment as from a fresh one, and takes no planted entry',
    async () => {
      const root = shippedProject();
      const cache = mkdtempSync(join(tmpdir(), 'clausemark-alignment-cache-'));
      const env = { CLAUSEMARK_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1767225600' };
      const out = join(root, 'out');
      const first = await runBuiltCli(['start', '--out', out], { cwd: root, env });
      expect(first.code).toBe(0);
      const fresh = filesUnder(out);
      const entries = readdirSync(join(cache, 'alignments'));
      expect(entries.length).toBeGreaterThan(0);
      // A miss writes its entry anew (a new file renamed over the old): the same inodes after the run mean hits.
      const inodes = entries.map((name) => statSync(join(cache, 'alignments', name)).ino);

      rmSync(out, { recursive: true });
      const second = await runBuiltCli(['start', '--out', out], { cwd: root, env });
      expect(second.code).toBe(0);
      const cached = filesUnder(out);
      expect([...cached.keys()]).toEqual([...fresh.keys()]);
      for (const [path, bytes] of fresh) expect(cached.get(path)?.equals(bytes), path).toBe(true);
      expect(readdirSync(join(cache, 'alignments'))).toEqual(entries);
      expect(entries.map((name) => statSync(join(cache, 'alignments', name)).ino)).toEqual(inodes);

      // An entry rewritten by someone without the user's secret: its words changed, its seal kept.
      const entry = join(cache, 'alignments', entries[0]!);
      const text = readFileSync(entry, 'utf8');
      const [tag, body] = [text.slice(0, text.indexOf('\n')), text.slice(text.indexOf('\n') + 1)];
      const planted = body.replace(/"label":"[^"]*"/, '"label":"Geplante bepaling"');
      expect(planted).not.toBe(body);
      writeFileSync(entry, `${tag}\n${planted}`);
      rmSync(join(out, 'compare'), { recursive: true });
      const third = await runBuiltCli(['start', '--out', out], { cwd: root, env });
      expect(third.code).toBe(0);
      const json = readdirSync(join(out, 'compare')).filter((name) => name.endsWith('.json'));
      for (const name of json) expect(readFileSync(join(out, 'compare', name), 'utf8')).not.toContain('Geplante');
      for (const [path, bytes] of fresh) expect(filesUnder(out).get(path)?.equals(bytes), path).toBe(true);
    },
    TWO_RUNS,
  );
});
