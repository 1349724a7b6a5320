// The formats `diff` writes (src/jobs/diff.ts): the report for the terminal, a pull request or a program, the
// web page, the PDF board pack and the Word revision with tracked changes. Every format a person reads cites each
// clause as the board pack does ("Artikel 2, onder f"); the JSON, for programs, keeps the parse's numbers and the IDs.
import type { ResolvedVersions } from '../../diff/inputs.js';
import { changedTimeAt } from '../../io/git.js';
import type { DiffReport } from '../../render/diff/report.js';
import type { WordNotes } from '../../import/result.js';
import type { OutputFormat, Rendered, ReportKind } from '../../render/shared/format-table.js';

/** What every diff renderer is given: the prepared report, the two versions, and the options that concern it. */
export interface DiffRenderInput {
  report: DiffReport;
  versions: ResolvedVersions;
  /** Project root (templates/ lives here). */
  root: string;
  brand?: string;
  /** Author of the tracked changes in the Word revision. */
  author?: string;
  /** ANSI colours in the text report. */
  colour: boolean;
  /** The new version read from a returned Word document: its proposals and comments (the board pack lists them). */
  word?: WordNotes;
}

/** For a new version read from git (`--to REV`), when the commit that last changed it was made. */
function newCommitted(versions: ResolvedVersions): { newCommitted?: Date } {
  const { commit, policy } = versions.new;
  const time = commit ? changedTimeAt(policy.path, commit) : undefined;
  return time === undefined ? {} : { newCommitted: new Date(time * 1000) };
}

type DiffFormatRow = OutputFormat<DiffRenderInput, Promise<Rendered>>;

/**
 * The report with each clause cited as the board pack cites it, in the report's language and the brand's list styles
 * ("Artikel 2, onder f" where the policy prints "Artikel 2 f."; "Article 3, paragraph 2" in English).
 */
async function cited({ report, versions, root, brand }: DiffRenderInput): Promise<DiffReport> {
  const { citedInBrand } = await import('../documents/printed-diff.js');
  return citedInBrand(report, versions.old.policy, versions.new.policy, { root, ...(brand ? { brand } : {}) });
}

const text: DiffFormatRow = {
  name: 'text',
  extension: 'txt',
  binary: false,
  destination: 'stdout',
  render: async (input) =>
    (await import('../../render/diff/text.js')).renderText(await cited(input), { colour: input.colour }),
};

const md: DiffFormatRow = {
  name: 'md',
  extension: 'md',
  binary: false,
  destination: 'stdout',
  render: async (input) => (await import('../../render/diff/markdown.js')).renderMarkdown(await cited(input)),
};

const html: DiffFormatRow = {
  name: 'html',
  extension: 'html',
  binary: false,
  destination: 'file',
  render: async (input) => (await import('../../render/diff/html.js')).renderHtml(await cited(input)),
};

const json: DiffFormatRow = {
  name: 'json',
  extension: 'json',
  binary: false,
  destination: 'stdout',
  render: async ({ report }) => (await import('../../render/diff/json.js')).renderJson(report),
};

const pdf: DiffFormatRow = {
  name: 'pdf',
  extension: 'pdf',
  binary: true,
  named: 'terminal.pdf',
  destination: 'file',
  // The board pack: it pulls in pdfkit and the fonts, loaded only when asked for.
  render: async ({ report, versions, root, brand, word }) =>
    (await import('../documents/boardpack.js')).buildBoardPack(report.diff, versions.old.policy, versions.new.policy, {
      root,
      ...(brand ? { brand } : {}),
      ...(word ? { word } : {}),
      ...newCommitted(versions),
    }),
};

const docx: DiffFormatRow = {
  name: 'docx',
  extension: 'docx',
  binary: true,
  named: 'terminal.docx',
  destination: 'file',
  // The new version with every change tracked: it pulls in the docx library, loaded only when asked for.
  render: async ({ report, versions, root, brand, author }) =>
    (await import('../documents/revision-docx.js')).buildRevisionDocx(
      report.diff,
      versions.old.policy,
      versions.new.policy,
      {
        root,
        ...(brand ? { brand } : {}),
        ...(author !== undefined ? { author } : {}),
        ...newCommitted(versions),
      },
    ),
};

/**
 * The formats made from the report alone; the board pack and the Word revision draw the two policies whole. For
 * these the versions may be read back in diff's shape (src/parse/diff-shape.ts).
 */
export const REPORT_ONLY_FORMATS: ReadonlySet<string> = new Set([text.name, md.name, html.name, json.name]);

export const DIFF_REPORT: ReportKind<DiffRenderInput> = {
  command: 'diff',
  formats: [text, md, html, json, pdf, docx],
  fallback: 'text',
  // --format is checked by commander's choices (src/cli/commands/diff.ts); a library call gets this error.
  unknown: { messageId: 'build-format.unknown', fixId: 'output-format.use' },
  terminal: { argument: '--out', fixId: 'terminal.name-board-pack' },
  output: { example: () => 'diff.html', announce: 'file-formats' },
};
