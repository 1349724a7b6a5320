// The overview of what each school must have, for a policy adopted by hand (no hash) whose adoption row git holds in no
// commit (project-overview.ts, from src/procedure/adoption-git.ts): the cell says the adopted text cannot be told, as
// the policy's cover does; once git shows the text adopted, it says nothing more. In a real git repository; outside
// one, where every adoption by hand is so, the board's one page shows the state alone.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/index.js';
import { schoolOverview } from '../../src/procedure/project-overview.js';
import { ANKER_DECLARATION, ankerPolicy } from '../support/hand-adopted.js';
import { tempRepo } from '../support/git.js';
import { needTool } from '../support/tools.js';

function klachtenregeling(adopted: boolean): string {
  return ankerPolicy({
    id: 'klachtenregeling',
    title: 'Klachtenregeling',
    text: 'Voor alle scholen.',
    adopted,
  }).replace('lang: nl\n', 'lang: nl\nkind: klachtenregeling\nlevel: bestuur\n');
}

function cellOf(root: string, path: string) {
  const policy = parsePolicy(klachtenregeling(true), { path }).policy;
  const overview = schoolOverview([policy], root, '2026-11-30');
  return overview.organisations[0]?.rows[0]?.cells.find((cell) => cell.kind === 'klachtenregeling');
}

describe('the overview of a policy adopted by hand', () => {
  it('says its text was not recorded where no commit holds the adoption row, and nothing once one does', ({ skip }) => {
    needTool(skip, 'git');
    const repo = tempRepo('clausemark-overview-unrecorded-');
    repo.write('policies/anker/procedure.yaml', ANKER_DECLARATION);
    const path = repo.write('policies/anker/klachtenregeling.md', klachtenregeling(false));
    repo.commit('concept', '2025-03-01');
    repo.write('policies/anker/klachtenregeling.md', klachtenregeling(true));
    expect(cellOf(repo.root, path)?.policy?.unrecorded).toEqual({});
    repo.commit('vastgesteld', '2025-03-26');
    const committed = cellOf(repo.root, path)?.policy;
    expect(committed?.adopted).toBe('2025-03-26');
    expect(committed?.unrecorded).toBeUndefined();
  });

  it('says nothing of it outside a git repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-overview-no-git-'));
    mkdirSync(join(root, 'policies', 'anker'), { recursive: true });
    writeFileSync(join(root, 'policies', 'anker', 'procedure.yaml'), ANKER_DECLARATION);
    const path = join(root, 'policies', 'anker', 'klachtenregeling.md');
    writeFileSync(path, klachtenregeling(true));
    const cell = cellOf(root, path)?.policy;
    expect(cell?.adopted).toBe('2025-03-26');
    expect(cell?.unrecorded).toBeUndefined();
  });
});
