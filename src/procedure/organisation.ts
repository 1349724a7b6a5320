// What an organisation is, stated once in the procedure.yaml of its folder under policies/ (the file that already names
// its sector and terms; docs/format.md, "What an organisation is"): its sector, the kind of body it is, how many people
// work for it and its answers to the conditions a law sets ("indien geautomatiseerde besluitvorming plaatsvindt"), at
// the top of the file; and under `organisation:` whether it is a board (bestuur) with schools or a single school, and
// which schools a board holds (each by the `org` its policies carry, with its name and sector, and optionally the
// folder that holds its policies, in any layout). Whether a legal requirement binds it (src/compare/topics/law-view.ts)
// and what each school must have (overview.ts) are read from here; a policy with no such file above it is of an
// organisation that stated nothing, and a requirement that depends on what it is stays "indien van toepassing".
import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { errorById } from '../io/messages.js';
import { slugify } from '../parse/ids.js';
import { fail as failProcedure, foundationFile, oneOf, type Read, readYaml } from './load.js';
import { sectorBindsName, sectorFileName } from './sector.js';

/** The sectors as a topic list's `binds` names them. */
export const SECTORS = ['po', 'vo', 'so-vso', 'mbo'] as const;
export type Sector = (typeof SECTORS)[number];
/** The sectors as their duties and procedures files are named (templates/procedures/<sector>.yaml). */
const SECTOR_FILES = ['po', 'vo', 'so', 'vso', 'mbo'] as const;
/** bevoegd-gezag: a school's competent authority under the education acts; bestuursorgaan: a public body (Awb). */
export const BODIES = ['bevoegd-gezag', 'bestuursorgaan', 'ander'] as const;
export type Body = (typeof BODIES)[number];
export const ANSWERS = ['ja', 'nee'] as const;
export type Answer = (typeof ANSWERS)[number];

export interface OrganisationProfile {
  /** The procedure.yaml it was read from; absent when no file states what the organisation is. */
  file?: string;
  sector?: Sector;
  body?: Body;
  /** How many people work for it (employees), where a law counts them. */
  workers?: number;
  /** A condition's id → the organisation's answer. */
  answers: Record<string, Answer>;
}

function readProfile(read: Read): OrganisationProfile {
  const { data } = read;
  const profile: OrganisationProfile = { file: read.file, answers: {} };
  if (data.body !== undefined) profile.body = oneOf(read, ['body'], data.body, BODIES);
  // Named as its files are (`so`, `vso`, or `so-vso` for `so`), kept as a topic list's `binds` names it.
  if (data.sector !== undefined)
    profile.sector = sectorBindsName(
      oneOf(read, ['sector'], sectorFileName(String(data.sector)), SECTOR_FILES),
    ) as Sector;
  // A foundation's procedure file that names no sector is a primary school's (proceduresFor's default), unless it
  // says the organisation is another kind of body.
  else if (profile.body === undefined || profile.body === 'bevoegd-gezag') profile.sector = 'po';
  if (profile.sector && !profile.body) profile.body = 'bevoegd-gezag';
  if (data.workers !== undefined) {
    if (typeof data.workers !== 'number' || !Number.isInteger(data.workers) || data.workers < 0)
      failProcedure(read, ['workers'], 'procedure-file.bad-value', {
        value: String(data.workers),
        allowed: '0, 1, 2, …',
      });
    profile.workers = data.workers;
  }
  if (data.answers !== undefined) {
    if (data.answers === null || typeof data.answers !== 'object' || Array.isArray(data.answers))
      failProcedure(read, ['answers'], 'procedure-file.missing', {});
    for (const [id, value] of Object.entries(data.answers as Record<string, unknown>)) {
      // YAML reads a bare ja/nee as text, a yes/no as a boolean: both are accepted.
      const word = value === true ? 'ja' : value === false ? 'nee' : value;
      profile.answers[id] = oneOf(read, ['answers', id], word, ANSWERS);
    }
  }
  return profile;
}

const cache = new Map<string, OrganisationProfile>();

/** What the organisation of the policy at `policyPath` (in the project at `root`) states it is. */
export function organisationProfile(policyPath: string, root: string): OrganisationProfile {
  const file = foundationFile(policyPath, root);
  if (!file) return { answers: {} };
  const known = cache.get(file);
  if (known) return known;
  const profile = readProfile(readYaml(file));
  cache.set(file, profile);
  return profile;
}

export const ROLES = ['bestuur', 'school'] as const;
export type Role = (typeof ROLES)[number];

