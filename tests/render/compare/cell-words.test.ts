// Every format of a comparison names its cells in the comparison's language and with one sign per kind of cell:
// Markdown said "not found", "only here" in a Dutch comparison, and the PDF's key showed "0" where the page showed
// "∅" (a sign its font lacks). Signs and words come from one place (src/render/shared/compare/cell-kind.ts).
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignPolicies } from '../../../src/compare/index.js';
import type { Alignment } from '../../../src/compare/read/types.js';
import type { Policy } from '../../../src/model/policy.js';
import { prepareComparePdf } from '../../../src/report/documents/compare-pdf.js';
import { renderComparisonHtml } from '../../../src/report/documents/standalone.js';
import { renderCompareMarkdown } from '../../../src/render/compare/markdown.js';
import { renderComparePdf } from '../../../src/render/compare/pdf/index.js';
import { renderCompareText } from '../../../src/render/compare/text.js';
import { CELL_KINDS, CELL_SIGNS, cellKind, cellWords } from '../../../src/render/shared/compare/cell-kind.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { orgPolicy } from '../../compare/fixtures.js';
import { readPdf } from '../../support/pdf.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const DUTCH = loadLabels('nl', { root: PROJECT_ROOT });
const ENGLISH = loadLabels('en', { root: PROJECT_ROOT });

/** Three organisations: a rule all state alike, one two state, one only the first states. */
function policies(lang: 'nl' | 'en'): Policy[] {
  const texts =
    lang === 'nl'
      ? [
          'Medewerkers plaatsen geen beeldmateriaal van leerlingen zonder schriftelijke toestemming van de ouders.',
          'De schoolleiding bewaakt het schoolaccount op sociale media en beantwoordt vragen binnen een werkdag.',
          'Een datalek wordt binnen een uur gemeld bij de functionaris gegevensbescherming.',
        ]
      : [
          'Staff do not post pictures of pupils without written permission from their parents.',
          'The head of school keeps the school account on social media and answers questions within a working day.',
          'A data breach is reported to the data protection officer within an hour.',
        ];
  const [photos, account, breach] = texts as [string, string, string];
  const meta = { lang, title: lang === 'nl' ? 'Protocol sociale media' : 'Social media policy' };
  return [
    orgPolicy('noord', 'Noord', [{ title: 'Regels', clauses: [photos, account, breach] }], meta),
    orgPolicy('zuid', 'Zuid', [{ title: 'Regels', clauses: [photos, account] }], meta),
    orgPolicy('west', 'West', [{ title: 'Regels', clauses: [photos] }], meta),
  ];
}

/** The text poppler's pdftotext extracts (what a reader's tools see), or undefined where it is not installed. */
function pdftotext(bytes: Uint8Array): string | undefined {
  const run = spawnSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });
  return run.status === 0 ? run.stdout : undefined;
}

/** The words a cell of each kind says in the other language: none may stand in a comparison of this one. */
function foreignWords(lang: 'nl' | 'en'): string[] {
  const words = cellWords(lang === 'nl' ? ENGLISH : DUTCH);
  return Object.values(words);
}

/** The page's text as a reader sees it: no tags (class names such as "s-identical" are not words shown). */
const visible = (html: string): string =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&[a-z]+;/g, ' ')
    .replace(/\s+/g, ' ');

describe.each(['nl', 'en'] as const)('cell words of a comparison in %s', (lang) => {
  const labels = lang === 'nl' ? DUTCH : ENGLISH;
  let alignment: Alignment;
  let chosen: Policy[];
  let outputs: Record<'text' | 'md' | 'html' | 'pdf', string>;

  beforeAll(async () => {
    chosen = policies(lang);
    alignment = alignPolicies(chosen);
    const bytes = await renderComparePdf(prepareComparePdf(chosen, alignment, { root: PROJECT_ROOT, env: {} }));
    outputs = {
      text: renderCompareText(alignment, labels),
      md: renderCompareMarkdown(alignment, labels),
      html: visible(renderComparisonHtml(chosen, alignment, PROJECT_ROOT)),
      pdf: (await readPdf(bytes)).pages.join('\n'),
    };
  }, 60_000);

  it('has the cells it needs: reference, identical, only here and not found', () => {
    const kinds = new Set(alignment.provisions.flatMap((p) => alignment.documents.map((d) => cellKind(p, d.key))));
    for (const kind of ['reference', 'identical', 'only', 'absent'] as const) expect(kinds).toContain(kind);
  });

  it.each(['text', 'md', 'html', 'pdf'] as const)(
    '%s: its own words, with their signs, and none of the other language',
    (format) => {
      const output = outputs[format];
      const words = cellWords(labels);
      // Each kind's sign and word stand together, as in the key of every format.
      for (const kind of CELL_KINDS) expect(output).toContain(`${CELL_SIGNS[kind]} ${words[kind]}`);
      for (const word of foreignWords(lang)) expect(output, `"${word}" in a comparison in ${lang}`).not.toContain(word);
    },
  );
});

describe('one sign per kind of cell in every format', () => {
  it('each sign is one the PDF draws with either shipped font, and its extracted text holds it', async () => {
    const chosen = policies('nl');
    const alignment = alignPolicies(chosen);
    // default: Source Sans 3; aloysius: IBM Plex Sans, which has no "∅", "○" or "★".
    for (const brand of ['default', 'aloysius']) {
      const input = prepareComparePdf(chosen, alignment, { root: PROJECT_ROOT, env: {}, brand });
      const bytes = await renderComparePdf(input);
      const words = cellWords(DUTCH);
      const texts = [(await readPdf(bytes)).pages.join('\n'), pdftotext(bytes)].filter((text) => text !== undefined);
      for (const text of texts)
        for (const kind of CELL_KINDS)
          expect(text, `${brand}: ${kind}`).toContain(`${CELL_SIGNS[kind]} ${words[kind]}`);
    }
  }, 60_000);
});
