// The kind of policy as the workplace names it (src/jobs/serve-exports.ts comparableKindTitles), in-process behind a
// real HTTP server, in Dutch, on two organisations' social-media protocols in a real git repository: the overview's
// comparison choice and the review questions' page title say the title the procedure gives the kind ("Protocol
// sociale media", templates/procedures/po.yaml), not its code; the choice still posts the code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { socialMediaRepo, startTestWorkplace, type TestWorkplace } from '../support/workplace-endpoint.js';

let workplace: TestWorkplace;
const before = messageLanguage();

describe('the kind of policy in the workplace', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    setMessageLanguage('nl');
    const repo = socialMediaRepo();
    workplace = await startTestWorkplace(repo.root);
  });

  afterAll(async () => {
    setMessageLanguage(before);
    await workplace.close();
  });

  it('offers a kind to compare by its title, posting its code', async () => {
    const overview = await workplace.call('GET', '/werkplek/');
    const select = /<select id="f-vergelijken-soort"[^>]*>(.*?)<\/select>/s.exec(overview.html)?.[1];
    expect(select).toBe('<option value="social-media">Protocol sociale media</option>');
  });

  it('titles the review questions of a kind by its title', async () => {
    const page = await workplace.call('GET', '/werkplek/vragen?soort=social-media');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<title>Reviewvragen: Protocol sociale media');
    expect(page.html).toContain('<h1>Reviewvragen: Protocol sociale media</h1>');
  });
});
