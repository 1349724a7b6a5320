// The upgrade report printed by `clausemark upgrade`, in the policy's language.
import { fill, sectorLabels } from './labels.js';
import type { UpgradeReport } from './upgrade.js';

export function formatUpgradeReport(report: UpgradeReport, lang: string): string {
  const labels = sectorLabels(lang);
  const list = (ids: readonly string[]): string => (ids.length === 0 ? labels.none : ids.join(', '));
  const lines = [
    `${report.file}: ${fill(labels.upgradeTitle, { ref: report.to })} (${labels.derivedFrom} ${report.from})`,
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
