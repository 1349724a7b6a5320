// Words around template work (the deviation register, upgrade reports, conflict notes written into a policy) in
// the document's language (src/text/output-language.ts: Dutch for nl and nl-*, English otherwise), read from
// templates/labels/sector/<lang>.yaml, clausemark's own files like its messages (this folder sits below the
// project's template lookup). Placeholders are {{name}}, as in every label file, filled by fill().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../io/root.js';
import { fillLabel } from '../text/placeholders.js';
import { type OutputLanguage, outputLanguage } from '../text/output-language.js';

export interface SectorLabels {
  register: string;
  overview: string;
  template: string;
  school: string;
  clause: string;
  marker: string;
  markers: { locked: string; required: string; optional: string };
  status: { verbatim: string; 'filled-in': string; modified: string; dropped: string; added: string };
  violations: { 'locked-modified': string; 'required-dropped': string };
  rationale: string;
  noRationale: string;
  templateText: string;
  schoolText: string;
  additions: string;
  noDeviations: string;
  /** {{verbatim}} {{modified}} {{dropped}} {{added}} */
  counts: string;
  /** {{violations}} {{unexplained}} */
  problems: string;
  derivedFrom: string;
  comparedWith: string;
  values: string;
  missingValues: string;
  line: string;
  legend: string;
  // upgrade
  upgradeTitle: string;
  /** {{ref}} {{verbatim}} {{fit}}: the version found by content when derivedFrom is absent, and how well it fits. */
  baseFound: string;
  /** {{ref}} {{fit}}: the next best version. */
  baseRunnerUp: string;
  /** {{count}} */
  idsWritten: string;
  /** A template clause the school placed elsewhere. */
  moved: string;
  upstreamApplied: string;
  upstreamAdded: string;
  upstreamRemoved: string;
  keptLocal: string;
  localAdditions: string;
  /** A paragraph without an {#id}, in the upgrade report. */
  unlabelled: string;
  conflicts: string;
  conflictKinds: {
    'both-modified': string;
    'upstream-removed': string;
    'locally-dropped': string;
    'both-added': string;
  };
  none: string;
  // conflict notes written into the policy ({{id}}, {{ref}})
  conflictBoth: string;
  conflictRemoved: string;
  conflictDropped: string;
  conflictAdded: string;
  conflictResolve: string;
  /** The conflict notes `import --into` writes, by the kind of conflict (src/import/into.ts). */
  wordConflicts: {
    'both-changed': string;
    'changed-deleted': string;
    'deleted-changed': string;
    'no-base': string;
    'no-base-missing': string;
  };
  sectorText: string;
  /** YAML comment above `variables:` in an adapted policy. */
  variablesComment: string;
}

/** The file of a language's sector words. */
export function sectorLabelsFile(language: OutputLanguage): string {
  return join(PACKAGE_ROOT, 'templates', 'labels', 'sector', `${language}.yaml`);
}

const loaded = new Map<OutputLanguage, SectorLabels>();

/**
 * The same shape as `model`: every key of it, texts where it has texts, mappings where it has mappings. A shipped
 * file that is not is a bug in clausemark (tests/template/labels.test.ts keeps them whole), not in the user's input.
 */
function checkShape(value: unknown, model: unknown, where: string): void {
  if (typeof model === 'string') {
    if (typeof value !== 'string') throw new Error(`${where} is not text`);
    return;
  }
  if (value === null || typeof value !== 'object') throw new Error(`${where} is not a mapping`);
  for (const key of Object.keys(model as object))
    checkShape((value as Record<string, unknown>)[key], (model as Record<string, unknown>)[key], `${where}.${key}`);
}

function readSectorLabels(language: OutputLanguage): SectorLabels {
  const known = loaded.get(language);
  if (known) return known;
  const file = sectorLabelsFile(language);
  const labels: unknown = parse(readFileSync(file, 'utf8'));
  checkShape(labels, language === 'en' ? labels : readSectorLabels('en'), file);
  loaded.set(language, labels as SectorLabels);
  return labels as SectorLabels;
}

export function sectorLabels(lang: string): SectorLabels {
  return readSectorLabels(outputLanguage(lang));
}

export function fill(label: string, values: Record<string, string | number>): string {
  return fillLabel(label, values);
}
