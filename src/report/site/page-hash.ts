// The content hash of a report page: sha256 over everything its HTML is made from (the model objects the renderer
// is given, the frame, and the digest of the templates and clausemark's version), never over dates of files. Two
// runs that give a page the same inputs give it the same hash, so the write step can skip it (write.ts).
import { createHash } from 'node:crypto';

/** JSON as the hash reads it: Maps and Sets by their entries, functions (a diff still to compute) left out. */
function hashable(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value.entries()] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}

/** sha256 (hex) of `inputs`, a tree of plain data; `digest` is what every page shares (templates, tool version). */
export function pageHash(kind: string, inputs: unknown, digest: string): string {
  return createHash('sha256')
    .update(`${kind}\0${digest}\0`)
    .update(JSON.stringify(inputs, hashable) ?? '')
    .digest('hex');
}
