// `clausemark textconv FILE`, git's textconv filter: a policy as the text `git diff` and `git log -p` compare, clause
// by clause (src/render/diff/textconv.ts). A file that is no policy git can show that way is handed back as it is.
import { readFileSync } from 'node:fs';
import { policyFromBytes } from '../diff/inputs.js';
import type { Project } from '../io/project.js';
import { readSource } from '../io/read.js';
import { isClausemarkError } from '../model/errors.js';
import { renderTextconv } from '../render/diff/textconv.js';

/** What git is given for `file`: its clauses as text, or its own bytes. */
export function textconvJob(file: string, project: Project): string | Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    readSource(file); // turns a missing file or a folder into an error with a hint (exit 2)
    throw error;
  }
  try {
    return renderTextconv(policyFromBytes(bytes, file, file, project.root));
  } catch (error) {
    if (!isClausemarkError(error)) throw error;
    // Not a policy git can be shown clause by clause (binary, broken YAML): hand the content back unchanged,
    // so `git diff` and `git log -p` still work on it.
    return bytes;
  }
}
