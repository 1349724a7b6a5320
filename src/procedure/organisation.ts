// What an organisation is, said once, in the procedure.yaml of its folder under policies/ (the file that already names
// its sector and terms, docs/procedure.md): whether it is a board (bestuur) with schools or a single school, which
// schools a board holds (each by the `org` its policies carry, with its name and sector, and optionally the folder
// that holds its policies, in any layout), and its size where a law counts it (workers: the Wbk's fifty). The
// overview of what each school must have (overview.ts) and the law's conditions read it; nothing else does.
import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { errorById } from '../io/messages.js';
import { slugify } from '../parse/ids.js';
import { type Read, readYaml } from './load.js';

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
  name: string;
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
  const sector = typeof read.data.sector === 'string' ? read.data.sector.trim().toLowerCase() : 'po';
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
  if (data.workers !== undefined) {
    if (!Number.isInteger(data.workers) || (data.workers as number) < 0)
      fail(read, ['organisation', 'workers'], 'bad-value', { value: String(data.workers), allowed: '0, 1, 2 …' });
    declaration.workers = data.workers as number;
  }
  if (data.schools !== undefined) {
    if (role !== 'bestuur') fail(read, ['organisation', 'schools'], 'schools-of-school');
    const schools = mapping(read, ['organisation', 'schools'], data.schools);
    for (const [org, value] of Object.entries(schools)) {
      const path = ['organisation', 'schools', org];
      const entry = mapping(read, path, value ?? {});
      const school: SchoolDeclaration = {
        org,
        name: entry.name === undefined ? org : text(read, [...path, 'name'], entry.name),
        sector: entry.sector === undefined ? sector : text(read, [...path, 'sector'], entry.sector).toLowerCase(),
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

/** The organisations declared in the project at `root` (policies/**\/procedure.yaml with an `organisation`). */
export function declaredOrganisations(root: string): OrganisationDeclaration[] {
  return declarationFiles(join(root, 'policies')).flatMap((file) => {
    const declaration = readDeclaration(file);
    return declaration ? [declaration] : [];
  });
}
