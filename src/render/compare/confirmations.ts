// What every comparison format says about a person's confirmations and the aligner's possible matches: the
// command that settles a possible match, and the entries of alignments.yaml that were not applied (and why).
import type { Alignment, Provision, SkippedConfirmation, Suggestion } from '../../compare/types.js';

/** `clausemark confirm` for a possible match: the provision's reference clause and the suggested one. */
export function confirmCommand(provision: Provision, key: string, suggestion: Suggestion): string {
  const reference = provision.members[provision.reference]?.[0]?.id ?? '';
  return `clausemark confirm ${provision.reference}:${reference} ${key}:${suggestion.id}`;
}

/** The English reasons of the terminal and Markdown output (HTML and PDF word them from the label files). */
export const NOT_APPLIED_REASON: Record<SkippedConfirmation['reason'], string> = {
  'text-changed': 'a text changed after it was judged; confirm the pair again',
  'clause-gone': 'a clause with that id no longer exists',
  conflicts: 'it conflicts with another entry',
};

/** Lines for the terminal and Markdown: what was applied, and each entry that was not. */
export function confirmationLines(alignment: Alignment): string[] {
  const report = alignment.confirmations;
  if (!report) return [];
  const lines = [
    `${report.confirmed} pairing${report.confirmed === 1 ? '' : 's'} confirmed and ${report.rejected} kept apart by a person (alignments.yaml).`,
  ];
  for (const skipped of report.skipped)
    lines.push(`Not applied: ${skipped.pair.join(' ↔ ')} (${skipped.verdict}): ${NOT_APPLIED_REASON[skipped.reason]}`);
  return lines;
}

/** "score 0.19; words in common: foto, toestemming" in English, for the terminal and Markdown. */
export function evidenceText(suggestion: Suggestion): string {
  return `score ${suggestion.score.toFixed(2)}; words in common: ${suggestion.shared.join(', ')}`;
}