export interface SchoolDeclaration {
  /** The `org` its policies carry. */
  org: string;
  name: string;
  sector: string;
  /** An absolute folder whose policies are the school's, whatever their `org`. */
  folder?: string;
}

export interface OrganisationDeclaration {
  /** The `org` of the organisation's own policies: its `org` field, else its folder's name. */
  org: string;
  /** Its `name`, else its folder's name (then `unnamed`: nothing names it, and a reader may find a better name). */
  name: string;
  unnamed?: true;
  role: Role;
  sector: string;
  /** The folder of the declaring procedure.yaml: a policy beneath it is the organisation's, or one of its schools'. */
  folder: string;
  workers?: number;
  schools: SchoolDeclaration[];
  /** The declaring file, as messages show it. */
  file: string;
}

const FILE = 'procedure.yaml';

function fail(read: Read, path: (string | number)[], messageId: string, params: Record<string, string> = {}): never {
  throw errorById(
    {
      messageId: `organisation-file.${messageId}`,
      fixId: 'organisation-file.see-docs',
      params: { field: path.join('.'), ...params },
    },
    { place: { file: read.file, point: read.pointOf(path) }, ruleId: 'procedure-file' },
  );
}

function text(read: Read, path: (string | number)[], value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') fail(read, path, 'missing');
  return value.trim();
}

function mapping(read: Read, path: (string | number)[], value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(read, path, 'missing');
  return value as Record<string, unknown>;
}

/** The declaration in the procedure.yaml at `file`, or undefined when it has no `organisation`. */
export function readDeclaration(file: string): OrganisationDeclaration | undefined {
  const read = readYaml(file);
  if (read.data.organisation === undefined) return undefined;
  const data = mapping(read, ['organisation'], read.data.organisation);
  const folder = dirname(resolve(file));
  const sector = typeof read.data.sector === 'string' ? sectorFileName(read.data.sector) : 'po';
  const role = text(read, ['organisation', 'role'], data.role ?? 'school');
  if (!(ROLES as readonly string[]).includes(role))
    fail(read, ['organisation', 'role'], 'bad-value', { value: role, allowed: ROLES.join(', ') });
  const declaration: OrganisationDeclaration = {
    org: data.org === undefined ? slugify(basename(folder)) : text(read, ['organisation', 'org'], data.org),
    name: data.name === undefined ? basename(folder) : text(read, ['organisation', 'name'], data.name),
    role: role as Role,
    sector,
    folder,
    schools: [],
    file: read.file,
  };
  if (data.name === undefined) declaration.unnamed = true;
  // Its size is stated once, at the top of the file, where the law's conditions read it too.
  const { workers } = readProfile(read);
  if (workers !== undefined) declaration.workers = workers;
  if (data.schools !== undefined) {
    if (role !== 'bestuur') fail(read, ['organisation', 'schools'], 'schools-of-school');
    const schools = mapping(read, ['organisation', 'schools'], data.schools);
    for (const [org, value] of Object.entries(schools)) {
      const path = ['organisation', 'schools', org];
      const entry = mapping(read, path, value ?? {});
      const school: SchoolDeclaration = {
        org,
        name: entry.name === undefined ? org : text(read, [...path, 'name'], entry.name),
        sector: entry.sector === undefined ? sector : sectorFileName(text(read, [...path, 'sector'], entry.sector)),
      };
      if (entry.folder !== undefined) school.folder = resolve(folder, text(read, [...path, 'folder'], entry.folder));
      declaration.schools.push(school);
    }
  }
  return declaration;
}

/** Every procedure.yaml under `policiesDir` (at most four folders deep, hidden folders left out). */
function declarationFiles(dir: string, depth = 0): string[] {
  let names: import('node:fs').Dirent[];
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of names.sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile() && entry.name === FILE) files.push(join(dir, entry.name));
    else if (entry.isDirectory() && depth < 4) files.push(...declarationFiles(join(dir, entry.name), depth + 1));
  }
  return files;
}

/** Every procedure.yaml under the project's policies/ folder, where organisations declare themselves. */
export function declarationFilesOf(root: string): string[] {
  return declarationFiles(join(root, 'policies'));
}

/** The organisations declared in the project at `root` (policies/**\/procedure.yaml with an `organisation`). */
export function declaredOrganisations(root: string): OrganisationDeclaration[] {
  return declarationFiles(join(root, 'policies')).flatMap((file) => {
    const declaration = readDeclaration(file);
    return declaration ? [declaration] : [];
  });
}
