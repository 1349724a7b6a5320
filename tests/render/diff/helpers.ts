// Diff reports for renderer tests: small policies from clause lists, diffed by the real engine, with the real
// label files.
import { diffPolicies } from '../../../src/diff/diff.js';
import type { Policy } from '../../../src/model/policy.js';
import { prepareReport, type DiffReport } from '../../../src/render/diff/report.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { DEFAULT_META, policyFrom, type SectionSpec } from '../../diff/fixtures.js';
import { PROJECT_ROOT } from '../../support/paths.js';

export const SECTIONS: SectionSpec[] = [
  {
    title: 'Uitgangspunten',
    id: 'uitgangspunten',
    clauses: [
      { id: 'up.belang', text: 'De school onderkent de mogelijkheden van sociale media.' },
      { id: 'up.klimaat', text: 'Dit protocol draagt bij aan een veilig school-en onderwijsklimaat.' },
    ],
  },
  {
    title: 'Voor medewerkers',
    id: 'medewerkers',
    clauses: [
      { id: 'mw.foto', text: "Medewerkers mogen foto's van leerlingen plaatsen na toestemming." },
      { id: 'mw.twijfel', text: 'Bij twijfel neemt de medewerker contact op met de leidinggevende.' },
      { id: 'mw.oud', text: 'Medewerkers reageren inhoudelijk op stukken van anderen.' },
    ],
  },
];

export function copy(sections: SectionSpec[] = SECTIONS): SectionSpec[] {
  return JSON.parse(JSON.stringify(sections)) as SectionSpec[];
}

export function reportOf(
  oldPolicy: Policy,
  newPolicy: Policy,
  options: { ignoreEditorial?: boolean } = {},
): DiffReport {
  const diff = diffPolicies(oldPolicy, newPolicy);
  const lang = newPolicy.meta.lang;
  return prepareReport(diff, { labels: loadLabels(lang, { root: PROJECT_ROOT }), lang, ...options });
}

/** The standard edit script: one editorial fix, one substantive change, one clause added and one removed. */
export function editedSections(): SectionSpec[] {
  const sections = copy();
  const [first, second] = sections;
  if (!first || !second) throw new Error('fixture');
  first.clauses[1] = { id: 'up.klimaat', text: 'Dit protocol draagt bij aan een veilig school- en onderwijsklimaat.' };
  second.clauses[0] = { id: 'mw.foto', text: "Medewerkers moeten foto's van leerlingen verwijderen binnen 14 dagen." };
  second.clauses.splice(2, 1, {
    id: 'mw.whatsapp',
    text: 'WhatsApp-groepen met leerlingen hebben ten minste twee beheerders.',
  });
  return sections;
}

export function standardReport(
  meta: Record<string, unknown> = DEFAULT_META,
  options: { ignoreEditorial?: boolean } = {},
): DiffReport {
  return reportOf(policyFrom(SECTIONS, meta), policyFrom(editedSections(), meta), options);
}
