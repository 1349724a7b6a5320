// One run holds every file to one project: the one around the working folder (src/io/project.ts), for the procedure
// rules and the template rules alike, and for upgrade as for adapt. The projects here are made so that the two ways
// the project used to be found (from the working folder for procedures, brands and adapt, from the file for sector
// templates in check and upgrade) give two answers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adaptTemplate } from '../../src/template/adapt.js';
import { templateFromSource } from '../../src/template/template.js';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { CASPARUS, sectorProject, V1_0_FILE, V1_1_FILE } from '../template/support.js';

/** The shipped procedures for primary schools, with a kind of policy of this project's own. */
function proceduresWithOwnKind(): string {
  const shipped = readFileSync(join(PROJECT_ROOT, 'templates', 'procedures', 'po.yaml'), 'utf8');
  const own = [
    '  eigen-regeling:',
    '    title: Eigen regeling',
    '    level: bestuur',
    '    review: 2y',
    '    published: [website]',
    '    steps:',
    '      - { body: bestuur, part: whole, right: vaststelling, basis: WPO art. 14, checked: unverified }',
  ].join('\n');
  return shipped.replace('\nkinds:\n', `\nkinds:\n${own}\n`);
}

/** The shipped template 1.0 under an id only the outer project has. */
const OWN_TEMPLATE = readFileSync(V1_0_FILE, 'utf8').replace('id: sector-social-media', 'id: sector-eigen');
/** Its next version, 1.1, the shipped 1.1 under the same id. */
const OWN_NEXT = readFileSync(V1_1_FILE, 'utf8').replace('id: sector-social-media', 'id: sector-eigen');

/** A policy adapted from the outer project's own template, of the outer project's own kind, one required clause left out. */
function policySource(): string {
  const template = templateFromSource(OWN_TEMPLATE, 'eigen-1.0.md');
  const source = adaptTemplate(template, { org: 'casparus-college', values: CASPARUS }).source;
  // adapt gives the copy the template's kind (social-media); this project's own kind takes its place.
  const withKind = source.replace(/^kind: social-media$/m, 'kind: eigen-regeling');
  if (withKind === source) throw new Error('the adapted policy names no kind: social-media to replace');
  const dropped = withKind.replace(/^\{#inl\.doel\}.*\n\n/m, '');
  if (dropped === withKind) throw new Error('the adapted policy has no clause inl.doel to leave out');
  return dropped;
}

/** The outer project: brands folder, procedures with its own kind, its own sector template. */
function outerProject(): ReturnType<typeof sectorProject> {
  const project = sectorProject(false);
  project.write('templates/brands/.keep', '');
  project.write('templates/procedures/po.yaml', proceduresWithOwnKind());
  project.write('templates/sector/versions/eigen-1.0.md', OWN_TEMPLATE);
  return project;
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temp folder in no project: nothing above it has templates/. */
function plainFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'clausemark-elsewhere-'));
  folders.push(folder);
  return folder;
}

interface JsonFinding {
  ruleId: string;
  params?: Record<string, unknown>;
}

async function ruleIdsOfCheck(file: string, cwd: string): Promise<string[]> {
  const run = await runCli(['check', '--format', 'json', file], { cwd });
  expect(run.stderr).toBe('');
  const { files } = JSON.parse(run.stdout) as { files: { findings: JsonFinding[] }[] };
  return (files[0]?.findings ?? []).map((finding) => finding.ruleId);
}

describe('check holds a file to the project of the working folder', () => {
  it('a policy in a nested folder with a templates/sector of its own: templates and procedures from one project', async () => {
    const outer = outerProject();
    outer.write('nested/templates/sector/.keep', '');
    const file = outer.write('nested/policies/casparus-college/eigen.md', policySource());
    const rules = await ruleIdsOfCheck(file, outer.root);
    // The procedure rules know the kind (outer project); so must the template rules know the template, and find the
    // clause left out.
    expect(rules).not.toContain('procedure-unknown-kind');
    expect(rules).not.toContain('template-unknown');
    expect(rules).toContain('template-required-dropped');
  });

  it('a policy outside the working folder’s project: its templates are the working folder’s', async () => {
    const outer = outerProject();
    const file = join(plainFolder(), 'eigen.md');
    writeFileSync(file, policySource());
    const rules = await ruleIdsOfCheck(file, outer.root);
    expect(rules).not.toContain('procedure-unknown-kind');
    expect(rules).not.toContain('template-unknown');
    expect(rules).toContain('template-required-dropped');
  });
});

describe('upgrade takes its templates from the project of the working folder, as adapt does', () => {
  it('a policy outside the working folder’s project is upgraded to the working folder’s template', async () => {
    const outer = outerProject();
    outer.write('templates/sector/eigen.md', OWN_NEXT);
    const file = join(plainFolder(), 'eigen.md');
    writeFileSync(file, policySource());
    const run = await runCli(['upgrade', file, '--template', 'sector-eigen'], { cwd: outer.root });
    expect(run.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toContain('derivedFrom: sector-eigen@1.1\n');
  });
});

describe('the procedures of a run are the working folder’s project’s, for every command', () => {
  /** A policy of the outer project's own kind outside the outer project; `adopted`: on 2024-06-01, so due for review. */
  function ownKindPolicy(adopted = false): string {
    const file = join(plainFolder(), 'eigen.md');
    writeFileSync(
      file,
      [
        '---',
        'id: eigen',
        'title: Eigen regeling',
        'organisation: De Linde',
        'version: "1.0"',
        'kind: eigen-regeling',
        ...(adopted
          ? [
              'status: approved',
              'approvals:',
              '  - { date: 2024-06-01, name: J. de Vries, role: Bestuurder, step: vaststelling }',
            ]
          : ['status: draft']),
        '---',
        '',
        '{#doel} Tekst.',
        '',
      ].join('\n'),
    );
    return file;
  }

  it('agenda plans the policy by the kind the working folder’s procedures define', async () => {
    const outer = outerProject();
    const file = ownKindPolicy(true);
    const run = await runCli(['agenda', '--format', 'json', '--from', '2026-01-05', file], { cwd: outer.root });
    expect(run.stderr).toBe('');
    // Adopted 2024-06-01, reviewed every two years by the outer project's procedures: due 2026-06-01.
    const { items } = JSON.parse(run.stdout) as { items: { type: string; date: string; policy: { id: string } }[] };
    expect(items.map((item) => [item.type, item.date, item.policy.id])).toEqual([['review', '2026-06-01', 'eigen']]);
  });

  it('approve holds the step to the same procedures as the check it runs first', async () => {
    const outer = outerProject();
    const file = ownKindPolicy();
    const args = ['approve', file, '--name', 'J. de Vries', '--role', 'Bestuurder', '--date', '2026-01-05'];
    const run = await runCli([...args, '--step', 'vaststelling'], { cwd: outer.root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const approved = readFileSync(file, 'utf8');
    expect(approved).toContain('body: bestuur');
  });
});
