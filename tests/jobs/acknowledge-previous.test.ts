// Which version `acknowledge ask` diffs against (src/jobs/acknowledge-previous.ts): the latest earlier one asked, by
// version and then by the row written last, not by date alone (2.0, 2.1 and 2.2 asked on one day: 2.2 follows 2.1);
// and for a revision in revisions/ the version it supersedes, whose text is in the file above that folder.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acknowledgeContext } from '../../src/jobs/acknowledge-context.js';
import { askAcknowledgement } from '../../src/jobs/acknowledge-ask.js';
import { previousAsk } from '../../src/jobs/acknowledge-previous.js';
import { thrownError as caught } from '../support/thrown.js';
import { meldcode, PEOPLE, STEPS } from '../cli/acknowledge-fixture.js';
import { type TempRepo, tempRepo } from '../support/git.js';

let repo: TempRepo;
const DAY = '2026-11-29';
const base = () => ({ root: repo.root, dir: join(repo.root, 'acknowledgements'), audience: 'alle-medewerkers' });
const ask = (file: string, extra: { previous?: string; carryOver?: boolean } = {}) =>
  askAcknowledgement(acknowledgeContext(file, base()), { date: DAY, recorder: 'A. Audit', ...extra }, repo.root);

/** 2.1 changes a step in substance; 2.2 only adds a comma to another. */
const substantive = STEPS.map((step, index) => (index === 3 ? step.replace('Weeg', 'Weeg binnen vijf dagen') : step));
const editorial = substantive.map((step, index) => (index === 1 ? step.replace('collega en', 'collega, en') : step));

beforeAll(() => {
  repo = tempRepo('clausemark-ack-previous-');
  repo.write('templates/brands/.keep', '');
  repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
  const file = repo.write('policies/linde/meldcode.md', meldcode('2.0', STEPS));
  repo.commit('meldcode 2.0');
  ask(file);
  repo.write('policies/linde/meldcode.md', meldcode('2.1', substantive));
  repo.commit('meldcode 2.1');
  ask(file);
  repo.write('policies/linde/meldcode.md', meldcode('2.2', editorial));
  repo.commit('meldcode 2.2');
});

describe('the version asked before', () => {
  it('is 2.1 for 2.2 when 2.0, 2.1 and 2.2 are asked on one day: an editorial 2.2 proposes carrying over', () => {
    const outcome = ask(join(repo.root, 'policies/linde/meldcode.md'));
    expect(outcome.action).toBe('carry-over-proposed');
    if (outcome.action === 'carry-over-proposed') expect(outcome.previous.version).toBe('2.1');
  });

  it('is, for a revision in revisions/, the version it supersedes, its text in the file above that folder', () => {
    expect(ask(join(repo.root, 'policies/linde/meldcode.md'), { carryOver: true }).action).toBe('carried-over');
    const revision = repo.write(
      'policies/linde/revisions/meldcode-3.0.md',
      meldcode('3.0', [...editorial, 'Evalueer deze meldcode jaarlijks met de GMR.']).replace(
        'version: "3.0"',
        'version: "3.0"\nsupersedes: "2.2"',
      ),
    );
    repo.commit('meldcode 3.0');
    const context = acknowledgeContext(revision, base());
    expect(previousAsk(context, {}, repo.root)?.version).toBe('2.2');
    const given = previousAsk(context, { previous: join(repo.root, 'policies/linde/meldcode.md') }, repo.root);
    expect(given?.version).toBe('2.2');
    const outcome = ask(revision);
    expect(outcome.action).toBe('asked');
    if (outcome.action === 'asked') expect(outcome.changes).toHaveLength(1);
  });

  it('refuses a --previous file of another text, saying what it holds, not that git history lacks it', () => {
    const other = repo.write('elsewhere/meldcode-1.0.md', meldcode('1.0', STEPS.slice(0, 3)));
    const context = acknowledgeContext(join(repo.root, 'policies/linde/revisions/meldcode-3.0.md'), base());
    const refused = caught(() => previousAsk(context, { previous: other }, repo.root));
    expect(refused.finding.messageId).toBe('acknowledge-job.previous-other-text');
    expect(refused.message).toContain('holds version 1.0, not the text of version 2.2');
    expect(refused.message).not.toContain('git history');
  });
});
