// The HTML report written: each planned page rendered and written only when its content hash (plan.ts) or the file
// on disk differs from what the manifest recorded (manifest.ts); the logos and fonts copied when their bytes differ.
// A rebuild without changes renders nothing and touches nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { copySiteFonts, writeIfChanged } from '../documents/site-assets.js';
import { manifestText, type PageRecord, readSiteManifest, writeSiteManifest } from './manifest.js';
import type { SitePlan } from './plan.js';
import { renderSitePage } from './render.js';

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
}

export function writeSitePlan(plan: SitePlan, options: { root: string; outDir: string }): SiteWrite {
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
      records.set(name, known);
      continue;
    }
    const html = renderSitePage(page);
    rendered++;
    if (writeIfChanged(page.path, html)) written++;
    records.set(name, { inputs: page.hash, html: sha256(html) });
  }
  writeSiteManifest(outDir, records, manifestText(previous));
  return { written, rendered };
}
