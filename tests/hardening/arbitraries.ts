// Generators of hostile input for the hardening properties and `npm run fuzz`: any string, any bytes read as UTF-8
// or Latin-1, a soup of Markdown and YAML syntax, and well-formed policies with such debris spliced in.
import fc from 'fast-check';
import { binaryUnit } from '../support/binary-unit.js';
import { policySource } from '../fmt/arbitraries.js';

/** Pieces of syntax the parser has to take apart: containers, fences, frontmatter, IDs, tables, entities. */
const SYNTAX = [
  '\n',
  '\n',
  '\n\n',
  ' ',
  '  ',
  '    ',
  '\t',
  '\r',
  '\r\n',
  '\uFEFF',
  '\u0000',
  '\u00A0',
  '\u2028',
  '\uFFFD',
  '---',
  '---\n',
  '...\n',
  '***',
  '___',
  '===',
  '#',
  '## ',
  '###### ',
  '> ',
  '>>',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '10) ',
  '0. ',
  '999999999. ',
  '- [ ] ',
  '- [x] ',
  '```',
  '~~~',
  '`',
  '``',
  '*',
  '**',
  '_',
  '__',
  '~',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '](',
  '![',
  '[^1]',
  '[^1]: ',
  '<',
  '>',
  '</',
  '<!--',
  '-->',
  '<div>',
  '<script>',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '\\',
  '|',
  '| - |',
  '|:-:|',
  '{#',
  '}',
  '{#a.b}',
  '{#Ongeldig}',
  '{#}',
  '{#x .unnumbered}',
  'id: x\n',
  'title: "',
  'version: [1, 0]\n',
  'effective: 2021-13-45\n',
  'approvals:\n  - date: 2024-02-30\n',
  ': ',
  '- { a: 1 }',
  '&anchor ',
  '*anchor',
  '!!js/function ',
  '__proto__: 1\n',
  'constructor: x\n',
  '{{',
  '}}',
  '{{#each}}',
  'ĳ',
  'Ĳ',
  'é',
  'ë',
  '€',
  '😀',
  '\uD800',
  '\uDC00',
  'beleid',
  'leerlingen',
  'ouders',
  'school',
  '1986.',
  'https://example.nl',
  'www.x.nl',
  'a@b.nl',
];

/** Lines of Markdown and YAML syntax in any order. */
export const markdownSoup: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...SYNTAX), { maxLength: 120 })
  .map((pieces) => pieces.join(''));

/** Any string, lone surrogates and control characters included. */
export const anyString: fc.Arbitrary<string> = fc.string({ unit: binaryUnit, maxLength: 600 });

/** Bytes as they may come from a damaged file, decoded the two ways a file is commonly misread. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 1200 });

export const bytesAsText: fc.Arbitrary<string> = fc
  .tuple(anyBytes, fc.constantFrom<BufferEncoding>('utf8', 'latin1'))
  .map(([bytes, encoding]) => Buffer.from(bytes).toString(encoding));

/** A well-formed generated policy with debris spliced in at a few places. */
export const damagedPolicy: fc.Arbitrary<string> = fc
  .tuple(policySource, fc.array(fc.tuple(fc.nat(), fc.oneof(markdownSoup, anyString)), { minLength: 1, maxLength: 3 }))
  .map(([source, splices]) => {
    let text = source;
    for (const [at, debris] of splices) {
      const index = at % (text.length + 1);
      text = text.slice(0, index) + debris + text.slice(index);
    }
    return text;
  });

/** Everything above, for properties that must hold of any text at all. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: anyString },
  { weight: 2, arbitrary: bytesAsText },
  { weight: 3, arbitrary: markdownSoup },
  { weight: 3, arbitrary: damagedPolicy },
  { weight: 2, arbitrary: policySource },
);

/** A line-level edit, as an author (or a bad merge) makes them: drop, repeat, swap or insert a line. */
export type LineEdit =
  | { kind: 'delete'; at: number }
  | { kind: 'repeat'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; text: string };

export const lineEdits: fc.Arbitrary<LineEdit[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(markdownSoup, fc.constantFrom('1. {#nieuw} Een nieuwe regel.', '## Nieuw {#nieuw}', '- extra')),
    }),
  ),
  { minLength: 1, maxLength: 4 },
);

/** `source` with the edits applied; positions wrap around so every edit lands somewhere. */
export function applyLineEdits(source: string, edits: readonly LineEdit[]): string {
  const lines = source.split('\n');
  for (const edit of edits) {
    const at = edit.at % lines.length;
    if (edit.kind === 'delete' && lines.length > 1) lines.splice(at, 1);
    else if (edit.kind === 'repeat') lines.splice(at, 0, lines[at] ?? '');
    else if (edit.kind === 'swap') {
      const other = edit.with % lines.length;
      [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
    } else if (edit.kind === 'insert') lines.splice(at, 0, edit.text);
  }
  return lines.join('\n');
}

/** A document and an edited version of it, for diff properties. */
export const editedPair: fc.Arbitrary<[string, string]> = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: policySource }, { weight: 1, arbitrary: anyDocument }), lineEdits)
  .map(([source, edits]) => [source, applyLineEdits(source, edits)]);
