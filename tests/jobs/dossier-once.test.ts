// The dossier works out each policy's version in force once (src/jobs/dossier.ts Standing): what git shows of its
// adoption by hand is asked of git once, not again for its table of what each school must have, and its kennisname is
// counted once from the records, the dossier's line and the table's cell alike. Counted by wrapping the real
// functions: the file's history read from git and git's shallow boundary asked of it (by the dossier with the file's
// name, by src/procedure/adoption-git.ts with a GitFile: either is a question of git), adoption-git.ts's own answer
// asked for (gitEvidence, which keeps what git said in memory, so the history is not read twice but git is asked
// twice all the same), and the record files read.
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { meldcode, PEOPLE, STEPS } from '../cli/acknowledge-fixture.js';
import { tempRepo } from '../support/git.js';

const asked = vi.hoisted(() => ({
  boundary: new Map<string, number>(),
  history: new Map<string, number>(),
  evidence: new Map<string, number>(),
  records: new Map<string, number>(),
}));
const count = (into: Map<string, number>, path: string): void => void into.set(path, (into.get(path) ?? 0) + 1);
/** The file a question of git is about, by its name or as a GitFile. */
const fileOf = (file: string | { file: string }): string => resolve(typeof file === 'string' ? file : file.file);

vi.mock('../../src/io/git.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/io/git.js')>();
  return {
    ...original,
    shallowBoundary: (file: Parameters<typeof original.shallowBoundary>[0]) => {
      count(asked.boundary, fileOf(file));
      return original.shallowBoundary(file);
    },
    fileVersions: (file: Parameters<typeof original.fileVersions>[0]) => {
      count(asked.history, fileOf(file));
      return original.fileVersions(file);
    },
  };
});

vi.mock('../../src/procedure/adoption-git.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/procedure/adoption-git.js')>();
  return {
    ...original,
    gitEvidence: (...args: Parameters<typeof original.gitEvidence>) => {
      count(asked.evidence, resolve(args[0]));
      return original.gitEvidence(...args);
    },
  };
});

vi.mock('../../src/io/acknowledgements.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/io/acknowledgements.js')>();
  return {
    ...original,
    readRecords: (file: string) => {
      count(asked.records, resolve(file));
      return original.readRecords(file);
    },
  };
});

const { dossierJob } = await import('../../src/jobs/dossier.js');

const DECLARATION = `sector: po
workers: 60
organisation:
  role: bestuur
  name: Stichting De Linde
`;

describe('the dossier of a policy adopted by hand, with kennisname', () => {
  it('reads its history and asks git of its adoption once, and counts its kennisname once, for its line and its table alike', async () => {
    const repo = tempRepo('clausemark-dossier-once-');
    repo.write('templates/brands/.keep', '');
    repo.write('policies/linde/procedure.yaml', DECLARATION);
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
    const file = repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
    repo.commit('meldcode 1.0', '2026-01-15');
    const at = { root: repo.root, org: 'linde', at: '2026-02-10', out: resolve(repo.root, 'out', 'dossier.pdf') };
    const acknowledgements = resolve(repo.root, 'acknowledgements');
    const first = await dossierJob([file], { ...at, acknowledgements });
    const hash = first.dossier.policies[0]!.textHash;
    const row = (type: string, person: string) => `${type},${person},1.0,${hash},2026-02-01,ask,,,`;
    const records = repo.write(
      'acknowledgements/linde/meldcode/1.0.csv',
      [
        'type,person,version,hash,date,method,recorder,due,from',
        row('asked', 'p001'),
        row('acknowledged', 'p001'),
        '',
      ].join('\n'),
    );
    for (const counts of Object.values(asked)) counts.clear();

    const { dossier } = await dossierJob([file], { ...at, acknowledgements });
    const [policy] = dossier.policies;
    expect(policy?.textUnrecorded).toBe(true);
    expect(policy?.acknowledged).toEqual({ asked: 1, acknowledged: 1 });
    const cell = dossier.required?.rows.find((r) => r.level === 'bestuur')?.cells.find((c) => c.kind === 'meldcode');
    expect(cell?.policy?.acknowledged).toEqual({ asked: 1, acknowledged: 1 });
    // Once for the dossier's list and its table: the overview is handed what the dossier read of git.
    expect(asked.history.get(resolve(file))).toBe(1);
    expect(asked.boundary.get(resolve(file))).toBe(1);
    expect(asked.evidence.get(resolve(file))).toBeUndefined();
    expect(asked.records.get(resolve(records))).toBe(1);
  }, 120_000);
});
