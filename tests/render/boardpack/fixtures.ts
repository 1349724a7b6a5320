// A revision of the Casparus College seed made by editing its text, so the board-pack tests do not depend on any
// other file: each edit below exercises one kind of change the pack must show.
import { readFileSync } from 'node:fs';
import { diffPolicies } from '../../../src/diff/index.js';
import type { PolicyDiff } from '../../../src/diff/types.js';
import type { Policy } from '../../../src/model/policy.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { policyPath, PROJECT_ROOT } from '../../support/paths.js';

export { PROJECT_ROOT };

export const SEED_PATH = policyPath('casparus-college');
export const REVISION_PATH = 'policies/casparus-college/revisions/social-media-2.0.md';

function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture edit does not apply: ${from.slice(0, 60)}`);
  return text.replace(from, to);
}

/** The seed as version 2.0, proposed, with one edit per kind of change. */
export function revisedSource(seed: string, lang = 'nl'): string {
  let text = seed;
  text = replace(
    text,
    'version: "1.0" # version not stated in the source\nstatus: draft\nkind: social-media\nlevel: school\nlang: nl',
    [
      'version: "2.0"',
      'status: proposed',
      'kind: social-media',
      'level: school',
      `lang: ${lang}`,
      'effective: 2025-08-01',
      'supersedes: "1.0"',
      'approvals:',
      '  - date: 2025-06-12',
      '    name: MR',
      '    role: Medezeggenschapsraad',
      '    step: instemming',
    ].join('\n'),
  );
  // Editorial: a space added, a typo fixed.
  text = replace(text, 'school-en onderwijsklimaat', 'school- en onderwijsklimaat');
  text = replace(text, 'vervuult', 'vervuilt');
  // Substantive: a role added and a negation changed; an obligation and a figure.
  text = replace(
    text,
    'Medewerkers van Casparus College publiceren geen vertrouwelijke',
    'Medewerkers en leerlingen van Casparus College publiceren nooit vertrouwelijke',
  );
  text = replace(
    text,
    'is slechts toegestaan na uitdrukkelijke toestemming van alle betrokkenen.',
    'is alleen toegestaan na schriftelijke toestemming van alle betrokkenen; voor leerlingen jonger dan 16 jaar geven de ouders toestemming.',
  );
  // Removed (and the clauses after it renumbered).
  text = replace(text, '3. {#alle.fatsoensnormen} Alle betrokkenen nemen de fatsoensnormen in acht.\n', '');
  text = replace(text, '4. {#alle.onbepaalde-tijd}', '3. {#alle.onbepaalde-tijd}');
  text = replace(text, '5. {#alle.fotos-toestemming}', '4. {#alle.fotos-toestemming}');
  text = replace(text, '7. {#alle.plichtsverzuim}', '5. {#alle.plichtsverzuim}');
  // Moved to another section.
  const role =
    "6. {#alle.professionele-rol} Medewerkers zijn zich te allen tijde bewust van hun professionele rol indien zij 'vrienden' worden met leerlingen op sociale media.\n";
  text = replace(text, role, '');
  text = replace(text, '2. {#werk.persoonlijke-titel}', role.replace('6.', '2.') + '3. {#werk.persoonlijke-titel}');
  text = replace(text, '3. {#werk.twijfel}', '4. {#werk.twijfel}');
  // Added.
  text = replace(
    text,
    'contact op met zijn/haar leidinggevende.\n',
    'contact op met zijn/haar leidinggevende.\n5. {#werk.accounts} Medewerkers gebruiken voor contact met leerlingen uitsluitend de accounts en kanalen die de school daarvoor beschikbaar stelt.\n',
  );
  // Rewritten beyond a redline.
  text = replace(
    text,
    'Het protocol dient Casparus College, haar medewerkers, leerlingen en ouders tegen zichzelf en anderen te beschermen tegen de mogelijke negatieve gevolgen van de sociale media.',
    'Wij willen iedereen in onze schoolgemeenschap behoeden voor schade door berichten online, zowel eigen berichten als die van derden.',
  );
  // Split in two.
  text = replace(
    text,
    ' officiële standpunten van Casparus College. Verder meldt',
    ' officiële standpunten van Casparus College.\n4. {#buiten.derden} Verder meldt',
  );
  // Reordered: two bullets swap places.
  const realtime =
    '- {#bedenk.realtime} Het gebruik van Social media in real time gebeurt. Een druk op de knop en je bericht staat direct online.\n';
  const eeuwig = '- {#bedenk.eeuwig} Online informatie misschien wel eeuwig online staat.\n';
  text = replace(text, realtime + eeuwig, eeuwig + realtime);
  // A figure in a bullet.
  text = replace(text, 'resulteren in hoge boetes.', 'resulteren in boetes tot € 5.000.');
  return text;
}

export interface Revision {
  oldPolicy: Policy;
  newPolicy: Policy;
  diff: PolicyDiff;
}

export function seedRevision(lang = 'nl'): Revision {
  const seed = readFileSync(SEED_PATH, 'utf8');
  const oldSource = lang === 'nl' ? seed : seed.replace('lang: nl', `lang: ${lang}`);
  const oldPolicy = parsePolicy(oldSource, { path: 'policies/casparus-college/social-media.md' }).policy;
  const newPolicy = parsePolicy(revisedSource(seed, lang), {
    path: 'policies/casparus-college/social-media.md',
  }).policy;
  return { oldPolicy, newPolicy, diff: diffPolicies(oldPolicy, newPolicy) };
}
