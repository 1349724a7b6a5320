// A board pack of a returned Word document (`diff SOURCE.md RETURNED.docx --format pdf`): after the change cards,
// each proposal (tracked change) by its clause with who proposed it and when, and each comment beside its clause,
// in one table a board member reads down (clause, then what was proposed or remarked).
import { allClauses } from '../../model/walk.js';
import { formatDate } from '../../text/format-date.js';
import type { PlacedHeading } from '../engine/outline.js';
import { drawTable, tableLeadHeight, type TableSpec } from '../engine/table.js';
import type { Run } from '../shared/inline.js';
import { drawHeading, plain, type BoardContext } from './text.js';

const WORD_NOTES_DESTINATION = 'boardpack:word';

/**
 * The clause's number and ID as the cards show them ("2.1 (indienen.termijn)"): the number the diff gave a changed
 * clause, else the new version's own; a paragraph Word added without a bookmark keeps its place name ("¶46").
 */
function clauseLabel(context: BoardContext, id: string): string {
  const { diff, policy } = context.input;
  const changed = diff.changes.map((change) => change.new).find((candidate) => candidate?.id === id);
  const number = changed?.number ?? allClauses(policy).find((visit) => visit.clause.id === id)?.clause.number ?? '';
  return number === '' ? id : `${number} (${id})`;
}

const dates = (context: BoardContext, days: readonly string[]): string =>
  days.map((day) => formatDate(day, context.input.texts.lang) ?? day).join(', ') || '—';

export function drawWordNotes(context: BoardContext): PlacedHeading | undefined {
  const { input, frame, painter } = context;
  const { word, texts } = input;
  if (!word || (word.proposals.length === 0 && word.comments.length === 0)) return undefined;
  const rows: Run[][][] = [
    ...word.proposals.map((proposal) => [
      plain(context, clauseLabel(context, proposal.clause)),
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
      plain(context, clauseLabel(context, comment.clause)),
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
