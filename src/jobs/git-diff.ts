// git's external diff interface (GIT_EXTERNAL_DIFF, or diff.<driver>.command with a .gitattributes entry):
//   path old-file old-hex old-mode new-file new-hex new-mode [new-path rename-info]
// with /dev/null for the missing side of an added or deleted file, and only `path` for an unmerged one. git treats
// a non-zero exit as failure, so a file that cannot be compared is reported in the output and still exits 0.
// The job behind `clausemark git-diff` (src/cli/commands/git-diff.ts): git's arguments in, the text report out, each
// clause cited as `clausemark diff` cites it ("Artikel 2, onder f").
import { diffPolicies } from '../diff/diff.js';
import type { DocumentRef } from '../diff/types.js';
import { policyFromBytes } from '../diff/inputs.js';
import { errorById, told, wordMessage } from '../io/messages.js';
import { inputLimits } from '../io/limits.js';
import { readCapped } from '../io/read.js';
import { isClausemarkError } from '../model/errors.js';
import type { Policy } from '../model/policy.js';
import { parsePolicy } from '../parse/index.js';
import { type DiffReport, prepareReport } from '../render/diff/report.js';
import { citedReport } from '../report/documents/printed-diff.js';
import { printedRevision } from '../report/documents/revision-brand.js';
import { renderText } from '../render/diff/text.js';
import { loadLabels } from '../wording/labels.js';

const NULL_FILE = '/dev/null';

function sideOf(file: string, path: string, display: string, root: string): Policy {
  if (file === NULL_FILE) return parsePolicy('', { path }).policy;
  let bytes: Uint8Array;
  try {
    // Capped as every command reads a policy: a version past the limit is not read into memory whole.
    bytes = readCapped(file, inputLimits().sourceBytes, 'sourceBytes');
  } catch (error) {
    const { messageId, fixId, params } = isClausemarkError(error) ? error.finding : {};
    if (messageId?.startsWith('file-too-large.'))
      throw errorById(
        { messageId, ...(fixId ? { fixId } : {}), ...(params ? { params } : {}) },
        { place: { file: display }, ruleId: 'file-too-large' },
      );
    const code = !isClausemarkError(error)
      ? 'error'
      : messageId === 'not-a-file.directory'
        ? 'EISDIR'
        : String(params?.code ?? 'ENOENT');
    throw errorById(
      { messageId: 'git-diff.unreadable-version', params: { code } },
      { place: { file: display }, ruleId: 'unreadable-file' },
    );
  }
  return policyFromBytes(bytes, path, display, root);
}

/** A blob hash as people quote it; the all-zero hash git passes for a file not in the index means the working copy. */
function revisionOf(file: string, hex: string): string | undefined {
  if (file === NULL_FILE) return undefined;
  if (/^0+$/.test(hex) || !/^[0-9a-f]{7,}$/i.test(hex)) return 'working copy';
  return hex.slice(0, 7);
}

/**
 * The text report of git's seven (or nine) arguments; `root` is the command's Project.root (templates/ lives there):
 * root alone, because this job reads only its labels and procedures, never the sector templates or the settings file.
 */
export function gitDiffOutput(args: readonly string[], options: { root: string; colour: boolean }): string {
  const [path = '', oldFile = '', oldHex = '', , newFile = '', newHex = '', , newPath = path] = args;
  const header = `clausemark diff a/${path} b/${newPath}\n`;
  let oldPolicy: Policy;
  let newPolicy: Policy;
  try {
    oldPolicy = sideOf(oldFile, path, `a/${path}`, options.root);
    newPolicy = sideOf(newFile, newPath, `b/${newPath}`, options.root);
  } catch (error) {
    if (!isClausemarkError(error)) throw error;
    return `${header}${wordMessage({ messageId: 'git-diff.cannot-compare', params: { problem: told(error) } })}\n`;
  }
  const revisions: { old?: string; new?: string } = {};
  const oldRevision = revisionOf(oldFile, oldHex);
  const newRevision = revisionOf(newFile, newHex);
  if (oldRevision) revisions.old = oldRevision;
  if (newRevision) revisions.new = newRevision;
  const diff = diffPolicies(oldPolicy, newPolicy, { revisions });
  // An added or deleted file has no other version: name it /dev/null as git does, and report no frontmatter changes
  // against nothing.
  if (oldFile === NULL_FILE || newFile === NULL_FILE) {
    diff.meta = [];
    const present = oldFile === NULL_FILE ? diff.new : diff.old;
    const absent: DocumentRef = {
      path: NULL_FILE,
      title: present.title,
      organisation: present.organisation,
      version: '',
      status: '',
    };
    if (oldFile === NULL_FILE) diff.old = absent;
    else diff.new = { ...absent };
  }
  const present = newFile === NULL_FILE ? oldPolicy : newPolicy;
  const lang = present.meta.lang;
  const report = prepareReport(diff, { labels: loadLabels(lang, { root: options.root }), lang });
  return header + renderText(cited(report, oldPolicy, newPolicy, present, options.root), { colour: options.colour });
}

/**
 * The report with each clause cited as `clausemark diff` cites it, in the brand of the version that is there (its
 * list styles and label patterns); a brand that cannot be read leaves the clauses named by their numbers, since git
 * takes any failure of its driver for one of the diff (`build` names the brand's fault, with its file and line).
 */
function cited(report: DiffReport, oldPolicy: Policy, newPolicy: Policy, present: Policy, root: string): DiffReport {
  try {
    // Both versions numbered by the brand's label patterns; printedRevision reads the brand of the second one.
    const other = present === newPolicy ? oldPolicy : newPolicy;
    const { numbering } = printedRevision(other, present, { root });
    return citedReport(report, oldPolicy, newPolicy, numbering);
  } catch (error) {
    if (!isClausemarkError(error)) throw error;
    return report;
  }
}
