// The documents `compare` compares (src/jobs/compare.ts), read in the shape of a report (src/parse/diff-shape.ts):
// the comparison reads of a document its clauses' texts, the content of those whose words do not carry it all
// (tables, links, footnotes), its section titles, the line each clause starts on, its frontmatter and meta, and
// its reports (text, Markdown, JSON, HTML, the PDF) the alignment, the meta and the source; two versions of a civil
// code read back ~0.1 s of CPU sooner and hold a smaller heap. A person's word recorded on them in an alignments
// file is held against what a reader sees, content and headings included (src/compare/read/confirmations.ts), which that
// shape leaves out: beside an alignments file the documents compared are read whole. A policy with a recorded
// approval hash is never kept in that shape (its adoption is read from the whole text) and so is read whole anyway.
import { existsSync } from 'node:fs';
import { titlesTypedAsText } from '../check/rules/heading-space.js';
import { discoverPolicies } from '../io/discover.js';
import { wordCounted } from '../io/messages.js';
import type { Policy } from '../model/policy.js';

export interface ComparedOptions {
  /** The command's project root, whose procedures hold. */
  root: string;
  /** The kind of policy (its `kind:`, else its `id:`; src/model/kind.ts) to compare when the paths hold several. */
  kind?: string | undefined;
  /**
   * Told, for the terminal, each document set aside (a revision, an older version) and each whose titles typed with
   * no space after their hashes are read as text (its clauses are cited under the heading before them).
   */
  onNotice?: ((line: string) => void) | undefined;
}

/** One document per organisation and kind of those `paths` hold (revisions and older versions set aside, and said). */
export async function comparedPolicies(paths: readonly string[], options: ComparedOptions): Promise<Policy[]> {
  const [compare, { confirmationsFile }, { loadBuildablePolicy }] = await Promise.all([
    import('../compare/index.js'),
    import('../compare/read/confirmations.js'),
    import('../build/policy.js'),
  ]);
  const load = (file: string, reportOnly: boolean): Policy => loadBuildablePolicy(file, options.root, reportOnly);
  const files = discoverPolicies(paths, ['policies']);
  const chosen = compare.chooseComparison(
    compare.comparisonInputs(files.map((file) => load(file, true))),
    options.kind,
  );
  for (const item of chosen.setAside) options.onNotice?.(compare.describeSetAside(item));
  if (options.onNotice) for (const policy of chosen.policies) noticeTitlesAsText(policy, options.onNotice);
  const judged = existsSync(confirmationsFile(chosen.policies.map((policy) => policy.path)));
  return judged ? chosen.policies.map((policy) => load(policy.path, false)) : chosen.policies;
}

/**
 * A document that types its titles `###Artikel 3` (a law export not imported) is compared with those lines read as
 * text: the comparison leaves them out of its rows, but cites the clauses under them by the heading above them, or as
 * the preamble.
 */
function noticeTitlesAsText(policy: Policy, notice: (line: string) => void): void {
  const titles = titlesTypedAsText(policy);
  const [first] = titles;
  if (!first) return;
  notice(
    wordCounted('compare-notice.titles-as-text', titles.length, {
      path: policy.path,
      title: String(first.params?.line ?? ''),
      line: first.place?.start.line ?? 1,
    }),
  );
}
