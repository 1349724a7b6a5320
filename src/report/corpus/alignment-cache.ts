// A comparison is aligned once per content (issue 41): `npm start` with nothing to do aligned every comparison again,
// 2.2 s of its 4.6 s. The alignment is kept in the cache folder (src/io/json-cache.ts: sealed, so an entry edited,
// planted or damaged is not used and the alignment is made afresh) under a hash of everything it is made from: the
// policies as the aligner is given them (the model as JSON, its source and attached procedure included), the options
// (confirmations, topics, absences, verdicts), every template (topic lists, lemma tables: templates-digest.ts),
// clausemark's version and its bundle. Outside the bundle (a developer's checkout, the tests) the code has no stamp,
// and nothing is kept.
import { join } from 'node:path';
import { codeStamp } from '../../io/code-stamp.js';
import type { Alignment } from '../../compare/read/types.js';
import { canSeal } from '../../io/cache-seal.js';
import { readCachedJson, writeCachedJson } from '../../io/json-cache.js';
import { toolVersion } from '../../io/version.js';
import { sha256 } from '../../model/fingerprint.js';
import type { Policy } from '../../model/policy.js';
import { templatesDigest } from './templates-digest.js';

/** Goes up when what an entry holds changes shape. */
const ENTRY_KIND = 'clausemark-alignment-2';

export interface AlignmentCacheOptions {
  /** The project root, whose templates/ (with clausemark's own) the alignment reads. */
  root: string;
  /** The cache folder for alignments; nothing is kept without one. */
  dir?: string | undefined;
  /** The bundle's stamp (tests give one; by default the running bundle's, '' outside it). */
  code?: string;
}

const isAlignment = (value: unknown): value is Alignment =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as Alignment).documents) &&
  Array.isArray((value as Alignment).provisions);

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
  const kept = readCachedJson(file, isAlignment);
  if (kept) return kept;
  const alignment = align();
  writeCachedJson(file, alignment);
  return alignment;
}
