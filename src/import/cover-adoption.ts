// A cover line about the policy's adoption ("Vastgesteld door het bestuur op 12 maart 2024", "Vastgesteld op 12 maart
// 2024" under the title and the school's name) is a line of the cover, left out of the text, and read as any line
// about the adoption is: history where it names a body that may adopt and a whole date (never a council: "Vastgesteld
// door de GMR op …" is no adoption, as in the text, and the report names the council; adoption-words.ts), else said
// to be seen and not read; one whose date is a Word date field's (SAVEDATE: the last save) states no date and is not read.
// Never an approval: only `approve` adopts.
import type { SectorProcedures } from '../procedure/types.js';
import { adoptionLine } from './approvals.js';
import type { Block, Decision } from './blocks.js';
import { readLine, unreadLine } from './closing-line.js';

/**
 * Reads the cover's lines about the adoption (`cover`: the indexes of the cover's lines, already left out): returns
 * the lines read as history, in order. The report's word of a line left out as the cover's is, for a line about the
 * adoption not read, the word that it was not read (which says it was left out).
 */
export function coverAdoptions(
  blocks: readonly Block[],
  cover: readonly number[],
  decisions: Decision[],
  context: { procedures: SectorProcedures | undefined; title: string | undefined },
): string[] {
  const history: string[] = [];
  for (const index of cover) {
    const block = blocks[index];
    if (block?.kind !== 'dropped' || block.reason.messageId !== 'import-reason.cover-page') continue;
    // Read without the dates of Word's date fields: "Vastgesteld … op { SAVEDATE }" states no date (field-dates.ts).
    const line = (block.stated ?? block.text).replace(/\s+/gu, ' ').trim();
    if (readLine(line, context.procedures, context.title)) history.push(line);
    else if (adoptionLine(line, context.procedures).unread) {
      const said = decisions.findIndex(
        (decision) =>
          decision.messageId === 'import-dropped.cover' &&
          decision.source.line === block.source.line &&
          decision.source.page === block.source.page,
      );
      decisions.splice(
        said < 0 ? decisions.length : said,
        said < 0 ? 0 : 1,
        unreadLine(line, block, 'import-history.unread-cover', context.procedures),
      );
    }
  }
  return history;
}
