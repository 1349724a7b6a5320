// Every comparison format names the part of a clause a member is (src/render/shared/compare/parts.ts): on the five
// seeds, the third sentence of Casparus's sanctions clause sits in the provision of the sanctions of Aeres and FLEX;
// and how a table's rows compare with the reference's.
import { beforeAll, describe, expect, it } from 'vitest';
import { alignPolicies } from '../../../src/compare/index.js';
import type { Alignment } from '../../../src/compare/read/types.js';
import type { Policy } from '../../../src/model/policy.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { renderCompareMarkdown } from '../../../src/render/compare/markdown.js';
import { prepareComparePdf } from '../../../src/report/documents/compare-pdf.js';
import { renderComparePdf } from '../../../src/render/compare/pdf/index.js';
import { renderCompareText } from '../../../src/render/compare/text.js';
import { compareContext } from '../../../src/render/html/compare-page.js';
import { clauseNamer } from '../../../src/render/shared/compare/clause-name.js';
import { escapeHtml } from '../../../src/render/shared/html-escape.js';
import { renderTemplate } from '../../../src/wording/engine.js';
import { loadLabels, type Labels } from '../../../src/wording/labels.js';
import { loadSiteWords } from '../../../src/wording/site-words.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { readPdf, seedPolicy, squash } from '../../support/pdf.js';

const SEEDS = ['casparus-college', 'aeres-mbo', 'flex-college', 'allure', 'aloysius'];
const SENTENCE = 'Afhankelijk van de ernst van de situatie kan de onderwijsinstelling passende maatregelen nemen.';
const WHOLE_START = 'Betrokkene die in strijd handelen met dit protocol';
let policies: Policy[];
let alignment: Alignment;
let labels: Labels;
/** 1-based number of the provision that holds the sentence. */
let number: number;

beforeAll(() => {
  policies = SEEDS.map(seedPolicy);
  alignment = alignPolicies(policies);
  labels = loadLabels('nl', { root: PROJECT_ROOT });
  number =
    1 +
    alignment.provisions.findIndex((provision) =>
      provision.members['casparus-college']?.some((member) => member.id === 'alle.plichtsverzuim' && member.part),
    );
});

describe('a member that is a sentence of its clause', () => {
  it('is in the seed alignment', () => {
    expect(number).toBeGreaterThan(0);
  });

  it('json: carries its part and only that sentence as its text', () => {
    const back = JSON.parse(JSON.stringify(alignment)) as Alignment;
    const member = back.provisions[number - 1]?.members['casparus-college']?.[0];
    expect(member).toMatchObject({
      id: 'alle.plichtsverzuim',
      text: SENTENCE,
      part: { kind: 'sentence', from: 3, to: 3, of: 3 },
    });
  });

  it('text: marks the matrix cell and lists the clause, which sentence and an excerpt', () => {
    const text = renderCompareText(alignment, labels);
    const row = text.split('\n').find((line) => line.endsWith(alignment.provisions[number - 1]?.label ?? '?'));
    // Casparus is the first column.
    expect(row?.slice(0, 3)).toBe('≠½ ');
    expect(text).toContain(
      `${String(number).padStart(3)}  casparus-college Artikel 3.1, lid 7 [alle.plichtsverzuim], zin 3: "Afhankelijk van de ernst van de situatie kan de onderwijsinstelling passende maatregelen…"`,
    );
  });

  it('md: names the sentence in the cell and lists it', () => {
    const markdown = renderCompareMarkdown(alignment, labels);
    // The clause as a reader cites it, with the ID `confirm` takes beside it.
    expect(markdown).toContain('≠ afwijkend (Artikel 3.1, lid 7 `alle.plichtsverzuim`, zin 3)');
    expect(markdown).toContain(
      `- ${number}. casparus-college Artikel 3.1, lid 7 \`alle.plichtsverzuim\`, zin 3: “Afhankelijk van`,
    );
  });

  it('html: the matrix cell and the side-by-side view name the sentence, and show its text, not the clause', () => {
    const html = renderTemplate(
      'html/compare',
      compareContext(alignment, loadSiteWords('nl', { root: PROJECT_ROOT }), labels),
      { root: PROJECT_ROOT },
    );
    const start = html.indexOf(`id="provision-${number}"`);
    const panel = html.slice(start, html.indexOf('</section>', start));
    // Named as a reader cites it (issue 69 item 4), the ID beside it where the citation is shared.
    const name = clauseNamer(alignment, labels)('casparus-college', 'alle.plichtsverzuim');
    expect(name).not.toBe('alle.plichtsverzuim');
    expect(panel).toContain(
      `<span class="member-id">${escapeHtml(name)}</span> <span class="badge member-part">zin 3</span>`,
    );
    expect(panel).toContain(SENTENCE);
    expect(panel).not.toContain(WHOLE_START);
    const row = html.slice(
      html.indexOf(`href="#provision-${number}"`),
      html.indexOf('</tr>', html.indexOf(`href="#provision-${number}"`)),
    );
    expect(row).toContain('<span class="muted">(zin 3)</span>');
  });

  it('pdf: the matrix cell and the column note name the sentence', async () => {
    const input = prepareComparePdf(policies, alignment, { root: PROJECT_ROOT, env: {} });
    const pdf = await readPdf(await renderComparePdf(input));
    const all = squash(pdf.pages.join(' '));
    expect(all).toContain(squash('≠ afwijkend (zin 3)'));
    expect(all).toContain(
      squash(`≠ afwijkend · ${input.texts.clause('casparus-college', 'alle.plichtsverzuim')}, zin 3`),
    );
  });
});

