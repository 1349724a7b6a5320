// `acknowledge status` (src/jobs/acknowledge-report.ts): acknowledgements recorded for a version nobody was asked for
// are counted as such, not lost in "0 of 0".
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acknowledgeContext } from '../../src/jobs/acknowledge-context.js';
import { recordAcknowledgements } from '../../src/jobs/acknowledge-record.js';
import { acknowledgeReport } from '../../src/jobs/acknowledge-report.js';
import { meldcode, PEOPLE, STEPS } from '../cli/acknowledge-fixture.js';
import { tempRepo } from '../support/git.js';

describe('the status of a version', () => {
  it('names who acknowledged it without being asked, beside the counts of those asked', () => {
    const repo = tempRepo('clausemark-ack-report-');
    repo.write('templates/brands/.keep', '');
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
    const policy = repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
    const base = { root: repo.root, dir: join(repo.root, 'acknowledgements') };
    const paper = repo.write('paper.txt', 'p001\np002\np003\np004\n');
    recordAcknowledgements(acknowledgeContext(policy, base), { date: '2026-11-29', recorder: 'A. Audit', paper });
    const report = acknowledgeReport(acknowledgeContext(policy, base));
    expect(report.counts).toEqual({ asked: 0, acknowledged: 0 });
    expect(report.acknowledgedNotAsked.map((person) => person.id)).toEqual(['p001', 'p002', 'p003', 'p004']);
    // The meldcode asks alle-medewerkers: not p006, who is hired (inhuur).
    expect(report.neverAsked.map((person) => person.id)).toEqual(['p005']);
  });
});
