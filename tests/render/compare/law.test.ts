// What the law asks of a kind of policy (issue 42 item 3; templates/topics/<kind>.yaml `law:`,
// src/render/shared/compare/topics.ts requirementGroups): every format of `compare` lists, per policy, each topic a
// law requires with its legal basis and the law's words, and the clause that covers it or "niet gevonden" with the
// closest candidates — never "ontbreekt", since no person confirmed anything here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareJob } from '../../../src/jobs/compare.js';
import { havePdftotext } from '../../support/words.js';

/** A short privacy statement: purposes and retention stated, automated decisions and transfers not. */
const STATEMENT = `---
id: privacyverklaring
title: Privacyverklaring
org: noord
organisation: Muziekvereniging Noord
lang: nl
---

## Wie wij zijn

Muziekvereniging Noord, Dorpsstraat 1 in Duizel, is verantwoordelijk voor de verwerking van uw gegevens. U bereikt ons via secretaris@noord.example.

## Doeleinden

Wij gebruiken uw naam en adres voor de ledenadministratie en om u de nieuwsbrief te sturen.

## Bewaartermijn

Wij bewaren uw gegevens tot twee jaar na het einde van uw lidmaatschap.
`;

const single = (): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'clausemark-law-')), 'privacyverklaring.md');
  writeFileSync(path, STATEMENT);
  return path;
};

const squash = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * What every format must say of the statement; `clause` is how the format names the clause on the purposes: its ID in
 * the text and Markdown, the number its policy prints on the pages a board reads (issue 69 item 4).
 */
function expectRequirements(text: string, clause = 'doeleinden.1'): void {
  const all = squash(text);
  const start = all.indexOf('Wat de wet vraagt');
  expect(start).toBeGreaterThanOrEqual(0);
  // The section, up to the key or the provisions that follow it (whose key lists "ontbreekt" as a kind of cell).
  const ends = ['Legenda', 'Bepalingen'].map((word) => all.indexOf(word, start)).filter((end) => end > start);
  const said = all.slice(start, Math.min(...ends));
  // The purposes: required by AVG art. 13 lid 1 onder c, covered by the section titled with them.
  expect(said).toContain('AVG art. 13 lid 1 onder c');
  expect(said).toContain(clause);
  if (clause !== 'doeleinden.1') expect(said).not.toContain('doeleinden.1');
  // Automated decision-making: required only where such decisions are taken, which the organisation has not said, so
  // "indien van toepassing" with the question; stated nowhere, so "niet gevonden", never "ontbreekt".
  expect(said).toContain('AVG art. 13 lid 2 onder f');
  expect(said).toContain('indien van toepassing: Neemt de organisatie besluiten die uitsluitend op geautomatiseerde');
  expect(said).toContain('niet gevonden');
  expect(said).not.toMatch(/ontbreekt \(door een persoon/);
}

describe('what the law asks, in every format', () => {
  const path = single();
  const root = join(path, '..');
  /** The purposes' clause as the pages name it: "mogelijk: Artikel 2", as a reader cites it (the JSON's words). */
  const printed = async (): Promise<string> => {
    const alignment = JSON.parse(String(await compareJob([path], { root, format: 'json' }))) as {
      documents: { citations?: Record<string, string> }[];
    };
    const label = alignment.documents[0]?.citations?.['doeleinden.1'];
    expect(label).toBeDefined();
    return `mogelijk: ${label}`;
  };

  it.each(['text', 'md', 'html'])('%s lists each required topic with its basis and what was found', async (format) => {
    const out = String(await compareJob([path], { root, format }));
    if (format !== 'html') return expectRequirements(out);
    expectRequirements(
      out
        .replace(/<[^>]+>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/\s+/g, ' '),
      await printed(),
    );
  });

  it('json carries each topic\u2019s legal basis beside what covers it', async () => {
    const alignment = JSON.parse(String(await compareJob([path], { root, format: 'json' }))) as {
      topics: {
        id: string;
        law?: { law: string; article: string; words: string }[];
        clauses: Record<string, unknown[]>;
      }[];
    };
    const doel = alignment.topics.find((topic) => topic.id === 'doel');
    expect(doel?.law?.[0]).toMatchObject({ law: 'AVG', article: 'art. 13 lid 1 onder c' });
    expect(doel?.clauses['noord']).toHaveLength(1);
    const automated = alignment.topics.find((topic) => topic.id === 'geautomatiseerde-besluitvorming');
    expect(automated?.law?.[0]?.article).toBe('art. 13 lid 2 onder f');
    expect(automated?.clauses['noord']).toBeUndefined();
  });

  it.skipIf(!havePdftotext())(
    `pdf lists them too, as its text layer reads${havePdftotext() ? '' : ' (skipped: pdftotext of poppler-utils is not installed)'}`,
    async () => {
      const pdf = (await compareJob([path], { root, format: 'pdf' })) as Uint8Array;
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
      expectRequirements(text.replace(/(\p{L})[-\u2010]\n(?=\p{L})/gu, '$1'), await printed());
    },
  );
});
