import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/render/diff/markdown.js';
import { codeSpan, escapeMarkdown } from '../../../src/render/shared/markdown-escape.js';
import { policyFrom, type SectionSpec } from '../../diff/fixtures.js';
import { reportOf, standardReport } from './helpers.js';

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

function nodesOf(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === type) found.push(node);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return found;
}

describe('renderMarkdown', () => {
  it('a heading, the versions, a summary table with substantive first, then one heading per change', () => {
    const markdown = renderMarkdown(standardReport());
    const tree = parse(markdown);
    const [table] = nodesOf(tree, 'table');
    expect(table).toBeDefined();
    const rows = nodesOf(table as Nodes, 'tableRow').map((row) =>
      nodesOf(row, 'tableCell').map((cell) => toString(cell)),
    );
    expect(rows).toEqual([
      ['Soort wijziging', 'Aantal'],
      ['inhoudelijk', '3'],
      ['redactioneel', '1'],
      ['toegevoegd', '1'],
      ['verwijderd', '1'],
      ['gewijzigd', '2'],
      ['Totaal', '4'],
    ]);
    const headings = nodesOf(tree, 'heading').map((heading) => toString(heading));
    expect(headings).toEqual([
      'Testbeleid — Testschool',
      '1.2 up.klimaat',
      '2.1 mw.foto',
      '2.3 mw.oud',
      '2.3 mw.whatsapp',
    ]);
  });

  it('redlines with <del> and <ins>, and lists the reasons of substantive changes', () => {
    const markdown = renderMarkdown(standardReport());
    expect(markdown).toContain(
      "Medewerkers <del>mogen</del><ins>moeten</ins> foto's van leerlingen <del>plaatsen na toestemming</del><ins>verwijderen binnen 14 dagen</ins>.",
    );
    expect(markdown).toContain('**Waarom inhoudelijk:**\n\n- verplichting mogen → moeten\n');
    expect(markdown).toContain('gewijzigd · **inhoudelijk** — *Voor medewerkers*');
    expect(markdown).toContain('<del>Medewerkers reageren inhoudelijk op stukken van anderen.</del>');
  });

  it('escapes policy text: no links, emphasis, headings, lists, tables or HTML come out of a clause', () => {
    // The clause text as the parser reads it (source escapes undone): every Markdown special character, literally.
    const nasty =
      '*vet* _schuin_ [klik](pagina.html) zie https://example.org en www.example.org <b>html</b> | pijp | # kop ~~weg~~ `code` ![img](x.png) \\ & &amp;';
    const source = nasty.replace(/[*_[\]()<>~`!\\&]/g, (char) => `\\${char}`);
    const sections: SectionSpec[] = [
      { title: 'Regels', id: 'regels', clauses: [{ id: 'r.a', text: 'Een gewone regel over het plein.' }] },
    ];
    const newer: SectionSpec[] = [
      {
        title: 'Regels \\[x\\](y)',
        id: 'regels',
        clauses: [
          { id: 'r.a', text: 'Een gewone regel over het plein.' },
          { id: 'r.b', text: source },
          { id: 'r.c', text: '1\\. Begint als een genummerde lijst' },
          { id: 'r.d', text: '\\- begint als een opsomming' },
        ],
      },
    ];
    const markdown = renderMarkdown(reportOf(policyFrom(sections), policyFrom(newer)));
    const tree = parse(markdown);
    // Nothing anywhere in the document is an image, a strike-through or a list made of policy text, and the only
    // table is the summary. Links: only GFM autolinks of bare addresses, whose text is the address as written.
    expect(nodesOf(tree, 'image')).toEqual([]);
    expect(nodesOf(tree, 'delete')).toEqual([]);
    expect(nodesOf(tree, 'list').every((list) => !/egint als/.test(toString(list)))).toBe(true);
    const links = nodesOf(tree, 'link') as { url: string; children: Nodes[] }[];
    expect(links.map((link) => toString(link as Nodes))).not.toContain('klik');
    for (const link of links)
      expect(link.url.replace(/^(mailto:|http:\/\/)/, '')).toContain(toString(link as Nodes).replace(/\\$/, ''));
    expect(nodesOf(tree, 'table')).toHaveLength(1);
    // The reworded heading is a change of its own (issue 39 item 3), its redline escaped like a clause's.
    expect(nodesOf(tree, 'heading').map((heading) => toString(heading))).toEqual([
      'Testbeleid — Testschool',
      '1 regels',
      '1.2 r.b',
      '1.3 r.c',
      '1.4 r.d',
    ]);
    // Each clause paragraph holds plain text between <ins> tags, and reads exactly as written.
    expect(markdown).toContain('Regels<ins> \\[x\\]\\(y\\)</ins>');
    const clauseParagraphs = nodesOf(tree, 'paragraph').filter(
      (node) => nodesOf(node, 'html').length > 0 && !toString(node).startsWith('Regels'),
    );
    expect(clauseParagraphs).toHaveLength(3);
    for (const paragraph of clauseParagraphs) {
      const children = (paragraph as { children: Nodes[] }).children;
      expect(children[0]?.type).toBe('html');
      expect(children[children.length - 1]?.type).toBe('html');
      expect(children.slice(1, -1).every((child) => child.type === 'text' || child.type === 'link')).toBe(true);
      expect(
        children.filter((child) => child.type === 'html').map((child) => (child as { value: string }).value),
      ).toEqual(['<ins>', '</ins>']);
    }
    const plainText = (node: Nodes): string =>
      (node as { children: Nodes[] }).children
        .filter((child) => child.type !== 'html')
        .map((child) => toString(child))
        .join('');
    const newer0 = policyFrom(newer);
    expect(newer0.sections[0]?.clauses[1]?.text).toBe(nasty);
    expect(clauseParagraphs.map(plainText)).toEqual([
      nasty,
      '1. Begint als een genummerde lijst',
      '- begint als een opsomming',
    ]);
    expect(markdown).toContain('*Regels \\[x\\]\\(y\\)*');
  });

  it('escapeMarkdown and codeSpan', () => {
    expect(escapeMarkdown('a*b_c[d]e<f>g#h|i~j&k!l`m')).toBe('a\\*b\\_c\\[d\\]e\\<f\\>g\\#h\\|i\\~j\\&k\\!l\\`m');
    expect(escapeMarkdown('regel een\nregel twee')).toBe('regel een<br>regel twee');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('up.belang')).toBe('`up.belang`');
  });
});
