// What every comparison format says about a person's confirmations and the aligner's possible matches: the
// command that settles a possible match, and the entries of alignments.yaml that were not applied (and why). The
// words come from templates/labels/<lang>.yaml, so they follow the comparison's language like the rest of it.
import type { Alignment, Provision, SkippedConfirmation, Suggestion } from '../../../compare/read/types.js';
import { formatDecimal } from '../../../text/output-language.js';
import { fillLabel, type Labels } from '../../../wording/labels.js';

/** `clausemark confirm` for a possible match: the provision's reference clause and the suggested one. */
export function confirmCommand(provision: Provision, key: string, suggestion: Suggestion): string {
  const reference = provision.members[provision.reference]?.[0]?.id ?? '';
  return `clausemark confirm ${provision.reference}:${reference} ${key}:${suggestion.id}`;
}

/** Why an entry was not applied, in the labels' language. */
export function notAppliedReason(labels: Labels, reason: SkippedConfirmation['reason']): string {
  const reasons: Record<SkippedConfirmation['reason'], string> = {
    'text-changed': labels.compareNotAppliedChanged,
    'words-only': labels.compareNotAppliedWordsOnly,
    'clause-gone': labels.compareNotAppliedGone,
    conflicts: labels.compareNotAppliedConflict,
  };
  return reasons[reason];
}

/** "1 pairing confirmed and 0 kept apart by a person (alignments.yaml)", singular when one was confirmed. */
export function confirmationSummary(labels: Labels, confirmed: number, rejected: number): string {
  return confirmed === 1
    ? fillLabel(labels.compareConfirmationsOne, { rejected, file: 'alignments.yaml' })
    : fillLabel(labels.compareConfirmations, { confirmed, rejected, file: 'alignments.yaml' });
}

/** Lines for the terminal and Markdown: what was applied, and each entry that was not. */
export function confirmationLines(alignment: Alignment, labels: Labels): string[] {
  const report = alignment.confirmations;
  if (!report) return [];
  const lines = [`${confirmationSummary(labels, report.confirmed, report.rejected)}.`];
  for (const skipped of report.skipped) {
    const verdict = skipped.verdict === 'same' ? labels.compareVerdictSame : labels.compareVerdictDifferent;
    lines.push(
      fillLabel(labels.compareNotApplied, {
        pair: `${skipped.pair.join(' ↔ ')} (${verdict})`,
        reason: notAppliedReason(labels, skipped.reason),
      }),
    );
  }
  return lines;
}

/** "score 0.19; words in common: foto, toestemming", in the labels' language and number style. */
export function evidenceText(suggestion: Suggestion, labels: Labels): string {
  return fillLabel(labels.comparePossibleEvidence, {
    score: formatDecimal(suggestion.score, labels.lang),
    words: suggestion.shared.join(', '),
  });
}
