// Where the CLI keeps its disk caches, one folder each under clausemark's cache folder: word layouts (shaping/,
// src/build/shaping-cache.ts), the parsed messages files (messages/, src/io/messages-cache.ts), the fonts that
// passed the brand check and the characters each draws (fonts/, src/brand/font-checks.ts), the compiled wording
// templates (layouts/, src/wording/compiled-cache.ts), the label files as read (parsed/, src/io/parsed-cache.ts),
// the policies as parsed (policies/, src/parse/cached.ts), files' checks (findings/, src/check/findings-cache.ts),
// each compared document's topic scores (topic-scores/, src/compare/topics/topic-scores-cache.ts), clause words
// (clause-words/, src/compare/terms/clause-words-cache.ts) and clause topics (clause-topics/,
// src/compare/topics/clause-topics-cache.ts), the comparisons' alignments (alignments/, src/report/corpus/alignment-cache.ts), what
// a `start` with nothing to do said (start/, src/jobs/start-stamp.ts) and the command thread's compiled code (code/,
// src/cli/startup/code-cache.ts).
// CLAUSEMARK_CACHE_DIR, else the user's cache folder (src/cli/cache-place.ts). CLAUSEMARK_CACHE_DIR=off (or empty)
// runs without them. A cache holds code clausemark runs and layouts it prints (docs/security.md), so the folder must
// be absolute, of this user's and not writable by others (src/io/private-folder.ts), and the secret that seals its
// entries must be there (src/io/cache-secret.ts). Otherwise the caches are off and the run says why in one line
// (cachesOffNotice).
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { MessageRef } from '../model/diagnostics.js';
import { cacheSecret } from '../io/cache-secret.js';
import { privateFolder } from '../io/private-folder.js';
import { CODE_FOLDER, cacheFolderPath } from './cache-place.js';

type Setup = { folder: string; why?: undefined } | { folder?: undefined; why?: MessageRef };

/**
 * The cache folder made or found safe, with its secret there; else why not (no reason: turned off, or not to be had).
 * Judged afresh at each call (three system calls), so a folder made unsafe since is never used.
 */
function cacheSetup(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): Setup {
  const place = cacheFolderPath(env, platform, home);
  if (place === undefined) return {};
  if ('why' in place) return { why: place.why };
  const verdict = privateFolder(place.folder);
  if (!verdict.safe) return verdict.why ? { why: verdict.why } : {};
  const { secret, why } = cacheSecret(env, platform, home);
  if (!secret) return why ? { why } : {};
  return { folder: place.folder };
}

/** Why the caches are off although they were not turned off: the one line a run prints about it; else undefined. */
export function cachesOffNotice(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): MessageRef | undefined {
  return cacheSetup(env, platform, home).why;
}

/** The folder `name` in the cache folder, or undefined when the caches are off (turned off, unsafe, not to be had). */
function cacheSubfolder(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string | undefined {
  const { folder } = cacheSetup(env, platform, home);
  return folder === undefined ? undefined : join(folder, name);
}

/** Where the word layouts (and font subsets) are kept. */
export const shapingCacheDir = (env = process.env, platform = process.platform, home = homedir()): string | undefined =>
  cacheSubfolder('shaping', env, platform, home);

/** Where the parsed messages files are kept. */
export const messagesCacheDir = (env = process.env): string | undefined => cacheSubfolder('messages', env);

/** Where the verdicts of the brand's font check are kept. */
export const fontChecksCacheDir = (env = process.env): string | undefined => cacheSubfolder('fonts', env);

/** Where the compiled wording templates are kept. */
export const compiledTemplatesCacheDir = (env = process.env): string | undefined => cacheSubfolder('layouts', env);

/** Where settings files are kept as read (the label files). */
export const parsedFilesCacheDir = (env = process.env): string | undefined => cacheSubfolder('parsed', env);

/** Where the parsed policies are kept (src/parse/cached.ts). */
export const parsedPoliciesCacheDir = (env = process.env): string | undefined => cacheSubfolder('policies', env);

/** Where files' checks are kept (src/check/findings-cache.ts). */
export const checkFindingsCacheDir = (env = process.env): string | undefined => cacheSubfolder('findings', env);

/** Where each document's topic scores are kept (src/compare/topics/topic-scores-cache.ts). */
export const topicScoresCacheDir = (env = process.env): string | undefined => cacheSubfolder('topic-scores', env);

/** Where each compared document's clause topics are kept (src/compare/topics/clause-topics-cache.ts). */
export const clauseTopicsCacheDir = (env = process.env): string | undefined => cacheSubfolder('clause-topics', env);

/** Where each compared document's clause words are kept (src/compare/terms/clause-words-cache.ts). */
export const clauseWordsCacheDir = (env = process.env): string | undefined => cacheSubfolder('clause-words', env);

/** Where the command thread's compiled code is kept (src/cli/startup/code-cache.ts). */
export const codeCacheDir = (env = process.env): string | undefined => cacheSubfolder(CODE_FOLDER, env);

/** Where the comparisons' alignments are kept (src/report/corpus/alignment-cache.ts). */
export const alignmentCacheDir = (env = process.env): string | undefined => cacheSubfolder('alignments', env);

/** Where `start` keeps what a run with nothing to do said (src/jobs/start-stamp.ts). */
export const startStampsDir = (env = process.env): string | undefined => cacheSubfolder('start', env);

/** The build options for the caches a build and its reports use, or nothing for those that are off. */
export function cacheOption(env: NodeJS.ProcessEnv = process.env): { shapingCache?: string; alignmentCache?: string } {
  const shaping = shapingCacheDir(env);
  const alignments = alignmentCacheDir(env);
  return { ...(shaping ? { shapingCache: shaping } : {}), ...(alignments ? { alignmentCache: alignments } : {}) };
}
