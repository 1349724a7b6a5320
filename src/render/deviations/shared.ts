// What every output of the deviation register shares: the labels in the template's language, the symbol each
// cell of the overview gets (a symbol and not only a colour, so it survives printing and screen readers), and
// the counts line of a school.
import type { ClauseDeviation, DeviationRegister, PolicyDeviations } from '../../template/deviations.js';
import { fill, sectorLabels, type SectorLabels } from '../../template/labels.js';

export function labelsFor(register: DeviationRegister): SectorLabels {
  return sectorLabels(register.template.lang);
}

export const STATUS_SYMBOLS = { verbatim: '=', 'filled-in': '✓', modified: '✎', dropped: '−', added: '+' } as const;

/** Beside the status: the school's copy of the clause stands elsewhere than the template's order puts it. */
const MOVED_SYMBOL = '↕';

/**
 * The overview cell: status symbol, ↕ when the clause was moved, then ! for a deviation the template forbids, ? for
 * one without a reason.
 */
export function cell(entry: ClauseDeviation | undefined): string {
  if (!entry) return '';
  let symbol: string = STATUS_SYMBOLS[entry.status];
  if (entry.moved) symbol += ` ${MOVED_SYMBOL}`;
  if (entry.violation) symbol += ' !';
  else if (isDeviation(entry) && entry.rationale === undefined) symbol += ' ?';
  return symbol;
}

/** The facts after the marker and status in a listed deviation: "moved" when it was. */
export function movedNote(entry: ClauseDeviation, labels: SectorLabels): string[] {
  return entry.moved ? [labels.moved] : [];
}

export function countsLine(policy: PolicyDeviations, labels: SectorLabels): string {
  const { counts } = policy;
  const line = fill(labels.counts, {
    verbatim: counts.verbatim,
    modified: counts.modified,
    dropped: counts.dropped,
    added: counts.added,
  });
  return counts.violations + counts.unexplained > 0
    ? `${line} · ${fill(labels.problems, { violations: counts.violations, unexplained: counts.unexplained })}`
    : line;
}

export function isDeviation(entry: ClauseDeviation): boolean {
  return entry.status !== 'verbatim' && entry.status !== 'filled-in';
}

/** A short name for a school in a table column: its org key, else its file. */
export function schoolName(policy: PolicyDeviations): string {
  return policy.organisation || policy.org || policy.path;
}

/** The file's name without its folder and extension: "knuedge-2016-10-05". */
const fileStem = (policy: PolicyDeviations): string =>
  (policy.path.split(/[\\/]/).pop() ?? policy.path).replace(/\.[^.]+$/u, '');

/**
 * Overview column headings: the org key, told apart by version, file name or position when a key repeats. A key
 * only taken from the folder names the folder, not the policy (every model text in `open-source-policy/` would be
 * "open-source-policy"), so such a column is named after the policy's file.
 */
export function columnNames(register: DeviationRegister): string[] {
  const names = register.policies.map((policy) =>
    policy.orgFromFolder ? fileStem(policy) : policy.org || schoolName(policy),
  );
  const details: ((policy: PolicyDeviations, index: number) => string)[] = [
    (policy) => policy.version,
    (policy) => policy.path.split(/[\\/]/).pop() ?? policy.path,
    (_policy, index) => String(index + 1),
  ];
  return names.map((name, index) => {
    const twins = names.map((other, at) => (other === name ? at : -1)).filter((at) => at !== -1);
    if (twins.length === 1) return name;
    const policies = register.policies;
    const telling =
      details.find(
        (detail) => new Set(twins.map((at) => detail(policies[at] as PolicyDeviations, at))).size === twins.length,
      ) ?? details[2];
    return `${name} (${telling?.(policies[index] as PolicyDeviations, index) ?? index + 1})`;
  });
}

export function provenance(policy: PolicyDeviations, labels: SectorLabels): string {
  const derived = policy.derivedFrom ? `${labels.derivedFrom} ${policy.derivedFrom}` : '';
  const compared = policy.derivedFrom !== policy.comparedWith ? `${labels.comparedWith} ${policy.comparedWith}` : '';
  return [derived, compared].filter(Boolean).join(', ');
}

export function valuesLine(policy: PolicyDeviations): string {
  return Object.entries(policy.values)
    .map(([name, value]) => `${name} = ${value}`)
    .join('; ');
}
