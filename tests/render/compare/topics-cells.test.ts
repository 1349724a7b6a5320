// Every comparison format shows the topics (covered clauses, "not found" with candidates, never "absent"), and no
// format calls a cell "identical" where there is nothing to be identical to: a provision one organisation alone
// states reads "only here", the reference's cell "reference" (issue 24: the HTML said "= gelijk ★" where the PDF
// said "+ alleen hier").
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignPolicies } from '../../../src/compare/index.js';
import { readTopicList } from '../../../src/compare/read/topic-list.js';
import type { Alignment, Provision } from '../../../src/compare/read/types.js';
import type { Policy } from '../../../src/model/policy.js';
import { renderCompareMarkdown } from '../../../src/render/compare/markdown.js';
import { buildComparePdf } from '../../../src/report/documents/compare-pdf.js';
import { renderCompareText } from '../../../src/render/compare/text.js';
import { renderComparisonHtml } from '../../../src/report/documents/standalone.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { clauseNamer } from '../../../src/render/shared/compare/clause-name.js';
import { readPdf, seedPolicy, squash } from '../../support/pdf.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { escapeRegExp } from '../../../src/text/escape-reg-exp.js';

const labels = loadLabels('nl', { root: PROJECT_ROOT });

describe('topics and one-organisation rows in every format', () => {
  let policies: Policy[];
  let alignment: Alignment;
  let own: Provision;

  beforeAll(() => {
    policies = ['casparus-college', 'aeres-mbo'].map((org) => seedPolicy(org));
    const topics = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', 'social-media.yaml')).topics;
    alignment = alignPolicies(policies, { topics });
    // Aeres MBO's definition of "schoolleiding": no other organisation states it.
    own = alignment.provisions.find((provision) => provision.members['aeres-mbo']?.[0]?.id === 'def.schoolleiding')!;
  });

  it('the alignment has the one-organisation row the checks below need', () => {
    expect(Object.keys(own.members)).toEqual(['aeres-mbo']);
  });

  it('text: a one-organisation row is "+" (only here), a reference cell "•", never "="', () => {
    const text = renderCompareText(alignment, labels);
    const row = text.split('\n').find((line) => line.endsWith(`  ${own.label}`));
    expect(row?.trim().split(/\s+/).slice(0, 2)).toEqual(['—', '+']);
    expect(text).toMatch(/^• +[=≈≠]/m);
    expect(text).not.toMatch(/^= /m);
  });

  it('markdown: the row says "+ alleen hier", never "gelijk"', () => {
    const markdown = renderCompareMarkdown(alignment, labels);
    const row = markdown.split('\n').find((line) => line.includes('`def.schoolleiding`'));
    // Each clause as a reader cites it, with the ID `confirm` takes beside it.
    expect(row).toContain('+ alleen hier (Artikel 1.1 `def.schoolleiding`)');
    expect(row).not.toContain('gelijk');
    // The base's own cells are "reference".
    expect(markdown).toMatch(/\| • referentie \(Artikel 1, lid 1 `up\.belang`\) \|/);
  });

  it('html: the row is "+ alleen hier", never "= gelijk"', () => {
    const html = renderComparisonHtml(policies, alignment, PROJECT_ROOT);
    const number = alignment.provisions.indexOf(own) + 1;
    const row = new RegExp(
      `<tr data-differs="[a-z]+">\\s*<th scope="row"><a href="#provision-${number}">[\\s\\S]*?</tr>`,
    ).exec(html)?.[0];
    expect(row).toContain('class="cell s-only"');
    expect(row).toContain(`+</span> ${labels.compareOnlyHere}`);
    expect(row).not.toContain('s-identical');
    expect(html).not.toMatch(
      /s-identical"><a[^>]*><span aria-hidden="true">=<\/span> gelijk[^<]*<\/a><\/td>(?![\s\S]*s-reworded)/,
    );
  });

  it('json: a one-organisation member is "only", a reference member "reference", never "identical"', () => {
    const json = JSON.parse(JSON.stringify(alignment)) as Alignment;
    const row = json.provisions[alignment.provisions.indexOf(own)];
    expect(row?.members['aeres-mbo']?.[0]?.status).toBe('only');
    for (const provision of json.provisions)
      for (const [key, members] of Object.entries(provision.members)) {
        const alone = Object.keys(provision.members).length === 1;
        if (alone || key === provision.reference)
          for (const member of members) expect(member.status, `${key}:${member.id}`).toBe(alone ? 'only' : 'reference');
      }
  });

  it('pdf: the row says "+ alleen hier", and "= gelijk" stands only in cells that are identical', async () => {
    const pdf = await readPdf(await buildComparePdf(policies, alignment, { root: PROJECT_ROOT, env: {} }));
    const all = pdf.pages.map(squash).join(' ');
    const index = alignment.provisions.indexOf(own);
    const next = alignment.provisions[index + 1];
    const start = all.indexOf(squash(`${index + 1}${own.label}`));
    const end = next ? all.indexOf(squash(`${index + 2}${next.label}`), start) : start + 200;
    expect(start).toBeGreaterThan(-1);
    const row = all.slice(start, end);
    expect(row).toContain(squash(`+ ${labels.compareOnlyHere}`));
    expect(row).not.toContain(squash(`= ${labels.compareIdentical}`));
    // Once in the key, then once per identical cell of the matrix; the texts side by side say it again per cell.
    const identical = alignment.provisions.flatMap((provision) =>
      alignment.documents.filter((document) => provision.members[document.key]?.[0]?.status === 'identical'),
    ).length;
    expect(identical).toBeGreaterThan(0);
    const matrixText = pdf.pages.map(squash).join(' ').split(squash(labels.compareTexts))[0] ?? '';
    expect(matrixText.split(squash(`= ${labels.compareIdentical}`)).length - 1).toBe(identical + 1);
  });

  it('text, markdown and html show each topic with its covering clauses or "niet gevonden", never "ontbreekt"', () => {
    const photos = alignment.topics?.find((topic) => topic.id === 'beeldmateriaal');
    expect(photos?.clauses['casparus-college']?.map((clause) => clause.id)).toEqual(['alle.fotos-toestemming']);
    const copyright = alignment.topics?.find((topic) => topic.id === 'auteursrecht');
    const text = renderCompareText(alignment, labels);
    expect(text).toContain(`${photos?.name}  [beeldmateriaal]`);
    // Cited as the document cites it, with the ID `confirm` takes in brackets.
    expect(text).toMatch(/^ {3}1 ✓ Artikel 3\.1, lid 5 \[alle\.fotos-toestemming\]$/m);
    const markdown = renderCompareMarkdown(alignment, labels);
    expect(markdown).toMatch(
      new RegExp(
        `^\\| ${escapeRegExp(copyright?.name ?? '?')} \\| ✓ Artikel 4 \\(bedenk\\.auteursrecht\\) \\(zinnen 1–2\\) \\|`,
        'm',
      ),
    );
    const html = renderComparisonHtml(policies, alignment, PROJECT_ROOT);
    expect(html).toContain('<tr id="topic-beeldmateriaal">');
    const notFound = Object.keys(alignment.topics?.find((topic) => topic.id === 'kansen-onderwijs')?.notFound ?? {});
    expect(notFound).toContain('casparus-college');
    for (const output of [text, markdown, html]) {
      expect(output).toContain(labels.compareTopicNotFound.slice(0, 5));
      expect(output).not.toContain('ontbreekt bij onderwerp');
    }
  });

  it('pdf: a page of topics before the matrix, with the covering clauses and "niet gevonden"', async () => {
    const pdf = await readPdf(await buildComparePdf(policies, alignment, { root: PROJECT_ROOT, env: {} }));
    const all = pdf.pages.map(squash).join(' ');
    const topicsAt = all.indexOf(squash(labels.compareTopics));
    expect(topicsAt).toBeGreaterThan(-1);
    expect(topicsAt).toBeLessThan(all.indexOf(squash(labels.compareProvisions), topicsAt));
    // The covering clause as a reader cites it (issue 69 item 4), not by its ID.
    const name = clauseNamer(alignment, labels)('casparus-college', 'alle.fotos-toestemming');
    expect(name).not.toBe('alle.fotos-toestemming');
    expect(all).toContain(squash(`✓ ${name}`));
    expect(all).toContain(squash(labels.compareTopicNotFound));
  });
});
