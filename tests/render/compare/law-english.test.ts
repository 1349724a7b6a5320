// "What the law asks" of an English policy (src/render/shared/compare/topics.ts requirementGroups): the topic names
// and the condition questions are the topic list's English ones, in every format, and the topics above it are
// described in English (the page and the PDF); the law's own words stay Dutch, as
// the law has them, and are marked so: lang="nl" on the page, "(Dutch text of the law; in short: …)" beside them, with
// the gist the shipped list gives every entry. A Dutch comparison marks the words as Dutch too and adds no such note.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTopicList } from '../../../src/compare/read/topic-list.js';
import type { Alignment } from '../../../src/compare/read/types.js';
import { inLanguage } from '../../../src/text/per-language.js';
import { compareJob } from '../../../src/jobs/compare.js';
import { PROJECT_ROOT } from '../../support/paths.js';

/** A short privacy statement in English: who the controller is, the purposes and the retention. */
const STATEMENT = `---
id: privacyverklaring
title: Privacy statement
org: north
organisation: North Music Society
lang: en
---

## Who we are

North Music Society, Village Street 1 in Duizel, is responsible for processing your data. You can reach us at secretary@north.example.

## Purposes

We use your name and address for the membership records and to send you the newsletter.

## Retention

We keep your data until two years after your membership ends.
`;

/** The statement in a folder of its own (no procedure.yaml: the organisation has answered no condition). */
function statement(text = STATEMENT): { path: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-law-en-'));
  const path = join(root, 'privacyverklaring.md');
  writeFileSync(path, text);
  return { path, root };
}

/** The shipped privacy statement list's topics that a law requires, and the texts it gives in Dutch and English. */
const allTopics = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'privacyverklaring.yaml')).topics;
const topics = allTopics.filter((topic) => topic.law?.length);
const texts = (lang: string): string[] => [
  ...topics.map((topic) => inLanguage(topic.names ?? topic.name, lang)),
  ...topics.flatMap((topic) =>
    (topic.law ?? []).flatMap((basis) =>
      (basis.conditions ?? []).map((condition) => inLanguage(condition.question, lang)),
    ),
  ),
];
const DUTCH = [...new Set(texts('nl'))];
const ENGLISH = [...new Set(texts('en'))];
/** The list's English gist of each law entry's Dutch words, which every format but text shows beside them. */
const GISTS = [
  ...new Set(topics.flatMap((topic) => (topic.law ?? []).map((basis) => inLanguage(basis.gist ?? '', 'en')))),
];
const NOTE = 'Dutch text of the law; in short: ';
/** `text` with every gist taken out, so what is left can be searched for Dutch (a gist names the law's Dutch terms). */
const withoutGists = (text: string): string => GISTS.reduce((left, gist) => left.split(gist).join(''), text);

const squash = (text: string): string => text.replace(/\s+/g, ' ');
const unescape = (html: string): string =>
  html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The gist of AVG art. 13 lid 2 onder f, which the PDF shows whole. */
const automatedGist = () =>
  topics.flatMap((topic) => topic.law ?? []).find((basis) => basis.article === 'art. 13 lid 2 onder f')?.gist ?? '';

