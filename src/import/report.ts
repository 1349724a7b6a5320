// The import report: each uncertain decision and each dropped block as a finding in check's form, placed in the
// new file (where a person will look) and naming the place in the source in its message.
import type { Finding } from '../model/diagnostics.js';
import type { Span } from '../model/policy.js';
import type { Block, Decision, SourcePlace } from './blocks.js';

const where = (source: SourcePlace): string =>
  source.page ? `source page ${source.page}, line ${source.line}` : `source line ${source.line}`;

/** The line of the output where `near` (the start of a block's text) stands; line 1 when it cannot be found. */
function lineOf(outputLines: readonly string[], near: string | undefined): number {
  const probe = (near ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  if (probe === '') return 1;
  const index = outputLines.findIndex((line) => line.includes(probe));
  return index >= 0 ? index + 1 : 1;
}

const span = (line: number): Span => ({ start: { line, column: 1 }, end: { line, column: 1 } });

/** Findings for the report; runs of dropped blocks with one reason (a table of contents) make one finding. */
export function reportFindings(output: string, blocks: readonly Block[], decisions: readonly Decision[]): Finding[] {
  const outputLines = output.split('\n');
  const findings: Finding[] = [];
  for (const decision of decisions) {
    const message = decision.source.line > 0 ? `${where(decision.source)}: ${decision.message}` : decision.message;
    const finding: Finding = {
      ruleId: decision.ruleId,
      severity: 'warning',
      message,
      place: span(lineOf(outputLines, decision.near)),
    };
    if (decision.fix) finding.fix = decision.fix;
    findings.push(finding);
  }
  let nextKept: string | undefined;
  const runs: { reason: string; texts: string[]; source: SourcePlace; near?: string }[] = [];
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index] as Block;
    if (block.kind !== 'dropped') {
      nextKept = 'inlines' in block ? block.inlines.map((inline) => inline.text).join('') : undefined;
      continue;
    }
    if (block.reason === 'cover page' || block.reason === 'back cover') continue; // Reported as decisions by the frontmatter reader.
    const run = runs.at(-1);
    if (run && run.reason === block.reason && blocks[index + 1] === undefined) run.texts.unshift(block.text);
    else if (run && run.reason === block.reason && blocks[index + 1]?.kind === 'dropped') {
      run.texts.unshift(block.text);
      run.source = block.source;
    } else
      runs.push({
        reason: block.reason,
        texts: [block.text],
        source: block.source,
        ...(nextKept ? { near: nextKept } : {}),
      });
  }
  for (const run of runs.reverse()) {
    const sample = run.texts
      .join(' / ')
      .replace(/\s*\n\s*/g, ' / ')
      .slice(0, 80);
    findings.push({
      ruleId: 'import-dropped',
      severity: 'warning',
      message: `${where(run.source)}: left out of the text (${run.reason}, ${run.texts.length} line${run.texts.length === 1 ? '' : 's'}): "${sample}"`,
      place: span(lineOf(outputLines, run.near)),
      fix: 'if this text belongs in the policy, copy it in by hand',
    });
  }
  return findings.sort((a, b) => (a.place?.start.line ?? 0) - (b.place?.start.line ?? 0));
}
