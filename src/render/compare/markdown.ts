// The cross-organisation comparison as Markdown (for a report or a pull request): the provision matrix as a table
// with a word in every cell, so colour is never needed to read it. Policy text is escaped.
import type { Alignment } from '../../compare/types.js';
import { confirmationLines, confirmCommand, evidenceText } from './confirmations.js';

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
      const suggestion = provision.suggestions?.[key];
      if (!members) return suggestion ? `possible match? (\`${suggestion.id}\`)` : 'absent';
      const confirmed = members.some((member) => member.confirmed) ? ', confirmed' : '';
      return `${members[0]?.status ?? ''}${confirmed} (${members.map((member) => `\`${member.id}\``).join(', ')})`;
    });
    out.push(`| ${escapeCell(provision.label)} | ${cells.join(' | ')} |`);
  }
  const possible = alignment.provisions.flatMap((provision) =>
    Object.entries(provision.suggestions ?? {}).map(
      ([key, suggestion]) =>
        `- ${escapeCell(provision.label)}: ${key} \`${suggestion.id}\` (${evidenceText(suggestion)}): \`${confirmCommand(provision, key, suggestion)}\``,
    ),
  );
  if (possible.length > 0) out.push('', '### Possible matches', '', ...possible);
  const confirmations = confirmationLines(alignment);
  if (confirmations.length > 0) out.push('', '### Confirmations', '', ...confirmations.map((line) => `- ${line}`));
  return `${out.join('\n')}\n`;
}
