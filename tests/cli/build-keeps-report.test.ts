// `build ONE` updates that policy's pages and keeps the rest of the report: the overview still lists the policies
// built before into the same folder, and the comparison of the organisations stays (src/jobs/build.ts).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { policyPath } from '../support/paths.js';

const ORGS = ['allure', 'aeres-mbo', 'casparus-college'];

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-keep-report-'));
  for (const org of ORGS) {
    mkdirSync(join(dir, 'policies', org), { recursive: true });
    copyFileSync(policyPath(org), join(dir, 'policies', org, 'social-media.md'));
  }
  return dir;
}

describe('build of some files', () => {
  it('keeps the other policies and the comparison in the report, as the full build wrote it', async () => {
    const dir = project();
    expect((await runCli(['build'], { cwd: dir })).code).toBe(0);
    const index = join(dir, 'out', 'index.html');
    const full = readFileSync(index, 'utf8');
    for (const org of ORGS) expect(full).toContain(`${org}/`);
    const one = await runCli(['build', 'policies/allure/social-media.md', '--force'], { cwd: dir });
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(readFileSync(index, 'utf8')).toBe(full);
    expect(one.stdout).toMatch(/report: out\/index\.html \(\d+ pages, 0 changed\)/);
  });

  it('drops a policy whose source changed since its PDF was built, and takes in the one built now', async () => {
    const dir = project();
    expect((await runCli(['build'], { cwd: dir })).code).toBe(0);
    const aeres = join(dir, 'policies', 'aeres-mbo', 'social-media.md');
    writeFileSync(aeres, readFileSync(aeres, 'utf8').replace(/^title: .*$/m, 'title: Een nieuwe titel'));
    const one = await runCli(['build', 'policies/allure/social-media.md'], { cwd: dir });
    expect(one.code).toBe(0);
    const index = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    expect(index).toContain('allure/');
    expect(index).toContain('casparus-college/');
    // Its PDF is no longer that of its text: the report does not show it until it is built again.
    expect(index).not.toContain('aeres-mbo/');
    expect(index).not.toContain('Een nieuwe titel');
    expect((await runCli(['build', 'policies/aeres-mbo/social-media.md'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain('Een nieuwe titel');
    expect(existsSync(join(dir, 'out', 'aeres-mbo'))).toBe(true);
  });
});
