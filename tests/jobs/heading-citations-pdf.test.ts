// A changed heading is cited as the policy's PDF prints it (docs/diff.md): the number `build` prints before the
// heading, in words ("Artikel 1.1" for "1.1", the typed "Artikel 1" as typed), or its words alone where the PDF prints
// none. A heading under one printed without a number (a foreword written `.unnumbered`, a "Toelichting" among typed
// articles) is printed without one too: counted from 1 it printed "1 Achtergrond" beside "Artikel 1 Doel" or "1
// Doel", and the diff cited it "Artikel 1", another heading's place. Read from the PDF `build` writes and from what
// `diff` prints of its heading reworded.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildJob } from '../../src/jobs/build.js';
import { diffJob } from '../../src/jobs/diff.js';
import { tempProject } from '../brand/temp-project.js';

const FRONT = ['---', 'id: proef', 'title: Proef', 'organisation: De Linde', 'version: "1.0"', 'lang: nl'];

/** A policy of `body`, `extra` lines in its front matter. */
const policy = (body: readonly string[], extra: readonly string[] = []): string =>
  [...FRONT, ...extra, '---', '', '# Proef', '', ...body, ''].join('\n');

/** "Achtergrond" under typed article 1: the house style counts it 1.1. */
const UNDER_ARTICLE = ['## Artikel 1 Doel {#doel}', '', '{#doel.a} Tekst.', '', '### Achtergrond {#achtergrond}', ''];

/** "Achtergrond" under "Toelichting", printed without a number beside the typed article 1. */
const UNDER_EXPLANATION = [
  '## Artikel 1 Doel {#doel}',
  '',
  '{#doel.a} Tekst.',
  '',
  '## Toelichting {#toelichting}',
  '',
  '### Achtergrond {#achtergrond}',
  '',
  '{#achtergrond.a} Meer tekst.',
];

/** "Achtergrond" under a foreword written `.unnumbered`, before article "1 Doel". */
const UNDER_FOREWORD = [
  '## Voorwoord {#voorwoord .unnumbered}',
  '',
  '### Achtergrond {#achtergrond}',
  '',
  '{#achtergrond.a} Meer tekst.',
  '',
  '## Doel {#doel}',
  '',
  '{#doel.a} Tekst.',
];

const reworded = (source: string): string => source.replace('### Achtergrond', '### Achtergrond en doel');

/** What the PDF `build` writes for `source` prints before "Achtergrond" in its text ('' for nothing). */
async function printedBefore(source: string): Promise<string> {
  const project = tempProject();
  const file = project.write('policies/de-linde/proef.md', source);
  const outDir = `${project.root}/out`;
  const result = await buildJob([file], { root: project.root, outDir, showIds: false, pdfa: false, jobs: 1 });
  const pdf = result.report.built[0]!.output;
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // The body's heading, not the contents' entry (which ends in its page number).
  const lines = text.split('\n').filter((line) => /^\s*(.*?)\s*Achtergrond\s*$/.test(line));
  expect(lines.length, text).toBeGreaterThan(0);
  return /^\s*(.*?)\s*Achtergrond\s*$/.exec(lines[lines.length - 1]!)![1]!;
}

/** Where `diff` cites the reworded heading: the words before its ID, '' where it names it by its ID alone. */
async function cited(source: string): Promise<string> {
  const project = tempProject();
  const before = project.write('policies/de-linde/proef.md', source);
  const after = project.write('policies/de-linde/proef-nieuw.md', reworded(source));
  const text = String((await diffJob([before, after], { root: project.root, format: 'text' })).content);
  const line = text.split('\n').find((found) => found.includes('[kop'));
  expect(line, text).toBeDefined();
  return /^(.*?)\s*\(?achtergrond\)?\s+\[kop/.exec(line!)![1]!;
}

describe('a changed heading is cited by the number its PDF prints', () => {
  it('under a typed article: the PDF prints "1.1", the diff cites "Artikel 1.1"', async () => {
    const source = policy(UNDER_ARTICLE);
    expect(await printedBefore(source)).toBe('1.1');
    expect(await cited(source)).toBe('Artikel 1.1');
  });

  it('under a heading printed without a number: the PDF prints none, the diff names it by its ID alone', async () => {
    for (const source of [
      policy(UNDER_EXPLANATION),
      policy(UNDER_FOREWORD),
      policy(UNDER_FOREWORD, ['numbering:', '  sections: Artikel %1']),
    ]) {
      expect(await printedBefore(source)).toBe('');
      expect(await cited(source)).toBe('');
    }
  });

  it('the article it stood beside keeps its own number, and only it is cited by it', async () => {
    const project = tempProject();
    const file = project.write('policies/de-linde/proef.md', policy(UNDER_FOREWORD));
    const outDir = `${project.root}/out`;
    const result = await buildJob([file], { root: project.root, outDir, showIds: false, pdfa: false, jobs: 1 });
    const text = execFileSync('pdftotext', ['-layout', result.report.built[0]!.output, '-'], { encoding: 'utf8' });
    const numbered = text.split('\n').filter((line) => /^\s*1 \p{L}/u.test(line));
    expect(numbered.map((line) => line.trim().replace(/\s+\d+$/, ''))).toEqual(['1 Doel', '1 Doel']);
  });
});
