// The deviation register as Markdown (a pull-request comment, a wiki page): the overview as a table, then per
// school each deviation with <del>/<ins> redlines. All policy text is escaped, so nothing a school wrote can
// become a link, a heading, a table row or HTML.
import type { WordOp } from '../../diff/types.js';
import { codeSpan, escapeBlockStart, escapeMarkdown } from '../shared/markdown-escape.js';
import type { ClauseDeviation, DeviationRegister, LocalAddition, PolicyDeviations } from '../../template/deviations.js';
import type { SectorLabels } from '../../template/labels.js';
import {
  cell,
  columnNames,
  countsLine,
  isDeviation,
  labelsFor,
  movedNote,
  provenance,
  schoolName,
  STATUS_SYMBOLS,
  valuesLine,
} from './shared.js';

const del = (text: string): string => (text === '' ? '' : `<del>${escapeMarkdown(text)}</del>`);
const ins = (text: string): string => (text === '' ? '' : `<ins>${escapeMarkdown(text)}</ins>`);

function redline(words: readonly WordOp[]): string {
  return words
    .map((word) =>
      word.op === 'delete' ? del(word.text) : word.op === 'insert' ? ins(word.text) : escapeMarkdown(word.text),
    )
    .join('');
}

const cellText = (text: string): string => escapeMarkdown(text).replace(/\|/g, '\\|');

function rationaleLine(rationale: string | undefined, labels: SectorLabels): string {
  return `**${escapeMarkdown(labels.rationale)}:** ${rationale === undefined ? `*${escapeMarkdown(labels.noRationale)}*` : escapeMarkdown(rationale)}`;
}

function deviation(entry: ClauseDeviation, labels: SectorLabels): string[] {
  const violation = entry.violation ? ` — **${escapeMarkdown(labels.violations[entry.violation])}**` : '';
  const heading = `### ${STATUS_SYMBOLS[entry.status]} ${entry.number ? `${escapeMarkdown(entry.number)} ` : ''}${codeSpan(entry.id)}`;
  const lines = [
    heading,
    '',
    `${[labels.markers[entry.marker], labels.status[entry.status], ...movedNote(entry, labels)].map(escapeMarkdown).join(' · ')}${entry.line !== undefined ? ` · ${escapeMarkdown(labels.line)} ${entry.line}` : ''}${violation}`,
    '',
  ];
  if (entry.status === 'modified' && entry.words) lines.push(escapeBlockStart(redline(entry.words)), '');
  if (entry.status === 'dropped') lines.push(escapeBlockStart(del(entry.templateText)), '');
  lines.push(rationaleLine(entry.rationale, labels), '');
  return lines;
}

function addition(entry: LocalAddition, labels: SectorLabels): string[] {
  const heading = `### + ${entry.number ? `${escapeMarkdown(entry.number)} ` : ''}${entry.synthetic ? '' : codeSpan(entry.id)}`;
  return [
    heading.trimEnd(),
    '',
    `${escapeMarkdown(labels.status.added)} · ${escapeMarkdown(labels.line)} ${entry.line}`,
    '',
    escapeBlockStart(ins(entry.text)),
    '',
    rationaleLine(entry.rationale, labels),
    '',
  ];
}

function school(policy: PolicyDeviations, labels: SectorLabels): string[] {
  const lines = [
    `## ${escapeMarkdown(schoolName(policy))}`,
    '',
    `${codeSpan(policy.path)}${provenance(policy, labels) ? ` — ${escapeMarkdown(provenance(policy, labels))}` : ''}`,
    '',
    escapeMarkdown(countsLine(policy, labels)),
    '',
  ];
  if (Object.keys(policy.values).length > 0)
    lines.push(`${escapeMarkdown(labels.values)}: ${escapeMarkdown(valuesLine(policy))}`, '');
  if (policy.missingValues.length > 0)
    lines.push(`${escapeMarkdown(labels.missingValues)}: ${policy.missingValues.map(codeSpan).join(', ')}`, '');
  const deviations = policy.clauses.filter(isDeviation);
  if (deviations.length === 0 && policy.additions.length === 0) lines.push(escapeMarkdown(labels.noDeviations), '');
  for (const entry of deviations) lines.push(...deviation(entry, labels));
  for (const entry of policy.additions) lines.push(...addition(entry, labels));
  return lines;
}

export function renderMarkdown(register: DeviationRegister): string {
  const labels = labelsFor(register);
  const { template } = register;
  const names = columnNames(register).map(cellText);
  const lines = [
    `# ${escapeMarkdown(labels.register)}: ${escapeMarkdown(template.title)}`,
    '',
    `${codeSpan(`${template.id}@${template.version}`)} · ${codeSpan(template.path)}`,
    '',
    `## ${escapeMarkdown(labels.overview)}`,
    '',
    `| ${escapeMarkdown(labels.clause)} | ${escapeMarkdown(labels.marker)} | ${names.join(' | ')} |`,
    `| --- | --- |${names.map(() => ' :-: |').join('')}`,
  ];
  for (const clause of register.clauses) {
    const cells = register.policies.map((policy) => cell(policy.clauses.find((entry) => entry.id === clause.id)));
    lines.push(
      `| ${clause.number ? `${escapeMarkdown(clause.number)} ` : ''}${codeSpan(clause.id)} | ${escapeMarkdown(labels.markers[clause.marker])} | ${cells.map(cellText).join(' | ')} |`,
    );
  }
  lines.push(
    `| ${escapeMarkdown(labels.additions)} | | ${register.policies.map((policy) => (policy.additions.length > 0 ? `\\+${policy.additions.length}` : '')).join(' | ')} |`,
  );
  lines.push('', escapeMarkdown(labels.legend), '');
  for (const policy of register.policies) lines.push(...school(policy, labels));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
