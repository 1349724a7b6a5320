// The documents `compare` compares (src/jobs/compare.ts), read in the shape of a report (src/parse/diff-shape.ts):
// the comparison reads of a document its clauses' texts, the content of those whose words do not carry it all
// (tables, links, footnotes), its section titles, the line each clause starts on, its frontmatter and meta, and
// its reports (text, Markdown, JSON, HTML, the PDF) the alignment, the meta and the source; two versions of a civil
// code read back ~0.1 s of CPU sooner and hold a smaller heap. A person's word recorded on them in an alignments
// file is held against what a reader sees, content and headings included (src/compare/read/confirmations.ts), which that
// shape leaves out: beside an alignments file the documents compared are read whole. A policy with a recorded
// approval hash is never kept in that shape (its adoption is read from the whole text) and so is read whole anyway.
//
// A file of a folder compared that cannot be read as a policy (no text, broken frontmatter), or a document of another
// program's there (Word, PDF, HTML: not imported), is left out, said on the terminal and in the report (Alignment.leftOut), and the others are compared; a file named on the command line is
// still refused, as are left-outs that leave fewer than two documents to compare.
import { existsSync, statSync } from 'node:fs';
import { titlesTypedAsText } from '../check/rules/heading-space.js';
import type { LeftOutDocument } from '../compare/read/types.js';
import { discoverPolicies, documentsNotPolicies } from '../io/discover.js';
import { errorById, told, wordCounted, wordMessage } from '../io/messages.js';
import { locationOf } from '../model/diagnostics.js';
import { type ClausemarkError, isClausemarkError } from '../model/errors.js';
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

/** The documents compared, and the files of the folders compared that could not be read (said on the terminal). */
export interface ComparedDocuments {
  policies: Policy[];
  leftOut: LeftOutDocument[];
}

/** One document per organisation and kind of those `paths` hold (revisions and older versions set aside, and said). */
export async function comparedPolicies(paths: readonly string[], options: ComparedOptions): Promise<Policy[]> {
  return (await comparedDocuments(paths, options)).policies;
}

/** comparedPolicies, with the files of the folders that were left out because they cannot be read as a policy. */
export async function comparedDocuments(
  paths: readonly string[],
  options: ComparedOptions,
): Promise<ComparedDocuments> {
  const [compare, { confirmationsFile }, { loadBuildablePolicy }] = await Promise.all([
    import('../compare/index.js'),
    import('../compare/read/confirmations.js'),
    import('../build/policy.js'),
  ]);
  const load = (file: string, reportOnly: boolean): Policy => loadBuildablePolicy(file, options.root, reportOnly);
  const { policies, refused } = readableOf(discoverPolicies(paths, ['policies']), namedFiles(paths), load);
  refused.push(...documentsNotPolicies(paths).map((file): [string, ClausemarkError] => [file, notAPolicy(file)]));
  const chosen = compare.chooseComparison(compare.comparisonInputs(policies), options.kind);
  for (const [, error] of refused) options.onNotice?.(leftOutNotice(error));
  // Fewer than two left to compare: the comparison the person asked for cannot be made; the file that stopped it is named.
  const [first] = refused;
  if (first && chosen.policies.length < 2) throw first[1];
  for (const item of chosen.setAside) options.onNotice?.(compare.describeSetAside(item));
  if (options.onNotice) for (const policy of chosen.policies) noticeTitlesAsText(policy, options.onNotice);
  const judged = existsSync(confirmationsFile(chosen.policies.map((policy) => policy.path)));
  return {
    policies: judged ? chosen.policies.map((policy) => load(policy.path, false)) : chosen.policies,
    leftOut: refused.map(([file, error]) => leftOutDocument(file, error)),
  };
}

/** The paths typed that are files (not folders): a person who names a file wants that file, and is told if it cannot be. */
function namedFiles(paths: readonly string[]): Set<string> {
  const isFile = (path: string): boolean => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  };
  return new Set(paths.filter(isFile));
}

/** The files read as policies, and those of a folder that cannot be, with why; a named file that cannot be stops here. */
function readableOf(
  files: readonly string[],
  named: ReadonlySet<string>,
  load: (file: string, reportOnly: boolean) => Policy,
): { policies: Policy[]; refused: [string, ClausemarkError][] } {
  const policies: Policy[] = [];
  const refused: [string, ClausemarkError][] = [];
  for (const file of files) {
    try {
      policies.push(load(file, true));
    } catch (error) {
      if (!isClausemarkError(error) || named.has(file)) throw error;
      refused.push([file, error]);
    }
  }
  return { policies, refused };
}

/** A Word, PDF or HTML document dropped in a folder compared: no policy until imported. */
function notAPolicy(file: string): ClausemarkError {
  return errorById(
    { messageId: 'compare-notice.not-a-policy', fixId: 'compare-notice.import-first', params: { path: file } },
    { place: { file } },
  );
}

/** "not compared: a.md: the policy has no text …", with its fix, in the run's language. */
function leftOutNotice(error: ClausemarkError): string {
  return wordMessage({ messageId: 'compare-notice.left-out', params: { problem: told(error) } });
}

function leftOutDocument(file: string, error: ClausemarkError): LeftOutDocument {
  const { finding } = error;
  const at = locationOf({ ...finding, file: finding.file ?? file });
  return {
    path: file,
    at,
    ...(finding.messageId !== undefined ? { messageId: finding.messageId } : {}),
    ...(finding.fixId !== undefined ? { fixId: finding.fixId } : {}),
    ...(finding.params !== undefined ? { params: finding.params } : {}),
    message: finding.message,
    ...(finding.fix !== undefined ? { fix: finding.fix } : {}),
  };
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
