// One adopted version of De Regenboog's pestprotocol, as the tests of two adopted versions in force from one day write it
// (issue 71: check's duplicate-effective-date, and `npm start`'s corpus table that counts it).
export function adoptedPestprotocol(number: string, effective: string, adopted: string): string {
  return [
    '---',
    'id: pestprotocol',
    'title: Pestprotocol',
    'organisation: Basisschool De Regenboog',
    'org: regenboog',
    `version: "${number}"`,
    'status: approved',
    `effective: ${effective}`,
    'approvals:',
    `  - { date: ${adopted}, name: Bestuur, role: CvB, step: vaststelling }`,
    '---',
    '',
    `{#doel} Tekst van versie ${number}.`,
    '',
  ].join('\n');
}
