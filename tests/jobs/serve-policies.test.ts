// The workplace's list of policies (`clausemark serve`, /werkplek/: src/jobs/serve-policies.ts, worded by
// src/render/workplace/views.ts): a policy adopted by hand (no hash) whose words git shows changed since the commit
// that wrote the adoption down is not said to be in force; one whose words git shows unchanged is; one of which git
// shows nothing (its row in no commit, no repository, a move not followed) is, with beside it that its text was not
// recorded, as its cover says. Its list of what
// each school must have reads the organisations `check` reads (declaredOverview), a school folder's own procedure.yaml
// too. Real git repositories in temp dirs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schoolDutyChecks } from '../../src/check/school-duties.js';
import { findProject } from '../../src/io/project.js';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { workplaceOverview } from '../../src/jobs/serve-policies.js';
import { overviewBody } from '../../src/render/workplace/views.js';
import { wordMessage } from '../../src/wording/messages.js';
import { ankerPolicy } from '../support/hand-adopted.js';
import { tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { deEikRepo } from '../support/workplace-endpoint.js';

/** Het Anker's klachtenregeling and gedragscode adopted by hand; the klachtenregeling's words changed since. */
function workplace(): string {
  const repo = tempRepo('clausemark-serve-policies-');
  const policy = (id: string, text: string) => ankerPolicy({ id, text, adopted: true });
  repo.write('policies/anker/klachtenregeling.md', policy('klachtenregeling', 'Voor alle scholen.'));
  repo.write('policies/anker/gedragscode.md', policy('gedragscode', 'Wij gaan goed met elkaar om.'));
  repo.commit('vastgesteld', '2025-03-26');
  repo.write('policies/anker/klachtenregeling.md', policy('klachtenregeling', 'Alleen voor De Boei.'));
  repo.commit('klachtenregeling gewijzigd', '2025-05-01');
  return repo.root;
}

/** Each policy's row as the workplace's overview shows it: its title and its state in words. */
function rows(folder: string): string[] {
  const { policies } = workplaceOverview(folder, findProject(folder));
  const say = (id: string, params: Record<string, string> = {}) =>
    wordMessage({ messageId: `workplace.${id}`, params });
  const data = { policies, missing: [], folders: [], token: 't', officer: '', maxUploadMb: '10' };
  return [...overviewBody(data, say).matchAll(/<tr><td><a [^>]*>([^<]*)<\/a>.*?<td class="state">([^<]*)<\/td>/g)].map(
    ([, title, state]) => `${title}: ${state}`,
  );
}

describe("the workplace's list of policies", () => {
  it('says a policy adopted by hand that git shows changed since is changed after adoption, not in force', () => {
    const folder = workplace();
    const before = messageLanguage();
    try {
      setMessageLanguage('nl');
      expect(rows(folder).sort()).toEqual([
        'gedragscode: in werking',
        'klachtenregeling: gewijzigd na vaststelling (volgens git)',
      ]);
      setMessageLanguage('en');
      expect(rows(folder)).toContain('klachtenregeling: changed after adoption (according to git)');
    } finally {
      setMessageLanguage(before);
    }
  });
});

describe("the workplace's list of policies adopted by hand of which git shows nothing", () => {
  const UNCONFIRMED =
    'in werking (tekst niet vastgelegd bij de vaststelling: niet na te gaan of dit de vastgestelde tekst is)';

  /** The rows in `lang`. */
  function rowsIn(folder: string, lang: 'nl' | 'en'): string[] {
    const before = messageLanguage();
    try {
      setMessageLanguage(lang);
      return rows(folder).sort();
    } finally {
      setMessageLanguage(before);
    }
  }

  it('says beside the state that the text was not recorded, where no commit holds the adoption row', () => {
    const repo = tempRepo('clausemark-serve-uncommitted-');
    repo.write('policies/anker/gedragscode.md', ankerPolicy({ id: 'gedragscode', text: 'Wij.', adopted: false }));
    repo.commit('concept', '2025-03-01');
    repo.write('policies/anker/gedragscode.md', ankerPolicy({ id: 'gedragscode', text: 'Wij.', adopted: true }));
    expect(rowsIn(repo.root, 'nl')).toEqual([`gedragscode: ${UNCONFIRMED}`]);
    expect(rowsIn(repo.root, 'en')).toEqual([
      'gedragscode: in force (text not recorded at adoption: whether this is the adopted text cannot be told)',
    ]);
    // Committed, git shows the words adopted: in force, as sure as git.
    repo.commit('vastgesteld', '2025-03-26');
    expect(rowsIn(repo.root, 'nl')).toEqual(['gedragscode: in werking']);
  });

  it('says it in a folder that is no repository, and where git does not follow the file before it was added', () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-serve-no-git-'));
    const adopted = ankerPolicy({ id: 'gedragscode', text: 'Wij gaan goed met elkaar om.', adopted: true });
    mkdirSync(join(folder, 'policies', 'anker'), { recursive: true });
    writeFileSync(join(folder, 'policies', 'anker', 'gedragscode.md'), adopted);
    expect(rowsIn(folder, 'nl')).toEqual([`gedragscode: ${UNCONFIRMED}`]);
    const repo = tempRepo('clausemark-serve-not-followed-');
    repo.write('policies/anker/gedragscode.md', adopted);
    repo.commit('vastgesteld', '2025-03-26');
    repo.git('rm', '-q', 'policies/anker/gedragscode.md');
    repo.commit('weg', '2025-06-01');
    const rewritten = Array.from({ length: 12 }, (_, index) => `Artikel ${index + 1}: wij helpen elkaar.`);
    repo.write(
      'policies/anker/omgang.md',
      ankerPolicy({ id: 'gedragscode', text: rewritten.join(' '), adopted: true }),
    );
    repo.commit('herschreven', '2025-06-02');
    expect(rowsIn(repo.root, 'nl')).toEqual([`gedragscode: ${UNCONFIRMED}`]);
  });
});

