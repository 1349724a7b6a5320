// Kennisname in the overview of a policy whose adoption recorded its text by the old hash (sha256:, which covers the
// section titles and clause texts only) and was edited since (project-overview.ts): the records name the text adopted
// by its current fingerprint (sha256-v2:), which the old hash cannot be turned into. In git, the first commit holding
// the adoption row holds that text, verified by the old hash: counted from it. Outside git it cannot be: the cell says
// so and how to fix it, never "niet gevraagd" of a version two people were asked for.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approvalHash, canonicalText, sha256 } from '../../src/model/fingerprint.js';
import { parsePolicy } from '../../src/parse/index.js';
import { schoolOverview } from '../../src/procedure/project-overview.js';
import { wordOverview } from '../../src/report/documents/school-overview.js';
import { meldcode, PEOPLE, STEPS } from '../cli/acknowledge-fixture.js';
import { tempRepo } from '../support/git.js';
import { needTool } from '../support/tools.js';

const DECLARATION = `sector: po
workers: 60
organisation:
  role: bestuur
  name: Stichting De Linde
`;

/** The meldcode 1.0 adopted with the old hash of its text as `steps` give it, and its current fingerprint. */
function adoptedByOldHash(steps: string[]): { text: string; current: string } {
  const plain = meldcode('1.0', steps);
  const { policy } = parsePolicy(plain, { path: 'meldcode.md' });
  const old = `sha256:${sha256(canonicalText(policy))}`;
  const text = plain.replace('step: vaststelling }', `step: vaststelling, hash: "${old}" }`);
  return { text, current: approvalHash(policy) };
}

/** Asked of two (p001, p002), acknowledged by one, for the text `hash`. */
const records = (hash: string): string =>
  [
    'type,person,version,hash,date,method,recorder,due,from',
    `asked,p001,1.0,${hash},2026-02-01,ask,,,`,
    `asked,p002,1.0,${hash},2026-02-01,ask,,,`,
    `acknowledged,p001,1.0,${hash},2026-02-03,csv,,,`,
    '',
  ].join('\n');

/** The board's meldcode cell of the overview of the project at `root` on 2026-03-01, and its cells' words in Dutch. */
function meldcodeCell(root: string) {
  const path = join(root, 'policies', 'linde', 'meldcode.md');
  const { policy } = parsePolicy(readFileSync(path, 'utf8'), { path });
  const acknowledgements = join(root, 'acknowledgements');
  const overview = schoolOverview([policy], root, '2026-03-01', undefined, undefined, [], root, acknowledgements);
  const [organisation] = overview.organisations;
  const cell = organisation!.rows[0]!.cells.find((c) => c.kind === 'meldcode');
  const worded = wordOverview(organisation!, overview, { lang: 'nl' });
  const details = worded.rows.flatMap((row) => row.cells.flatMap((c) => c.details));
  return { cell, details };
}

describe('kennisname of an adoption recorded by the old hash, its text edited since', () => {
  it('is counted from the text git holds as adopted; outside git, the cell says it cannot be and how to fix it', ({
    skip,
  }) => {
    needTool(skip, 'git');
    const repo = tempRepo('clausemark-overview-old-hash-');
    repo.write('templates/brands/.keep', '');
    repo.write('policies/linde/procedure.yaml', DECLARATION);
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
    const { text, current } = adoptedByOldHash(STEPS);
    repo.write('policies/linde/meldcode.md', text);
    repo.write('acknowledgements/linde/meldcode/1.0.csv', records(current));
    repo.commit('meldcode 1.0 vastgesteld', '2026-01-15');
    const edited = text.replace(STEPS[4]!, `${STEPS[4]!}\n6. {#stap-6} Een stap die niet is vastgesteld.`);
    repo.write('policies/linde/meldcode.md', edited);
    repo.commit('meldcode gewijzigd', '2026-02-15');

    const inGit = meldcodeCell(repo.root);
    expect(inGit.cell?.policy?.pending).toBe('changed');
    expect(inGit.cell?.policy?.acknowledged).toEqual({ acknowledged: 1, asked: 2 });
    expect(inGit.details).toContain('kennisname 1 van 2');

    // The same files without their history: the old hash names no text the records name.
    const bare = mkdtempSync(join(tmpdir(), 'clausemark-overview-old-hash-bare-'));
    cpSync(repo.root, bare, { recursive: true, filter: (source) => !source.includes('.git') });
    const outside = meldcodeCell(bare);
    expect(outside.cell?.policy?.acknowledged).toBeUndefined();
    expect(outside.cell?.policy?.acknowledgeUncounted).toBe('old-hash');
    expect(outside.details).toContain(
      'kennisname niet te tellen: de vaststelling legde de tekst vast met een oude vingerafdruk (sha256:) en de tekst is daarna gewijzigd; stel de tekst opnieuw vast',
    );
    expect(outside.details.join(' ')).not.toContain('niet gevraagd');
  });
});
