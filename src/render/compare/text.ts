// The cross-organisation comparison as terminal text: the document similarity matrix, then one line per provision
// with a symbol per document (= identical, ~ reworded, ≠ different, · absent), then each document's own provisions.
import type { Alignment, MemberStatus } from '../../compare/types.js';

const SYMBOL: Record<MemberStatus | 'absent', string> = { identical: '=', reworded: '~', different: '≠', absent: '·' };

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
    `Provisions (${SYMBOL.identical} identical, ${SYMBOL.reworded} reworded, ${SYMBOL.different} different, ${SYMBOL.absent} absent)`,
  );
  lines.push(`${keys.map((key) => cell(key.slice(0, 3), 3)).join(' ')}  provision`);
  for (const provision of alignment.provisions) {
    const marks = keys.map((key) => cell(SYMBOL[provision.members[key]?.[0]?.status ?? 'absent'], 3));
    lines.push(`${marks.join(' ')}  ${provision.label}`);
  }
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
