// One policy built and written, with what the incremental-build manifest needs to know about it. Kept apart from
// src/build/batch.ts because it loads the renderer (pdfkit, fontkit): the thread that only hands out files to
// workers never loads it (see batch.ts).
import { writeFileAtomic } from '../io/atomic.js';
import { sha256 } from '../model/fingerprint.js';
import { setLayoutStore } from '../render/pdf/document.js';
import { brandDependencies, type BuildRecord } from './manifest.js';
import { renderPolicy, type BuildOptions, type BuiltPolicy } from './policy.js';
import { shapingCacheIn } from './shaping-cache.js';
import { adoptionOf } from '../model/adoption.js';

/** One policy built, with what the manifest needs to know about it. */
export interface TrackedBuild extends BuiltPolicy {
  record: BuildRecord;
}

/**
 * buildPolicy (src/build/policy.ts), step for step, keeping what the manifest needs: the hashes of the source bytes
 * the PDF was made from and of the PDF, and the brand files the policy was drawn with.
 */
export async function buildTracked(file: string, options: BuildOptions): Promise<TrackedBuild> {
  const started = performance.now();
  const cache = options.shapingCache ? shapingCacheIn(options.shapingCache) : undefined;
  if (cache) setLayoutStore(cache);
  const { policy, output, pdf, warnings, sourceSha256 } = await renderPolicy(file, options);
  writeFileAtomic(output, pdf);
  cache?.flush();
  return {
    file,
    output,
    bytes: pdf.byteLength,
    milliseconds: performance.now() - started,
    warnings,
    status: adoptionOf(policy).status,
    record: { output, pdfSha256: sha256(pdf), sourceSha256, dependencies: brandDependencies(policy, options) },
  };
}
