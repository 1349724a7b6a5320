// The cross-organisation comparison as Markdown (for a report or a pull request): the provision matrix as a table
// with a word in every cell, so colour is never needed to read it. Policy text is escaped.
import type { Alignment } from '../../compare/types.js';

const escapeCell = (text: string): string =>
  text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`).replace(/\s+/g, ' ');

export function renderCompareMarkdown(alignment: Alignment): string {
  const keys = alignment.documents.map((document) => document.key);
  const out: string[] = [
    `## Comparison of ${keys.length} policies`,
    '',
    `Base: ${alignment.base}.`,
    '',
    '### Similarity',
    '',
  ];
  out.push(`| | ${keys.join(' | ')} |`, `| --- | ${keys.map(() => '---').join(' | ')} |`);
  for (const row of keys)
    out.push(`| ${row} | ${keys.map((column) => (alignment.similarity[row]?.[column] ?? 0).toFixed(2)).join(' | ')} |`);
  out.push(
    '',
    '### Provisions',
    '',
    `| provision | ${keys.join(' | ')} |`,
    `| --- | ${keys.map(() => '---').join(' | ')} |`,
  );
  for (const provision of alignment.provisions) {
    const cells = keys.map((key) => {
      const members = provision.members[key];
      return members
        ? `${members[0]?.status ?? ''} (${members.map((member) => `\`${member.id}\``).join(', ')})`
        : 'absent';
    });
    out.push(`| ${escapeCell(provision.label)} | ${cells.join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}
