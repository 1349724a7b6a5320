// The meldcode, people list and board the kennisname tests share (tests/cli/acknowledge*.test.ts, the overview's and
// start's tests).

export const PEOPLE = [
  'id,name,role,school,teams,relation',
  'p001,Anna de Boer,leerkracht,De Es,groep 1-2;bovenbouw,in-dienst',
  'p002,Bram Jansen,leerkracht,De Es,bovenbouw,in-dienst',
  'p003,Chantal Özdemir,intern begeleider,De Wilg,zorg,in-dienst',
  'p004,Daan Visser,stagiair,De Wilg,onderbouw,stagiair',
  'p005,Eva Smit,overblijfmoeder,De Wilg,,vrijwilliger',
  'p006,Frits Kok,ICT-ondersteuning,De Es,,inhuur',
].join('\n');

/** The meldcode at a version, adopted with the steps its procedure requires. */
/**
 * Each later version adopted on a day of its own: an adoption row written by hand and carried over unchanged from the
 * version before was given for that version's text (src/procedure/adoption-git.ts), and kennisname refuses it.
 */
const ADOPTED: Record<string, string> = { '1.0': '2026-01-15', '2.1': '2026-01-21', '2.2': '2026-01-22' };

export function meldcode(version: string, steps: string[]): string {
  return [
    '---',
    'id: meldcode',
    'title: Meldcode huiselijk geweld en kindermishandeling',
    'organisation: Stichting De Linde',
    'org: linde',
    `version: "${version}"`,
    'status: approved',
    'lang: nl',
    'kind: meldcode',
    'approvals:',
    '  - { date: 2026-01-10, name: M. Visser, role: Voorzitter GMR, step: instemming, body: GMR }',
    `  - { date: ${ADOPTED[version] ?? '2026-01-20'}, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }`,
    '---',
    '',
    '# Meldcode',
    '',
    '## Stappen {#stappen}',
    '',
    ...steps.map((step, index) => `${index + 1}. {#stap-${index + 1}} ${step}`),
    '',
  ].join('\n');
}

export const STEPS = [
  'Breng signalen in kaart en leg ze vast in het dossier van de leerling.',
  'Overleg met een collega en raadpleeg zo nodig Veilig Thuis.',
  'Ga in gesprek met de ouders over de signalen.',
  'Weeg het huiselijk geweld of de kindermishandeling aan de hand van het afwegingskader.',
  'Beslis of u een melding doet bij Veilig Thuis.',
];

/** A board of 60 workers with one school, De Es (policies/linde/procedure.yaml): the klokkenluidersregeling is required of it. */
export const BOARD_DECLARATION = `sector: po
workers: 60
organisation:
  role: bestuur
  name: Stichting De Linde
  schools:
    linde-de-es: { name: Basisschool De Es, folder: de-es }
`;
