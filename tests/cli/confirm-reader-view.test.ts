// Issue 39 item 4: a person's confirmation goes stale on any change a reader sees. `confirm --absent` ("ontbreekt
// (door een persoon bevestigd)") survived a footnote that added exactly that rule: the hash left footnotes out and the
// topic search did not read them. Every kind of entry (same/different, absent for a topic or a provision, on- or
// off-topic) now hashes the judged text as a reader sees it (src/model/reader-view.ts: footnotes cited, link targets,
// table cells); an entry written before, on the words alone, holds while those words are as judged and are all a
// reader sees, and is not applied (and says so) once a footnote, link target or table stands in the clause.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { textHash } from '../../src/compare/read/confirmations.js';
import { allClauses } from '../../src/model/walk.js';
import { loadPolicy } from '../../src/parse/index.js';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

interface Json {
  topics: { id: string; clauses: Record<string, { id: string }[]>; notFound: Record<string, { absent?: string }> }[];
  provisions: {
    members: Record<string, { id: string; confirmed?: boolean }[]>;
    notFound?: Record<string, { absent?: string }>;
  }[];
  confirmations?: { confirmed: number; rejected: number; skipped: { pair: string[]; reason: string }[] };
}

const TWIJFEL = 'Bij twijfel geldt altijd: niet plaatsen.';
/**
 * A footnote on Aloysius's "when in doubt" clause that states the sanctions rule the topic list looks for (a topic
 * Aloysius's own text does not cover: its photo rules are found since compare reads headings and words, issue 42).
 */
const SANCTION_RULE =
  'Wie dit protocol overtreedt, krijgt een passende maatregel of sanctie, zoals een schorsing; bij een strafbaar feit doet de school aangifte.';

