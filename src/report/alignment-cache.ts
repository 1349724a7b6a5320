// A comparison is aligned once per content (issue 41): `npm start` with nothing to do aligned every comparison again,
// 2.2 s of its 4.6 s. The alignment is kept in the cache folder under a hash of everything it is made from: the
// policies as the aligner is given them (the model as JSON, its source and attached procedure included), the
// options (confirmations, topics, absences, verdicts), every template (topic lists, lemma tables: templates-digest.ts),
// clausemark's version and its bundle. And it is sealed (src/io/cache-seal.ts): an entry edited, planted or damaged is
// not used, and the alignment is made afresh, so the cache is only a faster way to the same alignment. Outside the
// bundle (a developer's checkout, the tests) the code has no stamp, and nothing is kept.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeStamp } from '../build/manifest.js';
import type { Alignment } from '../compare/types.js';
import { canSeal, seal, sealHolds } from '../io/cache-seal.js';
import { toolVersion } from '../io/version.js';
import { sha256 } from '../model/fingerprint.js';
import type { Policy } from '../model/policy.js';
import { templatesDigest } from './templates-digest.js';

/** Goes up when what an entry holds changes shape. */
const ENTRY_KIND = 'clausemark-alignment-1';

export interface AlignmentCacheOptions {
  /** The project root, whose templates/ (with clausemark's own) the alignment reads. */
  root: string;
  /** The cache folder for alignments; nothing is kept without one. */
  dir?: string | undefined;
  /** The bundle's stamp (tests give one; by default the running bundle's, '' outside it). */
  code?: string;
}

/** The alignment of `policies` with `options`, from the cache when an entry for exactly these inputs holds. */
export function cachedAlignment(
  policies: readonly Policy[],
  options: object,
  align: () => Alignment,
  cache: AlignmentCacheOptions,
): Alignment {
  const code = cache.code ?? codeStamp();
  if (!cache.dir || code === '' || !canSeal()) return align();
  const key = sha256(JSON.stringify([ENTRY_KIND, toolVersion(), code, templatesDigest(cache.root), policies, options]));
  const file = join(cache.dir, `${key}.json`);
  const kept = readEntry(file, key);
  if (kept) return kept;
  const alignment = align();
  writeEntry(cache.dir, file, key, JSON.stringify(alignment));
  return alignment;
}

function readEntry(file: string, key: string): Alignment | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const end = text.indexOf('\n');
  if (end < 0 || !sealHolds(text.slice(0, end), [ENTRY_KIND, key, text.slice(end + 1)])) return undefined;
  try {
    return JSON.parse(text.slice(end + 1)) as Alignment;
  } catch {
    return undefined;
  }
}

function writeEntry(dir: string, file: string, key: string, body: string): void {
  const tag = seal([ENTRY_KIND, key, body]);
  if (tag === undefined) return;
  // Temp file and rename: a reader sees the old entry or the new one; one cut short fails its seal.
  const temp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temp, `${tag.toString('hex')}\n${body}`, { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing more to do for a cache
    }
  }
}
