// `--accept-changes [ids]` and `--reject-changes [ids]` take an optional list of clause IDs, so commander reads the
// document of `import --accept-changes beleid.docx` (the order the refusal's hint suggests as much as any) as that
// list and then misses the document. A value that names a file, or that is no list of clause IDs, is the document.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ID_PATTERN } from '../parse/ids.js';
import type { ImportFlags } from '../jobs/import.js';

/** The extensions import reads a document by: a value ending so is a file name, never a clause ID. */
const DOCUMENT_EXTENSION = /\.(docx|pdf|html?|md|markdown|txt)$/i;

function namesDocument(value: string, cwd: string): boolean {
  const items = value.split(/[\s,]+/).filter(Boolean);
  if (items.length === 0 || items.some((item) => !ID_PATTERN.test(item) || DOCUMENT_EXTENSION.test(item))) return true;
  try {
    return statSync(resolve(cwd, value)).isFile();
  } catch {
    return false;
  }
}

/** The documents to import and the flags, with a change flag's value that names a document moved to the documents. */
export function documentsInChangeFlags(
  files: readonly string[],
  options: ImportFlags,
  cwd: string,
): { files: string[]; options: ImportFlags } {
  const documents: string[] = [];
  const flags = { ...options };
  for (const key of ['acceptChanges', 'rejectChanges'] as const) {
    const value = flags[key];
    if (typeof value !== 'string' || !namesDocument(value, cwd)) continue;
    documents.push(value);
    flags[key] = true;
  }
  return { files: [...documents, ...files], options: flags };
}
