// The diff's web page names each changed clause as the board pack does (src/report/documents/printed-diff.ts
// citedReport): "Artikel 2, onder f" for the item its PDF prints "Artikel 2 f.", "Artikel 2, lid 1" for "1." under
// heading 2 in the house style, never the two numbers side by side nor the parse's joined ordinals ("2.1"). Read from
// the page the diff job writes, as a reader sees it (tags out).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffJob } from '../../src/jobs/diff.js';
import { PROJECT_ROOT } from '../support/paths.js';

const front = (numbering: string[]) => [
  '---',
  'id: pestprotocol',
  'title: Pestprotocol',
  'organisation: De Linde',
  'version: "1.0"',
  'lang: nl',
  ...numbering,
  '---',
  '',
];

/** Articles numbered "Artikel %1", the items of the second typed "a." to "c.": its PDF prints "Artikel 2 c.". */
const LETTERED = [
  ...front(['numbering:', '  sections: Artikel %1', '  lists:', '    aanpak: "%a."']),
  '## Doel {#doel}',
  '',
  '{#doel.geldt} Dit protocol geldt voor alle scholen.',
  '',
  '## Aanpak {#aanpak}',
  '',
  '1. {#aanpak.signaleren} De leerkracht signaleert het pesten.',
  '2. {#aanpak.praten} De mentor praat met de leerling.',
  '3. {#aanpak.registreren} Het incident wordt geregistreerd.',
  '',
].join('\n');

/** The house style: "1.", "2." under heading 2, which no output prints as "2.1". */
const HOUSE = [
  ...front([]),
  '## Doel {#doel}',
  '',
  '{#doel.geldt} Dit protocol geldt voor alle scholen.',
  '',
  '## Melden {#melden}',
  '',
  '1. {#melden.mentor} Een leerling meldt pesten bij de mentor.',
  '2. {#melden.vastleggen} De mentor legt de melding binnen een week vast.',
  '',
].join('\n');

let dir = '';

/** The web page of the change `edit` makes to `source`, as its reader reads it. */
async function pageOf(name: string, source: string, edit: (text: string) => string): Promise<string> {
  const before = join(dir, `${name}.md`);
  const after = join(dir, `${name}-new.md`);
  writeFileSync(before, source);
  writeFileSync(after, edit(source));
  const outcome = await diffJob([before, after], { root: PROJECT_ROOT, format: 'html' });
  const html = String(outcome.content);
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clausemark-diff-html-'));
});

describe('diff --format html cites each clause as the board pack does', () => {
  it('an own numbering: "Artikel 2, onder c", not "Artikel 2 c."', async () => {
    const page = await pageOf('lettered', LETTERED, (text) =>
      text.replace('wordt geregistreerd', 'wordt voortaan geregistreerd'),
    );
    expect(page).toContain('Artikel 2, onder c aanpak.registreren');
    expect(page).not.toContain('Artikel 2 c.');
  });

  it('the house style: "Artikel 2, lid 2", and a renumbering said in those words, set apart by semicolons', async () => {
    const page = await pageOf('house', HOUSE, (text) =>
      text
        .replace('1. {#melden.mentor}', '1. {#melden.iedereen} Iedereen mag pesten melden.\n2. {#melden.mentor}')
        .replace('2. {#melden.vastleggen}', '3. {#melden.vastleggen}')
        .replace('binnen een week', 'binnen drie dagen'),
    );
    expect(page).toContain('Artikel 2, lid 1 melden.iedereen');
    expect(page).toContain('Artikel 2, lid 2 → Artikel 2, lid 3 melden.vastleggen');
    expect(page).toContain('1 artikel hernummerd: Artikel 2, lid 1 → Artikel 2, lid 2');
    expect(page).not.toMatch(/(^|\s)2\.[123](\s|$)/);
  });
});
