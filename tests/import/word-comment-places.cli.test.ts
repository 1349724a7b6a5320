// A reader's Word comment on a section's heading or on the title of an adopted policy, brought back with `import
// --into` (through the CLI as a user runs it): the report said "kept in the source as an HTML comment" and nothing
// was written, so the comment was lost while the report said it was kept. Now it is kept under its heading (or under
// the title), the report says where, the approval still holds, and a second import writes nothing. One on an entry
// of the generated contents was dropped without a word; it is kept under the title too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempProject } from '../support/project.js';
import { withComment } from '../support/word.js';
import { CAMERA_POLICY } from '../support/camera-policy.js';

const FILE = join('policies', 'allure', 'camera.md');

const SOURCE = CAMERA_POLICY;

let root = '';
let adopted = '';
const run = (args: string[]) => runCli(args, { cwd: root, env: { SOURCE_DATE_EPOCH: '1767225600' } });

beforeAll(async () => {
  root = tempProject([], 'clausemark-comment-places-').root;
  mkdirSync(join(root, 'policies', 'allure'), { recursive: true });
  writeFileSync(join(root, FILE), SOURCE);
  const approved = await run([
    'approve',
    FILE,
    ...['--name', 'A. Bestuurder', '--role', 'Bestuur', '--date', '2026-01-10'],
  ]);
  expect(approved.code, approved.stderr).toBe(0);
  adopted = readFileSync(join(root, FILE), 'utf8');
  const built = await run(['build', FILE, '--format', 'docx', '--out', 'sent.docx']);
  expect(built.code, built.stderr).toBe(0);
}, 60_000);

/** The sent document with a comment on the paragraph holding `at`, brought back into a fresh copy of the source. */
async function broughtBack(at: string, note: string) {
  writeFileSync(join(root, FILE), adopted);
  writeFileSync(
    join(root, 'returned.docx'),
    withComment(readFileSync(join(root, 'sent.docx')), at, 'Jan Jansen', note),
  );
  const merged = await run(['import', 'returned.docx', '--into', FILE]);
  const again = await run(['import', 'returned.docx', '--into', FILE]);
  const checked = await run(['check', FILE]);
  return { merged, again, checked, source: readFileSync(join(root, FILE), 'utf8') };
}

describe("a Word comment on what is no article, in an adopted policy's document", () => {
  it('on a heading: kept under that heading, said so, the approval still holding', async () => {
    const { merged, again, checked, source } = await broughtBack('2\tRechten', 'Betere kop?');
    expect(merged.code, merged.stderr + merged.stdout).toBe(0);
    expect(source).toBe(
      adopted.replace(
        '## Rechten {#rechten}\n\n',
        '## Rechten {#rechten}\n\n<!-- Word: Jan Jansen, 2026-01-12: Betere kop? -->\n\n',
      ),
    );
    expect(merged.stdout + merged.stderr).toContain('on the heading of section "rechten", kept in the source');
    expect(again.stdout + again.stderr).toContain('nothing written');
    expect(checked.code, checked.stdout).toBe(0);
  });

  it('on the title: kept under the title, said so, the approval still holding', async () => {
    const { merged, checked, source } = await broughtBack('Cameratoezicht', 'Andere titel?');
    expect(merged.code, merged.stderr + merged.stdout).toBe(0);
    expect(source).toBe(
      adopted.replace(
        '# Cameratoezicht\n\n',
        '# Cameratoezicht\n\n<!-- Word: Jan Jansen, 2026-01-12: Andere titel? -->\n\n',
      ),
    );
    expect(merged.stdout + merged.stderr).toContain('kept in the source as an HTML comment under the title');
    expect(checked.code, checked.stdout).toBe(0);
  });

  it('on an entry of the contents (which the import drops): kept under the title, not lost without a word', async () => {
    const { merged, checked, source } = await broughtBack('2Rechten3', 'In de inhoud?');
    expect(merged.code, merged.stderr + merged.stdout).toBe(0);
    expect(source).toBe(
      adopted.replace(
        '# Cameratoezicht\n\n',
        '# Cameratoezicht\n\n<!-- Word: Jan Jansen, 2026-01-12: In de inhoud? -->\n\n',
      ),
    );
    expect(merged.stdout + merged.stderr).toContain('kept in the source as an HTML comment under the title');
    expect(checked.code, checked.stdout).toBe(0);
  });
});