describe('a table compared by row', () => {
  const table = (cells: string[][]) =>
    ['| Onderwerp | Regel |', '| --- | --- |', ...cells.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  const document = (org: string, cells: string[][]) =>
    parsePolicy(
      `---\nid: protocol\ntitle: Protocol\norganisation: ${org}\norg: ${org}\nlang: nl\n---\n\n# Protocol\n\n## Afspraken {#af}\n\n{#af.tabel} Afspraken:\n\n${table(cells)}\n`,
      { path: `/corpus/${org}/protocol.md` },
    ).policy;
  const rows = [
    ['Foto’s', 'alleen met schriftelijke toestemming van de ouders plaatsen'],
    ['Wachtwoorden', 'nooit delen met collega’s of leerlingen'],
    ['Klachten', 'worden binnen twee weken door de directie beantwoord'],
  ];
  const changed = [rows[0], ['Klachten', 'worden binnen vier weken door de directie beantwoord']] as string[][];
  const tables = [document('alpha', rows), document('beta', changed)];
  const SUMMARY = 'rij 2 van de referentie: niet gevonden; rij 2: anders verwoord';
  let compared: Alignment;
  beforeAll(() => {
    compared = alignPolicies(tables);
  });

  it('text and md list the rows that differ', () => {
    expect(renderCompareText(compared, labels)).toContain(`    1  beta Artikel 1 [af.tabel]: ${SUMMARY}`);
    expect(renderCompareMarkdown(compared, labels)).toContain(`- 1. beta Artikel 1 \`af.tabel\`: ${SUMMARY}`);
  });

  it('html and pdf show them beside the table, side by side', async () => {
    const html = renderTemplate(
      'html/compare',
      compareContext(compared, loadSiteWords('nl', { root: PROJECT_ROOT }), labels),
      { root: PROJECT_ROOT },
    );
    expect(html).toContain(`<p class="muted member-rows">${SUMMARY}</p>`);
    const input = prepareComparePdf(tables, compared, { root: PROJECT_ROOT, env: {} });
    const pdf = await readPdf(await renderComparePdf(input));
    // The table is the one clause of section 1: cited "Artikel 1", as the board pack cites it.
    expect(input.texts.clause('beta', 'af.tabel')).toBe('Artikel 1');
    expect(squash(pdf.pages.join(' '))).toContain(squash(`≈ anders verwoord · Artikel 1 · ${SUMMARY}`));
  });
});
