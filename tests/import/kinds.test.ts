// What import says of the kind of policy a title names (src/parse/kinds.ts, templates/import/policy-kinds.yaml): the
// id without a word when the title names one kind, a warning when it names several (issue 43 item 5: `import-kind`
// was a warning on every import).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { wordFinding } from '../../src/wording/messages.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-kinds-'));
async function imported(title: string) {
  const file = join(folder, `${title.length}.txt`);
  writeFileSync(
    file,
    `${title}\n\n1. Doel\n\nDe school wil dat iedereen zich veilig voelt en samen afspraken maakt.\n`,
  );
  return importDocument(file, { org: 'school', dryRun: true });
}

describe('import and the kind of policy a title names', () => {
  it('gives the id without a warning when the title names one kind', async () => {
    const result = await imported('Pestprotocol');
    expect(result.output).toMatch(/^id: pestprotocol$/m);
    expect(result.findings.filter((finding) => finding.ruleId === 'import-kind')).toEqual([]);
  });

  it('warns, naming the kinds, when the title names several', async () => {
    const result = await imported('Privacyreglement en klachtenregeling');
    expect(result.output).toMatch(/^id: klachtenregeling$/m);
    const said = result.findings.filter((finding) => finding.ruleId === 'import-kind').map(wordFinding);
    expect(said.map((finding) => [finding.severity, finding.message])).toEqual([
      [
        'warning',
        'the title names more than one kind of policy (klachtenregeling ("klachtenregeling"), privacyreglement ("privacyreglement")); the id is "klachtenregeling", the kind of its longest name ("klachtenregeling")',
      ],
    ]);
  });
});
