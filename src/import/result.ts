// What `import` is given and gives back, and what every way of importing shares: where the policy goes and the
// check it must pass.
import { join, resolve } from 'node:path';
import { checkParsed } from '../check/index.js';
import { RULES } from '../check/rules/index.js';
import type { IdSource } from '../fmt/index.js';
import type { Project } from '../io/project.js';
import type { CheckFinding } from '../model/diagnostics.js';
import type { ParseResult } from '../parse/index.js';
import type { Accounting } from './account.js';
import type { IntoConflictKind } from './into.js';
import type { ImportedMeta } from './meta.js';

export interface ImportOptions {
  /** The command's project, whose check the output must pass; default: the one around the working folder. */
  project?: Project;
  /** Organisation key (folder under policies/). Default: the input file's name. */
  org?: string;
  /** Output file (.md) or folder. Default: policies/<org>/<id>.md under `cwd`. */
  out?: string;
  lang?: 'nl' | 'en';
  force?: boolean;
  /** Tracked changes in a Word document: refuse them (default), accept or reject them. */
  changes?: 'refuse' | 'accept' | 'reject';
  /**
   * In a clausemark Word document: only the changes in these clauses are decided as `changes` says, those in every
   * other clause the other way (import --accept-changes ID,ID).
   */
  changeIds?: readonly string[];
  /** The Markdown source to bring a returned clausemark Word document back into (import --into). */
  into?: string;
  /**
   * With `into`: a clause changed both in Word and in the source since keeps the source's text with Word's quoted
   * (default), or takes Word's ('theirs': what `diff SOURCE RETURNED.docx` shows the document proposing).
   */
  intoConflicts?: 'quoted' | 'theirs';
  /** Take the Markdown source a clausemark PDF/A carries (default true); false reads the PDF's text instead. */
  attachment?: boolean;
  /** Build the policy and the report but write nothing. */
  dryRun?: boolean;
  cwd?: string;
  /** The policy's id, the kind of policy it is (default: the kind the title names, templates/import/policy-kinds.yaml). */
  kind?: string;
  /** IDs for the imported clauses and sections, e.g. a sector template's matched by content (import --template). */
  ids?: IdSource;
}

export interface DroppedText {
  text: string;
  reason: string;
  line: number;
  page?: number;
}

/** What a returned Word document proposes and remarks, clause by clause (for the report and the board pack). */
export interface WordNotes {
  proposals: { clause: string; authors: string[]; dates: string[]; before: string; after: string; accepted: boolean }[];
  comments: { clause: string; author: string; date?: string; text: string }[];
  /** Where the text the document was made from was found (word.ts). */
  base?: 'carried' | 'target' | 'history' | 'none';
  /** The source brought into is no longer the text the document was made from (its recorded hash differs). */
  sourceMoved?: boolean;
  /** The hash of the source text the document records it was made from ("sha256:…"), when it records one. */
  sourceHash?: string;
  /** Brought into a source (`into`): the clauses changed both in Word and in the source since, by kind. */
  conflicts?: { id: string; kind: IntoConflictKind }[];
}

export interface ImportResult {
  file: string;
  target: string;
  output: string;
  meta: ImportedMeta;
  /** The report's findings and check's (worded when printed, src/wording/messages.ts). */
  findings: CheckFinding[];
  dropped: DroppedText[];
  accounting: Accounting;
  written: boolean;
  /** For a Word document clausemark built: each proposal (tracked change) and comment, by the clause's ID. */
  word?: WordNotes;
  /** For a Word document brought back into its source (--into): how many clauses it changed, and the conflicts. */
  brought?: {
    changed: number;
    added: number;
    removed: number;
    moved: number;
    conflicts: number;
    /** The source was adopted, and the text brought in is no longer the text its adoption covers (exit 1). */
    lapsed?: boolean;
  };
}

export function targetOf(file: string, id: string, org: string, options: ImportOptions): string {
  const cwd = options.cwd ?? process.cwd();
  // An absolute --out stays where it points; a relative one is taken from the working directory.
  if (options.out && /\.(md|markdown)$/i.test(options.out)) return resolve(cwd, options.out);
  if (options.out) return join(resolve(cwd, options.out), `${id}.md`);
  void file;
  return join(cwd, 'policies', org, `${id}.md`);
}

/** The world the output is checked in: the command's project when it gave one. */
export function projectOf(options: ImportOptions): { project?: Project } {
  return options.project ? { project: options.project } : {};
}

/**
 * The result must pass `check`: anything it reports is part of the import report. `parsed` is fmt's read-back of
 * the output, with the Markdown reader check's parsePolicy picks ('auto'), so it is not read again.
 */
export function checkOutput(parsed: ParseResult, options: ImportOptions): CheckFinding[] {
  // import-unstated (index.ts) already names each stand-in import wrote; check's import-placeholder would say it twice.
  return checkParsed(parsed, RULES, projectOf(options)).findings.filter(
    (finding) => finding.ruleId !== 'import-placeholder',
  );
}
