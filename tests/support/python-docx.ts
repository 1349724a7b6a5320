// python-docx edits clausemark's .docx as a person edits in Word (tests/fixtures/word/edit-docx.py): the Word tests
// ask here once whether it runs, so they skip alike without it and fail alike under CI=true.
import { spawnSync } from 'node:child_process';

/** Whether python-docx runs (Debian python3-docx); under CI=true a missing one fails, as a missing program does. */
export function havePythonDocx(): boolean {
  if (spawnSync('/usr/bin/python3', ['-c', 'import docx'], { encoding: 'utf8' }).status === 0) return true;
  if (process.env.CI === 'true')
    throw new Error('python-docx is required under CI=true (apt-get install python3-docx)');
  console.warn('python-docx is not installed: the tests that edit with it are skipped (apt-get install python3-docx)');
  return false;
}