describe('what the law asks of an English policy', () => {
  const { path, root } = statement();
  const run = async (format: string): Promise<string> => String(await compareJob([path], { root, format }));

  it('has the English texts to test with, each unlike its Dutch', () => {
    expect(topics.length).toBeGreaterThan(5);
    expect(ENGLISH).toContain('Automated decision-making');
    expect(GISTS.length).toBeGreaterThan(5);
    for (const gist of GISTS) expect(gist).not.toBe('');
    expect(ENGLISH).toContain(
      'Does the organisation take decisions based solely on automated processing, including profiling?',
    );
    for (const dutch of DUTCH) expect(ENGLISH).not.toContain(dutch);
  });

  it('html: English topic names and questions, the law\u2019s Dutch words marked lang="nl" with a note and gist', async () => {
    const page = squash(await run('html'));
    const start = page.indexOf('<h2 id="law-title">');
    const section = page.slice(start, page.indexOf('<h2 id="legend-title">', start));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(section).toContain('What the law asks');
    const quotes = section.match(
      /<span class="muted" lang="nl">“[^<]*”<\/span> <span class="muted">\(([^<]*)\)<\/span>/g,
    );
    const rows = section.match(/<th scope="row">/g) ?? [];
    expect(rows.length).toBeGreaterThan(5);
    expect(quotes?.length).toBe(rows.length);
    // Each note gives the gist the list wrote for that entry.
    for (const quote of quotes ?? []) {
      const note = unescape(quote.slice(quote.lastIndexOf('<span class="muted">(')));
      expect(GISTS.map((gist) => `<span class="muted">(${NOTE}${gist})</span>`)).toContain(note);
    }
    // Outside what is marked as the law's Dutch text and the gists, no Dutch topic name or question is left.
    const unmarked = withoutGists(unescape(section.replace(/<span class="muted" lang="nl">[^<]*<\/span>/g, '')));
    for (const dutch of DUTCH) expect(unmarked).not.toContain(dutch);
    expect(unmarked).toContain('<th scope="row">Automated decision-making</th>');
    expect(unmarked).toContain(
      'if applicable: Does the organisation take decisions based solely on automated processing, including profiling?',
    );
    // The topics above it are named in English too.
    const topicTable = unescape(page.slice(0, start));
    expect(topicTable).toContain('Transfer outside the EEA');
    expect(topicTable).not.toContain('Doorgifte buiten de EER');
    // And described in English (the list's `description: { nl, en }`): no topic's Dutch description is left.
    for (const topic of allTopics) {
      expect(topicTable).toContain(`<span class="muted">${inLanguage(topic.descriptions ?? '', 'en')}</span>`);
      expect(topicTable, topic.id).not.toContain(topic.description);
    }
  }, 60_000);

  it('md and text: English names and questions; md quotes the law in Dutch with the note and gist', async () => {
    const md = await run('md');
    const start = md.indexOf('### What the law asks');
    const section = md.slice(start, md.indexOf('\n### ', start));
    expect(start).toBeGreaterThanOrEqual(0);
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !/^\| (Topic|---) /.test(line));
    expect(rows.length).toBeGreaterThan(5);
    // Every row quotes the law and, beside it, the gist the list wrote for that entry.
    for (const row of rows)
      expect(
        GISTS.some((gist) => row.includes(`" (${NOTE}${gist})`)),
        row,
      ).toBe(true);
    const unmarked = withoutGists(section).replace(/: "[^"]*" \(Dutch text of the law; in short: \)/g, '');
    expect(unmarked).not.toContain('Dutch text of the law');
    for (const dutch of DUTCH) expect(unmarked).not.toContain(dutch);
    expect(unmarked).toContain('| Automated decision-making |');
    const text = await run('text');
    // The text format does not quote the law: nothing Dutch of the list is left in it.
    for (const dutch of DUTCH) expect(text).not.toContain(dutch);
    for (const english of ['Automated decision-making', 'Transfer outside the EEA']) expect(text).toContain(english);
  }, 60_000);

  it('json: each row\u2019s topic name and question in English, the law\u2019s words as the law has them', async () => {
    const alignment = JSON.parse(await run('json')) as Alignment;
    const rows = alignment.law?.groups[0]?.rows ?? [];
    expect(rows.length).toBeGreaterThan(5);
    const automated = rows.find((row) => row.article === 'art. 13 lid 2 onder f');
    expect(automated).toMatchObject({
      name: 'Automated decision-making',
      question: 'Does the organisation take decisions based solely on automated processing, including profiling?',
      words: expect.stringContaining('geautomatiseerde besluitvorming'),
    });
    for (const row of rows) {
      expect(DUTCH).not.toContain(row.name);
      if (row.question !== undefined) expect(DUTCH).not.toContain(row.question);
    }
  }, 60_000);

  it('pdf: the note and gist beside the Dutch words and the English question', async () => {
    const file = join(root, 'out.pdf');
    writeFileSync(file, (await compareJob([path], { root, format: 'pdf' })) as Uint8Array);
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    if (text.error) return; // pdftotext is missing: the other formats have said it
    const flat = squash(text.stdout);
    expect(flat).toContain(`(${NOTE}${inLanguage(automatedGist(), 'en')})`);
    expect(flat).toContain('if applicable: Does the organisation take decisions based solely on automated processing');
    expect(flat).not.toContain('Neemt de organisatie besluiten');
    // The topics page describes each topic in English.
    expect(flat).toContain(
      inLanguage(allTopics.find((topic) => topic.id === 'toestemming-intrekken')?.descriptions ?? '', 'en'),
    );
    for (const topic of allTopics) expect(flat, topic.id).not.toContain(topic.description);
  }, 60_000);
});

describe('what the law asks of a Dutch policy', () => {
  it('marks the law\u2019s words as Dutch on the page and adds no note, its names and questions Dutch', async () => {
    const dutch = STATEMENT.replace('lang: en', 'lang: nl');
    const { path, root } = statement(dutch);
    const page = squash(String(await compareJob([path], { root, format: 'html' })));
    expect(page).toMatch(/<span class="muted" lang="nl">“[^<]*”<\/span>/);
    expect(page).not.toContain('Nederlandse wettekst');
    expect(page).not.toContain('Dutch text of the law');
    expect(page).toContain('Geautomatiseerde besluitvorming');
    for (const topic of allTopics) expect(unescape(page), topic.id).toContain(topic.description);
    expect(page).toContain('indien van toepassing: Neemt de organisatie besluiten die uitsluitend op geautomatiseerde');
  }, 60_000);
});
