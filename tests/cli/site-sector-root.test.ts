// The HTML report's deviation registers find a sector template where `deviations` and `adapt` do: under the project's
// sectorRoot (the nearest folder up with templates/sector, src/io/project.ts), also when its brands come from
// elsewhere (here: clausemark's own, since the project has no templates/brands).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli-in-process.js';
import { adapted, sectorProject, V1_1_FILE, v11 } from '../template/support.js';

describe('the report finds sector templates in the project', () => {
  it('a template only the project has gets its deviation register page', async () => {
    const project = sectorProject(false);
    const own = (text: string): string => text.replaceAll('sector-social-media', 'eigen-social-media');
    project.write('templates/sector/eigen-social-media.md', own(readFileSync(V1_1_FILE, 'utf8')));
    const policy = own(adapted(v11()));
    expect(policy).toContain('eigen-social-media@1.1');
    const file = project.write('policies/casparus-college/social-media.md', policy);
    const out = join(project.root, 'out');
    const run = await runCliInProcess(['build', file, '--out', out, '--jobs', '1'], { cwd: project.root });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'deviations', 'eigen-social-media-1.1.html'))).toBe(true);
  });
});
