// The five seed policies rendered and read back: all the text is there, the structure (outline, TOC, destinations,
// tags) matches the document, and the output is reproducible and valid.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clause, Policy, Section } from '../../../src/model/policy.js';
import { allClauses } from '../../../src/model/walk.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import type { PdfInput } from '../../../src/render/engine/input.js';
import { SEED_ORGS } from '../../support/paths.js';
import {
  bodyText,
  inputFor,
  readPdf,
  seedPolicy,
  squash,
  type OutlineItem,
  type PdfReadback,
} from '../../support/pdf.js';
import { haveTool } from '../../support/tools.js';

/** A clause's text in pieces: the PDF sets a footnote's number where the reference stands. */
function clauseChunks(clause: Clause): string[] {
  const parts: string[] = [];
  let current = '';
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteReference') {
      parts.push(current);
      current = '';
      return;
    }
    if (node.type === 'html') return;
    if ('value' in node && typeof node.value === 'string') current += node.value;
    if (node.type === 'break') current += ' ';
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
    if (node.type === 'paragraph' || node.type === 'tableCell') current += ' ';
  };
  for (const block of clause.content) visit(block);
  parts.push(current);
  return parts.map(squash).filter((part) => part.length > 0);
}

function sectionTree(sections: readonly Section[]): OutlineItem[] {
  return sections.map((section) => ({
    title: section.number ? `${section.number} ${section.title}` : section.title,
    dest: section.id,
    items: sectionTree(section.sections),
  }));
}

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flatten(section.sections)]);
}

interface Rendered {
  policy: Policy;
  input: PdfInput;
  bytes: Uint8Array;
  pdf: PdfReadback;
}

const rendered = new Map<string, Rendered>();
let scratch = '';

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'clausemark-pdf-'));
  for (const org of SEED_ORGS) {
    const policy = seedPolicy(org);
    const input = inputFor(policy);
    const bytes = await renderPdf(input);
    rendered.set(org, { policy, input, bytes, pdf: await readPdf(bytes) });
  }
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function get(org: string): Rendered {
  const found = rendered.get(org);
  if (!found) throw new Error(`${org} was not rendered`);
  return found;
}

