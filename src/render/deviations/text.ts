// The deviation register as plain text for the terminal: an overview (clause × school), then per school each
// deviation with its redline ([-removed-]{+added+}, as wdiff writes it) and the school's reason.
import type { WordOp } from '../../diff/types.js';
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

function redline(words: readonly WordOp[]): string {
  return words
    .map((word) => (word.op === 'delete' ? `[-${word.text}-]` : word.op === 'insert' ? `{+${word.text}+}` : word.text))
    .join('');
}

const indent = (text: string, by = '      '): string =>
  text
    .split('\n')
    .map((line) => `${by}${line}`)
    .join('\n');

function deviationLines(entry: ClauseDeviation, labels: SectorLabels): string[] {
  const where = entry.line !== undefined ? ` — ${labels.line} ${entry.line}` : '';
  const violation = entry.violation ? ` — ${labels.violations[entry.violation]}` : '';
  const lines = [
    `  ${STATUS_SYMBOLS[entry.status]} ${entry.number ? `${entry.number} ` : ''}${entry.id} (${[labels.markers[entry.marker], labels.status[entry.status], ...movedNote(entry, labels)].join(', ')})${where}${violation}`,
  ];
  if (entry.status === 'modified' && entry.words) lines.push(indent(redline(entry.words)));
  if (entry.status === 'dropped') lines.push(indent(`[-${entry.templateText}-]`));
  lines.push(`      ${labels.rationale}: ${entry.rationale ?? `(${labels.noRationale})`}`);
  return lines;
}

function additionLines(addition: LocalAddition, labels: SectorLabels): string[] {
  return [
    `  + ${addition.number ? `${addition.number} ` : ''}${addition.synthetic ? '' : addition.id} (${labels.status.added}) — ${labels.line} ${addition.line}`,
    indent(`{+${addition.text}+}`),
    `      ${labels.rationale}: ${addition.rationale ?? `(${labels.noRationale})`}`,
  ];
}

function school(policy: PolicyDeviations, labels: SectorLabels): string[] {
  const lines = [
    '',
    `== ${schoolName(policy)} (${policy.path})${provenance(policy, labels) ? ` — ${provenance(policy, labels)}` : ''}`,
    countsLine(policy, labels),
  ];
  if (Object.keys(policy.values).length > 0) lines.push(`${labels.values}: ${valuesLine(policy)}`);
  if (policy.missingValues.length > 0) lines.push(`${labels.missingValues}: ${policy.missingValues.join(', ')}`);
  const deviations = policy.clauses.filter(isDeviation);
  if (deviations.length === 0 && policy.additions.length === 0) lines.push(labels.noDeviations);
  for (const entry of deviations) lines.push('', ...deviationLines(entry, labels));
  for (const addition of policy.additions) lines.push('', ...additionLines(addition, labels));
  return lines;
}

function overview(register: DeviationRegister, labels: SectorLabels): string[] {
  const columns = columnNames(register);
  const rows = register.clauses.map((clause) => ({
    head: `${clause.number ? `${clause.number} ` : ''}${clause.id}`,
    marker: labels.markers[clause.marker],
    cells: register.policies.map((policy) => cell(policy.clauses.find((entry) => entry.id === clause.id))),
  }));
  const headWidth = Math.max(labels.clause.length, ...rows.map((row) => row.head.length));
  const markerWidth = Math.max(...Object.values(labels.markers).map((word) => word.length));
  const widths = columns.map((name) => Math.max(name.length, 3));
  const line = (head: string, marker: string, cells: string[]): string =>
    `${head.padEnd(headWidth)}  ${marker.padEnd(markerWidth)}  ${cells.map((text, index) => text.padEnd(widths[index] ?? 3)).join('  ')}`.trimEnd();
  const added = register.policies.map((policy) => (policy.additions.length > 0 ? `+${policy.additions.length}` : ''));
  return [
    labels.overview,
    line(labels.clause, '', columns),
    ...rows.map((row) => line(row.head, row.marker, row.cells)),
    line(labels.additions, '', added),
    labels.legend,
  ];
}

export function renderText(register: DeviationRegister): string {
  const labels = labelsFor(register);
  const { template } = register;
  const lines = [
    `${labels.register} — ${template.title} (${template.id}@${template.version})`,
    template.path,
    '',
    ...overview(register, labels),
  ];
  for (const policy of register.policies) lines.push(...school(policy, labels));
  return `${lines.join('\n')}\n`;
}
