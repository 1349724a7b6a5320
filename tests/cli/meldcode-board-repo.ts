// A board's repository as `start` tests begin it: the Linde meldcode 1.0 adopted, its 2.0 proposed (a revision with a
// board pack), and Eik's meldcode beside it (a comparison), committed. Shared by the tests of what out/ keeps.
import type { TempRepo } from '../support/git.js';
import { BOARD_DECLARATION, meldcode, STEPS } from './acknowledge-fixture.js';

/** Version 2.0 of the meldcode, proposed, with a step reworded: a revision with a board pack. */
const REVISION = meldcode('1.0', STEPS)
  .replace('version: "1.0"', 'version: "2.0"\nsupersedes: "1.0"')
  .replace('status: approved', 'status: draft')
  .replace(/approvals:\n.*\n.*\n/, '')
  .replace('Beslis of u', 'Besluit of u');

/** The same meldcode at a second organisation. */
export const EIK = meldcode('1.0', STEPS)
  .replace('org: linde', 'org: eik')
  .replace('organisation: Stichting De Linde', 'organisation: Stichting Eik');

/** Writes the board's policies into `repo` and commits them. */
export function writeBoardRepo(repo: TempRepo): void {
  repo.write('templates/brands/.keep', '');
  repo.write('policies/linde/procedure.yaml', BOARD_DECLARATION);
  repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
  repo.write('policies/linde/meldcode-2.0.md', REVISION);
  repo.write('policies/eik/meldcode.md', EIK);
  repo.commit('meldcode 1.0');
}
