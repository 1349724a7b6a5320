// The policy page's link to the kennisname meeting in the workplace (src/jobs/serve-acknowledge.ts, meetingSection), on
// real files: an adopted policy is linked once its version was asked, whether its kind names an audience (the
// meldcode: alle-medewerkers) or not (a klachtenregeling, which `ask` asks of everyone in the people list); a version
// nobody was asked for is not linked. The meeting page itself, as the workplace serves it, writes its dates in words
// ("30 november 2026"), never as ISO, before and after a person's button is pressed.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { findProject } from '../../src/io/project.js';
import { askJob } from '../../src/jobs/acknowledge.js';
import { meetingSection } from '../../src/jobs/serve-acknowledge.js';
import { todayIso } from '../../src/procedure/evaluate.js';
import { formatDate } from '../../src/text/format-date.js';
import { meldcode, PEOPLE, STEPS } from '../cli/acknowledge-fixture.js';
import { tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { noticeOf, startTestWorkplace } from '../support/workplace-endpoint.js';

const project = findProject(PROJECT_ROOT);
const before = messageLanguage();

// The worker's other files share the messages module: its language is put back.
afterEach(() => setMessageLanguage(before));

describe('the link to the kennisname meeting on a policy’s page', () => {
  it.each([
    ['meldcode', 'meldcode'],
    ['klachtenregeling', 'klachtenregeling'],
  ])('links the meeting of an adopted %s once its version was asked', async (id, kind) => {
    setMessageLanguage('nl');
    const repo = tempRepo('clausemark-serve-acknowledge-');
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
    const text = meldcode('1.0', STEPS).replace('id: meldcode', `id: ${id}`).replace('kind: meldcode', `kind: ${kind}`);
    const file = repo.write(`policies/linde/${id}.md`, text);
    repo.commit('adopted');
    const room = { folder: repo.root, project, postMilliseconds: 10_000 };
    expect(meetingSection(file, room)).toBe('');

    const dir = join(repo.root, 'acknowledgements');
    const { outcome } = await askJob(file, { root: project.root, dir, date: '2026-02-01' });
    expect(outcome.action).toBe('asked');
    const section = meetingSection(file, room);
    expect(section).toContain('Kennisname in een teamvergadering');
    expect(section).toContain(`/werkplek/kennisname?bestand=policies%2Flinde%2F${id}.md`);
  });

  it('writes the meeting page’s dates in words, not as ISO, before and after a button is pressed', async () => {
    setMessageLanguage('nl');
    const repo = tempRepo('clausemark-serve-acknowledge-dates-');
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
    const file = repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
    repo.commit('adopted');
    const dir = join(repo.root, 'acknowledgements');
    await askJob(file, { root: project.root, dir, date: '2026-02-01', by: '2026-03-26' });
    const workplace = await startTestWorkplace(repo.root);
    try {
      const query = new URLSearchParams({ bestand: 'policies/linde/meldcode.md', recorder: 'R. Hendriks' });
      const page = await workplace.call('GET', `/werkplek/kennisname?${query.toString()}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain(`(${formatDate(todayIso(), 'nl')})`);
      expect(page.html).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
      const fields = { bestand: 'policies/linde/meldcode.md', recorder: 'R. Hendriks', school: '', team: '' };
      const pressed = await workplace.post('/werkplek/kennisname', { ...fields, person: 'p001' });
      expect(pressed.status).toBe(303);
      const after = await workplace.call('GET', `/werkplek/kennisname?${query.toString()}&vastgelegd=p001`);
      expect(noticeOf(after.html, 'done')).toContain('Anna de Boer');
      expect(after.html).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    } finally {
      await workplace.close();
    }
  });
});
