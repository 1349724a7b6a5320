// The report's manifest, out/.clausemark-site.json: for each page, the hash of what it was made from (plan.ts) and
// the hash of the HTML written. The next run renders a page again only when either differs, so freshness rests on
// content: a policy or template saved unchanged, or merely touched, rewrites nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../io/atomic.js';

export const SITE_MANIFEST = '.clausemark-site.json';

export interface PageRecord {
  /** The page's content hash in the plan. */
  inputs: string;
  /** sha256 of the HTML written. */
  html: string;
  /** The policy files a page of one policy or of a revision is made from, relative to outDir: gone, so is the page. */
  sources?: string[];
}

/** Page records by path under outDir (forward slashes); none when there is no manifest or it cannot be read. */
export function readSiteManifest(outDir: string): Map<string, PageRecord> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(outDir, SITE_MANIFEST), 'utf8'));
  } catch {
    return new Map(); // none yet, or damaged: every page is rendered again and the manifest written anew
  }
  const pages = (data as { pages?: unknown } | null)?.pages;
  if (typeof pages !== 'object' || pages === null) return new Map();
  return new Map(
    Object.entries(pages).filter(
      (entry): entry is [string, PageRecord] =>
        typeof entry[1]?.inputs === 'string' && typeof entry[1]?.html === 'string',
    ),
  );
}

/** Writes the manifest when it changed. */
export function writeSiteManifest(outDir: string, pages: ReadonlyMap<string, PageRecord>, before: string): void {
  const text = manifestText(pages);
  if (text !== before) writeFileAtomic(join(outDir, SITE_MANIFEST), text);
}

export function manifestText(pages: ReadonlyMap<string, PageRecord>): string {
  return `${JSON.stringify({ version: 1, pages: Object.fromEntries(pages) }, null, 2)}\n`;
}
