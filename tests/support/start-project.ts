// A project `start` runs over, in a git repository of its own: one privacy policy committed, templates/ of its own
// (so it is its own project root) and out/ ignored. The start stamp's tests (tests/jobs/start-stamp.test.ts) and
// the replay's (tests/cli/startup/start-replay.test.ts) change it each their own way.
import { tempRepo, type TempRepo } from './git.js';

export const START_POLICY = `---
id: privacy
title: Privacyreglement
organisation: De School
version: "1.0"
lang: nl
---

## Doel {#doel}

1. {#doel.zorg} De school gaat zorgvuldig om met persoonsgegevens.
`;

/** The repository, with `files` (path → text) written beside the policy before the one commit. */
export function startRepo(prefix: string, files: Record<string, string> = {}): TempRepo {
  const repo = tempRepo(prefix);
  repo.write('policies/school/privacy.md', START_POLICY);
  repo.write('templates/brands/.keep', '');
  repo.write('.gitignore', 'out/\n');
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  repo.commit('privacy 1.0');
  return repo;
}
