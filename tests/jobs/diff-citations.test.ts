// Every diff output a person reads names each changed clause as the board pack does (src/report/documents/
// printed-diff.ts, citedReport): "Artikel 2, onder f" for the item its PDF prints "Artikel 2 f.", "Artikel 2, lid 1"
// for "1." under heading 2 in the house style, in the document's language ("Article 2, paragraph 1" in English), never
// the two numbers side by side nor the parse's joined ordinals ("2.1"); a moved clause by its old and its new place.
// The text and Markdown put the clause's ID after the citation, the web page small beside the badges, out of the
// heading; the JSON, for programs, keeps the parse's numbers. Read from what the diff job writes, the web page as a
// reader sees it (tags out).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffJob } from '../../src/jobs/diff.js';
import { PROJECT_ROOT, SHARED } from '../support/paths.js';
import { PROTOCOL_ARTICLES, protocolFront } from '../support/protocol-text.js';

/** Articles numbered "Artikel %1", the items of the second typed "a." to "c.": its PDF prints "Artikel 2 c.". */
const LETTERED = [
  ...protocolFront('nl', ['numbering:', '  sections: Artikel %1', '  lists:', '    aanpak: "%a."']),
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
const HOUSE = [...protocolFront('nl', []), ...PROTOCOL_ARTICLES].join('\n');

/** An item inserted above the others, which renumbers one and changes the last. */
const insertFirst = (text: string): string =>
  text
    .replace('1. {#melden.mentor}', '1. {#melden.iedereen} Iedereen mag pesten melden.\n2. {#melden.mentor}')
    .replace('2. {#melden.vastleggen}', '3. {#melden.vastleggen}')
    .replace('binnen een week', 'binnen drie dagen');

/** The English policy of the same build: "Article %1" and "a." to "c.", and the house style. */
const LETTERED_EN = LETTERED.replace('lang: nl', 'lang: en').replace('Artikel %1', 'Article %1');
const HOUSE_EN = HOUSE.replace('lang: nl', 'lang: en');

let dir = '';

/** What `diff --format FORMAT` writes of the change `edit` makes to `source`, the web page as its reader reads it. */
async function outputOf(format: string, name: string, source: string, edit: (text: string) => string) {
  const before = join(dir, `${name}.md`);
  const after = join(dir, `${name}-new.md`);
  writeFileSync(before, source);
  writeFileSync(after, edit(source));
  return outputOfFiles(format, before, after);
}

async function outputOfFiles(format: string, before: string, after: string): Promise<string> {
  const outcome = await diffJob([before, after], { root: PROJECT_ROOT, format });
  return String(outcome.content);
}

/** A web page's text as a reader sees it: style and tags out. */
const pageText = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** The headings of a web page's change cards, tags out. */
const cardHeadings = (html: string): string[] =>
  [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, ''));

/** The text's first line of each change: where it stands, its ID and its kinds. */
const changeLines = (text: string): string[] => text.split('\n').filter((line) => /^\S.* {2}\[.*\]$/.test(line));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clausemark-diff-citations-'));
});

describe('diff --format html cites each clause as the board pack does, its ID aside', () => {
  it('an own numbering: "Artikel 2, onder c", not "Artikel 2 c."; the ID out of the heading', async () => {
    const html = await outputOf('html', 'lettered', LETTERED, (text) =>
      text.replace('wordt geregistreerd', 'wordt voortaan geregistreerd'),
    );
    expect(cardHeadings(html)).toEqual(['Artikel 2, onder c']);
    expect(html).toContain('<code class="clause-id">aanpak.registreren</code>');
    expect(pageText(html)).not.toContain('Artikel 2 c.');
  });

  it('the house style: "Artikel 2, lid 2", and a renumbering said in those words, set apart by semicolons', async () => {
    const html = await outputOf('html', 'house', HOUSE, insertFirst);
    expect(cardHeadings(html)).toEqual(['Artikel 2, lid 1', 'Artikel 2, lid 2 → Artikel 2, lid 3']);
    const page = pageText(html);
    expect(page).toContain('1 artikel hernummerd: Artikel 2, lid 1 → Artikel 2, lid 2');
    expect(page).not.toMatch(/(^|\s)2\.[123](\s|$)/);
  });

  it('an English policy in the English labels: "Article 2, point c", "Article 2, paragraph 2 → Article 2, paragraph 3"', async () => {
    const lettered = await outputOf('html', 'lettered-en', LETTERED_EN, (text) =>
      text.replace('wordt geregistreerd', 'wordt voortaan geregistreerd'),
    );
    expect(cardHeadings(lettered)).toEqual(['Article 2, point c']);
    const house = await outputOf('html', 'house-en', HOUSE_EN, insertFirst);
    expect(cardHeadings(house)).toEqual(['Article 2, paragraph 1', 'Article 2, paragraph 2 → Article 2, paragraph 3']);
    expect(pageText(house)).toContain('1 clause renumbered: Article 2, paragraph 1 → Article 2, paragraph 2');
  });
});

