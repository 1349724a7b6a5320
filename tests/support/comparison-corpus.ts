// A made-up corpus that holds everything a comparison must not mistake for an organisation (issue 16, "Comparison
// inputs"): two kinds of policy per school (social-media protocol, privacy regulation), a proposed revision in
// revisions/, an older version beside the newer, two drafts of which the newer is taken, and five downloaded
// protocols side by side in one folder with neither `org` nor `organisation`. Used in-process (parsePolicy) by
// tests/compare/read/inputs.test.ts and on disk by tests/cli/compare-inputs.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The social-media protocol's clauses; each school adopts a selection. */
const SOCIAL = [
  'De school onderkent de mogelijkheden van sociale media voor het onderwijs.',
  'Alle betrokkenen nemen de reguliere fatsoensnormen in acht op sociale media.',
  'Het online plaatsen van foto- en filmopnamen van leerlingen is alleen toegestaan na uitdrukkelijke toestemming.',
  'Medewerkers zijn persoonlijk verantwoordelijk voor de inhoud die zij op sociale media publiceren.',
  'Bij twijfel over een publicatie neemt de medewerker contact op met de leidinggevende.',
  'Gepubliceerde berichten blijven voor onbepaalde tijd openbaar, ook na verwijdering van het bericht.',
];

const PRIVACY = [
  'De school verwerkt persoonsgegevens van leerlingen alleen voor het geven van onderwijs en de begeleiding daarbij.',
  'Ouders hebben het recht de gegevens van hun kind in te zien en te laten verbeteren.',
  'Een datalek wordt binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens.',
  'Gegevens worden niet langer bewaard dan de wettelijke bewaartermijnen toestaan.',
  'Het bestuur benoemt een functionaris voor de gegevensbescherming met een eigen budget.',
];

interface Doc {
  meta: Record<string, string>;
  clauses: string[];
}

function markdown(doc: Doc): string {
  const front = Object.entries(doc.meta).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  const title = doc.meta.title ?? 'Beleid';
  const items = doc.clauses.map((clause, index) => `${index + 1}. ${clause}`);
  return `---\n${front.join('\n')}\nlang: nl\n---\n\n# ${title}\n\n## Afspraken\n\n${items.join('\n')}\n`;
}

const social = (meta: Record<string, string>, pick: number[]): Doc => ({
  meta: { id: 'social-media', title: 'Protocol sociale media', ...meta },
  clauses: pick.map((index) => SOCIAL[index] as string),
});
const privacy = (meta: Record<string, string>, pick: number[]): Doc => ({
  meta: { id: 'privacy', title: 'Privacyreglement', ...meta },
  clauses: pick.map((index) => PRIVACY[index] as string),
});

const alpha = { org: 'alpha', organisation: 'Alpha College' };
const beta = { org: 'beta', organisation: 'Beta Lyceum' };
const gamma = { org: 'gamma', organisation: 'Gamma Scholengroep' };

/** Path under the corpus folder → Markdown. Sorted as discoverPolicies would list them. */
export const COMPARISON_CORPUS: Record<string, string> = Object.fromEntries(
  Object.entries({
    'policies/alpha/privacy.md': privacy({ ...alpha, version: '1.0', status: 'approved' }, [0, 1, 2, 3, 4]),
    'policies/alpha/revisions/social-media-2.0.md': social(
      { ...alpha, version: '2.0', status: 'proposed', supersedes: '1.0' },
      [0, 1, 2, 3, 4, 5],
    ),
    'policies/alpha/social-media.md': social({ ...alpha, version: '1.0', status: 'approved' }, [0, 1, 2, 3, 4]),
    'policies/beta/privacy.md': privacy({ ...beta, version: '1.0', status: 'approved' }, [0, 1, 2]),
    'policies/beta/social-media-2019.md': social({ ...beta, version: '1.0', status: 'approved' }, [0, 1]),
    'policies/beta/social-media.md': social({ ...beta, version: '2.0', status: 'approved' }, [0, 1, 2, 3, 5]),
    'policies/gamma/privacy.md': privacy({ ...gamma, version: '0.9', status: 'draft' }, [0, 3]),
    'policies/gamma/social-media-concept.md': social({ ...gamma, version: '1.1', status: 'draft' }, [0, 1, 4, 5]),
    'policies/gamma/social-media.md': social({ ...gamma, version: '1.0', status: 'draft' }, [0, 1, 5]),
    // Five protocols downloaded into one folder: no org, no organisation, no version.
    'policies/downloads/de-linde.md': social({}, [0, 1, 2, 3]),
    'policies/downloads/het-baken.md': social({}, [0, 2, 3, 4]),
    'policies/downloads/de-regenboog.md': social({}, [1, 2, 3, 5]),
    'policies/downloads/sint-jozef.md': social({}, [0, 1, 3, 4, 5]),
    'policies/downloads/de-wegwijzer.md': social({}, [0, 1, 2, 4]),
  })
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, doc]) => [path, markdown(doc)]),
);

/** Writes the corpus into `dir` (policies/…). */
export function writeComparisonCorpus(dir: string): void {
  for (const [path, text] of Object.entries(COMPARISON_CORPUS)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
