// The brand a revision of a policy is drawn in, for every output of `diff` that draws or cites its clauses (the board
// pack, the Word revision, the text, Markdown and web page's citations, `git-diff`): --brand, else the new version's
// own; and both versions numbered by its label patterns as their PDFs are. Apart from the board pack, so the text
// and the web page resolve it without loading the PDF renderer.
import { loadBrand, resolveBrandName } from '../../brand/load.js';
import type { Brand } from '../../brand/types.js';
import type { Policy } from '../../model/policy.js';
import { numberByBrand } from '../../parse/own-numbering.js';

/** The brand of a revision: --brand, else the new version's own (errors point at its `brand` field). */
export function revisionBrand(newPolicy: Policy, options: { root: string; brand?: string }): Brand {
  const { meta } = newPolicy;
  const brandName = resolveBrandName(meta, options.brand, options.root);
  const brandField = newPolicy.frontmatter?.fields.brand;
  const requestedAt = options.brand
    ? { argument: '--brand' }
    : meta.brand && brandField
      ? { file: newPolicy.path, point: brandField.value.start }
      : undefined;
  return loadBrand(brandName, { root: options.root, ...(requestedAt ? { requestedAt } : {}) });
}

/**
 * The brand of a revision (revisionBrand), with both versions numbered by its label patterns (`labels`) where they
 * name no numbering of their own, in place, as `build` numbers a policy for its PDF (numberByBrand): so a clause or a
 * heading is cited as that PDF prints it ("Artikel 2, onder f", "Hoofdstuk 2").
 */
export function printedRevision(
  oldPolicy: Policy,
  newPolicy: Policy,
  options: { root: string; brand?: string },
): Brand {
  const brand = revisionBrand(newPolicy, options);
  numberByBrand(oldPolicy, brand.labels);
  numberByBrand(newPolicy, brand.labels);
  return brand;
}
