// The import report: each uncertain decision and each dropped block as a finding in check's form, placed in the
// new file (where a person will look) and naming the place in the source in its message.
import type { MessageRef, UnwordedFinding } from '../model/diagnostics.js';
import type { Span } from '../model/policy.js';
import { type Block, counted, type Decision, type SourcePlace } from './blocks.js';

/** Where in the source, in words: a line (of a page), or a part of a Word document outside its body's text. */
function where(source: SourcePlace): MessageRef {
  const { part, line, page, column, note } = source;
  if (
    part === 'header-footer' ||
    part === 'header' ||
    part === 'footer' ||
    part === 'running' ||
    part === 'running-header' ||
    part === 'running-footer'
  )
    return { messageId: `import-report.source-${part}` };
  if (part === 'text-box') return { messageId: 'import-report.source-text-box', params: { line } };
  if (part === 'note-text-box')
    return { messageId: 'import-report.source-note-text-box', params: { note: note ?? '' } };
  if (part === 'front-matter')
    return { messageId: 'import-report.source-front-matter', params: { line, column: column ?? 1 } };
  // Text a PDF reader takes from a page as a whole (a watermark, a comment, words struck through) has no line of it.
  if (page && !line) return { messageId: 'import-report.source-page', params: { page } };
  return page
    ? { messageId: 'import-report.source-page-line', params: { page, line } }
    : { messageId: 'import-report.source-line', params: { line } };
}

/**
 * The line of the output where `near` (the start of a block's text) stands; line 1 when it cannot be found. Findings
 * come in reading order, so the search starts at the line the previous one was found on and wraps around: searching
 * the whole output from its top for each finding made a text of many headings quadratic (issue 23 item 9).
 */
class LineFinder {
  private from = 0;

  constructor(private readonly lines: readonly string[]) {}

  /** The 1-based column where `mark` stands in the 1-based `line`; 1 when it does not. */
  columnOf(line: number, mark: string | undefined): number {
    const at = mark === undefined ? -1 : (this.lines[line - 1]?.indexOf(mark) ?? -1);
    return at + 1 || 1;
  }

  lineOf(near: string | undefined): number {
    const probe = (near ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    if (probe === '') return 1;
    for (let step = 0; step < this.lines.length; step++) {
      const index = (this.from + step) % this.lines.length;
      if (this.lines[index]?.includes(probe)) {
        this.from = index;
        return index + 1;
      }
    }
    return 1;
  }
}

const span = (line: number, column = 1): Span => ({ start: { line, column }, end: { line, column } });

/** What to do about text left out, by why it was: copy it in if it belongs, unless it is no text (a placeholder). */
const FIX_BY_REASON: Record<string, string> = { 'import-reason.placeholder': 'import-dropped.fill-in' };

/** Dropped blocks in a row with one reason, the text kept after them (to place the finding) when there is some. */
interface DroppedRun {
  reason: MessageRef;
  texts: string[];
  source: SourcePlace;
  near?: string;
  /** Text taken out of a paragraph's words, reported at that paragraph: a run of its own. */
  inParagraph?: boolean;
}

/**
 * The runs of dropped blocks, in document order: gathered from the end, so each knows the text kept after it. Cover
 * and back-cover pages are left out: the frontmatter reader reports them as decisions.
 */
function droppedRuns(blocks: readonly Block[]): DroppedRun[] {
  let nextKept: string | undefined;
  const runs: DroppedRun[] = [];
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index] as Block;
    if (block.kind !== 'dropped') {
      nextKept = 'inlines' in block ? block.inlines.map((inline) => inline.text).join('') : undefined;
      continue;
    }
    const { messageId } = block.reason;
    // Reported as decisions by the frontmatter reader.
    if (messageId === 'import-reason.cover-page' || messageId === 'import-reason.back-cover') continue;
    const run = runs.at(-1);
    // Text taken out of a paragraph's words (block.near) is reported at that paragraph, each on its own.
    const same =
      run !== undefined &&
      block.near === undefined &&
      !run.inParagraph &&
      JSON.stringify(run.reason) === JSON.stringify(block.reason);
    if (run && same && blocks[index + 1] === undefined) run.texts.unshift(block.text);
    else if (run && same && blocks[index + 1]?.kind === 'dropped') {
      run.texts.unshift(block.text);
      run.source = block.source;
    } else
      runs.push({
        reason: block.reason,
        texts: [block.text],
        source: block.source,
        ...(block.near !== undefined ? { near: block.near, inParagraph: true } : nextKept ? { near: nextKept } : {}),
      });
  }
  return runs.reverse();
}

/**
 * Findings for the report, by id (worded when printed); runs of dropped blocks with one reason (a table of contents)
 * make one finding. A decision about a place in the source says where: `{{where}}: {{decision}}`, the decision's
 * own ids and values kept inside it and beside it (for its fix hint).
 */
export function reportFindings(
  output: string,
  blocks: readonly Block[],
  decisions: readonly Decision[],
): UnwordedFinding[] {
  const lines = new LineFinder(output.split('\n'));
  const findings: UnwordedFinding[] = [];
  for (const { ruleId, messageId, fixId, params, source, near, mark } of decisions) {
    // A decision about the whole document names no place; one about a header or footer has no line, but a place.
    const at = source.line > 0 || source.part !== undefined;
    const line = lines.lineOf(near);
    findings.push({
      ruleId,
      severity: 'warning',
      messageId: at ? 'import-report.at-source' : messageId,
      fixId,
      params: at ? { ...params, where: where(source), decision: { messageId, params } } : params,
      place: span(line, lines.columnOf(line, mark)),
    });
  }
  for (const run of droppedRuns(blocks)) {
    const sample = run.texts
      .join(' / ')
      .replace(/\s*\n\s*/g, ' / ')
      .slice(0, 80);
    findings.push({
      ruleId: 'import-dropped',
      severity: 'warning',
      messageId: 'import-dropped.left-out',
      fixId: FIX_BY_REASON[run.reason.messageId] ?? 'import-dropped.copy-text-in',
      params: {
        where: where(run.source),
        reason: run.reason,
        lines: counted(run.texts.length, ['import-count.line', 'import-count.lines']),
        sample,
      },
      place: span(lines.lineOf(run.near)),
    });
  }
  return findings.sort((a, b) => (a.place?.start.line ?? 0) - (b.place?.start.line ?? 0));
}
