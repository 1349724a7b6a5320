// The kind of policy a title names, from the vocabulary of Dutch school policy kinds in
// templates/import/policy-kinds.yaml, so that the same kind gets the same id across organisations (issue 25): import
// writes it as the id, and compare takes it for documents whose frontmatter names no kind (compare/topic-list.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PACKAGE_ROOT } from '../io/root.js';
import { foldDiacritics } from '../text/normalise.js';

interface PolicyKind {
  id: string;
  names: string[];
}

export const KINDS_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'policy-kinds.yaml');

let kinds: PolicyKind[] | undefined;

/** Words of a title or a name, lower case and without accents, hyphens and other marks as spaces. */
const phrase = (text: string): string =>
  ` ${foldDiacritics(text.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

function loaded(): PolicyKind[] {
  kinds ??= (YAML.parse(readFileSync(KINDS_FILE, 'utf8')) as PolicyKind[]).map((kind) => ({
    id: kind.id,
    names: kind.names.map(phrase),
  }));
  return kinds;
}

/** Every kind the title names, each with the longest of its names found, longest first. */
export function policyKinds(title: string): { id: string; name: string }[] {
  const words = phrase(title);
  const found: { id: string; name: string }[] = [];
  for (const kind of loaded()) {
    let best: string | undefined;
    for (const name of kind.names) if (words.includes(name) && name.length > (best?.length ?? 0)) best = name;
    if (best) found.push({ id: kind.id, name: best.trim() });
  }
  return found.sort((a, b) => b.name.length - a.name.length || a.id.localeCompare(b.id, 'en'));
}

/** The kind the title names, with the name it was found by; the longest name found wins. */
export function policyKind(title: string): { id: string; name: string } | undefined {
  return policyKinds(title)[0];
}
