// A policy's Word output as a file, for the tests that read it back as a user's program would (LibreOffice, pandoc).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPolicyFiles } from '../../src/build/policy.js';
import { PROJECT_ROOT } from './paths.js';

/** Builds `policyFile` as Word only (no PDF written, ids hidden) and writes it to `<dir>/<name>`; its path. */
export async function wordFileOf(policyFile: string, dir: string, name: string): Promise<string> {
  const { files } = await renderPolicyFiles(policyFile, {
    root: PROJECT_ROOT,
    outDir: dir,
    showIds: false,
    pdfa: false,
    formats: ['docx'],
  });
  const docx = join(dir, name);
  writeFileSync(docx, files[0]!.bytes);
  return docx;
}
