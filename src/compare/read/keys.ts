// The key and the display name of each document in a comparison: what `--base` takes, what JSON consumers index by,
// what the matrix header shows. Both must be unique and readable. The key is the frontmatter `org`, else the
// organisation (its written name, else its folder), else the file name; documents that would share one are told
// apart by what differs between them (the version, the file name, the folder), never by a counter, so five files
// from one folder are headed by their five file names, not by the folder's name five times.
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import type { Policy } from '../../model/policy.js';
import { slugify } from '../../parse/ids.js';

export interface DocumentLabel {
  key: string;
  /** Readable name for headers: the organisation's name, with what tells it apart when two share it. */
  name: string;
}

const written = (policy: Policy, field: string): boolean => !policy.meta.inferred.includes(field);

/** Keeps letters, digits, dots and hyphens: `2.0` stays readable in `casparus-college-2.0`. */
const keyPart = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');

const fileStem = (policy: Policy): string => basename(policy.path, extname(policy.path));

/** The folder shared by every document, so a path is shown from there (`a/social-media`, not the full path). */
function commonFolder(policies: readonly Policy[]): string {
  const folders = policies.map((policy) => resolve(dirname(policy.path)).split(sep));
  const first = folders[0] ?? [];
  let length = first.length;
  for (const folder of folders) {
    let same = 0;
    while (same < length && folder[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length).join(sep) || sep;
}

/** Candidate (key, name) pairs per level of detail, least detail first. */
function candidates(policy: Policy, common: string): DocumentLabel[] {
  const { meta } = policy;
  const named = written(policy, 'org') || written(policy, 'organisation');
  const base = written(policy, 'org')
    ? meta.org
    : written(policy, 'organisation')
      ? slugify(meta.organisation, 12) || meta.org
      : meta.org;
  const organisation = meta.organisation || base;
  const stem = fileStem(policy);
  const where = relative(common, resolve(policy.path)).replace(/\.[^./\\]*$/, '');
  const levels: DocumentLabel[] = [{ key: base, name: organisation }];
  if (!named) levels.push({ key: keyPart(stem), name: stem });
  else if (written(policy, 'version') && meta.version)
    levels.push({ key: `${base}-${keyPart(meta.version)}`, name: `${organisation} ${meta.version}` });
  levels.push({ key: `${base}-${keyPart(stem)}`, name: `${organisation} (${stem})` });
  levels.push({ key: keyPart(where.split(sep).join('-')), name: `${organisation} (${where.split(sep).join('/')})` });
  return levels.map((level) => ({ key: level.key || 'document', name: level.name }));
}

/** Keys and names in input order: each document at the least detail that no other document shares. */
export function documentLabels(policies: readonly Policy[]): DocumentLabel[] {
  const common = commonFolder(policies);
  // The same file given twice is the one case where nothing differs: the copy is named after the first.
  const firstWith = new Map<string, number>();
  const originalOf = policies.map((policy, index) => {
    const path = resolve(policy.path);
    if (!firstWith.has(path)) firstWith.set(path, index);
    return firstWith.get(path) as number;
  });
  const originals = policies.map((_, index) => index).filter((index) => originalOf[index] === index);
  const options = policies.map((policy) => candidates(policy, common));
  const level = policies.map(() => 0);
  const labelAt = (index: number): DocumentLabel => {
    const list = options[index] as DocumentLabel[];
    return list[Math.min(level[index] as number, list.length - 1)] as DocumentLabel;
  };
  // Only documents whose key is shared get more detail, and only as much as it takes.
  for (let round = 0; round < 4; round++) {
    const users = new Map<string, number[]>();
    for (const index of originals) {
      const key = labelAt(index).key;
      users.set(key, [...(users.get(key) ?? []), index]);
    }
    const shared = [...users.values()].filter((indices) => indices.length > 1).flat();
    if (shared.length === 0) break;
    for (const index of shared) level[index] = (level[index] as number) + 1;
  }
  const copies = new Map<number, number>();
  const labels = policies.map((_, index): DocumentLabel => {
    const original = originalOf[index] as number;
    const label = labelAt(original);
    if (original === index) return { ...label };
    const copy = (copies.get(original) ?? 1) + 1;
    copies.set(original, copy);
    return { key: `${label.key}-copy-${copy}`, name: `${label.name} (${copy})` };
  });
  // Two organisations with different keys may still write the same name: the key then tells them apart.
  const names = new Map<string, number>();
  for (const label of labels) names.set(label.name, (names.get(label.name) ?? 0) + 1);
  return labels.map((label) =>
    (names.get(label.name) ?? 0) > 1 ? { key: label.key, name: `${label.name} (${label.key})` } : label,
  );
}
