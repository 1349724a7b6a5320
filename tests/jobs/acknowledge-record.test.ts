// `acknowledge record` (src/jobs/acknowledge-record.ts): a paper list or form CSV naming someone not in the people
// list is refused at that line and column, with the nearest known name and the other such lines, and nothing of it is
// recorded; a duplicate is recorded once and named by its line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { acknowledgeContext } from '../../src/jobs/acknowledge-context.js';
import { recordAcknowledgements } from '../../src/jobs/acknowledge-record.js';
import { meldcode, PEOPLE, STEPS } from '../cli/acknowledge-fixture.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { thrownError } from '../support/thrown.js';

let repo: TempRepo;
let policy: string;
const records = () => join(repo.root, 'acknowledgements', 'linde', 'meldcode', '1.0.csv');
const record = (options: { paper?: string; csv?: string }) =>
  recordAcknowledgements(acknowledgeContext(policy, { root: repo.root, dir: join(repo.root, 'acknowledgements') }), {
    date: '2026-11-29',
    recorder: 'A. Audit',
    ...options,
  });

beforeEach(() => {
  repo = tempRepo('clausemark-ack-record-');
  repo.write('templates/brands/.keep', '');
  repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
  policy = repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
});

describe('a paper list', () => {
  it('naming someone not in the people list is refused at its line and column, nothing recorded', () => {
    const paper = repo.write('paper.txt', 'Anna de Boer\np002\n# koffiepauze\n  Chantal Ozdemirr\nGijs Onbekend\n');
    const refused = thrownError(() => record({ paper }));
    expect(refused.finding).toMatchObject({
      file: paper,
      ruleId: 'acknowledge-file',
      messageId: 'acknowledge-file.unknown-person-nearest',
      place: { start: { line: 4, column: 3 } },
    });
    expect(refused.message).toBe('"Chantal Ozdemirr" is not in the people list (did you mean Chantal Özdemir?)');
    expect(refused.hint).toContain('line 5 too names someone not in the people list');
    expect(refused.hint).toContain('nothing of this file was recorded');
    expect(existsSync(records())).toBe(false);
  });

  it('with a name twice records it once and names the line of the second', () => {
    const paper = repo.write('paper.txt', 'p001\np003\np001\n');
    const outcome = record({ paper });
    expect(outcome.file).toBe(paper);
    expect(outcome.recorded.map((person) => person.id)).toEqual(['p001', 'p003']);
    expect(outcome.duplicates).toEqual([{ line: 3, given: 'p001' }]);
    expect(readFileSync(records(), 'utf8').trim().split('\n')).toHaveLength(3);
  });
});

describe('a form CSV', () => {
  it('naming someone not in the people list is refused as a paper list is; another version is passed over', () => {
    const csv = repo.write('form.csv', 'Naam;Versie\nAnna de Boer;1.0\nDaan Vsser;1.0\nEva Smit;0.9\nOnbekend;0.9\n');
    const refused = thrownError(() => record({ csv }));
    expect(refused.finding.place?.start).toMatchObject({ line: 3, column: 1 });
    expect(refused.message).toContain('"Daan Vsser" is not in the people list (did you mean Daan Visser?)');
    expect(refused.hint).not.toContain('too names');
    expect(existsSync(records())).toBe(false);
  });
});