describe.each(SEED_ORGS)('the PDF of %s', (org) => {
  it('contains the text of every clause', () => {
    const { policy, input, pdf } = get(org);
    const text = bodyText(pdf, input.texts, input.brand);
    const clauses = allClauses(policy);
    expect(clauses.length).toBeGreaterThan(5);
    for (const { clause } of clauses) {
      for (const chunk of clauseChunks(clause)) expect(text, `clause ${clause.id}`).toContain(chunk);
    }
  });

  it('has a named destination for every section and clause, on the page where it starts', () => {
    const { policy, pdf } = get(org);
    for (const section of flatten(policy.sections)) expect(pdf.destinations.has(section.id), section.id).toBe(true);
    for (const { clause } of allClauses(policy)) {
      const page = pdf.destinations.get(clause.id);
      expect(page, clause.id).toBeGreaterThanOrEqual(2);
      const first = clauseChunks(clause)[0]?.slice(0, 12) ?? '';
      expect(squash(pdf.pages[page!]!), `${clause.id} on page ${page! + 1}`).toContain(first);
    }
  });

  it('has bookmarks for the sections, nested as in the document', () => {
    const { policy, pdf } = get(org);
    const sections = pdf.outline.filter((item) => !item.dest?.startsWith('clausemark:'));
    expect(sections).toEqual(sectionTree(policy.sections));
  });

  it('lists each section in the table of contents with the page it is on', () => {
    const { policy, pdf } = get(org);
    const tocLines = pdf.lines[1]!;
    expect(tocLines.some((line) => line.join(' ') === 'Inhoud')).toBe(true);
    for (const section of flatten(policy.sections)) {
      const wanted = squash(`${section.number}${section.title}`);
      const line = tocLines.find((candidate) => squash(candidate.slice(0, -1).join('')) === wanted);
      expect(line, `TOC line for ${section.title}`).toBeDefined();
      const page = Number(line![line!.length - 1]);
      expect(page).toBe(pdf.destinations.get(section.id)! + 1);
      expect(squash(pdf.pages[page - 1]!)).toContain(wanted);
    }
    const tocLinks = pdf.links.filter((link) => link.page === 1 && link.dest);
    expect(tocLinks.map((link) => link.dest)).toEqual(
      expect.arrayContaining(flatten(policy.sections).map((section) => section.id)),
    );
  });

  it('numbers every page but the cover "Pagina X van Y"', () => {
    const { pdf } = get(org);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(4);
    expect(pdf.pages[0]).not.toMatch(/Pagina/);
    for (let page = 2; page <= pdf.pageCount; page++) {
      const footer = pdf.lines[page - 1]!.at(-1)!;
      expect(footer.at(-1)).toBe(`Pagina ${page} van ${pdf.pageCount}`);
    }
  });

  it('embeds its fonts and uses none of the standard 14', () => {
    const { pdf } = get(org);
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const font of pdf.fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+SourceSans3-/);
    }
  });

  it('carries the metadata and is a tagged PDF in the policy language', () => {
    const { policy, pdf } = get(org);
    expect(pdf.info.Title).toBe(policy.meta.title);
    expect(pdf.info.Author).toBe(policy.meta.organisation);
    expect(pdf.info.Subject).toContain(policy.meta.title);
    expect(pdf.info.Keywords).toContain(policy.meta.id);
    expect(pdf.info.Producer).toBe('clausemark 0.1.0');
    expect(pdf.info.Creator).toBe('clausemark 0.1.0');
    expect(pdf.info.CreationDate).toBe('D:20240612000000Z');
    expect(pdf.info.ModDate).toBe('D:20240612000000Z');
    expect(pdf.lang).toBe('nl');
    expect(pdf.marked).toBe(true);
    for (const role of ['H1', 'H2', 'P', 'TOC', 'TOCI', 'Link', 'Sect']) expect(pdf.roles.has(role), role).toBe(true);
    expect(pdf.xmp).toContain(`<rdf:li xml:lang="x-default">${policy.meta.title}</rdf:li>`);
  });

  it('renders byte for byte the same twice', async () => {
    const { input, bytes } = get(org);
    const again = await renderPdf(input);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
  });

  it.skipIf(!haveTool('qpdf'))('passes qpdf --check', () => {
    const file = join(scratch, `${org}.pdf`);
    writeFileSync(file, get(org).bytes);
    const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toContain('No syntax or stream encoding errors');
    expect(result.status).toBe(0);
  });
});

describe('seed specifics', () => {
  it('puts the four approvals of Allure in the approval table', () => {
    const { pdf, policy } = get('allure');
    expect(policy.meta.approvals).toHaveLength(4);
    const last = pdf.destinations.get('clausemark:approvals')!;
    const rows = pdf.lines
      .slice(last)
      .flat()
      .map((line) => line.join(' '));
    expect(rows).toContain('Datum Naam Functie Stap Handtekening');
    for (const [date, name, role] of [
      ['6 juni 2019', 'ICT netwerk', 'ICT netwerk'],
      ['19 september 2019', 'directieboard', 'directieboard'],
      ['1 oktober 2019', 'D. van Zon', 'Vz. GMR'],
      ['16 oktober 2019', 'G. J. O. Meskers', 'Vz. College van Bestuur'],
    ]) {
      expect(rows, name).toContain(`${date} ${name} ${role}`);
    }
    expect(rows.join('\n')).not.toContain('nog vast te stellen');
  });

  it('marks draft policies with the watermark on every page, approved ones not at all', () => {
    const draft = get('casparus-college').pdf;
    for (const page of draft.pages) expect(page).toContain('CONCEPT');
    for (const page of get('allure').pdf.pages) expect(page).not.toContain('CONCEPT');
  });
});
