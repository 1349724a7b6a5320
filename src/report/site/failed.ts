// The HTML report when it could not be made (a people list or a procedure.yaml that cannot be read, a full disk): the
// report of the run before must not stay in out/ as if it were current. out/index.html, and out/overview.html where
// the report had one, become a page that says the report could not be made, why (file:line:column and the fix, as
// clausemark prints it) and what to do; the report's other pages (as its manifest lists them), the overview's PDF and
// data and the manifest itself are removed, so the next run writes every page anew. The PDFs, board packs and
// comparisons of the run before are removed by src/jobs/build.ts, which the page's words say, except for a full disk,
// which removes the report alone and has words of its own. Each file is replaced whole (src/io/atomic.ts) or removed,
// never half-written; a page that cannot be written (a full disk) is removed instead.
import { existsSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../../io/atomic.js';
import { messageLanguage, told, wordMessage } from '../../io/messages.js';
import type { ClausemarkError } from '../../model/errors.js';
import { renderServeErrorPage } from '../../render/html/serve-error-page.js';
import { SITE_MANIFEST, readSiteManifest } from './manifest.js';
import { overviewPdfPath } from './overview-pdf.js';
import { overviewPath } from './plan.js';

/**
 * The page that says the report could not be made, with each error as clausemark prints it, and the files of the run
 * before removed with it (src/jobs/build.ts), a line each as `build` says them.
 */
export function failedReportPage(
  errors: readonly ClausemarkError[],
  removed: readonly string[] = [],
  gone: readonly string[] = [],
): string {
  // A full disk is no fault of the inputs, and removes nothing but the report (src/jobs/build.ts).
  const unwritten = errors.every((error) => error.ruleId === 'unwritable-output');
  const fix = unwritten
    ? 'report-failed.fix-unwritten'
    : errors.length === 1
      ? 'report-failed.fix-one'
      : 'report-failed.fix-many';
  return renderServeErrorPage(
    {
      lang: messageLanguage(),
      title: wordMessage({ messageId: 'report-failed.title' }),
      heading: wordMessage({ messageId: 'report-failed.heading' }),
      fix: wordMessage({ messageId: fix }),
    },
    errors.map((error) => told(error)),
    {
      heading: wordMessage({ messageId: 'report-failed.removed-heading' }),
      items: [
        ...removed.map((file) => wordMessage({ messageId: 'build-report.removed', params: { file } })),
        ...gone.map((file) => wordMessage({ messageId: 'build-report.removed-gone', params: { file } })),
      ],
    },
  );
}

/**
 * The pages that say the report could not be made (`pages`, replaceFailedReport's), written again with the files the
 * run then removed listed under the errors; a page that cannot be written is removed, as there.
 */
export function listRemovedOnFailedReport(
  pages: readonly string[],
  errors: readonly ClausemarkError[],
  removed: readonly string[],
  gone: readonly string[] = [],
): void {
  if (removed.length + gone.length === 0) return;
  const page = failedReportPage(errors, removed, gone);
  for (const path of pages) replaced(path, page);
}

const remove = (path: string): void => rmSync(path, { force: true });

/** Writes `page` to `path`, or removes what was there when it cannot be written; whether the page was written. */
function replaced(path: string, page: string): boolean {
  try {
    writeFileAtomic(path, page);
    return true;
  } catch {
    remove(path);
    return false;
  }
}

/**
 * Replaces the report in `outDir` by the page saying it could not be made (see the top of this file); returns the
 * pages that now say so (out/index.html first).
 */
export function replaceFailedReport(outDir: string, errors: readonly ClausemarkError[]): string[] {
  const page = failedReportPage(errors);
  const index = join(outDir, 'index.html');
  const overview = overviewPath(outDir);
  const hadOverview = existsSync(overview);
  // The page a user opens first, first: from here on nothing of the old report is shown as the report.
  const said = [index, ...(hadOverview ? [overview] : [])].filter((path) => replaced(path, page));
  for (const name of readSiteManifest(outDir).keys()) {
    const path = join(outDir, name);
    // Only a page of the report: the manifest is a file in out/, and a name in it must not reach beyond out/.
    const inside = resolve(path).startsWith(`${resolve(outDir)}${sep}`) && path.endsWith('.html');
    if (inside && path !== index && path !== overview) remove(path);
  }
  for (const path of [overviewPdfPath(outDir), overview.replace(/\.html$/, '.json'), join(outDir, SITE_MANIFEST)])
    remove(path);
  return said;
}
