import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { SEED_ORGS, policyPath } from '../support/paths.js';

const seeds = SEED_ORGS.map((org) => policyPath(org));

describe('clausemark compare (CLI)', () => {
  it('writes the documented JSON schema for the five seeds', async () => {
    const run = await runCli(['compare', ...seeds, '--format', 'json', '--base', 'casparus-college']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const alignment = JSON.parse(run.stdout) as {
      documents: { key: string }[];
      provisions: {
        label: string;
        reference: string;
        members: Record<string, { id: string; text: string; status: string }[]>;
      }[];
      similarity: Record<string, Record<string, number>>;
    };
    expect(alignment.documents.map((d) => d.key).sort()).toEqual([...SEED_ORGS].sort());
    expect(alignment.similarity['casparus-college']?.['casparus-college']).toBe(1);
    const shared = alignment.provisions.filter((p) => Object.keys(p.members).length >= 3);
    expect(shared.length).toBeGreaterThan(3);
    for (const provision of alignment.provisions) {
      for (const members of Object.values(provision.members)) {
        for (const member of members)
          expect(['reference', 'only', 'identical', 'reworded', 'different']).toContain(member.status);
      }
      // Nothing reads "identical" where there is nothing to be identical to: not the reference, not a lone member.
      const alone = Object.keys(provision.members).length === 1;
      for (const member of provision.members[provision.reference] ?? [])
        expect(member.status).toBe(alone ? 'only' : 'reference');
    }
  });

  it('prints a provision matrix with a symbol per document as text', async () => {
    const run = await runCli(['compare', seeds[0] ?? '', seeds[2] ?? '']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2 beleidsdocumenten vergeleken \(basis: /);
    expect(run.stdout).toContain(
      '• referentie, = gelijk, ≈ anders verwoord, ≠ afwijkend, + alleen hier, ± alleen hier gekoppeld, ? mogelijk, ◊ niet gekoppeld, — niet gevonden',
    );
  });

  it('needs two policies, or one whose kind has a topic list, and a known format (exit 2, no stack trace)', async () => {
    const house = join(mkdtempSync(join(tmpdir(), 'clausemark-compare-one-')), 'huisregels.md');
    writeFileSync(
      house,
      '---\nid: huisregels\ntitle: Huisregels\norg: noord\nlang: nl\n---\n\n## 1. Jassen {#jassen}\n\nJassen hangen aan de kapstok.\n',
    );
    const one = await runCli(['compare', house]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('at least two policies');
    expect(one.stderr).not.toMatch(/\n\s+at /);
    const unknown = await runCli(['compare', house, '--topics', 'geen-lijst']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('privacyverklaring');
    const single = await runCli(['compare', seeds[0] ?? '', '--topics', 'privacyverklaring', '--format', 'md']);
    expect(single.code).toBe(0);
    expect(single.stdout).toContain('AVG art. 13');
    const bad = await runCli(['compare', ...seeds, '--format', 'docx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('docx');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('--template delegates to the deviation register: an adapted policy has no deviations', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clausemark-compare-')), 'policies', 'demo', 'social-media.md');
    const adapt = await runCli([
      'adapt',
      'templates/sector/social-media.md',
      '--org',
      'demo',
      '--set',
      'organisation=Demo College',
      '--out',
      out,
    ]);
    expect(adapt.stderr).toBe('');
    const run = await runCli(['compare', '--template', 'templates/sector/social-media.md', out, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const register = JSON.parse(run.stdout) as { policies: { counts: Record<string, number> }[] };
    expect(register.policies).toHaveLength(1);
    expect(register.policies[0]?.counts).toMatchObject({ modified: 0, dropped: 0, added: 0, violations: 0 });
    expect(register.policies[0]?.counts.verbatim).toBeGreaterThan(10);
  });
});
