// Words around template work (the deviation register, upgrade reports, conflict notes written into a policy) in
// the document's language: Dutch for nl and nl-*, English otherwise. Placeholders {name} are filled by fill().

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
  /** {verbatim} {modified} {dropped} {added} */
  counts: string;
  /** {violations} {unexplained} */
  problems: string;
  derivedFrom: string;
  comparedWith: string;
  values: string;
  missingValues: string;
  line: string;
  legend: string;
  // upgrade
  upgradeTitle: string;
  /** {ref} {verbatim} {fit}: the version found by content when derivedFrom is absent, and how well it fits. */
  baseFound: string;
  /** {ref} {fit}: the next best version. */
  baseRunnerUp: string;
  /** {count} */
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
  // conflict notes written into the policy ({id}, {ref})
  conflictBoth: string;
  conflictRemoved: string;
  conflictDropped: string;
  conflictAdded: string;
  conflictResolve: string;
  sectorText: string;
  /** YAML comment above `variables:` in an adapted policy. */
  variablesComment: string;
}

const nl: SectorLabels = {
  register: 'Afwijkingenregister',
  overview: 'Overzicht',
  template: 'Model',
  school: 'School',
  clause: 'Artikel',
  marker: 'Status in het model',
  markers: { locked: 'vast', required: 'verplicht', optional: 'optioneel' },
  status: {
    verbatim: 'letterlijk',
    'filled-in': 'ingevuld',
    modified: 'gewijzigd',
    dropped: 'geschrapt',
    added: 'toegevoegd',
  },
  violations: { 'locked-modified': 'vast artikel gewijzigd', 'required-dropped': 'verplicht artikel geschrapt' },
  rationale: 'Toelichting',
  noRationale: 'geen toelichting',
  templateText: 'Modeltekst',
  schoolText: 'Tekst van de school',
  additions: 'Eigen artikelen',
  noDeviations: 'Geen afwijkingen: alle artikelen letterlijk overgenomen.',
  counts: '{verbatim} letterlijk, {modified} gewijzigd, {dropped} geschrapt, {added} eigen',
  problems: '{violations} niet toegestaan, {unexplained} zonder toelichting',
  derivedFrom: 'afgeleid van',
  comparedWith: 'vergeleken met',
  values: 'Ingevulde waarden',
  missingValues: 'Variabelen zonder waarde',
  line: 'regel',
  legend:
    '= letterlijk · ✓ ingevuld · ✎ gewijzigd · − geschrapt · ↕ verplaatst · ! niet toegestaan · ? zonder toelichting',
  upgradeTitle: 'Bijwerken naar {ref}',
  baseFound: 'Geen derivedFrom; op inhoud gevonden: {ref} ({verbatim} artikelen letterlijk, overeenkomst {fit})',
  baseRunnerUp: 'daarna {ref}: {fit}',
  idsWritten: 'IDs ingevoegd (die van het model waar de tekst overeenkomt): {count}',
  moved: 'verplaatst',
  upstreamApplied: 'Wijzigingen van de sector overgenomen',
  upstreamAdded: 'Nieuwe artikelen van de sector ingevoegd',
  upstreamRemoved: 'Door de sector geschrapte artikelen verwijderd',
  keptLocal: 'Eigen wijzigingen behouden',
  localAdditions: 'Eigen toevoegingen behouden',
  unlabelled: 'alinea zonder ID',
  conflicts: 'Conflicten (los deze op in het bestand)',
  conflictKinds: {
    'both-modified': 'sector en school wijzigden het',
    'upstream-removed': 'sector schrapte het, school wijzigde het',
    'locally-dropped': 'school schrapte het, sector wijzigde het',
    'both-added': 'sector en school voegden dezelfde ID toe',
  },
  none: 'geen',
  conflictBoth:
    'de sector heeft dit artikel in {ref} gewijzigd en de school had het ook aangepast. Hierboven staat de tekst van de school, hieronder de nieuwe tekst van de sector.',
  conflictRemoved:
    'de sector heeft dit artikel in {ref} geschrapt, maar de school had het aangepast. Houd het (en leg de reden vast onder rationale) of verwijder het.',
  conflictDropped:
    'de school had dit artikel geschrapt, maar de sector heeft het in {ref} gewijzigd. Hierboven staat de nieuwe tekst van de sector: neem die over of verwijder het artikel opnieuw.',
  conflictAdded:
    'de sector heeft in {ref} een artikel toegevoegd met dezelfde ID als een eigen artikel van de school. Hieronder staat de tekst van de sector.',
  conflictResolve: 'Verwijder daarna dit citaat en haal {id} weg onder conflicts in de frontmatter.',
  sectorText: 'Tekst van de sector',
  variablesComment:
    ' Ingevuld bij het overnemen van het model; clausemark vult het model hiermee om afwijkingen te vinden.\n Waarom de school van het model afwijkt, staat per artikel onder rationale: <artikel-id>: <reden>.',
};

