// N schools' adaptations of the sector template (templates/sector/social-media.md), made with clausemark's own
// adapt function and then changed the way schools change them: an optional clause dropped, a clause reworded, a
// local clause added. Deterministic: school k gets the same text on every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adaptTemplate, loadTemplate } from '../src/template/index.js';
import { prng } from './corpus.js';

export const SECTOR_TEMPLATE = join('templates', 'sector', 'social-media.md');

const PLACES = [
  'Amersfoort',
  'Zwolle',
  'Delft',
  'Leeuwarden',
  'Tilburg',
  'Venlo',
  'Assen',
  'Gouda',
  'Hoorn',
  'Middelburg',
  'IJsselstein',
  'Ede',
];
const KINDS = ['Scholengroep', 'Stichting', 'Lyceum', 'College', 'Onderwijsgroep'];
const LEARNERS = ['leerlingen', 'studenten', 'deelnemers'];
const OPTIONAL = ['inl.kansen', 'rw.media', 'alle.auteursrecht', 'mdw.pers', 'mdw.accounts'];
const REWORD: [string, string, string][] = [
  ['alle.instellingen', 'Stel de privacy-instellingen', 'Controleer regelmatig de privacy-instellingen'],
  ['mr.dossier', 'worden vastgelegd', 'worden zorgvuldig vastgelegd'],
  ['alle.kennis-delen', 'is toegestaan', 'wordt aangemoedigd'],
];

/** The text of school `index`'s policy. */
export function adaptation(index: number): { org: string; source: string } {
  const random = prng(1000 + index);
  const place = PLACES[index % PLACES.length]!;
  const org = `school-${String(index).padStart(4, '0')}`;
  const organisation = `${KINDS[Math.floor(random() * KINDS.length)]} ${place} ${index}`;
  const learners = LEARNERS[Math.floor(random() * LEARNERS.length)]!;
  let { source } = adaptTemplate(loadTemplate(SECTOR_TEMPLATE), { org, values: { organisation, learners } });
  const lines = source.split('\n');
  const drop = OPTIONAL[Math.floor(random() * OPTIONAL.length)]!;
  if (random() < 0.6)
    lines.splice(
      lines.findIndex((line) => line.includes(`{#${drop}}`)),
      1,
    );
  source = lines.join('\n');
  const [id, from, to] = REWORD[Math.floor(random() * REWORD.length)]!;
  if (random() < 0.7)
    source = source.replace(new RegExp(`(\\{#${id.replace('.', '\\.')}\\}[^\\n]*?)${from}`), `$1${to}`);
  if (random() < 0.5)
    source = `${source.trimEnd()}\n\n{#lokaal.evaluatie} ${organisation} evalueert dit protocol elke twee jaar met de medezeggenschapsraad.\n`;
  return { org, source };
}

/** Writes `count` adaptations under `dir`/<org>/social-media.md; returns the files. */
export function writeAdaptations(dir: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const { org, source } = adaptation(index);
    const file = join(dir, org, 'social-media.md');
    mkdirSync(join(dir, org), { recursive: true });
    writeFileSync(file, source);
    return file;
  });
}
