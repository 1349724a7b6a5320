// The upgrade report printed by `clausemark upgrade`, in the policy's language.
import type { GuessSummary } from './base.js';
import { fill, sectorLabels, type SectorLabels } from './labels.js';
import { formatDecimal } from '../text/output-language.js';
import type { UpgradeReport } from './upgrade.js';

function baseFound(guess: GuessSummary, labels: SectorLabels, lang: string): string {
  const found = fill(labels.baseFound, {
    ref: guess.ref,
    verbatim: String(guess.verbatim),
    fit: formatDecimal(guess.share, lang),
  });
  if (!guess.runnerUp) return found;
  return `${found}; ${fill(labels.baseRunnerUp, { ref: guess.runnerUp.ref, fit: formatDecimal(guess.runnerUp.share, lang) })}`;
}

export function formatUpgradeReport(report: UpgradeReport, lang: string): string {
  const labels = sectorLabels(lang);
  const list = (ids: readonly string[]): string => (ids.length === 0 ? labels.none : ids.join(', '));
  const lines = [
    `${report.file}: ${fill(labels.upgradeTitle, { ref: report.to })} (${labels.derivedFrom} ${report.from})`,
    ...(report.baseFound ? [`  ${baseFound(report.baseFound, labels, lang)}`] : []),
    ...(report.idsWritten ? [`  ${fill(labels.idsWritten, { count: String(report.idsWritten) })}`] : []),
    `  ${labels.upstreamApplied}: ${list([...report.applied, ...report.headings.map((id) => `#${id}`)])}`,
    `  ${labels.upstreamAdded}: ${list(report.added)}`,
    `  ${labels.upstreamRemoved}: ${list(report.removed)}`,
    `  ${labels.keptLocal}: ${list(report.keptLocal)}`,
    `  ${labels.localAdditions}: ${list([...report.localAdditions, ...report.unlabelledAdditions.map((line) => `${labels.unlabelled} (${labels.line} ${line})`)])}`,
    `  ${labels.conflicts}: ${report.conflicts.length === 0 ? labels.none : ''}`,
  ];
  for (const conflict of report.conflicts) lines.push(`    ${conflict.id}: ${labels.conflictKinds[conflict.kind]}`);
  return `${lines.join('\n').replace(/: $/m, ':')}\n`;
}