const en: SectorLabels = {
  register: 'Deviation register',
  overview: 'Overview',
  template: 'Template',
  school: 'School',
  clause: 'Clause',
  marker: 'Marker in the template',
  markers: { locked: 'locked', required: 'required', optional: 'optional' },
  status: { verbatim: 'verbatim', 'filled-in': 'filled in', modified: 'modified', dropped: 'dropped', added: 'added' },
  violations: { 'locked-modified': 'locked clause modified', 'required-dropped': 'required clause dropped' },
  rationale: 'Rationale',
  noRationale: 'no rationale',
  templateText: 'Template text',
  schoolText: 'School text',
  additions: 'Local additions',
  noDeviations: 'No deviations: every clause adopted verbatim.',
  counts: '{verbatim} verbatim, {modified} modified, {dropped} dropped, {added} added',
  problems: '{violations} not allowed, {unexplained} without rationale',
  derivedFrom: 'derived from',
  comparedWith: 'compared with',
  values: 'Values filled in',
  missingValues: 'Variables without a value',
  line: 'line',
  legend: '= verbatim · ✓ filled in · ✎ modified · − dropped · ↕ moved · ! not allowed · ? no rationale',
  upgradeTitle: 'Upgrade to {ref}',
  baseFound: 'No derivedFrom; found by content: {ref} ({verbatim} clauses verbatim, fit {fit})',
  baseRunnerUp: 'next best {ref}: {fit}',
  idsWritten: "IDs written (the template's where the text matches): {count}",
  moved: 'moved',
  upstreamApplied: 'Sector changes applied',
  upstreamAdded: 'New sector clauses inserted',
  upstreamRemoved: 'Clauses the sector removed, removed',
  keptLocal: 'Local changes kept',
  localAdditions: 'Local additions kept',
  unlabelled: 'paragraph without an ID',
  conflicts: 'Conflicts (resolve them in the file)',
  conflictKinds: {
    'both-modified': 'the sector and the school both changed it',
    'upstream-removed': 'the sector removed it, the school changed it',
    'locally-dropped': 'the school removed it, the sector changed it',
    'both-added': 'the sector and the school added the same ID',
  },
  none: 'none',
  conflictBoth:
    "the sector changed this clause in {ref} and the school had changed it too. Above is the school's text, below the sector's new text.",
  conflictRemoved:
    'the sector removed this clause in {ref}, but the school had changed it. Keep it (and record why under rationale) or delete it.',
  conflictDropped:
    "the school had removed this clause, but the sector changed it in {ref}. Above is the sector's new text: adopt it or delete the clause again.",
  conflictAdded:
    "the sector added a clause in {ref} with the same ID as one of the school's own clauses. Below is the sector's text.",
  conflictResolve: 'Then delete this quote and remove {id} under conflicts in the frontmatter.',
  sectorText: 'Sector text',
  variablesComment:
    ' Filled in when the template was adopted; clausemark fills the template with these to find deviations.\n Why the school deviates from the template goes under rationale: <clause-id>: <reason>.',
};

export function sectorLabels(lang: string): SectorLabels {
  return /^nl(?:[-_]|$)/i.test(lang.trim()) ? nl : en;
}

export function fill(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