describe('confirmations hash what a reader sees of the judged text', () => {
  let dir: string;
  let aloysius: string;
  let casparus: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cm-confirm-view-'));
    for (const org of ['casparus-college', 'aloysius'])
      cpSync(join(PROJECT_ROOT, 'policies', org, 'social-media.md'), join(dir, 'policies', org, 'social-media.md'));
    aloysius = join(dir, 'policies', 'aloysius', 'social-media.md');
    casparus = join(dir, 'policies', 'casparus-college', 'social-media.md');
  });

  const compare = async (): Promise<Json> =>
    JSON.parse((await runCli(['compare', 'policies', '--format', 'json'], { cwd: dir })).stdout) as Json;
  const confirm = async (...args: string[]): Promise<void> => {
    const run = await runCli(['confirm', ...args, 'policies'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
  };
  const edit = (file: string, from: string, to: string): void => {
    const source = readFileSync(file, 'utf8');
    expect(source).toContain(from);
    writeFileSync(file, source.replace(from, to));
  };
  /** A footnote after the clause's first sentence, its definition at the end of the file. */
  const footnote = (file: string, sentence: string, note: string): void => {
    edit(file, sentence, `${sentence}[^noot]`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n[^noot]: ${note}\n`);
  };
  const sanctions = (json: Json) => json.topics.find((topic) => topic.id === 'sancties');
  const climate = (json: Json) =>
    json.provisions.find((provision) => provision.members['casparus-college']?.some((m) => m.id === 'up.klimaat'));

  it('an absence goes stale when a footnote adds exactly that rule, and the topic is then found in the footnote', async () => {
    await confirm('--absent', 'aloysius', 'sancties');
    expect(sanctions(await compare())?.notFound['aloysius']?.absent).toBe('confirmed');

    footnote(aloysius, TWIJFEL, SANCTION_RULE);
    const after = await compare();
    // Not "ontbreekt": the clause that cites the footnote covers the topic.
    expect(sanctions(after)?.notFound['aloysius']).toBeUndefined();
    expect(sanctions(after)?.clauses['aloysius']?.map((clause) => clause.id)).toContain('verantw.twijfel');
  });

  it('an absence goes stale on a footnote that does not touch the topic, and on a link pointed elsewhere', async () => {
    await confirm('--absent', 'aloysius', 'sancties');
    footnote(aloysius, TWIJFEL, 'Zie ook het persprotocol.');
    expect(sanctions(await compare())?.notFound['aloysius']?.absent).toBe('stale');

    cpSync(join(PROJECT_ROOT, 'policies', 'aloysius', 'social-media.md'), aloysius);
    edit(aloysius, TWIJFEL, `${TWIJFEL} Zie [het persprotocol](https://aloysius.example/pers).`);
    await confirm('--absent', 'aloysius', 'sancties');
    expect(sanctions(await compare())?.notFound['aloysius']?.absent).toBe('confirmed');
    edit(aloysius, 'https://aloysius.example/pers', 'https://aloysius.example/pers-2024');
    expect(sanctions(await compare())?.notFound['aloysius']?.absent).toBe('stale');
  });

  it('a provision absence goes stale when a footnote is added to the clause that names the provision', async () => {
    await confirm('--absent', 'aloysius', 'casparus-college:up.klimaat');
    expect(climate(await compare())?.notFound?.['aloysius']?.absent).toBe('confirmed');
    footnote(casparus, 'een goed en veilig school', 'Ook online.');
    expect(climate(await compare())?.notFound?.['aloysius']?.absent).toBe('stale');
  });

  it('a confirmed pair is not applied once a footnote is added to one of its clauses', async () => {
    await confirm('aloysius:verantw.twijfel', 'casparus-college:werk.twijfel');
    expect((await compare()).confirmations).toMatchObject({ confirmed: 1, skipped: [] });
    footnote(aloysius, TWIJFEL, 'Twijfel je nog steeds, bel dan de directeur.');
    expect((await compare()).confirmations).toMatchObject({
      confirmed: 0,
      // Its words are as judged; the footnote is what its hash did not cover.
      skipped: [{ pair: ['aloysius:verantw.twijfel', 'casparus-college:werk.twijfel'], reason: 'words-only' }],
    });
  });

  it('a pair judged on a clause with a footnote and a link goes stale when either is rewritten', async () => {
    footnote(aloysius, TWIJFEL, 'Twijfel je nog steeds, bel dan de directeur.');
    edit(aloysius, 'stabureau Voorhout.', 'stabureau Voorhout ([contact](https://aloysius.example/contact)).');
    await confirm('aloysius:verantw.twijfel', 'casparus-college:werk.twijfel');
    expect((await compare()).confirmations).toMatchObject({ confirmed: 1, skipped: [] });
    const judged = readFileSync(aloysius, 'utf8');
    edit(aloysius, 'bel dan de directeur', 'bel dan de bestuurder');
    expect((await compare()).confirmations).toMatchObject({ confirmed: 0, skipped: [{ reason: 'text-changed' }] });
    writeFileSync(aloysius, judged);
    edit(aloysius, 'https://aloysius.example/contact', 'https://elders.example/contact');
    expect((await compare()).confirmations).toMatchObject({ confirmed: 0, skipped: [{ reason: 'text-changed' }] });
    writeFileSync(aloysius, judged);
    expect((await compare()).confirmations).toMatchObject({ confirmed: 1, skipped: [] });
  });

  it("a person's topic answer goes stale once its clause cites a footnote", async () => {
    await confirm('--topic', 'aloysius:verantw.twijfel', 'beeldmateriaal');
    const covers = (json: Json) =>
      json.topics
        .find((topic) => topic.id === 'beeldmateriaal')
        ?.clauses['aloysius']?.find((clause) => clause.id === 'verantw.twijfel');
    expect(covers(await compare())).toMatchObject({ confirmed: true });
    footnote(aloysius, TWIJFEL, 'Zie ook het persprotocol.');
    expect(covers(await compare())).toBeUndefined();
  });

  describe('entries written before, on the words alone', () => {
    const twijfelWords = (): string => textHash(TWIJFEL + TWIJFEL_REST);
    const TWIJFEL_REST =
      ' Wanneer je twijfelt over de wijze waarop je wilt reageren op een bericht of tweet, kan je advies vragen aan de communicatiemedewerker van het stabureau Voorhout.';
    const werkWords = (): string => {
      const line = readFileSync(casparus, 'utf8')
        .split('\n')
        .find((text) => text.includes('{#werk.twijfel}'));
      return textHash((line ?? '').replace(/^.*\{#werk\.twijfel\}\s*/, ''));
    };
    const oldFile = (): void =>
      writeFileSync(
        join(dir, 'policies', 'alignments.yaml'),
        `- same: [aloysius:verantw.twijfel@${twijfelWords()}, casparus-college:werk.twijfel@${werkWords()}]\n`,
      );

    it('hold while their words are all a reader sees of the clauses', async () => {
      oldFile();
      expect((await compare()).confirmations).toMatchObject({ confirmed: 1, skipped: [] });
    });

    it('an absence holds while the clauses are word for word as judged and show only words', async () => {
      const wordsHash = (): string =>
        textHash(
          allClauses(loadPolicy(aloysius).policy)
            .map(({ clause }) => clause.text)
            .join('\n'),
        );
      writeFileSync(join(dir, 'policies', 'alignments.yaml'), `- absent: [aloysius@${wordsHash()}, sancties]\n`);
      expect(sanctions(await compare())?.notFound['aloysius']?.absent).toBe('confirmed');
      // A footnote leaves the words as they were, and still is what the old hash never saw.
      footnote(aloysius, TWIJFEL, 'Zie ook het persprotocol.');
      writeFileSync(join(dir, 'policies', 'alignments.yaml'), `- absent: [aloysius@${wordsHash()}, sancties]\n`);
      expect(sanctions(await compare())?.notFound['aloysius']?.absent).toBe('stale');
    });

    it('are not applied, and say why, once a clause cites a footnote their hash never saw', async () => {
      // The words are as judged; the footnote is new to the entry (whether it was there then, its hash cannot say).
      footnote(aloysius, TWIJFEL, 'Twijfel je nog steeds, bel dan de directeur.');
      oldFile();
      const json = await compare();
      expect(json.confirmations).toMatchObject({ confirmed: 0, skipped: [{ reason: 'words-only' }] });
      const text = (await runCli(['compare', 'policies'], { cwd: dir })).stdout;
      expect(text).toContain('de woorden zijn zoals beoordeeld, maar een tekst heeft nu ook voetnoten');
    });
  });
});
