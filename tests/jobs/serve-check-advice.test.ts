// The advice of a check finding on the workplace's policy page (src/jobs/serve-policies.ts, worded by pageFinding of
// src/wording/messages.ts), in-process behind a real HTTP server, in Dutch, on De Eik's pestprotocol in a real git
// repository: adopted before its MR consented, so check says to adopt it again. The page says so by its own step and
// button, not by the `clausemark approve … --step vaststelling` the CLI says; the CLI's words stay as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { checkJob } from '../../src/jobs/check.js';
import { findProject } from '../../src/io/project.js';
import { wordFinding } from '../../src/wording/messages.js';
import type { TempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import {
  DE_EIK_DRAFT,
  DE_EIK_POLICY as POLICY,
  deEikRepo,
  startTestWorkplace,
  type TestWorkplace,
} from '../support/workplace-endpoint.js';

/** Adopted on 1 June, its MR's consent dated 10 June: the consent did not precede the adoption. */
const ADOPTED_TOO_EARLY = DE_EIK_DRAFT.replace('status: draft', 'status: approved').replace(
  'level: school\n',
  [
    'level: school',
    'approvals:',
    '  - { date: 2025-06-10, name: S. Bakker, role: Voorzitter MR, step: instemming, body: MR, part: whole }',
    '  - { date: 2025-06-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
    '',
  ].join('\n'),
);

let repo: TempRepo;
let workplace: TestWorkplace;
const before = messageLanguage();

describe('the advice of a check finding on the workplace’s policy page', () => {
  beforeAll(async () => {
    setMessageLanguage('nl');
    repo = deEikRepo('clausemark-serve-check-advice-');
    repo.write(POLICY, ADOPTED_TOO_EARLY);
    repo.commit('adopted too early');
    workplace = await startTestWorkplace(repo.root);
  });

  afterAll(async () => {
    setMessageLanguage(before);
    await workplace.close();
  });

  it('says what to do on the page, by its step and button, where the CLI names a command', async () => {
    const page = await workplace.call('GET', `/werkplek/beleid?bestand=${encodeURIComponent(POLICY)}`);
    const check = /<h2>Controle<\/h2>\n(.*?)\n<h2>/s.exec(page.html)?.[1] ?? '';
    expect(check).toContain(
      'stel het beleid opnieuw vast nadat instemming is gegeven: kies onder Procedure de stap „Vaststelling” en druk op „Vastleggen”',
    );
    expect(check).not.toMatch(/clausemark [a-z]|--[a-z]|`/);
    // The button and the step it names are the page's own.
    expect(page.html).toContain('<button type="submit">Vastleggen</button>');
    expect(page.html).toMatch(/<option value="instemming\|[^"]*"[^>]*>Instemming|>Vaststelling</);

    const { results } = await checkJob([`${repo.root}/${POLICY}`], {}, findProject(PROJECT_ROOT));
    const cli = (results[0]?.findings ?? []).map((finding) => wordFinding(finding).fix ?? '');
    expect(cli.some((fix) => fix.includes('clausemark approve … --step vaststelling'))).toBe(true);
  });
});
