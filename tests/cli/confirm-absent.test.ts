// `clausemark confirm --absent ORG TOPIC` (issue 24): a cell says "absent" only where a person confirmed it, on the
// organisation's text as it is; an edit to that text makes the confirmation stale and the cell "not found" again.
// The absence is stored beside the pair confirmations (alignments.yaml), and neither kind of entry loses the other.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

interface Json {
  topics: { id: string; clauses: Record<string, unknown[]>; notFound: Record<string, { absent?: string }> }[];
  provisions: {
    members: Record<string, { id: string }[]>;
    notFound?: Record<string, { absent?: string }>;
  }[];
}

/** The provision Casparus College's `up.klimaat` states (no clause of Aloysius was matched to it). */
const climate = (json: Json) =>
  json.provisions.find((provision) => provision.members['casparus-college']?.some((m) => m.id === 'up.klimaat'));

/**
 * A topic no clause of Aloysius covers. (Since issue 42 the photos topic is no longer one: a sentence of
 * wat.verzamelnaam, "beeld (fotografie en video) worden gedeeld", is put on it by its words, wrongly by the hand labels.)
 */
const sanctions = (json: Json) => json.topics.find((topic) => topic.id === 'sancties');

describe('confirm --absent', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cm-absent-'));
    for (const org of ['casparus-college', 'aloysius'])
      cpSync(join(PROJECT_ROOT, 'policies', org, 'social-media.md'), join(dir, 'policies', org, 'social-media.md'));
  });

  const compare = async (format: string) => runCli(['compare', 'policies', '--format', format], { cwd: dir });

  it('round trip: "not found" until confirmed, then "absent"; stale again once the text changes', async () => {
    const before = JSON.parse((await compare('json')).stdout) as Json;
    expect(sanctions(before)?.notFound['aloysius']).toBeDefined();
    expect(sanctions(before)?.notFound['aloysius']?.absent).toBeUndefined();
    // The key above the matrix names every kind of cell; a cell of the topic's own says it only once confirmed.
    expect((await compare('text')).stdout).not.toMatch(/^ {3}1 Ø ontbreekt \(door een persoon bevestigd\)$/m);

    const run = await runCli(['confirm', '--absent', 'aloysius', 'sancties', 'policies'], { cwd: dir });
    expect(run.code).toBe(0);
    const file = readFileSync(join(dir, 'policies', 'alignments.yaml'), 'utf8');
    expect(file).toMatch(/^- absent: \[aloysius@[0-9a-f]{16}, sancties\]$/m);

    const confirmed = JSON.parse((await compare('json')).stdout) as Json;
    expect(sanctions(confirmed)?.notFound['aloysius']?.absent).toBe('confirmed');
    const text = (await compare('text')).stdout;
    expect(text).toMatch(/^ {3}1 Ø ontbreekt \(door een persoon bevestigd\)$/m);
    expect((await compare('md')).stdout).toContain('ontbreekt (door een persoon bevestigd)');
    expect((await compare('html')).stdout).toContain('ontbreekt (door een persoon bevestigd)');

    // Any edit to the organisation's text makes the word stale: it was said about words no longer there.
    const path = join(dir, 'policies', 'aloysius', 'social-media.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Onthoudt dat!', 'Onthoud dat!'));
    const stale = JSON.parse((await compare('json')).stdout) as Json;
    expect(sanctions(stale)?.notFound['aloysius']?.absent).toBe('stale');
    const staleText = (await compare('text')).stdout;
    expect(staleText).not.toMatch(/^ {3}1 Ø ontbreekt \(door een persoon bevestigd\)$/m);
    expect(staleText).toContain('maar niet op de tekst zoals die nu is: bevestig opnieuw');
  });

  it('round trip for a provision, named by a clause of another organisation; stale when either text changes', async () => {
    const before = JSON.parse((await compare('json')).stdout) as Json;
    expect(climate(before)?.members['aloysius']).toBeUndefined();
    expect(climate(before)?.notFound?.['aloysius']?.absent).toBeUndefined();
    const confirmedLine = /^ +\d+ +aloysius Ø ontbreekt \(door een persoon bevestigd\)/m;
    expect((await compare('text')).stdout).not.toMatch(confirmedLine);

    const run = await runCli(['confirm', '--absent', 'aloysius', 'casparus-college:up.klimaat', 'policies'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const file = readFileSync(join(dir, 'policies', 'alignments.yaml'), 'utf8');
    expect(file).toMatch(/^- absent: \[aloysius@[0-9a-f]{16}, casparus-college:up\.klimaat@[0-9a-f]{16}\]$/m);

    const confirmed = JSON.parse((await compare('json')).stdout) as Json;
    expect(climate(confirmed)?.notFound?.['aloysius']?.absent).toBe('confirmed');
    expect((await compare('text')).stdout).toMatch(confirmedLine);
    expect((await compare('md')).stdout).toMatch(/\| Ø ontbreekt \(door een persoon bevestigd\) \|/);
    expect((await compare('html')).stdout).toContain('class="cell s-confirmed-absent"');

    // An edit to the organisation's text makes it stale …
    const own = join(dir, 'policies', 'aloysius', 'social-media.md');
    const ownText = readFileSync(own, 'utf8');
    writeFileSync(own, ownText.replace('Onthoudt dat!', 'Onthoud dat!'));
    const stale = JSON.parse((await compare('json')).stdout) as Json;
    expect(climate(stale)?.notFound?.['aloysius']?.absent).toBe('stale');
    const staleText = (await compare('text')).stdout;
    expect(staleText).not.toMatch(confirmedLine);
    expect(staleText).toContain('maar niet op de tekst zoals die nu is: bevestig opnieuw');

    // … and so does an edit to the clause that names the provision, once the organisation's text is as it was.
    writeFileSync(own, ownText);
    expect(climate(JSON.parse((await compare('json')).stdout) as Json)?.notFound?.['aloysius']?.absent).toBe(
      'confirmed',
    );
    const other = join(dir, 'policies', 'casparus-college', 'social-media.md');
    writeFileSync(
      other,
      readFileSync(other, 'utf8').replace('een goed en veilig school', 'een goed en sociaal veilig school'),
    );
    expect(climate(JSON.parse((await compare('json')).stdout) as Json)?.notFound?.['aloysius']?.absent).toBe('stale');
  });

  it('refuses a provision named by a clause of the organisation itself', async () => {
    const run = await runCli(['confirm', '--absent', 'aloysius', 'aloysius:sam.twijfel', 'policies'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('aloysius states aloysius:sam.twijfel itself');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps pair confirmations when it records an absence, and the absence when a pair is confirmed', async () => {
    expect(
      (await runCli(['confirm', 'aloysius:verantw.twijfel', 'casparus-college:werk.twijfel', 'policies'], { cwd: dir }))
        .code,
    ).toBe(0);
    expect((await runCli(['confirm', '--absent', 'aloysius', 'sancties', 'policies'], { cwd: dir })).code).toBe(0);
    expect(
      (
        await runCli(['confirm', '--not', 'aloysius:sam.twijfel', 'casparus-college:werk.twijfel', 'policies'], {
          cwd: dir,
        })
      ).code,
    ).toBe(0);
    const file = readFileSync(join(dir, 'policies', 'alignments.yaml'), 'utf8');
    expect(file).toMatch(/^- same: \[aloysius:verantw\.twijfel@/m);
    expect(file).toMatch(/^- different: \[aloysius:sam\.twijfel@/m);
    expect(file).toMatch(/^- absent: \[aloysius@[0-9a-f]{16}, sancties\]$/m);
  });

  it('refuses a topic the list does not have, naming the topics', async () => {
    const run = await runCli(['confirm', '--absent', 'aloysius', 'fotos', 'policies'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("has no topic 'fotos'");
    expect(run.stderr).toContain('sancties');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
