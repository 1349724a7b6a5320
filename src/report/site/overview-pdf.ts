// out/overview.pdf: the board's overview of what every school must have (out/overview.html) as a PDF to hand out at
// the board meeting (src/render/overview), written wherever the HTML report writes the page. Its bytes are a pure
// function of the overview and the brand (dated by the overview's day, never the clock), and the file is replaced
// only when they differ, so a `start` with nothing changed still writes nothing.
import { join } from 'node:path';
import { loadBrand } from '../../brand/load.js';
import { sha256 } from '../../model/fingerprint.js';
import { toolVersion } from '../../io/version.js';
import { fillLabel, loadLabels } from '../../wording/labels.js';
import type { SiteOverview } from './plan.js';
import { writeIfChanged } from '../documents/site-assets.js';

/** The PDF beside the overview's page. */
export function overviewPdfPath(outDir: string): string {
  return join(outDir, 'overview.pdf');
}

/** Writes out/overview.pdf of `overview`; true when the file changed. */
export async function writeOverviewPdf(
  overview: SiteOverview,
  options: { root: string; outDir: string },
): Promise<boolean> {
  const { renderOverviewPdf } = await import('../../render/overview/index.js');
  const labels = loadLabels(overview.lang, { root: options.root });
  const bytes = await renderOverviewPdf({
    overviews: overview.overviews,
    title: overview.title,
    lang: overview.lang,
    brand: loadBrand(overview.brand, { root: options.root }),
    page: (page, pages) => fillLabel(labels.page, { page, pages }),
    json: overview.json,
    options: {
      creationDate: new Date(`${overview.date}T00:00:00Z`),
      producer: `clausemark ${toolVersion()}`,
      sourceHash: sha256(overview.json),
    },
  });
  return writeIfChanged(overviewPdfPath(options.outDir), bytes);
}
