// A Word comment thread (a question, a reader's reply under it) in a returned clausemark .docx, brought back with
// `import --into` through the CLI as a user runs it: the source keeps the question first, then the reply, beside its
// clause and under its section's heading, saved by Word (the link in commentsExtended.xml) or by LibreOffice (the
// reply numbered and opened first, no commentsExtended.xml); the report names them in that order. The reply was
// written before the question. The documents are clausemark's own .docx edited with python-docx
// (tests/fixtures/word/edit-docx.py `thread`); skips with a message without python-docx.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { havePythonDocx } from '../support/python-docx.js';
import { CAMERA_POLICY } from '../support/camera-policy.js';

const EDIT = join(PROJECT_ROOT, 'tests', 'fixtures', 'word', 'edit-docx.py');
const dir = mkdtempSync(join(tmpdir(), 'clausemark-comment-threads-'));

const SOURCE = CAMERA_POLICY;

const QUESTION = '<!-- Word: Jan Jansen, 2026-01-12: Waarom vier weken? -->';
const REPLY = '<!-- Word: Piet de Boer, 2026-01-13: Zo staat het in de AVG-afspraken. -->';

/** The built document with a thread on the paragraph holding `at`, as `writer` saves it, brought back --into. */
async function broughtBack(at: string, writer: 'word' | 'libreoffice') {
  const name = `${writer}-${at.replace(/\W+/gu, '-')}`;
  const returned = join(dir, `${name}.docx`);
  const edited = spawnSync(
    '/usr/bin/python3',
    [EDIT, join(dir, 'sent.docx'), returned, 'thread', at, 'Waarom vier weken?', 'Jan Jansen'].concat([
      'Zo staat het in de AVG-afspraken.',
      'Piet de Boer',
      writer,
    ]),
    { encoding: 'utf8' },
  );
  expect(edited.status, edited.stderr).toBe(0);
  const into = join(dir, `${name}.md`);
  writeFileSync(into, SOURCE);
  const run = await runCli(['import', returned, '--into', into], { cwd: dir });
  expect(run.code, run.stderr + run.stdout).toBe(0);
  return { source: readFileSync(into, 'utf8'), said: run.stdout + run.stderr };
}

describe.skipIf(!havePythonDocx())('a Word comment thread brought back', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    writeFileSync(join(dir, 'camera.md'), SOURCE);
    const built = await runCli(['build', 'camera.md', '--format', 'docx', '--out', 'sent.docx'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
  }, 120_000);

  it.each(['word', 'libreoffice'] as const)(
    'saved by %s: the question, then the reply, beside the clause',
    async (writer) => {
      const { source, said } = await broughtBack('vier weken bewaard', writer);
      expect(source).toContain(`{#bewaren.termijn} Beelden worden vier weken bewaard. ${QUESTION} ${REPLY}\n`);
      expect(said.indexOf('Waarom vier weken?')).toBeGreaterThan(-1);
      expect(said.indexOf('Waarom vier weken?')).toBeLessThan(said.indexOf('Zo staat het in de AVG-afspraken.'));
    },
  );

  it.each(['word', 'libreoffice'] as const)(
    'saved by %s: the question, then the reply, under the heading',
    async (writer) => {
      const { source } = await broughtBack('2\tRechten', writer);
      expect(source).toContain(`## Rechten {#rechten}\n\n${QUESTION}\n\n${REPLY}\n\n1. {#rechten.inzage}`);
    },
  );
});
