// The kind of policy a title names (src/import/kinds.ts, templates/import/policy-kinds.yaml), and what import says
// of it: the id without a word when the title names one kind, a warning when it names several (issue 43 item 5:
// `import-kind` was a warning on every import).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { KINDS_FILE, policyKind, policyKinds } from '../../src/import/kinds.js';
import { PROJECT_ROOT } from '../support/paths.js';
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

describe('the kind of policy a title names', () => {
  it('is each kind named, its longest name first', () => {
    expect(policyKind('Anti-pestprotocol De Wilg')).toEqual({ id: 'pestprotocol', name: 'anti pestprotocol' });
    expect(policyKinds('Privacyreglement en klachtenregeling')).toEqual([
      { id: 'klachtenregeling', name: 'klachtenregeling' },
      { id: 'privacyreglement', name: 'privacyreglement' },
    ]);
    expect(policyKinds('Jaarverslag 2024')).toEqual([]);
    // The kinds compare has a topic list of (templates/topics/<id>.yaml) beside those above.
    expect(policyKind('Privacyverklaring Gemeente Utrecht')?.id).toBe('privacyverklaring');
    expect(policyKind('Reglement van de medezeggenschapsraad OBS De Es')?.id).toBe('medezeggenschapsreglement');
    expect(policyKind('GMR-reglement Stichting Linde')?.id).toBe('medezeggenschapsreglement');
  });

  it('knows every kind compare has a topic list of, so an imported policy of that kind finds its topics', () => {
    const kinds = new Set([...readFileSync(KINDS_FILE, 'utf8').matchAll(/^- id: (\S+)$/gm)].map((match) => match[1]));
    const listed = readdirSync(join(PROJECT_ROOT, 'templates', 'topics'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.replace(/\.yaml$/, ''));
    expect(listed.length).toBeGreaterThan(5);
    expect(listed.filter((kind) => !kinds.has(kind))).toEqual([]);
  });

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
