// One reading of a text, whichever reader reads it (src/parse/reference-reading.ts, reference-emphasis.ts): the
// four places micromark departed from CommonMark 0.31.2 and cmark-gfm, read alike by the fast path and by remark, in
// a file the fast path takes, one it hands to remark whole (a `~`) and a block it hands to remark (an address); an
// approval recorded on the reading before stays valid for the untouched file (src/parse/legacy-readings.ts).
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import { adoptionOf } from '../../src/model/adoption.js';
import { approvalHash } from '../../src/model/fingerprint.js';
import { type MarkdownEngine, parseMarkdown, parsePolicy } from '../../src/parse/index.js';

const withoutPositions = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutPositions)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== 'position')
            .map(([key, inner]) => [key, withoutPositions(inner)]),
        )
      : value;

const lastBlock = (tree: Root): unknown => withoutPositions(tree.children[tree.children.length - 1]);
const text = (value: string) => ({ type: 'text', value });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });

// Each answer as cmark 0.31.2 / cmark-gfm gives it, written by hand from the spec.
const CASES: [string, string, unknown][] = [
  [
    'emphasis weighed by the runs as written',
    'a***b* c*',
    paragraph(text('a*'), { type: 'emphasis', children: [{ type: 'emphasis', children: [text('b')] }, text(' c')] }),
  ],
  [
    'strong emphasis beside an emoji, a symbol and so punctuation to the spec',
    '😀__b__: 1',
    paragraph(text('😀'), { type: 'strong', children: [text('b')] }, text(': 1')),
  ],
  ['a parenthesised title with an unescaped (', '[link](url ((title))', paragraph(text('[link](url ((title))'))],
  [
    'emphasis before an e-mail address',
    'Mail _jan_@school.nl.',
    paragraph(text('Mail '), { type: 'emphasis', children: [text('jan')] }, text('@school.nl.')),
  ],
  [
    'an address with underscores inside a word',
    'Mail jan_de_vries@school.nl.',
    paragraph(
      text('Mail '),
      { type: 'link', title: null, url: 'mailto:jan_de_vries@school.nl', children: [text('jan_de_vries@school.nl')] },
      text('.'),
    ),
  ],
  [
    'indented code without its whitespace-only last lines',
    '    |---|:-:|\n\n      ',
    { type: 'code', lang: null, meta: null, value: '|---|:-:|' },
  ],
];

describe('the fast path and remark read a text alike, as the reference does', () => {
  it.each(CASES)('%s', (_, source, expected) => {
    // `~` anywhere hands the whole text to remark (src/parse/fast/index.ts).
    for (const whole of [source, `Tekst ~ met tilde.\n\n${source}`])
      for (const engine of ['auto', 'remark'] as MarkdownEngine[])
        expect(lastBlock(parseMarkdown(whole, engine)), `${engine}: ${JSON.stringify(whole)}`).toEqual(expected);
  });

  it('keeps a valid parenthesised title and an escaped ( a link', () => {
    const link = (title: string) => paragraph({ type: 'link', title, url: 'u', children: [text('a')] });
    for (const engine of ['auto', 'remark'] as MarkdownEngine[]) {
      expect(lastBlock(parseMarkdown('[a](u (t))', engine))).toEqual(link('t'));
      expect(lastBlock(parseMarkdown('[a](u (\\(t))', engine))).toEqual(link('(t'));
    }
  });

  it('reads a paragraph with an address (read by remark in both) alike, and code blocks inside a list', () => {
    for (const source of [
      '- Mail _jan_@school.nl of www.school.nl.',
      'a***b* c* www.school.nl',
      '-     code\n\n        ',
    ]) {
      const read = (engine: MarkdownEngine) => lastBlock(parseMarkdown(source, engine));
      expect(read('auto')).toEqual(read('remark'));
    }
  });
});

const SOURCE = `---
id: gedrag
title: Gedragsregels
organisation: Stichting De Linde
version: "1.0"
status: draft
effective: 2026-08-01
---

## Contact {#contact}

1. {#c.mail} Mail _jan_@school.nl of lees [de regels](regels.pdf ((versie 2)).
2. {#c.nadruk} Dit geldt a***b* c* voor iedereen.
`;

describe('an approval recorded on the reading before', () => {
  const hash = (markdown: MarkdownEngine) => approvalHash(parsePolicy(SOURCE, { path: 'gedrag.md', markdown }).policy);
  // `approve` records the hash of the text as read now; the one an earlier clausemark recorded is put in its place.
  // Recorded as on a day after all of them, as `approve` refuses a decision dated after its today.
  const approve = (markdown: MarkdownEngine, date: string) => {
    const request = { name: 'J. de Vries', role: 'Voorzitter CvB', date, step: 'vaststelling' };
    const { source } = approveSource(parsePolicy(SOURCE, { path: 'gedrag.md' }), request, undefined, '2099-12-31');
    expect(source).toContain(hash('auto'));
    return source.replace(hash('auto'), hash(markdown));
  };
  const status = (source: string) => adoptionOf(parsePolicy(source, { path: 'gedrag.md' }).policy, '2099-12-31').status;

  it('had another hash: the readings before differ from the reference', () => {
    expect(hash('remark-before')).not.toBe(hash('auto'));
    expect(hash('remark')).toBe(hash('auto'));
  });

  it('still covers the untouched file, and only a file approved until the readings were unified', () => {
    expect(status(approve('remark-before', '2026-06-01'))).toBe('approved');
    expect(status(approve('auto-before', '2026-11-27'))).toBe('approved');
    expect(status(approve('auto', '2026-12-01'))).toBe('approved');
    // Recorded after the change, a hash of the earlier reading is not this text's.
    expect(status(approve('remark-before', '2026-12-01'))).toBe('outdated');
  });

  it('does not cover an edited file', () => {
    const edited = approve('remark-before', '2026-06-01').replace('voor iedereen', 'voor niemand');
    expect(status(edited)).toBe('outdated');
  });
});
