// One policy built and written, with what the incremental-build manifest needs to know about it. Kept apart from
// src/build/batch.ts because it loads the renderers (pdfkit, fontkit; docx): the thread that only hands out files to
// workers never loads it (see batch.ts).
import { writeFileAtomicAfterPoll } from '../io/atomic.js';
import { nextDecisionDay } from '../model/adoption.js';
import { sha256 } from '../model/fingerprint.js';
import type { Policy } from '../model/policy.js';
import { todayIso } from '../procedure/evaluate.js';
import { brandDependencies, type BuildRecord } from './manifest.js';
import { adoptionSummary, renderPolicyFiles, type BuildOptions, type BuiltPolicy } from './policy.js';
import { shapingCacheIn } from './shaping-cache.js';
import type { PolicyRead } from './read.js';

/** One policy built, with what the manifest needs to know about it. */
export interface TrackedBuild extends BuiltPolicy {
  record: BuildRecord;
}

/**
 * buildPolicy (src/build/policy.ts), step for step (from `read` when the batch has read the file), keeping what the
 * manifest needs: the hashes of the source bytes
 * the PDF was made from and of the PDF, and the brand files the policy was drawn with.
 */
export async function buildTracked(file: string, options: BuildOptions, read?: PolicyRead): Promise<TrackedBuild> {
  const started = performance.now();
  // The layout cache is the PDF renderer's, and every format lays the PDF's pages out: the Word document's contents
  // show the page of each heading (src/build/policy-formats.ts).
  const cache = options.shapingCache ? shapingCacheIn(options.shapingCache) : undefined;
  // Set (or, with the cache off, cleared) for every build: one in the same process before may have used another.
  (await import('../render/engine/document.js')).setLayoutStore(cache);
  const { policy, files, sourceSha256, warnings, adoptionGit, made } = await renderPolicyFiles(file, options, read);
  // After a poll of the event loop: a run in the binary's main thread answers a signal that came meanwhile there.
  for (const rendered of files) await writeFileAtomicAfterPoll(rendered.output, rendered.bytes);
  cache?.flush();
  const [first, ...others] = files;
  const output = first?.output ?? '';
  return {
    file,
    output,
    outputs: files.map((rendered) => rendered.output),
    bytes: files.reduce((total, rendered) => total + rendered.bytes.byteLength, 0),
    milliseconds: performance.now() - started,
    warnings,
    ...adoptionSummary(policy),
    record: {
      output,
      pdfSha256: first ? sha256(first.bytes) : '',
      also: others.map((rendered) => ({ output: rendered.output, sha256: sha256(rendered.bytes) })),
      sourceSha256,
      dependencies: brandDependencies(policy, options),
      ...untilOf(policy, options),
      ...(adoptionGit === undefined ? {} : { adoptionGit }),
      ...(made ? { made } : {}),
    },
  };
}

/** A PDF made before an approval's date says otherwise once that day comes (src/model/adoption.ts): built again then. */
function untilOf(policy: Policy, options: BuildOptions): { until?: string } {
  const until = nextDecisionDay(policy, options.day ?? todayIso());
  return until ? { until } : {};
}
