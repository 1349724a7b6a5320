// Word documents laid out the way Dutch schools lay out their policies (issue 25), made by
// tests/fixtures/import/layouts/make-docx.py with python-docx, imported and compared with the policies written by
// hand in expected.yaml beside them: the structure is the source's own and the frontmatter holds only what the
// document states.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { importDocument } from '../../src/import/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { inputFor, policyFrom } from '../support/pdf.js';

const folder = join(import.meta.dirname, '../fixtures/import/layouts');

interface Expected {
  /** The document, when it is not `<name>.docx`. */
  file?: string;
  org: string;
  meta: Record<string, unknown>;
  sections: string[];
  clauses: string[];
  /** Each footnote with the clause that cites it: "clause text ⇒ footnote text". */
  notes?: string[];
  /** The word account the report prints ("52 of 69 source words kept in the policy, 6 kept as its numbering …"). */
  account?: { total: number; kept: number; numbering: number; listed: number; lost: number };
  /** The text the report lists as left out, in order. */
  leftOut?: string[];
}

/** The footnote labels a clause's own content cites, in order. */
function cited(node: Nodes): string[] {
  if (node.type === 'footnoteReference') return [node.identifier];
  return 'children' in node ? node.children.flatMap((child) => cited(child as Nodes)) : [];
}

const expected = YAML.parse(readFileSync(join(folder, 'expected.yaml'), 'utf8')) as Record<string, Expected>;

async function imported(name: string) {
  const want = expected[name] as Expected;
  const result = await importDocument(join(folder, want.file ?? `${name}.docx`), { org: want.org, dryRun: true });
  // The structure by clausemark's own counting; the source's labels (frontmatter `numbering`) are tested on the PDF.
  const { policy } = parsePolicy(result.output.replace(/^numbering:\n(?: {2}.*\n)+/mu, ''));
  const meta = Object.fromEntries(
    Object.keys(want.meta).map((key) => [key, (policy.meta as unknown as Record<string, unknown>)[key]]),
  );
  return {
    result,
    got: {
      org: want.org,
      meta,
      sections: allSections(policy)
        .slice(1)
        .map((section) => `${section.number} ${section.title}`),
      clauses: allClauses(policy).map(({ clause }) => `${clause.number} ${clause.text}`.trim()),
      notes: allClauses(policy).flatMap(({ clause }) =>
        clause.content
          .flatMap((node) => cited(node))
          .map((label) => `${clause.text} ⇒ ${plainText(policy.footnotes[label]).trim()}`),
      ),
    },
    want,
  };
}

describe('importing the layouts Dutch schools use (issue 25)', () => {
  for (const name of Object.keys(expected)) {
    it(`imports ${expected[name]?.file ?? `${name}.docx`} as the policy written by hand`, async () => {
      const { result, got, want } = await imported(name);
      expect(got).toEqual({
        org: want.org,
        meta: want.meta,
        sections: want.sections,
        clauses: want.clauses,
        notes: want.notes ?? [],
      });
      expect(result.accounting.missing).toEqual([]);
      expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      if (want.account) {
        const { total, kept, numbering, listed, missing } = result.accounting;
        expect({ total, kept, numbering, listed, lost: missing.length }).toEqual(want.account);
      }
      if (want.leftOut) expect(result.dropped.map((dropped) => dropped.text)).toEqual(want.leftOut);
    });
  }
});

describe("the source's own numbering (issue 25 item 1)", () => {
  it("is written from Word's numbering definitions, so no list level is reported as printed otherwise", async () => {
    const { result } = await imported('artikel-numbering');
    expect(parsePolicy(result.output).policy.meta.numbering).toEqual({
      sections: 'Artikel %1',
      clauses: '%1.%2',
      items: '%a)',
    });
    expect(result.findings.filter((finding) => finding.ruleId === 'import-numbering')).toEqual([]);
  });

  // Word's numbering definitions (artikel-numbering.docx), a PDF's clauses typed "1.1⇥…" (hanging-indent.pdf) and a
  // text's typed "Artikel 1", "1.1", "a)" (typed-clauses.txt).
  const labelled = Object.keys(expected).filter((name) => 'labels' in (expected[name] as object));
  it.each(labelled)('%s: the labels are printed in the built PDF, read back with pdftotext', async (name) => {
    const { result } = await imported(name);
    const labels = (expected[name] as Expected & { labels: string[] }).labels;
    const file = join(mkdtempSync(join(tmpdir(), 'cm-layouts-')), 'policy.pdf');
    writeFileSync(file, await renderPdf(inputFor(policyFrom(result.output))));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // Each label at the start of a line of the body, in the order the source has them (after the contents page).
    const body = text.slice(text.lastIndexOf('Begripsbepalingen') - 20);
    const found = body
      .split('\n')
      .map((line) => /^\s*(Artikel \d+|\d+\.\d+|[a-z]\))\s/u.exec(line)?.[1])
      .filter((label) => label !== undefined);
    expect(found).toEqual(labels);
    expect(result.findings.filter((finding) => finding.ruleId === 'import-numbering')).toEqual([]);
  });
});

describe("the report's places in a PDF (issue 25: listed with the source page and line)", () => {
  it('names the page and the line on it of each running header and footer left out', async () => {
    const { result } = await imported('running-header-footer');
    // Read off the pages (pdftotext): header on line 1; the footer under the title, heading and text of page 1 (line
    // 5) and under the heading and text of pages 2 and 3 (line 4).
    expect(result.dropped.map((dropped) => [dropped.page, dropped.line, dropped.text])).toEqual([
      [1, 1, 'Stichting Waterlinie - Pestprotocol'],
      [1, 5, 'Pagina 1 van 3'],
      [2, 1, 'Stichting Waterlinie - Pestprotocol'],
      [2, 4, 'Pagina 2 van 3'],
      [3, 1, 'Stichting Waterlinie - Pestprotocol'],
      [3, 4, 'Pagina 3 van 3'],
    ]);
  });
});
