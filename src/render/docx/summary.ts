// The board pack's summary before the revised text (src/render/boardpack/summary.ts in Word form): which versions,
// how many changes of which kind, and each substantive change with its reasons, in the pack's language.
import { Paragraph, type TextRun } from 'docx';
import { SUMMARY_KIND_ORDER, type PolicyDiff } from '../../diff/types.js';
import type { BoardPackTexts } from '../shared/boardpack-texts.js';
import { wordTable, type BlockContext, type WordBlock } from './blocks.js';
import { headingParagraph } from './body.js';
import { twips } from './styles.js';
import { textRuns, type WordSymbols } from './symbols.js';
import { renumberedCount } from '../shared/phrases.js';
import { isRenumberedOnly } from '../../diff/diff.js';
import { changeNames } from '../shared/change-names.js';

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const plain = (text: string): { type: 'text'; value: string }[] => [{ type: 'text', value: text }];

/**
 * "Versie 2.0 vergeleken met versie 1.0" and, on a line of its own in the same paragraph (the summary page keeps its
 * height), what git shows of the old version's adoption without a hash, as under the board pack's line.
 */
function comparedRuns(texts: BoardPackTexts, symbols: WordSymbols | undefined): TextRun[] {
  const runs = textRuns(texts.comparedTo, symbols);
  if (texts.oldAdoptionNote) runs.push(...textRuns(texts.oldAdoptionNote, symbols, { break: 1 }));
  return runs;
}

export function summaryBlocks(context: BlockContext, diff: PolicyDiff, texts: BoardPackTexts): WordBlock[] {
  const kinds = SUMMARY_KIND_ORDER.filter((kind) => diff.summary[kind] > 0);
  // Word sets no space above or below a table: the lines next to one keep the PDF's gap between blocks.
  const gap = twips(context.blockGap);
  const { symbols } = context.style;
  const out: WordBlock[] = [
    headingParagraph(texts.changes, 1, 'boardpack:summary', { pageTop: true, symbols }),
    new Paragraph({ children: comparedRuns(texts, symbols) }),
    new Paragraph({
      children: textRuns(texts.summary, symbols, { bold: true }),
      ...(kinds.length > 0 ? { spacing: { after: gap } } : {}),
    }),
  ];
  if (kinds.length > 0) {
    // A row per kind (a column per kind leaves no room for the words in a narrow column).
    const rows = kinds.map((kind) => [plain(capitalise(texts.kinds[kind])), plain(String(diff.summary[kind]))]);
    out.push(wordTable(context, [plain(texts.changes), plain(String(diff.summary.total))], rows, 2, { percent: 40 }));
  }
  const substantive = diff.changes.filter((change) => change.significance === 'substantive');
  if (substantive.length > 0) {
    out.push(headingParagraph(`${texts.changes} (${texts.substantive})`, 2, 'boardpack:substantive', { symbols }));
    const names = changeNames(substantive, texts.phrases.heading);
    const rows = substantive.map((change, index) => {
      const ref = change.new ?? change.old!;
      return [
        plain(names[index] ?? ''),
        plain(ref.sectionPath[ref.sectionPath.length - 1] ?? ''),
        plain(change.reasons.map((reason) => texts.reason(reason)).join('; ')),
      ];
    });
    out.push(wordTable(context, [plain(texts.clause), plain(texts.section), plain(texts.reasons)], rows, 3));
  }
  if (diff.summary.total === 0) out.push(new Paragraph({ children: textRuns(texts.noChanges, symbols) }));
  // Clauses that only got another number are not changes of their own: one line says how many.
  if (diff.summary.renumbered > 0) {
    const { phrases } = texts;
    const line = renumberedCount(diff.changes.filter(isRenumberedOnly), phrases);
    out.push(new Paragraph({ children: textRuns(line, symbols), spacing: { before: gap } }));
  }
  return out;
}
