// The HTML report written: each planned page rendered and written only when its content hash (plan.ts) or the file
// on disk differs from what the manifest recorded (manifest.ts); the logos and fonts copied when their bytes differ.
// A rebuild without changes renders nothing and touches nothing. A page of the run before that the plan no longer
// has and that a policy whose file is gone was made from (a revision's diff, the policy's own page) is removed while
// it is as written, so no page in out/ tells of a policy no longer in the project (removeGonePages); a comparison's
// page and its review page too, made from the policies compared. A folder of pages left empty goes with them
// (src/io/empty-folders.ts).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { countWriteIn, writesStopped } from '../../io/write-stop.js';
import { copySiteFonts, writeIfChanged } from '../documents/site-assets.js';
import { manifestText, type PageRecord, readSiteManifest, writeSiteManifest } from './manifest.js';
import type { SitePage, SitePlan } from './plan.js';
import { renderSitePage } from './render.js';
import { isGone } from '../../io/gone.js';
import { removeEmptiedFolders } from '../../io/empty-folders.js';

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** sha256 of the file as it stands; undefined when there is none (or it cannot be read). */
function fileHash(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

export interface SiteWrite {
  /** How many pages changed on disk. */
  written: number;
  /** How many pages were rendered (the others were up to date by their hash). */
  rendered: number;
  /** The pages of the run before made from a policy whose file is gone, removed: outDir joined with each name. */
  removed: string[];
}

export function writeSitePlan(
  plan: SitePlan,
  options: { root: string; outDir: string; keep?: ReadonlySet<string> },
): SiteWrite {
  const { root, outDir } = options;
  for (const file of plan.files) writeIfChanged(file.path, file.data);
  copySiteFonts(root, outDir);
  const previous = readSiteManifest(outDir);
  const records = new Map<string, PageRecord>();
  let written = 0;
  let rendered = 0;
  for (const page of plan.pages) {
    const name = relative(outDir, page.path).split(sep).join('/');
    const known = previous.get(name);
    // Up to date: made from the same inputs, and the file still holds what was written then.
    if (known && known.inputs === page.hash && fileHash(page.path) === known.html) {
      records.set(name, { ...known, ...sourcesOf(page, outDir) });
      continue;
    }
    const html = renderSitePage(page);
    rendered++;
    if (writeIfChanged(page.path, html)) written++;
    records.set(name, { inputs: page.hash, html: sha256(html), ...sourcesOf(page, outDir) });
  }
  const removed = removeGonePages(outDir, previous, records, options.keep);
  writeSiteManifest(outDir, records, manifestText(previous));
  return { written, rendered, removed };
}

/**
 * The policy files a page of one policy, of a revision or of a comparison (and its review page) is made from,
 * relative to outDir, for its record.
 */
function sourcesOf(page: SitePage, outDir: string): { sources?: string[] } {
  const files =
    page.kind === 'policy'
      ? [page.inputs.policy.path]
      : page.kind === 'diff'
        ? [page.inputs.revision.old.path, page.inputs.revision.new.path]
        : (page.sources ?? []);
  return files.length > 0 ? { sources: files.map((file) => relative(outDir, resolve(file))) } : {};
}

/**
 * Removes the pages `previous` records that are not planned now (`records`), one of whose sources is gone, and that
 * are still as written, but none of `keep`; the files removed. Before the manifest is written, which no longer names
 * them: stopped between the two, the next run finds a page gone. Counted in as a write, so a signal waits for it;
 * after one, none. A page kept is recorded still, for the next run to decide again.
 */
function removeGonePages(
  outDir: string,
  previous: ReadonlyMap<string, PageRecord>,
  records: Map<string, PageRecord>,
  keep: ReadonlySet<string> = new Set(),
): string[] {
  if (writesStopped()) return [];
  const removed: string[] = [];
  const done = countWriteIn();
  try {
    for (const [name, known] of previous) {
      const path = join(outDir, name);
      const inside = resolve(path).startsWith(`${resolve(outDir)}${sep}`);
      const gone = (known.sources ?? []).some((source) => isGone(resolve(outDir, source)));
      if (records.has(name) || !inside || !gone || fileHash(path) !== known.html) continue;
      if (keep.has(resolve(path))) {
        records.set(name, known);
        continue;
      }
      rmSync(path, { force: true });
      removed.push(path);
    }
    removeEmptiedFolders(removed, outDir);
  } finally {
    done();
  }
  return removed;
}
