// The label-missing case of the bad-input suite needs a label file that lacks exactly one label. It is a copy of the
// Dutch label file without `contents`; when a label is added, the copy must get it too, or the case fails in the slow
// CLI lane with a list of missing labels. Checked here, in-process, with the fix in the message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

it('the label-missing fixture is templates/labels/nl.yaml without its `contents` line', () => {
  const dutch = readFileSync(join(PROJECT_ROOT, 'templates', 'labels', 'nl.yaml'), 'utf8');
  const fixture = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'labels', 'missing-label.yaml'), 'utf8');
  const expected = dutch
    .split('\n')
    .filter((line) => !line.startsWith('contents:'))
    .join('\n');
  expect(
    fixture,
    "regenerate it: grep -v '^contents:' templates/labels/nl.yaml > tests/fixtures/bad/labels/missing-label.yaml",
  ).toBe(expected);
});
