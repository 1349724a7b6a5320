// What every kennisname action starts from (src/jobs/acknowledge-context.ts): a version not adopted is refused with
// its status in the run's words ("concept", "gewijzigd na vaststelling"), never the raw `draft` or `outdated`.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../src/io/messages.js';
import { acknowledgeContext } from '../../src/jobs/acknowledge-context.js';
import { approvalHash } from '../../src/model/fingerprint.js';
import { parsePolicy } from '../../src/parse/index.js';
import { meldcode, PEOPLE, STEPS } from '../cli/acknowledge-fixture.js';
import { tempRepo } from '../support/git.js';
import { thrownError } from '../support/thrown.js';

afterEach(() => setMessageLanguage('en'));

function refusal(source: string): string {
  const repo = tempRepo('clausemark-ack-context-');
  repo.write('templates/brands/.keep', '');
  repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
  const file = repo.write('policies/linde/meldcode.md', source);
  setMessageLanguage('nl');
  return thrownError(() => acknowledgeContext(file, { root: repo.root, dir: join(repo.root, 'acknowledgements') }))
    .message;
}

describe('a version not adopted', () => {
  it('is refused as a concept, in Dutch', () => {
    const draft = meldcode('1.0', STEPS).replace('status: approved', 'status: draft');
    expect(refusal(draft)).toBe(
      'alleen naar een vastgestelde versie wordt kennisname gevraagd; de status van deze versie is: concept',
    );
  });

  it('is refused as changed after its adoption when its text no longer has the recorded hash', () => {
    const adopted = meldcode('1.0', STEPS);
    const hash = approvalHash(parsePolicy(adopted, { path: 'm.md' }).policy);
    const recorded = adopted.replace('step: vaststelling }', `step: vaststelling, hash: "${hash}" }`);
    const edited = recorded.replace('Ga in gesprek', 'Ga binnen een week in gesprek');
    expect(refusal(edited)).toBe(
      'alleen naar een vastgestelde versie wordt kennisname gevraagd; de status van deze versie is: gewijzigd na vaststelling',
    );
  });
});
