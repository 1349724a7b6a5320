// `diff` of a policy adopted by hand (no hash) whose words git shows changed since the commit that wrote the adoption
// down: a version with those words is not shown as plainly "Vastgesteld": beside its status each format says what the
// PDF's cover says (src/procedure/adoption-git.ts, src/wording/adoption-note.ts). The version git shows adopted is
// shown as the adopted text, and `diff FILE` compares with it, not with the last version marked approved; an
// adoption recorded by `approve` is compared with as before. Where git cannot tell, as the clone is shallow or the
// file's history before the commit that added it is not followed, each format says so and why, as the cover does;
// where git shows nothing of the adoption (its row in no commit, or the files not in git), that the text adopted is
// not recorded, as the cover does. A real git repository in a temp dir; the Word revision's cover and summary read from its document.xml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffJob } from '../../src/jobs/diff.js';
import { approveSource } from '../../src/jobs/approve-record.js';
import { loadPolicy } from '../../src/parse/index.js';
import { ankerPolicy } from '../support/hand-adopted.js';
import { tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { zipText } from '../support/word.js';
import { gitEvidence } from '../../src/procedure/adoption-git.js';
import { todayIso } from '../../src/procedure/evaluate.js';
import { adoptionNote } from '../../src/wording/adoption-note.js';
import { loadLabels } from '../../src/wording/labels.js';
import { oldAdoption } from '../../src/report/documents/boardpack.js';

const policy = (text: string) => ankerPolicy({ id: 'klachtenregeling', text, adopted: true });

const KLACHTENREGELING = 'policies/anker/klachtenregeling.md';

/** Klachtenregeling as a draft, adopted by hand (no hash) in the next commit, its words changed in the one after. */
function adoptedThenChanged() {
  const repo = tempRepo('clausemark-diff-unrecorded-');
  repo.write(KLACHTENREGELING, ankerPolicy({ id: 'klachtenregeling', text: 'Voor alle scholen.', adopted: false }));
  repo.commit('concept', '2025-03-01');
  const file = repo.write(KLACHTENREGELING, policy('Voor alle scholen.'));
  const adoptedIn = repo.commit('vastgesteld', '2025-03-26').slice(0, 7);
  repo.write(KLACHTENREGELING, policy('Alleen voor De Boei.'));
  const changedIn = repo.commit('klachtenregeling gewijzigd', '2025-05-01').slice(0, 7);
  return { repo, file, adoptedIn, changedIn };
}

let file = '';
let adoptedIn = '';

beforeAll(() => {
  ({ file, adoptedIn } = adoptedThenChanged());
});

const CHANGED = () =>
  `Vastgesteld · gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit ${adoptedIn} van 26 maart 2025, die de vaststelling vastlegde`;

/** Beside the status of the version git shows is the adopted text. */
const ADOPTED = (commit = adoptedIn) =>
  `Vastgesteld · vastgestelde tekst volgens git (commit ${commit}, vaststelling 26 maart 2025)`;

const diff = (format: string, from?: string, of = file) =>
  diffJob([of], { root: PROJECT_ROOT, format, ...(from ? { from } : {}) });

/** The report's line of each version (− old, + new), its markup and Markdown escapes gone. */
async function versionLines(format: string, from?: string, of = file): Promise<string[]> {
  const content = String((await diff(format, from, of)).content)
    .replace(/<\/li>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\\([()[\]])/g, '$1');
  return content.split('\n').filter((line) => line.includes(' @ '));
}

describe('diff of a policy adopted by hand whose words git shows changed since', () => {
  it.each(['text', 'md', 'html'] as const)(
    '%s: says of each version with other words what git shows',
    async (format) => {
      const [old, now] = await versionLines(format, adoptedIn);
      // The version the adoption was written down with: the adopted text, as git shows.
      expect(old).toMatch(new RegExp(`@ ${adoptedIn} · 1\\.0 · ${ADOPTED().replace(/[()]/g, '\\$&')}$`));
      expect(now).toContain(CHANGED());
    },
  );

  it('json: the version with other words carries the commit git shows; the adopted one that it is adopted', async () => {
    const json = JSON.parse(String((await diff('json', adoptedIn)).content));
    expect(json.old.changedPerGit).toBeUndefined();
    expect(json.old.adoptedPerGit).toEqual({ commit: adoptedIn, date: '2025-03-26' });
    expect(json.new).toMatchObject({ status: 'approved', changedPerGit: { commit: adoptedIn, date: '2025-03-26' } });
    expect(json.new.adoptedPerGit).toBeUndefined();
  });

  it.each(['text', 'md', 'html'] as const)(
    '%s, diff FILE: compares with the text git shows adopted, not the last version marked approved',
    async (format) => {
      const outcome = await diff(format);
      expect(outcome.differs).toBe(true);
      const [old, now] = await versionLines(format);
      expect(old).toContain(`@ ${adoptedIn} · 1.0 · ${ADOPTED()}`);
      expect(now).toContain(CHANGED());
      expect(String(outcome.content)).toContain('Voor alle scholen.');
      expect(outcome.notes).toEqual([]);
    },
  );

  it('diff FILE unchanged since the adopted text: says so, naming the adoption git shows', async () => {
    const { repo, file: reverted, adoptedIn: adopted } = adoptedThenChanged();
    repo.write(KLACHTENREGELING, policy('Voor alle scholen.'));
    const outcome = await diff('text', undefined, reverted);
    expect(outcome.differs).toBe(false);
    expect(outcome.notes).toEqual([
      `no changes since the adopted text according to git (1.0, commit ${adopted}, adoption 26 March 2025)`,
    ]);
  });

  it('diff FILE of an adoption recorded by approve: the last version marked approved, nothing said of git', async () => {
    const repo = tempRepo('clausemark-diff-recorded-');
    const recorded = repo.write(
      KLACHTENREGELING,
      ankerPolicy({ id: 'klachtenregeling', text: 'Voor alle scholen.', adopted: false }),
    );
    const adoption = { name: 'J. de Vries', role: 'Voorzitter', date: '2025-03-26', step: 'vaststelling' };
    writeFileSync(recorded, approveSource(loadPolicy(recorded), adoption).source);
    repo.commit('vastgesteld', '2025-03-26');
    repo.write(KLACHTENREGELING, repo.git('show', 'HEAD:policies/anker/klachtenregeling.md').replace('alle', 'de'));
    const last = repo.commit('gewijzigd', '2025-05-01').slice(0, 7);
    repo.write(KLACHTENREGELING, repo.git('show', 'HEAD:policies/anker/klachtenregeling.md'));
    const [old] = await versionLines('text', undefined, recorded);
    expect(old).toMatch(new RegExp(`@ ${last} · 1\\.0 · [^·]+$`));
    const outcome = await diff('text', undefined, recorded);
    expect(String(outcome.content)).not.toContain('volgens git');
    expect(outcome.notes).toEqual([`no changes since the last approved version (1.0, commit ${last} of 1 May 2025)`]);
  });

  it('docx: the revision’s cover says it beside the status, as the PDF’s does', async () => {
    const { content } = await diff('docx', adoptedIn);
    const xml = zipText(content as Uint8Array, 'word/document.xml')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(xml).toContain(
      `gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit ${adoptedIn} van 26 maart 2025`,
    );
    expect(xml).not.toContain('tekst niet vastgelegd bij de vaststelling');
  }, 30_000);

  it('docx, diff FILE: the summary says the old version is the adopted text as git shows it', async () => {
    const { content } = await diff('docx');
    const xml = zipText(content as Uint8Array, 'word/document.xml')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(xml).toContain(
      `Versie 1.0: vastgestelde tekst volgens git (commit ${adoptedIn}, vaststelling 26 maart 2025)`,
    );
    expect(xml).not.toContain('niet na te gaan');
  }, 30_000);
});

describe('diff of a policy adopted by hand where git cannot tell, its history cut', () => {
  const SHALLOW =
    'Vastgesteld · tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is, want de git-geschiedenis is niet volledig (ondiepe kopie)';

  /** A shallow clone (depth 1) of a repository whose adoption row was written down before its last commit. */
  function shallowClone(): string {
    const { repo } = adoptedThenChanged();
    const clone = join(mkdtempSync(join(tmpdir(), 'clausemark-diff-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    const cloned = join(clone, KLACHTENREGELING);
    writeFileSync(cloned, readFileSync(cloned, 'utf8').replace('Alleen voor De Boei.', 'Alleen voor De Ark.'));
    return cloned;
  }

  it.each(['text', 'md', 'html'] as const)(
    '%s, in a shallow clone: says of both versions why git cannot tell',
    async (format) => {
      const lines = await versionLines(format, undefined, shallowClone());
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toContain(SHALLOW);
      expect(lines.join('\n')).not.toContain('volgens git');
    },
  );

  it('json and docx, in a shallow clone: historyShallow on both versions; the cover says why', async () => {
    const cloned = shallowClone();
    const json = JSON.parse(String((await diff('json', undefined, cloned)).content));
    expect(json.old).toMatchObject({ status: 'approved', historyShallow: true });
    expect(json.new).toMatchObject({ status: 'approved', historyShallow: true });
    expect(json.new.changedPerGit ?? json.new.adoptedPerGit).toBeUndefined();
    const xml = zipText((await diff('docx', undefined, cloned)).content as Uint8Array, 'word/document.xml')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    // The cover and colophon of the new version say why, as the summary says it of the old one.
    expect(xml.match(/want de git-geschiedenis is niet volledig \(ondiepe kopie\)/g)).toHaveLength(3);
    expect(xml).not.toMatch(/niet na te gaan of dit de vastgestelde tekst is(?!, want)/);
  }, 30_000);

  it('says the history before the commit that added the file is not followed, where git does not connect it', async () => {
    const { repo } = adoptedThenChanged();
    repo.git('rm', '-q', KLACHTENREGELING);
    repo.commit('weg', '2025-06-01');
    const rewritten = Array.from({ length: 12 }, (_, index) => `Artikel ${index + 1}: elke ouder meldt het.`);
    const moved = repo.write('policies/anker/klachten.md', policy(rewritten.join(' ')));
    const addedIn = repo.commit('herschreven', '2025-06-02').slice(0, 7);
    writeFileSync(moved, policy(`${rewritten.join(' ')} Ook de leerling.`));
    const lines = await versionLines('text', undefined, moved);
    expect(lines).toHaveLength(2);
    for (const line of lines)
      expect(line).toContain(
        `Vastgesteld · tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is, want de geschiedenis vóór commit ${addedIn} is niet gevolgd`,
      );
    const json = JSON.parse(String((await diff('json', undefined, moved)).content));
    expect(json.new.historyNotFollowed).toBe(addedIn);
  });
});

describe('diff of a policy adopted by hand where git shows nothing of the adoption', () => {
  const UNRECORDED =
    'Vastgesteld · tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is';

  /** A draft committed, its adoption row then written by hand in the working copy, never committed. */
  function adoptedUncommitted(): string {
    const repo = tempRepo('clausemark-diff-uncommitted-');
    repo.write(KLACHTENREGELING, ankerPolicy({ id: 'klachtenregeling', text: 'Voor alle scholen.', adopted: false }));
    repo.commit('concept', '2025-03-01');
    return repo.write(KLACHTENREGELING, policy('Voor alle scholen en De Boei.'));
  }

  /** What the cover says beside the status of `file` (src/wording/adoption-note.ts, with what git shows). */
  function coverNote(of: string): string | null {
    const { policy: adopted } = loadPolicy(of);
    const evidence = gitEvidence(of, adopted, todayIso());
    return adoptionNote(adopted, loadLabels('nl', { root: PROJECT_ROOT }), todayIso(), evidence);
  }

  it.each(['text', 'md', 'html'] as const)(
    '%s, the row in no commit: says beside the status what the cover says',
    async (format) => {
      const uncommitted = adoptedUncommitted();
      const [old, now] = await versionLines(format, 'HEAD', uncommitted);
      expect(old).toMatch(/ · 1\.0 · Concept$/);
      expect(now).toMatch(new RegExp(`${UNRECORDED.replace(/[()]/g, '\\$&')}$`));
      expect(now).toContain(`Vastgesteld · ${coverNote(uncommitted)}`);
    },
  );

  it('json, the row in no commit: textUnrecorded and nothing git shows', async () => {
    const json = JSON.parse(String((await diff('json', 'HEAD', adoptedUncommitted())).content));
    expect(json.old.textUnrecorded).toBeUndefined();
    expect(json.new).toMatchObject({ status: 'approved', textUnrecorded: true });
    for (const field of ['changedPerGit', 'adoptedPerGit', 'historyShallow', 'historyNotFollowed'])
      expect(json.new[field], field).toBeUndefined();
  });

  it('json: textUnrecorded beside what git shows, and only on a version adopted without a hash', async () => {
    const json = JSON.parse(String((await diff('json', adoptedIn)).content));
    expect(json.old).toMatchObject({ textUnrecorded: true, adoptedPerGit: { commit: adoptedIn } });
    expect(json.new).toMatchObject({ textUnrecorded: true, changedPerGit: { commit: adoptedIn } });
    const recorded = await diff('json', 'HEAD', adoptedUncommitted());
    expect(JSON.parse(String(recorded.content)).old.textUnrecorded).toBeUndefined();
  });

  it('two files outside git: both versions say it, in English too', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-diff-no-git-'));
    const old = join(folder, 'oud.md');
    const now = join(folder, 'nieuw.md');
    writeFileSync(old, policy('Voor alle scholen.'));
    writeFileSync(now, policy('Voor alle scholen en De Boei.').replace('lang: nl', 'lang: en'));
    const text = String((await diffJob([old, now], { root: PROJECT_ROOT, format: 'text' })).content);
    const lines = text.split('\n').filter((line) => line.includes('.md · 1.0'));
    expect(lines).toHaveLength(2);
    for (const line of lines)
      expect(line).toMatch(
        /Approved · text not recorded at adoption \(no hash\): whether this is the adopted text cannot be told$/,
      );
  });

  it('no row records the adoption, or a recorded one covers the text: says what the cover says', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-diff-rows-'));
    const rowless = join(folder, 'zonder-rij.md');
    writeFileSync(rowless, policy('Voor alle scholen.').replace(/approvals:\n.*\n/, ''));
    const recorded = join(folder, 'vastgelegd.md');
    writeFileSync(recorded, policy('Voor alle scholen.'));
    const adoption = { name: 'J. de Vries', role: 'Voorzitter', date: '2025-04-01', step: 'vaststelling' };
    writeFileSync(recorded, approveSource(loadPolicy(recorded), adoption).source);
    expect(loadPolicy(recorded).policy.meta.approvals).toHaveLength(2);
    const text = String((await diffJob([rowless, recorded], { root: PROJECT_ROOT, format: 'text' })).content);
    const [old, now] = text.split('\n').filter((line) => line.includes('.md · 1.0'));
    expect(old).toMatch(new RegExp(`${UNRECORDED.replace(/[()]/g, '\\$&')}$`));
    expect(old).toContain(`Vastgesteld · ${coverNote(rowless)}`);
    // The hand-written row came first; the one approve recorded covers these words: no note, as on the cover.
    expect(coverNote(recorded)).toBeNull();
    expect(now).toMatch(/vastgelegd\.md · 1\.0 · Vastgesteld$/);
    // The board pack's summary, of the version it compares with, says it as the cover does.
    const [without, with_] = [loadPolicy(rowless).policy, loadPolicy(recorded).policy];
    expect(oldAdoption(without, with_, PROJECT_ROOT)).toEqual({ oldAdoptionNote: `Versie 1.0: ${coverNote(rowless)}` });
    expect(oldAdoption(with_, without, PROJECT_ROOT)).toEqual({});
  });

  it('a returned Word document with the adopted text unchanged: says what git shows of its source', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-diff-word-unrecorded-'));
    const source = join(folder, 'klachtenregeling.md');
    writeFileSync(source, policy('Voor alle scholen.'));
    const returned = join(folder, 'terug.docx');
    writeFileSync(returned, (await diffJob([source, source], { root: PROJECT_ROOT, format: 'docx' })).content);
    const outcome = await diffJob([source, returned], { root: PROJECT_ROOT, format: 'text' });
    const lines = String(outcome.content)
      .split('\n')
      .filter((line) => / · 1\.0 · /.test(line));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(new RegExp(`${UNRECORDED.replace(/[()]/g, '\\$&')}$`));
    expect(outcome.report.diff.new).toMatchObject({ status: 'approved', textUnrecorded: true });
  }, 60_000);

  it('docx, the row in no commit: the revision’s cover says it, as the PDF’s does', async () => {
    const { content } = await diff('docx', 'HEAD', adoptedUncommitted());
    const xml = zipText(content as Uint8Array, 'word/document.xml')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(xml).toContain('tekst niet vastgelegd bij de vaststelling (geen hash)');
    expect(xml).not.toContain('volgens git');
  }, 30_000);
});