describe("the workplace's list of policies in a shallow clone", () => {
  /** The overview's words, in `lang`: its notes and table, without the forms. */
  function overviewIn(folder: string, lang: 'nl' | 'en'): string {
    const before = messageLanguage();
    try {
      setMessageLanguage(lang);
      const { policies } = workplaceOverview(folder, findProject(folder));
      const say = (id: string, params: Record<string, string> = {}) =>
        wordMessage({ messageId: `workplace.${id}`, params });
      const data = { policies, missing: [], folders: [], token: 't', officer: '', maxUploadMb: '10' };
      return overviewBody(data, say);
    } finally {
      setMessageLanguage(before);
    }
  }

  it('says once, above the list, that git cannot confirm where the policies adopted by hand stand, and whom to ask', () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'clausemark-serve-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${workplace()}`, clone]);
    const page = overviewIn(clone, 'nl');
    expect(page.match(/ondiepe kopie/g)).toHaveLength(1);
    expect(page).toContain(
      'Let op: deze map heeft niet de volledige git-geschiedenis (ondiepe kopie). Bij 2 beleidsdocumenten die zonder hash zijn vastgesteld, is daardoor niet na te gaan of de tekst de vastgestelde is',
    );
    expect(page.indexOf('ondiepe kopie')).toBeLessThan(page.indexOf('<table>'));
    expect(overviewIn(clone, 'en')).toContain('Note: this folder does not have the full git history (shallow clone).');
    // The full history: nothing to say.
    expect(overviewIn(workplace(), 'nl')).not.toContain('ondiepe kopie');
  });
});

/** De Eik's folder with its own procedure.yaml: a school of the po, committed. */
function deEikDeclared(prefix: string): ReturnType<typeof deEikRepo> {
  const repo = deEikRepo(prefix);
  repo.write(
    'policies/linde/de-eik/procedure.yaml',
    'sector: po\norganisation:\n  role: school\n  org: linde-de-eik\n  name: Basisschool De Eik\n',
  );
  repo.commit('De Eik says what it is');
  return repo;
}

describe("the workplace's list of what each school must have", () => {
  it("reads the declarations check reads: a school folder's own procedure.yaml, not the project's elsewhere", () => {
    const repo = deEikDeclared('clausemark-serve-missing-');
    // The project (the package's root, whose policies/ declares De Linde and others) is not the folder served.
    const project = findProject(PROJECT_ROOT);
    const { missing } = workplaceOverview(repo.root, project);
    expect(new Set(missing.map((item) => item.organisation))).toEqual(new Set(['Basisschool De Eik']));
    // What check warns is missing of the folder, by kind: the same list.
    const warned = schoolDutyChecks([join(repo.root, 'policies')], project)
      .flatMap((file) => file.findings)
      .filter((finding) => finding.messageId === 'school-duty-missing.missing')
      .map((finding) => String(finding.params?.kind));
    expect(warned.length).toBeGreaterThan(0);
    expect(missing.map((item) => item.kind).sort()).toEqual(warned.sort());
    expect(missing.map((item) => item.kind)).not.toContain('pestprotocol');
  });

  it('names the folders from the folder served or worked in, not from the package lent as the project', () => {
    const repo = deEikDeclared('clausemark-serve-missing-paths-');
    const project = findProject(PROJECT_ROOT);
    const { missing } = workplaceOverview(repo.root, project);
    expect(missing.length).toBeGreaterThan(0);
    expect(new Set(missing.map((item) => item.folder))).toEqual(new Set(['policies/linde/de-eik/']));
    // check, worked in the folder: its warnings and the command that starts one name the folder from there.
    const findings = schoolDutyChecks([join(repo.root, 'policies')], project, undefined, repo.root).flatMap(
      (file) => file.findings,
    );
    const named = findings.flatMap((finding) => [
      String(finding.params?.where ?? ''),
      String(finding.params?.command ?? ''),
    ]);
    expect(named.filter((text) => text.includes('..'))).toEqual([]);
    expect(named).toContain('policies/linde/de-eik/');
    // Worked in elsewhere (the package), they are named from there: the check can fail.
    const fromPackage = schoolDutyChecks([join(repo.root, 'policies')], project, undefined, PROJECT_ROOT);
    expect(String(fromPackage[0]?.findings[0]?.params?.where)).toMatch(/^\.\.\//);
  });
});
