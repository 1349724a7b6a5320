// The cross-organisation comparison as terminal text: the document similarity matrix, then one line per provision
// with a symbol per document (= identical, ~ reworded, ≠ different, ? possible match, · absent; ✓ after a symbol:
// confirmed by a person), then the possible matches with the command that settles each, then each document's own
// provisions.
import type { Alignment, MemberStatus } from '../../compare/types.js';
import { confirmationLines, confirmCommand, evidenceText } from './confirmations.js';

const SYMBOL: Record<MemberStatus | 'absent' | 'possible', string> = {
  identical: '=',
  reworded: '~',
  different: '≠',
  possible: '?',
  absent: '·',
};

function cell(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text + ' '.repeat(width - chars.length);
}

export function renderCompareText(alignment: Alignment): string {
  const keys = alignment.documents.map((document) => document.key);
  const width = Math.max(...keys.map((key) => key.length), 6);
  const lines: string[] = [];
  lines.push(
    `Comparing ${keys.length} policies (base: ${alignment.base}); ${alignment.provisions.length} provisions.`,
    '',
  );
  lines.push('Similarity');
  lines.push(`${cell('', width)}  ${keys.map((key) => cell(key, width)).join('  ')}`);
  for (const row of keys) {
    lines.push(
      `${cell(row, width)}  ${keys.map((column) => cell((alignment.similarity[row]?.[column] ?? 0).toFixed(2), width)).join('  ')}`,
    );
  }
  lines.push(
    '',
    `Provisions (${SYMBOL.identical} identical, ${SYMBOL.reworded} reworded, ${SYMBOL.different} different, ${SYMBOL.absent} absent, ${SYMBOL.possible} possible match; ✓ confirmed)`,
  );
  lines.push(`${keys.map((key) => cell(key.slice(0, 3), 3)).join(' ')}  provision`);
  for (const provision of alignment.provisions) {
    const marks = keys.map((key) => {
      const member = provision.members[key]?.[0];
      if (!member) return cell(SYMBOL[provision.suggestions?.[key] ? 'possible' : 'absent'], 3);
      return cell(`${SYMBOL[member.status]}${member.confirmed ? '✓' : ''}`, 3);
    });
    lines.push(`${marks.join(' ')}  ${provision.label}`);
  }
  const possible = alignment.provisions.flatMap((provision) =>
    Object.entries(provision.suggestions ?? {}).map(([key, suggestion]) => [
      `  ${provision.label}: ${key} ${suggestion.id} (${evidenceText(suggestion)})`,
      `    ${confirmCommand(provision, key, suggestion)}   (add --not if they differ)`,
    ]),
  );
  if (possible.length > 0) lines.push('', `Possible matches (${possible.length}):`, ...possible.flat());
  const confirmations = confirmationLines(alignment);
  if (confirmations.length > 0) lines.push('', ...confirmations);
  for (const key of keys) {
    const own = alignment.provisions.filter(
      (provision) => Object.keys(provision.members).length === 1 && provision.members[key],
    );
    if (own.length > 0)
      lines.push(
        '',
        `Only in ${key} (${own.length}):`,
        ...own.map(
          (provision) => `  ${provision.members[key]?.map((member) => member.id).join(' + ')}  ${provision.label}`,
        ),
      );
  }
  return `${lines.join('\n')}\n`;
}
