// `clausemark confirm --topic ORG:CLAUSE-ID TOPIC [--not]` (issue 24 item 4): a person's yes or no on a topic
// assignment near the threshold is stored beside the other confirmations (alignments.yaml), outranks the topic's
// signals on the next run, and goes stale once the clause's text changes (the signals decide again).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

interface Clause {
  id: string;
  score: number;
  signals: string[];
  confirmed?: boolean;
  stale?: boolean;
}

interface Json {
  topics: {
    id: string;
    clauses: Record<string, Clause[]>;
    notFound: Record<string, { candidates: { id: string; score: number }[] }>;
  }[];
}

const education = (json: Json) => json.topics.find((topic) => topic.id === 'kansen-onderwijs');
const clauseOf = (json: Json, org: string, id: string): Clause | undefined =>
  education(json)?.clauses[org]?.find((clause) => clause.id === id);

describe('confirm --topic', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cm-topic-'));
    for (const org of ['casparus-college', 'aloysius'])
      cpSync(join(PROJECT_ROOT, 'policies', org, 'social-media.md'), join(dir, 'policies', org, 'social-media.md'));
  });

  const compare = async (): Promise<Json> =>
    JSON.parse((await runCli(['compare', 'policies', '--format', 'json'], { cwd: dir })).stdout) as Json;
  const confirm = (...args: string[]) => runCli(['confirm', '--topic', ...args, 'policies'], { cwd: dir });
  const file = (): string => readFileSync(join(dir, 'policies', 'alignments.yaml'), 'utf8');

  it('round trip: an assignment answered "no" is kept off, then "yes" confirmed; stale once the clause changes', async () => {
    // "Curriculum" holds one signal of one word (and stands under a title about the topic: issue 42's evidence
    // raised it from the threshold); a person's answer outranks whatever the tool scored.
    const before = clauseOf(await compare(), 'aloysius', 'pijlers.curriculum');
    expect(before).toMatchObject({ signals: ['curriculum'] });
    expect(before?.score).toBeGreaterThanOrEqual(0.5);
    expect(before?.confirmed).toBeUndefined();

    const no = await confirm('--not', 'aloysius:pijlers.curriculum', 'kansen-onderwijs');
    expect(no.code).toBe(0);
    expect(file()).toMatch(/^- off-topic: \[aloysius:pijlers\.curriculum@[0-9a-f]{16}, kansen-onderwijs\]$/m);
    const kept = await compare();
    expect(clauseOf(kept, 'aloysius', 'pijlers.curriculum')).toBeUndefined();
    // Nor is it offered as a near miss: a person said it is not on the topic.
    const candidates = education(kept)?.notFound['aloysius']?.candidates ?? [];
    expect(candidates.map((candidate) => candidate.id)).not.toContain('pijlers.curriculum');

    const yes = await confirm('aloysius:pijlers.curriculum', 'kansen-onderwijs');
    expect(yes.code).toBe(0);
    expect(file()).toMatch(/^- on-topic: \[aloysius:pijlers\.curriculum@[0-9a-f]{16}, kansen-onderwijs\]$/m);
    expect(file()).not.toMatch(/^- off-topic:/m);
    expect(clauseOf(await compare(), 'aloysius', 'pijlers.curriculum')).toMatchObject({ score: 1, confirmed: true });
    // Every format's topic cell says a person confirmed it.
    const text = (await runCli(['compare', 'policies'], { cwd: dir })).stdout;
    expect(text).toContain('Artikel 6, lid 3 [pijlers.curriculum] (door een persoon bevestigd)');

    const path = join(dir, 'policies', 'aloysius', 'social-media.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('een structurele plek', 'een vaste plek'));
    const stale = clauseOf(await compare(), 'aloysius', 'pijlers.curriculum');
    expect(stale).toMatchObject({ score: before?.score, stale: true });
    expect(stale?.confirmed).toBeUndefined();
    const staleText = (await runCli(['compare', 'policies'], { cwd: dir })).stdout;
    expect(staleText).toContain(
      'Artikel 6, lid 3 [pijlers.curriculum] (het antwoord van een persoon is verouderd: het gold niet de tekst zoals die nu is)',
    );
  });

  it('a near miss below the threshold answered "yes" covers the topic; stale again once its text changes', async () => {
    const before = await compare();
    expect(education(before)?.clauses['casparus-college']).toBeUndefined();
    const closest = education(before)?.notFound['casparus-college']?.candidates[0];
    expect(closest?.score).toBeGreaterThan(0);
    expect(closest?.score).toBeLessThan(0.5);

    expect((await confirm(`casparus-college:${closest?.id}`, 'kansen-onderwijs')).code).toBe(0);
    const covered = await compare();
    expect(education(covered)?.clauses['casparus-college']).toEqual([
      expect.objectContaining({ id: closest?.id, score: 1, confirmed: true }),
    ]);
    expect(education(covered)?.notFound['casparus-college']).toBeUndefined();

    const path = join(dir, 'policies', 'casparus-college', 'social-media.md');
    const source = readFileSync(path, 'utf8');
    const at = source.indexOf(`{#${closest?.id}}`);
    writeFileSync(
      path,
      `${source.slice(0, at)}{#${closest?.id}} Gewijzigd. ${source.slice(at + `{#${closest?.id}} `.length)}`,
    );
    expect(education(await compare())?.clauses['casparus-college']).toBeUndefined();
  });

  it('refuses a topic the list does not have, and a clause that is not there (exit 2, nothing written)', async () => {
    const topic = await confirm('aloysius:pijlers.curriculum', 'geen-onderwerp');
    expect(topic.code).toBe(2);
    expect(topic.stderr).toContain('kansen-onderwijs');
    const clause = await confirm('aloysius:geen.artikel', 'kansen-onderwijs');
    expect(clause.code).toBe(2);
    const both = await confirm('--absent', 'aloysius:pijlers.curriculum', 'kansen-onderwijs');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--absent and --topic ask two different things');
    expect(() => file()).toThrow();
  });

  it('keeps the other entries when it records an answer, and they keep it', async () => {
    expect((await runCli(['confirm', '--absent', 'aloysius', 'sancties', 'policies'], { cwd: dir })).code).toBe(0);
    expect((await confirm('aloysius:pijlers.curriculum', 'kansen-onderwijs')).code).toBe(0);
    expect((await runCli(['confirm', '--absent', 'aloysius', 'beeldmateriaal', 'policies'], { cwd: dir })).code).toBe(
      0,
    );
    expect(file()).toMatch(/^- absent: \[aloysius@[0-9a-f]{16}, sancties\]$/m);
    expect(file()).toMatch(/^- absent: \[aloysius@[0-9a-f]{16}, beeldmateriaal\]$/m);
    expect(file()).toMatch(/^- on-topic: \[aloysius:pijlers\.curriculum@[0-9a-f]{16}, kansen-onderwijs\]$/m);
  });
});
