// Issue 23/25, work without bound: remark held micromark's events for the whole of a document until its tree was
// built (1 MB of 16,000 short articles peaked near 1 GB in import, which reads it three times). A large document is
// now read in pieces cut before a top-level heading, where nothing reaches across (src/parse/chunks.ts). The tree
// must be the one remark gives for the whole, positions included; the work bound is the most text one remark parse
// is given at once, counted, not timed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_LENGTH, CHUNKED_MIN_LENGTH, chunkStarts } from '../../src/parse/chunks.js';
import { parseMarkdown, processor } from '../../src/parse/index.js';

afterEach(() => vi.restoreAllMocks());

/** One article of a long regulation, varied by its number: lists, a table, a quote, code, emphasis, a setext title. */
function article(n: number): string {
  const shapes = [
    `De school meldt *elk* incident aan de **directeur** binnen ${n} dagen.`,
    `1. eerste lid ${n}\n2. tweede lid\n\n   met een tweede alinea\n\n- los punt\n  vervolg`,
    `| Stap | Wie |\n| --- | :-: |\n| ${n} | mentor |`,
    `> Een citaat ${n}\n> over twee regels\n\nNa het citaat.`,
    `    ingesprongen code ${n}\n\n    nog meer`,
    `Titel ${n}\n=====\n\nTekst met een voetnootverwijzing[^${n}] en een harde  \nregelovergang.`,
    `- [ ] taak ${n}\n- [x] gedaan ~~oud~~ nieuw https://example.org/${n}`,
  ];
  return `${n % 5 === 0 ? '##' : '#'} Artikel ${n} {#art-${n}}\n\n${shapes[n % shapes.length]}\n`;
}

function regulation(articles: number): string {
  const parts = ['---', 'id: reglement', 'title: Reglement', '', '# een opmerking in de YAML', '---', ''];
  for (let n = 1; n <= articles; n++) parts.push(article(n), n % 11 === 0 ? '\n\n' : '');
  return parts.join('\n');
}

/** The tree parseMarkdown reads `source` into, and the longest text it gave remark at once (counted by a spy). */
function readInPieces(source: string): { tree: string; longest: number } {
  const parse = processor.parse.bind(processor);
  let longest = 0;
  const spy = vi.spyOn(processor, 'parse').mockImplementation((text) => {
    longest = Math.max(longest, String(text).length);
    return parse(text);
  });
  try {
    return { tree: JSON.stringify(parseMarkdown(source, 'remark')), longest };
  } finally {
    spy.mockRestore();
  }
}

describe('reading a large document in pieces', () => {
  const source = regulation(1400);
  // One read in pieces for the two tests below, which hold its tree and its pieces' sizes (each alone reads it too).
  let piecewise: ReturnType<typeof readInPieces> | undefined;
  const inPieces = (): ReturnType<typeof readInPieces> => {
    piecewise ??= readInPieces(source);
    return piecewise;
  };

  it('cuts a large document only before a top-level heading after a blank line, past the frontmatter', () => {
    expect(source.length).toBeGreaterThan(CHUNKED_MIN_LENGTH);
    const starts = chunkStarts(source);
    expect(starts.length).toBeGreaterThan(2);
    for (const start of starts) {
      expect(source.slice(start - 2, start)).toMatch(/\n\s*\n$|\n\n$/);
      expect(source.slice(start)).toMatch(/^#{1,6} /);
    }
    expect(starts[0]).toBeGreaterThan(source.indexOf('---', 3));
  });

  it('gives the tree remark gives for the whole document, every position included', () => {
    // As JSON: the trees are large, and toEqual's walk over them took half a minute.
    const whole = JSON.stringify(processor.parse(source));
    expect(inPieces().tree === whole).toBe(true);
  });

  it('gives remark no more than a piece at a time', () => {
    // The whole document was one parse of 140 KB; now the longest is a piece: CHUNK_LENGTH and one article.
    expect(inPieces().longest).toBeLessThan(CHUNK_LENGTH + 1024);
  });

  it('reads a document at once where something reaches across headings: fences, long HTML, definitions', () => {
    for (const shared of ['```\n# kop in code\n```', '<!--\n\n# kop in commentaar\n-->', '[a]: https://example.org']) {
      const text = `${source}\n${shared}\n`;
      expect(chunkStarts(text)).toEqual([]);
    }
    expect(chunkStarts(article(1).repeat(10))).toEqual([]);
  });
});
