// The workplace's step form (`clausemark serve`, src/jobs/serve-actions.ts recordStep) says after a step recorded
// what `approve` says on the command line (approve-report.history-*), in its own words: where the policy then stands
// adopted by a row without a hash that git cannot confirm, its history cut before the commit that wrote the row down
// (a shallow clone; a file rewritten under another name, which git does not connect), whom to ask, naming no command.
// A full clone says nothing of it. In-process behind a real HTTP server, in Dutch and English, on real git
// repositories in temp dirs: De Eik's gedragscode adopted by hand without the MR's consent, which the officer records.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { tempRepo, type TempRepo } from '../support/git.js';
import {
  DE_EIK_ADOPTED_BY_HAND,
  DE_EIK_BY_HAND,
  DE_EIK_DRAFT,
  DE_EIK_POLICY,
  deEikRepo,
  LINDE_PROCEDURE,
  noticeOf,
  startTestWorkplace,
  type TestWorkplace,
} from '../support/workplace-endpoint.js';

const SHALLOW_NL =
  'Let op: deze map heeft niet de volledige git-geschiedenis (ondiepe kopie), dus git kan niet bevestigen dat de tekst van dit beleid, dat zonder hash is vastgesteld, de vastgestelde tekst is. Vraag wie de beleidsbestanden beheert de volledige geschiedenis op te halen.';

const before = messageLanguage();
let workplace: TestWorkplace | undefined;

afterEach(async () => {
  setMessageLanguage(before);
  await workplace?.close();
  workplace = undefined;
});

/** De Eik's repository: the gedragscode adopted by hand (no hash) in its first commit, the pestprotocol edited after. */
function adoptedByHand(): TempRepo {
  const repo = deEikRepo('clausemark-serve-history-cut-', { [DE_EIK_BY_HAND]: DE_EIK_ADOPTED_BY_HAND });
  repo.write(DE_EIK_POLICY, DE_EIK_DRAFT.replace('# Pestprotocol', '# Pestprotocol van De Eik'));
  repo.commit('pestprotocol bijgewerkt');
  return repo;
}

/** A clone of `repo`, only its last commit (`depth`: 1) or all of it. */
function cloneOf(repo: TempRepo, depth?: number): string {
  const clone = join(mkdtempSync(join(tmpdir(), 'clausemark-serve-history-cut-clone-')), 'clone');
  const shallow = depth === undefined ? [] : ['--depth', String(depth)];
  execFileSync('git', ['clone', '-q', ...shallow, `file://${repo.root}`, clone]);
  return clone;
}

/** The MR's consent to the gedragscode, dated before its adoption, recorded through the step form; the answer. */
async function recordConsent(folder: string, file = DE_EIK_BY_HAND, lang: 'nl' | 'en' = 'nl'): Promise<string> {
  setMessageLanguage(lang);
  workplace = await startTestWorkplace(folder);
  const page = await workplace.call('GET', `/werkplek/beleid?bestand=${encodeURIComponent(file)}`);
  const consent = /<option value="(instemming\|[^"]*)"/.exec(page.html)?.[1];
  expect(consent, 'the form offers the consent').toBeDefined();
  const answer = await workplace.post('/werkplek/goedkeuren', {
    bestand: file,
    base: /name="base" value="([^"]*)"/.exec(page.html)![1]!,
    step: consent!,
    name: 'P. Jansen',
    role: 'Voorzitter MR',
    date: '2025-05-20',
    outcome: 'positief',
    officer: 'A. de Beleidsmedewerker',
  });
  expect(answer.status, noticeOf(answer.html, 'refused')).toBe(200);
  return noticeOf(answer.html, 'done').replace(/<[^>]+>/g, '\n');
}

describe('the workplace’s answer to a step recorded on a policy adopted by hand', () => {
  it('in a shallow clone: says git cannot confirm the adoption, and whom to ask, naming no command', async () => {
    const notice = await recordConsent(cloneOf(adoptedByHand(), 1));
    expect(notice).toContain('vastgelegd');
    expect(notice).toContain(SHALLOW_NL);
    expect(notice).not.toMatch(/git fetch|--unshallow|clausemark /);
  });

  it('in English', async () => {
    const notice = await recordConsent(cloneOf(adoptedByHand(), 1), DE_EIK_BY_HAND, 'en');
    expect(notice).toContain(
      'Note: this folder does not have the full git history (shallow clone), so git cannot confirm that the text of this policy, adopted without a hash, is the text adopted. Ask whoever keeps the policy files to fetch the full history.',
    );
  });

  it('in a full clone: says nothing of git', async () => {
    const notice = await recordConsent(cloneOf(adoptedByHand()));
    expect(notice).toContain('vastgelegd');
    expect(notice).not.toContain('Let op');
  });

  it('where git does not follow the file before the commit that added it: says so, with that commit', async () => {
    const repo = tempRepo('clausemark-serve-not-followed-');
    repo.write('policies/linde/procedure.yaml', LINDE_PROCEDURE);
    repo.write(DE_EIK_BY_HAND, DE_EIK_ADOPTED_BY_HAND);
    repo.commit('vastgesteld');
    repo.git('rm', '-q', DE_EIK_BY_HAND);
    repo.commit('weg');
    const rewritten = Array.from(
      { length: 12 },
      (_, index) => `${index + 1}. Artikel ${index + 1}: wij helpen elkaar.`,
    );
    const moved = 'policies/linde/de-eik/omgangscode.md';
    repo.write(moved, DE_EIK_ADOPTED_BY_HAND.replace(/1\. \{#omg\.respect\}.*\n/, `${rewritten.join('\n')}\n`));
    const addedIn = repo.commit('herschreven').slice(0, 7);
    const notice = await recordConsent(repo.root, moved);
    expect(notice).toContain(
      `Let op: git kan niet bevestigen dat de tekst van dit beleid, dat zonder hash is vastgesteld, de vastgestelde tekst is, want de geschiedenis vóór commit ${addedIn} is niet gevolgd`,
    );
    expect(notice).toContain('Vraag wie de beleidsbestanden beheert de vastgestelde tekst vast te leggen.');
  });
});
