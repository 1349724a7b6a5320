// Why a change is substantive, in words: the one place a diff reason ({code, params}, src/diff/types.ts) becomes
// text. Every diff output (terminal, Markdown, HTML, JSON's readable `reasons`, the PDF board pack, Word) calls
// wordReason with the labels of its language, so reasons are worded from templates/labels/<lang>.yaml with the
// labels' {{placeholder}} syntax and never translated after the fact.
import type { Reason, ReasonCategory } from '../diff/types.js';
import { fillLabel, type Labels } from './labels.js';
import type { ReasonTextKey } from './reason-keys.js';

const CATEGORY_CODE = /^(.+)-(added|removed|changed)$/;

/** A reason in the labels' language: "obligation mag → moet", "verplichting mag → moet". */
export function wordReason(reason: Reason, labels: Labels): string {
  const { reasonTexts, reasonCategories } = labels;
  const own = reasonTexts[reason.code as ReasonTextKey];
  if (own !== undefined) return fillLabel(own, reason.params);
  const match = CATEGORY_CODE.exec(reason.code);
  const category = (match?.[1] ?? reason.code) as ReasonCategory;
  const shape = (match?.[2] ?? 'changed') as ReasonTextKey;
  return fillLabel(reasonTexts[shape], { ...reason.params, category: reasonCategories[category] ?? category });
}

/** All reasons of a change, worded. */
export function wordReasons(reasons: readonly Reason[], labels: Labels): string[] {
  return reasons.map((reason) => wordReason(reason, labels));
}
