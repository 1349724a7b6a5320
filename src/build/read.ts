// A policy file read for a build, once: the bytes are read and parsed here, and the same parse serves the check for
// two files that would write one PDF (src/build/clashes.ts) and the rendering (src/build/policy.ts), in this thread
// or handed to a worker (cloned: its WrittenNumbers are made again there, src/build/cross-thread.ts). The sha256
// is of the very bytes parsed, for the incremental-build manifest. A module of its own: it loads the parser, not the renderers.
// `compare` reads its documents in the shape of a report (src/parse/diff-shape.ts): it renders none of them.
import { decodeSource, readSourceBytes } from '../io/read.js';
import { sha256 } from '../model/fingerprint.js';
import { parsePolicyCached, parsePolicyCachedForDiff } from '../parse/cached.js';
import type { ParseResult } from '../parse/index.js';
import { attachProcedure } from '../procedure/attach.js';

export interface PolicyRead {
  parsed: ParseResult;
  /** sha256 of the source bytes `parsed` was made from. */
  sourceSha256: string;
}

/**
 * Reads and parses `file`; a file that cannot be read or decoded is a ClausemarkError naming it. `root`: the command's
 * project root, whose procedures hold (default: the project around the working folder, for library callers).
 */
export function readPolicyFile(file: string, root?: string, reportOnly = false): PolicyRead {
  return readPolicyBytes(readSourceBytes(file), file, root, reportOnly);
}

/**
 * The same, for bytes read elsewhere (a version of `file` in its git history, `build --at`). `reportOnly`: for a
 * report that renders no policy (`compare`), read back in the shape of one where the cache keeps it so.
 */
export function readPolicyBytes(bytes: Uint8Array, file: string, root?: string, reportOnly = false): PolicyRead {
  const { text, bom, eol } = decodeSource(bytes, file);
  // The reader every command uses (the fast path, which hands remark what it cannot read exactly: src/parse/fast),
  // so the parse `check`, `diff` and `compare` keep for this file is the one a build reads back, and not a second.
  const options = { path: file, encoding: { bom, eol } };
  const parsed = reportOnly ? parsePolicyCachedForDiff(text, options, bytes) : parsePolicyCached(text, options);
  // A policy adopted without a step its procedure requires is shown as not adopted (docs/procedure.md).
  if (!parsed.findings.some((finding) => finding.fatal)) attachProcedure(parsed.policy, root);
  return { parsed, sourceSha256: sha256(bytes) };
}
