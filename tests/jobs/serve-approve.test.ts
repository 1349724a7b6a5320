// The workplace's step form (`clausemark serve`, src/jobs/serve-actions.ts recordStep, src/render/workplace/views.ts)
// in-process behind a real HTTP server, in Dutch, on a draft pestprotocol in a real git repository: the consent is
// recorded with its outcome; a step on record for this text is shown as done and not offered; posted again (a page
// read before), it is refused on the page with the day it was recorded, nothing written, and so is a decision dated
// after today, with the fix; the adoption records no outcome.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { parsePolicy } from '../../src/parse/index.js';
import type { TempRepo } from '../support/git.js';
import {
  DE_EIK_POLICY as POLICY,
  deEikRepo,
  startTestWorkplace,
  type TestWorkplace,
} from '../support/workplace-endpoint.js';

const CONSENT = 'instemming|MR|whole';
const ADOPTION = 'vaststelling||whole';

let repo: TempRepo;
let workplace: TestWorkplace;
const before = messageLanguage();

const call = (method: string, path: string, body = '') => workplace.call(method, path, body);

const page = () => call('GET', `/werkplek/beleid?bestand=${encodeURIComponent(POLICY)}`);
const baseOf = (html: string): string => /name="base" value="([^"]*)"/.exec(html)![1]!;
const file = (): string => readFileSync(join(repo.root, POLICY), 'utf8');
const approvals = () => parsePolicy(file(), { path: POLICY }).policy.meta.approvals;

/** Each option of the step form: its value, words, and whether it is offered or selected. */
function stepOptions(html: string): string[] {
  const select = /<select id="f-goedkeuren-step"[^>]*>(.*?)<\/select>/s.exec(html)![1]!;
  return [...select.matchAll(/<option value="([^"]*)"( disabled| selected)?>([^<]*)<\/option>/g)].map(
    ([, value, flag, words]) => `${value}${flag ?? ''}: ${words}`,
  );
}

const refusal = (html: string): string => /<div class="refused" role="alert">(.*?)<\/div>/s.exec(html)?.[1] ?? '';

async function post(fields: Record<string, string>, base?: string): Promise<{ status: number; html: string }> {
  const form = {
    token: workplace.token,
    bestand: POLICY,
    base: base ?? baseOf((await page()).html),
    officer: 'A. de Beleidsmedewerker',
    ...fields,
  };
  return call('POST', '/werkplek/goedkeuren', new URLSearchParams(form).toString());
}

const MR = { step: CONSENT, name: 'P. Jansen', role: 'Voorzitter MR' };
const BOARD = { step: ADOPTION, name: 'J. de Vries', role: 'Voorzitter College van Bestuur', outcome: 'positief' };

describe('the workplace’s step form', () => {
  beforeAll(async () => {
    setMessageLanguage('nl');
    repo = deEikRepo('clausemark-serve-approve-');
    workplace = await startTestWorkplace(repo.root);
  });

  afterAll(async () => {
    setMessageLanguage(before);
    await workplace.close();
  });

  it('offers the outcome, records a negative consent with it, then a consent; the same consent again is not offered', async () => {
    const first = await page();
    expect(first.html).toContain('<label for="f-goedkeuren-outcome">Uitkomst (bij advies of instemming)</label>');
    expect(first.html).toContain('<option value="onder voorwaarden">onder voorwaarden</option>');
    const refused = await post({ ...MR, date: '2026-11-10', outcome: 'negatief' }, baseOf(first.html));
    expect(refused.status, refusal(refused.html)).toBe(200);
    expect(approvals().at(-1)).toMatchObject({ step: 'instemming', body: 'MR', outcome: 'negatief' });
    // Refused, the consent is still to be given: offered.
    expect(stepOptions(refused.html)).toEqual([`${CONSENT} selected: Instemming MR`, `${ADOPTION}: Vaststelling`]);
    const given = await post({ ...MR, date: '2026-11-20', outcome: 'positief' });
    expect(given.status, refusal(given.html)).toBe(200);
    expect(approvals().at(-1)).toMatchObject({ date: '2026-11-20', step: 'instemming', outcome: 'positief' });
    expect(stepOptions(given.html)).toEqual([
      `${CONSENT} disabled: Instemming MR (gedaan)`,
      `${ADOPTION} selected: Vaststelling`,
    ]);
  });

  it('refuses on the page a step posted from a page read before it was recorded, keeping what was typed', async () => {
    const written = file();
    const again = await post({ ...MR, date: '2026-11-21', minutes: 'Notulen MR 21 november' });
    expect(again.status).toBe(400);
    expect(refusal(again.html)).toContain(
      'instemming van de MR is voor deze tekst al vastgelegd op 20 november 2026 (P. Jansen, Voorzitter MR)',
    );
    expect(refusal(again.html)).toContain('er is niets te doen: dat besluit staat al vast.');
    expect(again.html).toContain('value="Notulen MR 21 november"');
    expect(file()).toBe(written);
  });

  it('refuses a decision dated after today on the page, with the fix', async () => {
    const written = file();
    const future = await post({ ...BOARD, date: '2099-01-01' });
    expect(future.status).toBe(400);
    expect(refusal(future.html)).toMatch(/het besluit is gedateerd 1 januari 2099, na vandaag \(/);
    expect(refusal(future.html)).toContain(
      // The day it enters into force by the words the officer knows, not the front matter's field `effective:`.
      'leg het besluit vast op de dag dat het genomen wordt; gaat het beleid later in, vraag dan wie de beleidsbestanden beheert die dag als datum van ingang in te vullen',
    );
    expect(future.html).toContain('id="f-goedkeuren-date" name="date" value="2099-01-01"');
    expect(file()).toBe(written);
  });

  it('adopts without an outcome, then shows the adoption done and refuses it again with the day it was taken', async () => {
    const adopted = await post({ ...BOARD, date: '2026-11-25' });
    expect(adopted.status, refusal(adopted.html)).toBe(200);
    expect(approvals().at(-1)).toMatchObject({ date: '2026-11-25', step: 'vaststelling' });
    expect(approvals().at(-1)).not.toHaveProperty('outcome');
    expect(stepOptions(adopted.html)).toEqual([
      `${CONSENT} disabled: Instemming MR (gedaan)`,
      `${ADOPTION} disabled: Vaststelling (gedaan)`,
    ]);
    const written = file();
    const again = await post({ ...BOARD, date: '2026-11-30' });
    expect(again.status).toBe(400);
    expect(refusal(again.html)).toContain(
      'deze tekst is al vastgesteld op 25 november 2026 (J. de Vries, Voorzitter College van Bestuur)',
    );
    expect(file()).toBe(written);
  });
});
