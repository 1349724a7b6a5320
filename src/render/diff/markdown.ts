// Markdown for a pull-request comment: a summary table, then one heading per change with the redline as <del> and
// <ins> (they render on GitHub and GitLab, and unlike ~~ and ** they work whatever whitespace a change starts or
// ends with). Policy text is escaped, so nothing in a clause can become a link, a heading, a table or HTML.
import type { ClauseChange, WordOp } from '../../diff/types.js';
import { codeSpan, escapeBlockStart, escapeMarkdown } from '../shared/markdown-escape.js';
import {
  linkNotesOf,
  reasonsOf,
  BREAK_MARK,
  isBreakChange,
  metaLine,
  comparedLine,
  hiddenLine,
  kindCounts,
  kindNames,
  listedChanges,
  placeOf,
  renumberedLine,
  significanceName,
  subjectNames,
  summaryLine,
  textShape,
  versionLine,
  type DiffReport,
} from './report.js';

const del = (text: string): string => (text === '' ? '' : `<del>${escapeMarkdown(text)}</del>`);
const ins = (text: string): string => (text === '' ? '' : `<ins>${escapeMarkdown(text)}</ins>`);

function redline(words: readonly WordOp[]): string {
  return words
    .map((word) => {
      if (isBreakChange(word))
        return word.op === 'insert' ? `${ins(BREAK_MARK)}${escapeMarkdown(word.text)}` : del(BREAK_MARK);
      return word.op === 'delete' ? del(word.text) : word.op === 'insert' ? ins(word.text) : escapeMarkdown(word.text);
    })
    .join('');
}

function body(change: ClauseChange, report: DiffReport): string[] {
  const shape = textShape(change);
  switch (shape.shape) {
    case 'redline':
      return [redline(shape.words)];
    case 'added':
      return [ins(shape.text)];
    case 'removed':
      return [del(shape.text)];
    case 'unchanged':
      return [escapeMarkdown(shape.text)];
    case 'rewritten':
      return [
        `**${escapeMarkdown(report.labels.oldText)}:** ${del(shape.old)}`,
        `**${escapeMarkdown(report.labels.newText)}:** ${ins(shape.new)}`,
      ];
  }
}

function changeSection(change: ClauseChange, report: DiffReport): string {
  const { labels, phrases } = report;
  const place = placeOf(change, phrases);
  const title = [place.numbers ? escapeMarkdown(place.numbers) : '', place.ids ? codeSpan(place.ids) : '']
    .filter(Boolean)
    .join(' ');
  const tags = [
    ...subjectNames(change, labels),
    ...kindNames(change, labels),
    ...(change.rewritten ? [labels.rewritten] : []),
  ]
    .map(escapeMarkdown)
    .join(' · ');
  const significance = escapeMarkdown(significanceName(change, labels));
  const lines = [
    `### ${title || tags}`,
    '',
    `${tags} · ${change.significance === 'substantive' ? `**${significance}**` : significance}${place.path ? ` — *${escapeMarkdown(place.path)}*` : ''}`,
  ];
  for (const paragraph of body(change, report)) lines.push('', escapeBlockStart(paragraph));
  if (change.invisibleOnly) lines.push('', `*${escapeMarkdown(labels.invisibleOnly)}*`);
  for (const note of linkNotesOf(change, report)) lines.push('', `*${escapeMarkdown(note)}*`);
  if (change.significance === 'substantive' && change.reasons.length > 0) {
    lines.push('', `**${escapeMarkdown(labels.reasons)}:**`, '');
    for (const reason of reasonsOf(change, report)) lines.push(`- ${escapeBlockStart(escapeMarkdown(reason))}`);
  }
  return lines.join('\n');
}

function summaryTable(report: DiffReport): string {
  const { diff, labels, phrases } = report;
  const row = (name: string, count: number, strong = false): string =>
    strong ? `| **${escapeMarkdown(name)}** | **${count}** |` : `| ${escapeMarkdown(name)} | ${count} |`;
  const rows = [
    `| ${escapeMarkdown(phrases.kind)} | ${escapeMarkdown(phrases.count)} |`,
    '| --- | ---: |',
    row(labels.substantive, diff.summary.substantive, true),
    row(labels.editorial, diff.summary.editorial),
    ...kindCounts(diff).map(([kind, count]) => row(labels.kinds[kind], count)),
    row(phrases.total, diff.summary.total),
  ];
  return rows.join('\n');
}

export function renderMarkdown(report: DiffReport): string {
  const { diff, labels, phrases } = report;
  const organisation = diff.new.organisation ? ` — ${escapeMarkdown(diff.new.organisation)}` : '';
  const blocks: string[] = [
    `## ${escapeMarkdown(diff.new.title)}${organisation}`,
    `${escapeMarkdown(comparedLine(report))}\n\n- − ${escapeMarkdown(versionLine(diff.old, labels))}\n- \\+ ${escapeMarkdown(versionLine(diff.new, labels))}`,
    `**${escapeMarkdown(summaryLine(report))}**`,
  ];
  if (diff.summary.total > 0) blocks.push(summaryTable(report));
  const hidden = hiddenLine(report);
  if (hidden) blocks.push(`*${escapeMarkdown(hidden)}*`);
  if (diff.meta.length > 0) {
    blocks.push(
      `### ${escapeMarkdown(phrases.metadata)}\n\n${diff.meta.map((change) => `- ${escapeBlockStart(escapeMarkdown(metaLine(change, labels)))}`).join('\n')}`,
    );
  }
  const { listed, renumbered } = listedChanges(report);
  for (const change of listed) blocks.push(changeSection(change, report));
  const compact = renumberedLine(report, renumbered);
  if (compact) blocks.push(`*${escapeMarkdown(compact)}*`);
  return `${blocks.join('\n\n')}\n`;
}
