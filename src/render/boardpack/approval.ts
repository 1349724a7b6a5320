// The decision asked of the board: the new version's approval trail so far (the policy PDF's approval table) and
// empty rows with lines to sign on for the steps still to come.
import type { PolicyDiff } from '../../diff/types.js';
import { adoptionOf } from '../../model/adoption.js';
import type { Approval, Policy } from '../../model/policy.js';
import { approvalTableSpec, drawApprovalLawNote } from '../engine/approval-table.js';
import { approvalLawNote, approvalRows } from '../shared/approval-rows.js';
import type { PlacedHeading } from '../engine/outline.js';
import type { PdfTexts } from '../shared/document-texts.js';
import { drawTable, tableLeadHeight } from '../engine/table.js';
import { drawHeading, drawParagraph, plain, type BoardContext } from './text.js';

const APPROVAL_DESTINATION = 'boardpack:approval';

/** The step name approvals record for the decision, whatever the pack's language (see docs/format.md). */
const DECISION = 'vaststelling';

/**
 * Rows to sign: the board's decision (vaststelling), unless this version already records it. Approvals carried
 * over from the old version do not count: only those the diff reports as added belong to this version. Nor does a
 * decision whose recorded hash the text no longer matches: the board has not adopted these words (model/adoption).
 * One row per step still to come: two identical "vaststelling" rows read as two decisions (issue 12).
 */
export function signatureSteps(diff: PolicyDiff, decisionStep: string, policy?: Policy): string[] {
  // A policy that names its kind: every step its procedure still requires, the adoption last (docs/procedure.md).
  if (policy?.procedure && policy.procedure.remaining.length > 0) return policy.procedure.remaining;
  const names = new Set([DECISION, decisionStep.toLowerCase()]);
  const outdated = policy !== undefined && adoptionOf(policy).status === 'outdated';
  const decided =
    !outdated &&
    diff.meta.some((change) => {
      if (change.field !== 'approvals' || change.new === undefined) return false;
      return names.has(((change.new as Approval).step ?? '').toLowerCase());
    });
  return decided ? [] : [decisionStep];
}

export function drawApprovalBlock(context: BoardContext, pdfTexts: PdfTexts): PlacedHeading {
  const { painter, frame, input } = context;
  const { tagger, theme, fonts } = painter;
  const { diff, policy, texts } = input;
  const section = tagger.element('Sect');
  const table = approvalRows(policy, pdfTexts, signatureSteps(diff, texts.decisionStep, policy), '');
  // Room to write a date, a name and a role by hand, and to sign.
  const spec = {
    ...approvalTableSpec(policy.meta.approvals, pdfTexts, fonts.covers, table),
    minWidths: [66, 90, 80, 0, 110],
    minRowHeight: 40,
    writeOnRows: new Set(table.pending),
  };
  const intro = `${policy.meta.title} · ${texts.version.toLowerCase()} ${diff.new.version}`;
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
  drawApprovalLawNote(context, approvalLawNote(policy, pdfTexts), section);
  return placed;
}
