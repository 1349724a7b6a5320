// The brand a revision of a policy is drawn in, for every output of `diff` that draws or cites its clauses (the board
// pack, the Word revision, the web page's citations): --brand, else the new version's own. Apart from the board pack,
// so the web page resolves it without loading the PDF renderer.
import { loadBrand, resolveBrandName } from '../../brand/load.js';
import type { Brand } from '../../brand/types.js';
import type { Policy } from '../../model/policy.js';

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
