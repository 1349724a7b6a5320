// The kind of policy a title names (src/parse/kinds.ts, templates/import/policy-kinds.yaml): import writes it as the
// id, compare takes it for documents whose frontmatter names none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS_FILE, policyKind, policyKinds } from '../../src/parse/kinds.js';
import { PROJECT_ROOT } from '../support/paths.js';

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
});
