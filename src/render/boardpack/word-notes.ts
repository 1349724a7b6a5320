// A board pack of a returned Word document (`diff SOURCE.md RETURNED.docx --format pdf`): after the change cards,
// each proposal (tracked change) by its clause with who proposed it and when, and each comment beside its clause,
// in one table a board member reads down (clause, then what was proposed or remarked).
import { citeClause, printedCitations, printedNumbers } from '../../model/printed-number.js';
import { citationWords } from '../../wording/article-words.js';
import { formatDate } from '../../text/format-date.js';
import type { PlacedHeading } from '../engine/outline.js';
import { drawTable, tableLeadHeight, type TableSpec } from '../engine/table.js';
import type { Run } from '../shared/inline.js';
import { drawHeading, plain, type BoardContext } from './text.js';
import { numberedName, sharedNumbers } from '../shared/change-names.js';

const WORD_NOTES_DESTINATION = 'boardpack:word';

/**
 * Each clause's name in the table: the number the new version prints for it, cited in words as the article column
 * of the changes names it ("Artikel 2, lid 1" for "2 1.", "Artikel 2, onder f"), with its ID only where another
 * clause prints the same number (issue 69 item 4); a paragraph Word added without a bookmark keeps its place name
 * ("¶46").
 */
function clauseNamer(context: BoardContext): (id: string) => string {
  const { policy, brand, texts } = context.input;
  const numbers = new Map<string, { number: string; cited: string }>();
  const citations = printedCitations(policy, brand.numbering);
  const words = citationWords(texts.phrases);
  for (const [clause, number] of printedNumbers(policy, brand.numbering)) {
    const citation = citations.get(clause);
    numbers.set(clause.id, { number, cited: citation ? citeClause(citation, words) : '' });
  }
  const shared = sharedNumbers([...numbers.values()].map(({ number }) => number));
  return (id) => {
    const { number = '', cited = '' } = numbers.get(id) ?? {};
    return numberedName({ id, number, ...(cited === '' ? {} : { cited }) }, shared);
  };
}

const dates = (context: BoardContext, days: readonly string[]): string =>
  days.map((day) => formatDate(day, context.input.texts.lang) ?? day).join(', ') || '—';

export function drawWordNotes(context: BoardContext): PlacedHeading | undefined {
  const { input, frame, painter } = context;
  const { word, texts } = input;
  if (!word || (word.proposals.length === 0 && word.comments.length === 0)) return undefined;
  const clauseLabel = clauseNamer(context);
  const rows: Run[][][] = [
    ...word.proposals.map((proposal) => [
      plain(context, clauseLabel(proposal.clause)),
      plain(
        context,
        texts.proposedBy(
          proposal.authors.join(', ') || '—',
          dates(context, proposal.dates),
          proposal.before ? `“${proposal.before}”` : '—',
          proposal.after ? `“${proposal.after}”` : '—',
        ),
      ),
    ]),
    ...word.comments.map((comment) => [
      plain(context, clauseLabel(comment.clause)),
      plain(
        context,
        texts.commentBy(comment.author || '—', dates(context, comment.date ? [comment.date] : []), comment.text),
      ),
    ]),
  ];
  const spec: TableSpec = {
    key: word,
    header: [texts.clause, texts.wordNotes].map((label) => plain(context, label)),
    rows,
    align: ['left', 'left'],
    widths: [frame.width * 0.28, frame.width * 0.72],
  };
  const section = painter.tagger.element('Sect');
  const placed = drawHeading(
    context,
    WORD_NOTES_DESTINATION,
    texts.wordNotes,
    1,
    section,
    tableLeadHeight(context, spec, frame.width),
  );
  drawTable(context, spec, frame.left, frame.width, section);
  return placed;
}
