// The decision asked of the board: the new version's approval trail so far (the policy PDF's approval table) and
// empty rows with lines to sign on for the steps still to come.
import { adopts, textApprovals } from '../../model/adoption.js';
import type { Policy } from '../../model/policy.js';
import { approvalTableSpec, drawApprovalLawNote } from '../engine/approval-table.js';
import { approvalLawNote, approvalRows } from '../shared/approval-rows.js';
import type { PlacedHeading } from '../engine/outline.js';
import type { PdfTexts } from '../shared/document-texts.js';
import { drawTable, tableLeadHeight } from '../engine/table.js';
import { drawHeading, drawParagraph, plain, type BoardContext } from './text.js';

const APPROVAL_DESTINATION = 'boardpack:approval';

/**
 * Rows to sign, for `policy` as its signing page reads it: only the approvals given for this version (the old
 * version's, carried over in its file, are left out beforehand: src/report/documents/boardpack-signing.ts). A policy
 * that names its kind: every step its procedure still requires, each named with its right and basis, the adoption
 * last. Otherwise the board's decision, unless an approval that covers this text adopts it (model/adoption.ts): one
 * row, since two identical "vaststelling" rows read as two decisions (issue 12).
 */
export function signatureSteps(policy: Policy, decisionStep: string): string[] {
  if (policy.procedure && policy.procedure.remaining.length > 0) return policy.procedure.remaining;
  const approvals = policy.meta.approvals;
  const decided = textApprovals(policy).indexes.some((index) => {
    const approval = approvals[index]!;
    return approval.date !== '' && adopts(approval);
  });
  return decided ? [] : [decisionStep];
}

export function drawApprovalBlock(context: BoardContext, pdfTexts: PdfTexts): PlacedHeading {
  const { painter, frame, input } = context;
  const { tagger, theme, fonts } = painter;
  const { diff, texts } = input;
  const { policy, note } = input.signing ?? { policy: input.policy, note: '' };
  const section = tagger.element('Sect');
  const table = approvalRows(policy, pdfTexts, signatureSteps(policy, texts.decisionStep), '');
  // Room to write a date, a name and a role by hand, and to sign.
  const spec = {
    ...approvalTableSpec(policy.meta.approvals, pdfTexts, fonts.covers, table),
    minWidths: [66, 90, 80, 0, 110],
    minRowHeight: 40,
    writeOnRows: new Set(table.pending),
  };
  // A version without a number is named by its title alone, never "versie " and a blank.
  const version = diff.new.version === '' ? '' : ` · ${texts.version.toLowerCase()} ${diff.new.version}`;
  const intro = `${policy.meta.title}${version}`;
  const placed = drawHeading(
    context,
    APPROVAL_DESTINATION,
    texts.approvalBlock,
    1,
    section,
    40 + tableLeadHeight(context, spec, frame.width),
  );
  drawParagraph(
    context,
    plain(context, intro),
    { size: 11, leading: 15, bold: true, colour: theme.colours.text },
    frame.left,
    frame.width,
    section,
  );
  const status = texts.summary;
  drawParagraph(
    context,
    plain(context, `${texts.comparedTo} · ${status}`),
    { size: 9.5, leading: 13.5, colour: theme.colours.muted },
    frame.left,
    frame.width,
    section,
  );
  frame.space(10);
  drawTable(context, spec, frame.left, frame.width, section);
  // The approvals its file lists for another text, in the same small print as the law note.
  drawApprovalLawNote(context, note, section);
  drawApprovalLawNote(context, approvalLawNote(policy, pdfTexts), section);
  return placed;
}
