// A Markdown or HTML file's lines about the adoption above its first heading ("Instemming MR: 1 maart 2025",
// "Vastgesteld door het bestuur op 10 maart 2025", "Adopted by the board on 12 March 2025."), as a Word document's
// cover holds them. Such a file marks its own structure and has no cover page to guess at (meta.ts), so these lines
// were read into the history AND kept as the intro's clauses, printing an adoption `approve` never recorded. A line
// read is left out as a Word cover's is; one not read (an unknown body, a council said to adopt, a step said not
// taken) stays text, and the report says it was not read and stays (takeAdoptionStatements, `import-history.unread`).
import type { SectorProcedures } from '../procedure/types.js';
import { MAX_LINE_WORDS } from './approvals.js';
import { type Block, blockText } from './blocks.js';
import { readLine } from './closing-line.js';
import { sentencesOf } from './this-document.js';

/** A paragraph that is one line read as the adoption's history: one sentence of at most MAX_LINE_WORDS words. */
function readAlone(
  block: Block,
  context: { procedures: SectorProcedures | undefined; title: string | undefined },
): string | undefined {
  const line = blockText(block).replace(/\s+/gu, ' ').trim();
  const alone = sentencesOf(line).length === 1 && line.split(' ').length <= MAX_LINE_WORDS;
  return alone && readLine(line, context.procedures, context.title) ? line : undefined;
}

/**
 * Leaves out, in place, each paragraph between the title (`titleIndex`) and the first heading that is one line read
 * as the adoption's history; returns those lines, in order.
 */
export function takeTopAdoptionLines(
  blocks: Block[],
  titleIndex: number,
  context: { procedures: SectorProcedures | undefined; title: string | undefined },
): string[] {
  const history: string[] = [];
  for (let index = titleIndex + 1; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.kind === 'heading') break;
    if (block.kind !== 'paragraph') continue;
    const line = readAlone(block, context);
    if (line === undefined) continue;
    blocks[index] = {
      kind: 'dropped',
      text: line,
      reason: { messageId: 'import-reason.adoption-top-line' },
      source: block.source,
    };
    history.push(line);
  }
  return history;
}