describe('diff --format text and md cite each clause as the board pack does, in the document language', () => {
  it('text: "Artikel 2, onder c (aanpak.registreren)"; md: the ID as code after the citation', async () => {
    const edit = (text: string) => text.replace('wordt geregistreerd', 'wordt voortaan geregistreerd');
    const text = await outputOf('text', 'lettered', LETTERED, edit);
    expect(changeLines(text)).toEqual(['Artikel 2, onder c (aanpak.registreren)  [gewijzigd · inhoudelijk]']);
    const md = await outputOf('md', 'lettered', LETTERED, edit);
    expect(md).toContain('### Artikel 2, onder c `aanpak.registreren`\n');
    expect(`${text}${md}`).not.toMatch(/(^|\s)2\.[123](\s|$)|Artikel 2 c\./);
  });

  it('a moved and a renumbered clause by their old and new place, in Dutch and in English', async () => {
    const text = await outputOf('text', 'house', HOUSE, insertFirst);
    expect(changeLines(text)).toEqual([
      'Artikel 2, lid 1 (melden.iedereen)  [toegevoegd · inhoudelijk]',
      'Artikel 2, lid 2 → Artikel 2, lid 3 (melden.vastleggen)  [gewijzigd · inhoudelijk]',
    ]);
    expect(text).toContain('\n1 artikel hernummerd: Artikel 2, lid 1 → Artikel 2, lid 2\n');
    const english = await outputOf('text', 'house-en', HOUSE_EN, insertFirst);
    expect(changeLines(english)).toEqual([
      'Article 2, paragraph 1 (melden.iedereen)  [added · substantive]',
      'Article 2, paragraph 2 → Article 2, paragraph 3 (melden.vastleggen)  [modified · substantive]',
    ]);
    expect(english).toContain('\n1 clause renumbered: Article 2, paragraph 1 → Article 2, paragraph 2\n');
    const md = await outputOf('md', 'house-en', HOUSE_EN, insertFirst);
    expect(md).toContain('### Article 2, paragraph 2 → Article 2, paragraph 3 `melden.vastleggen`\n');
    expect(md).toContain('*1 clause renumbered: Article 2, paragraph 1 → Article 2, paragraph 2*');
  });
});

describe('a real revision: Casparus College social media protocol 1.0 → 2.0 (policies/)', () => {
  const before = join(PROJECT_ROOT, 'policies/casparus-college/social-media.md');
  const after = join(PROJECT_ROOT, 'policies/casparus-college/revisions/social-media-2.0.md');

  it('text: every change and the renumbering cited in words, a move and a split by old and new place', async () => {
    const text = await outputOfFiles('text', before, after);
    const lines = changeLines(text);
    expect(lines).toContain('Artikel 3.1, lid 5 (alle.fotos-toestemming)  [gewijzigd · inhoudelijk]');
    expect(lines).toContain(
      'Artikel 3.1, lid 6 → Artikel 3.2, lid 2 (alle.professionele-rol)  [verplaatst · redactioneel]',
    );
    expect(lines).toContain('Artikel 3.2, lid 3 → Artikel 3.2, lid 5 (werk.twijfel)  [gewijzigd · inhoudelijk]');
    expect(lines).toContain(
      'Artikel 3.1, lid 7 → Artikel 3.1, lid 6 + Artikel 3.1, lid 7 (alle.plichtsverzuim → alle.plichtsverzuim + alle.maatregelen)  [gesplitst · gewijzigd · redactioneel]',
    );
    expect(lines).toHaveLength(9);
    for (const line of lines) expect(line).toMatch(/^Artikel \d/);
    expect(text).toContain('\n1 artikel hernummerd: Artikel 3.2, lid 2 → Artikel 3.2, lid 4\n');
  });

  it('md and html cite the same words as the text; the JSON keeps the numbers and IDs it had', async () => {
    const md = await outputOfFiles('md', before, after);
    expect(md).toContain('### Artikel 3.1, lid 6 → Artikel 3.2, lid 2 `alle.professionele-rol`\n');
    const html = await outputOfFiles('html', before, after);
    expect(cardHeadings(html)).toContain('Artikel 3.1, lid 6 → Artikel 3.2, lid 2');
    for (const heading of cardHeadings(html)) expect(heading).toMatch(/^Artikel \d+(?:\.\d+)?(?:, lid \d+)?(?: |$)/);
    const json = JSON.parse(await outputOfFiles('json', before, after));
    const moved = json.changes.find((change: { kinds: string[] }) => change.kinds.includes('moved'));
    expect([moved.old.number, moved.new.number, moved.new.id]).toEqual(['3.1.6', '3.2.2', 'alle.professionele-rol']);
    expect(JSON.stringify(json)).not.toContain('Artikel 3');
  });
});

const STATUTES = join(SHARED, 'dev-corpus', 'nl-fronteers');

describe.skipIf(!existsSync(STATUTES))('a real English document: the Fronteers statutes (../shared/dev-corpus)', () => {
  it('cites its articles and members in the English labels, as its board pack does', async () => {
    const text = await outputOfFiles(
      'text',
      join(STATUTES, 'statutes-en-2024-01-19.md'),
      join(STATUTES, 'statutes-en-2024-01-20a.md'),
    );
    const lines = changeLines(text);
    expect(lines).toContain('Article 10, paragraph 1  [removed · substantive]');
    expect(lines).toContain('Article 11, paragraph 4  [removed · substantive]');
    expect(text).not.toMatch(/^1?\d\.\d /m);
  });
});
