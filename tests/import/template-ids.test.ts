// import --template: a school's copy of the sector template as plain text (the way it comes out of Word or a PDF)
// is imported with the template's IDs on the clauses and sections that match it by content.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { allClauses } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { templateIdsFor } from '../../src/template/adopt.js';
import { deviationsOf } from '../../src/template/deviations.js';
import { v11, wordCopy } from '../template/support.js';

/** The Word copy as plain text: no frontmatter, no Markdown marks. */
function plainText(): string {
  const body = wordCopy().replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.replace(/^#+ /gm, '').replace(/\*\*/g, '');
}

describe('import --template', () => {
  it("writes the template's IDs into the imported policy, so the register matches by ID", async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-import-template-')), 'social-media.txt');
    writeFileSync(file, plainText());
    const template = v11();
    const plain = await importDocument(file, { org: 'casparus-college', dryRun: true });
    const withIds = await importDocument(file, {
      org: 'casparus-college',
      dryRun: true,
      ids: (policy) => templateIdsFor(template, policy),
    });
    const templateIds = new Set(allClauses(template.policy).map(({ clause }) => clause.id));
    const idsIn = (output: string) =>
      allClauses(parsePolicy(output).policy)
        .map(({ clause }) => clause.id)
        .filter((id) => templateIds.has(id));
    expect(idsIn(plain.output)).toEqual([]);
    expect(idsIn(withIds.output).length).toBeGreaterThanOrEqual(templateIds.size - 3);
    const register = deviationsOf(template, parsePolicy(withIds.output, { path: file }).policy);
    const byId = register.clauses.filter((clause) => clause.matchedBy === 'id').length;
    expect(byId).toBe(idsIn(withIds.output).length);
    expect(register.clauses.find((clause) => clause.id === 'mr.dossier')?.status).toBe('dropped');
    expect(register.clauses.find((clause) => clause.id === 'up.respect')?.violation).toBe('locked-modified');
  });
});
