// Shared by the sector tests: the shipped template versions, throw-away projects with their own templates/sector,
// and a policy adapted from a template (the way `clausemark adapt` makes one) to edit and compare.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import type { Policy } from '../../src/model/policy.js';
import { parsePolicy } from '../../src/parse/index.js';
import { adaptTemplate } from '../../src/template/adapt.js';
import { loadTemplate, type SectorTemplate } from '../../src/template/template.js';
import { PROJECT_ROOT } from '../support/paths.js';

export const SECTOR_DIR = join(PROJECT_ROOT, 'templates', 'sector');
export const CURRENT_FILE = join(SECTOR_DIR, 'social-media.md');
export const V1_0_FILE = join(SECTOR_DIR, 'versions', 'social-media-1.0.md');
export const V1_1_FILE = join(SECTOR_DIR, 'versions', 'social-media-1.1.md');

export const v10 = (): SectorTemplate => loadTemplate(V1_0_FILE);
export const v11 = (): SectorTemplate => loadTemplate(V1_1_FILE);

export const CASPARUS = { organisation: 'Casparus College', contactRole: 'teamleider' } as const;

/** A path inside this repository (not written): check rules then find the shipped templates from it. */
export const POLICY_PATH = join(PROJECT_ROOT, 'policies', 'casparus-college', 'social-media.md');

export function adapted(
  template: SectorTemplate,
  values: Record<string, string> = CASPARUS,
  org = 'casparus-college',
): string {
  return adaptTemplate(template, { org, values }).source;
}

export function parse(source: string, path = POLICY_PATH): Policy {
  return parsePolicy(source, { path }).policy;
}

/** Replace exactly one occurrence of `from`, so a test edit that misses fails loudly. */
export function edit(source: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === 'string' ? source.split(from).length - 1 : (source.match(new RegExp(from, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`expected one occurrence of ${String(from)}, found ${count}`);
  return source.replace(from, to);
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface SectorProject {
  root: string;
  write(relativePath: string, text: string): string;
}

/** A temp project; with `withShippedTemplates` its templates/sector is a copy of the shipped one. */
export function sectorProject(withShippedTemplates = true): SectorProject {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-sector-'));
  made.push(root);
  mkdirSync(join(root, 'templates', 'sector'), { recursive: true });
  if (withShippedTemplates) cpSync(SECTOR_DIR, join(root, 'templates', 'sector'), { recursive: true });
  return {
    root,
    write(relativePath, text) {
      const full = join(root, relativePath);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
      return full;
    },
  };
}

/** The 1-based line:col of the first occurrence of `needle` in `text`, found independently of clausemark. */
export function positionOf(text: string, needle: string): string {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`${needle} not found`);
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
}

// A Dutch school's copy of the sector template as it comes back from Word (tests/template/content-match.test.ts).
const ALLURE = readFileSync(join(PROJECT_ROOT, 'policies', 'allure', 'social-media.md'), 'utf8');
/** One of Allure's own paragraphs, as the school would paste it into its copy. */
export const OWN_PARAGRAPH = /\{#inl\.niet-weg-te-denken\} (.*)/.exec(ALLURE)?.[1] ?? '';

/** The adapted policy as a school keeps it in Word: ids gone, headings one level deeper, edited. */
export function wordCopy(): string {
  let source = adapted(v11());
  source = source.replace(/ ?\{#[^}]+\} ?/g, (marker) => (marker.startsWith(' ') && marker.endsWith(' ') ? ' ' : ''));
  source = source.replace(/^(#{2,5}) /gm, '#$1 ');
  // A locked clause reworded, a required one left out, an allowed one extended, one moved to another section.
  source = edit(source, 'neemt de gewone fatsoensnormen in acht', 'houdt zich aan de normen');
  source = edit(source, /\n3\. Incidenten en genomen maatregelen[^\n]*\n/, '\n');
  source = edit(
    source,
    'zolang het anderen of de school niet schaadt.',
    'zolang het anderen of de school niet schaadt. Denk aan lesmateriaal.',
  );
  const pers = /\n5\. (Vragen van journalisten[^\n]*)\n/.exec(source)?.[1] ?? '';
  source = edit(source, `\n5. ${pers}\n`, '\n');
  source = edit(source, /(gebruikmaken van [^\n]*\n)/, `$16. ${pers}\n`);
  source = edit(source, /(\n### Uitgangspunten)/, `\n${OWN_PARAGRAPH}\n$1`);
  return source;
}
