// `start` on a revision whose `supersedes:` names a version no file of the policy has (src/report/corpus/plan.ts,
// unpaired): it makes no board pack and says so, naming the file and the version, and that `check` warns of it
// (supersedes-unknown). Through the CLI, in a project of its own; `check` is run on it too, so the line's word about
// check is held to what check says.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const REVISION = `---
id: privacy
title: Privacyreglement
organisation: De School
version: "2.0"
supersedes: "1.0"
lang: nl
---

## Doel {#doel}

1. {#doel.zorg} De school gaat uiterst zorgvuldig om met persoonsgegevens.
`;

describe('npm start on a revision whose earlier version no file holds', () => {
  it('makes no board pack and says why, naming the file, the version and what to do; check warns of it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-start-no-pack-'));
    mkdirSync(join(root, 'policies', 'school'), { recursive: true });
    writeFileSync(join(root, 'policies', 'school', 'privacy.md'), REVISION);

    const run = await runCli(['start', '--out', 'out'], { cwd: root });
    expect(run.stderr.trim()).toBe(
      'no board pack for policies/school/privacy.md: its supersedes: names version 1.0, which no file of the same ' +
        'policy has (name an existing version, or remove the field; `clausemark check` warns: supersedes-unknown)',
    );
    // A missing board pack is no failure: the policy itself is built.
    expect(run.code, run.stdout).toBe(0);
    expect(existsSync(join(root, 'out', 'school', 'privacy-2.0.pdf'))).toBe(true);
    expect(readdirSync(join(root, 'out', 'school')).filter((name) => name.includes('-to-'))).toEqual([]);

    // Where the line sends the reader: check warns at the field, with the same version.
    const check = await runCli(['check'], { cwd: root });
    expect(check.stdout).toContain('policies/school/privacy.md');
    expect(check.stdout).toMatch(/^ +6:13 +warning +.*supersedes version 1\.0, which no file .*supersedes-unknown$/m);
  });

  it('says a supersedes: that names its own version so, not that no file has it; check warns of that too', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-start-own-version-'));
    mkdirSync(join(root, 'policies', 'school'), { recursive: true });
    writeFileSync(
      join(root, 'policies', 'school', 'privacy.md'),
      REVISION.replace('supersedes: "1.0"', 'supersedes: "2.0"'),
    );

    const run = await runCli(['start', '--out', 'out'], { cwd: root });
    expect(run.stderr.trim()).toBe(
      'no board pack for policies/school/privacy.md: its supersedes: names its own version, 2.0 (name the version it ' +
        'replaces, or remove the field; `clausemark check` warns: supersedes-unknown)',
    );
    expect(run.code, run.stdout).toBe(0);
    const check = await runCli(['check'], { cwd: root });
    expect(check.stdout).toMatch(
      /^ +6:13 +warning +privacy version 2\.0 of school supersedes its own version: .*supersedes-unknown$/m,
    );
  });
});
