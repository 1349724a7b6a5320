// Building a revision as a Word document with tracked changes (`clausemark diff OLD NEW --format docx`): the new
// version as `build --format docx` renders it, its brand and wording resolved the same way, plus the board pack's
// wording for the summary (with what git shows of the old version's adoption without a hash); its cover says of the
// new version's adoption without a hash what git shows, as build's cover does.
// Returns the bytes; the caller writes them.
import { citationWords } from '../../wording/article-words.js';
import type { DocumentRef, PolicyDiff } from '../../diff/types.js';
import type { Policy } from '../../model/policy.js';
import { renderRevisionDocx } from '../../render/docx/index.js';
import { boardPackTexts, oldAdoption, type BoardPackBuildOptions } from './boardpack.js';
import { printedRevision } from './revision-brand.js';
import { madeDay, revisionDate, sourceHash } from '../../io/reproducible.js';
import { docxTexts, type TextsOptions } from '../../build/texts.js';
import { toolVersion } from '../../io/version.js';
import { withPrintedNumbers } from './printed-diff.js';
import { refEvidence } from '../../render/diff/report.js';
import { todayIso } from '../../procedure/evaluate.js';

const DEFAULT_AUTHOR = 'clausemark';

export interface RevisionDocxOptions extends BoardPackBuildOptions {
  /** Author of the tracked changes (--author). */
  author?: string;
}

export function buildRevisionDocx(
  diff: PolicyDiff,
  oldPolicy: Policy,
  newPolicy: Policy,
  options: RevisionDocxOptions,
): Promise<Uint8Array> {
  // The new version numbered by the brand's label patterns, as `build --format docx` numbers it (printedRevision).
  const brand = printedRevision(oldPolicy, newPolicy, options);
  // Tracked changes and "Datum opmaak" are dated when the new version was made (SOURCE_DATE_EPOCH, the commit that
  // made it, its file's time, the run), never by its effective date and never in the future (issue 26 item 9).
  const created = revisionDate(newPolicy, options.newCommitted);
  const version = toolVersion();
  const texts = docxTexts(newPolicy, {
    root: options.root,
    sourceHash: sourceHash(newPolicy.source),
    toolVersion: version,
    date: madeDay(created),
    day: todayIso(),
    // Adopted without a hash: what git shows of its words (read by the diff job), said on the cover as build's says it.
    ...adoptionGitOf(diff.new),
  });
  // Under which versions it compares, what git shows of an old version adopted by hand, as the board pack says it.
  const boardTexts = {
    ...boardPackTexts(diff, newPolicy, options.root),
    ...oldAdoption(oldPolicy, newPolicy, options.root),
  };
  return renderRevisionDocx({
    diff: withPrintedNumbers(diff, oldPolicy, newPolicy, brand.numbering, citationWords(boardTexts.phrases)),
    oldPolicy,
    document: {
      policy: newPolicy,
      brand,
      texts,
      options: { creationDate: created, producer: `clausemark ${version}` },
    },
    boardTexts,
    author: options.author?.trim() || DEFAULT_AUTHOR,
  });
}

/** What the diff job read from git of the new version's adoption without a hash, as the cover's texts take it. */
function adoptionGitOf(ref: DocumentRef): Pick<TextsOptions, 'adoptionGit'> {
  const evidence = refEvidence(ref);
  return evidence ? { adoptionGit: evidence } : {};
}
