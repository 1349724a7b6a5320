// fast-check generators of policy sources: frontmatter, headings, paragraphs, nested lists, tables and the
// characters that Markdown treats specially, in Dutch with diacritics and ĳ, some clauses with IDs and some without.
import fc from 'fast-check';

const WORDS = [
  'beleid',
  'privé',
  'geïnformeerd',
  'coördinatie',
  'één',
  'ĳs',
  'IJsselmeer',
  'rijden',
  'Ĳzer',
  'café',
  'naïef',
  'leerlingen',
  'ouders',
  'school',
  'sociale',
  'media',
  'medewerkers',
  'protocol',
  'Casparus',
  'College',
  'de',
  'het',
  'een',
  'en',
  'van',
  'in',
  'op',
  'te',
  'dat',
  'is',
  'zijn',
  'voor',
  'met',
  'niet',
  'o.a.',
  'etc.',
  'school-en',
  'ouders/verzorgers',
  "foto's",
  '2024',
  '3,5%',
  '€ 10,-',
];

/** Text that Markdown might read as syntax: each must come back as the same text (or the same construct). */
const SPECIALS = [
  '*',
  '_',
  '**',
  '__',
  '[',
  ']',
  'rooster\\[wijzigingen\\]',
  '\\*',
  '\\_',
  '#',
  '\\#',
  '<',
  '>',
  '&',
  '&amp;',
  '&copy;',
  '|',
  '`',
  '~',
  '~~',
  '\\',
  '!',
  '{#',
  '}',
  '{#nep}',
  'a_b_c',
  '1986.',
  '1)',
  '+',
  '-',
  '=',
  'www.example.nl',
  'https://example.nl/pad?a=1&b=2',
  'info@example.nl',
  '<!-- opmerking -->',
  '[^1]',
  ':',
  '"',
  "'",
  '(',
  ')',
  '~~weg~~',
  '<b>vet</b>',
  '<https://example.nl>',
  '![logo](logo.png)',
  '[ref]',
  '[ref][]',
  '\t',
  '***',
  '---',
  '1.',
];

const word = fc.constantFrom(...WORDS);
const words = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(' '));

const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 1, arbitrary: words(1, 3).map((text) => `_${text}_`) },
  { weight: 1, arbitrary: words(1, 3).map((text) => `**${text}**`) },
  { weight: 1, arbitrary: words(1, 3).map((text) => `*${text}*`) },
  {
    weight: 1,
    arbitrary: words(1, 2).map((text) => `[${text}](https://example.nl/${encodeURIComponent(text)} "titel")`),
  },
  { weight: 1, arbitrary: words(1, 2).map((text) => `\`${text}\``) },
);

/** One line of running text; it never starts with a space (that would be indented code). */
const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
/** Some paragraphs span lines, some have a hard break. */
const paragraphText = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 2 }), fc.constantFrom('\n', '  \n', '\\\n'))
  .map(([lines, joint]) => lines.join(joint));

/** A small pool so that explicit IDs collide with the ones fmt would choose, and sometimes with each other. */
const ID_POOL = [
  'uitgangspunten',
  'doel',
  'up.belang',
  'beleid',
  'intro.beleid-prive',
  'school.leerlingen-ouders',
  'a-b',
  'x.1',
  'Ongeldig',
  'www.x',
  '',
];
const maybeId = fc.option(fc.constantFrom(...ID_POOL), { freq: 2 });
const withId = (id: string | null, text: string) => (id === null ? text : `{#${id}} ${text}`);

const indent = (text: string, by: number) =>
  text
    .split('\n')
    .map((row) => (row === '' ? '' : ' '.repeat(by) + row))
    .join('\n');

interface ListShape {
  ordered: boolean;
  start: number;
  items: { id: string | null; text: string; more: string | null; sub: ListShape | null }[];
}

const listShape: fc.Memo<ListShape> = fc.memo((depth: number) =>
  fc.record({
    ordered: fc.boolean(),
    start: fc.constantFrom(1, 1, 1, 3, 10),
    items: fc.array(
      fc.record({
        id: maybeId,
        text: fc.oneof(
          { weight: 8, arbitrary: paragraphText },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              '```\ncode\n```',
              '| a | b |\n| - | - |\n| c | d |',
              '',
              '> citaat',
              '[ ] taak',
              '[x] klaar',
            ),
          },
        ),
        more: fc.option(paragraphText, { freq: 6 }),
        sub: depth > 1 ? fc.option(listShape(depth - 1), { freq: 4 }) : fc.constant(null),
      }),
      // Sub-lists are short, so that three levels of nesting keep a document small (and the test fast).
      { minLength: 1, maxLength: depth > 2 ? 3 : 2 },
    ),
  }),
);

function renderList(list: ListShape): string {
  return list.items
    .map((item, index) => {
      const marker = list.ordered
        ? `${list.start + index}${list.start === 3 ? ')' : '.'} `
        : list.start === 10
          ? '* '
          : '- ';
      const parts = [withId(item.id, item.text)];
      if (item.more) parts.push(`\n${item.more}`);
      if (item.sub) parts.push(renderList(item.sub));
      return marker + indent(parts.join('\n'), marker.length).slice(marker.length);
    })
    .join('\n');
}

const table = fc
  .tuple(words(1, 2), words(1, 2), fc.array(fc.tuple(line, words(0, 2)), { minLength: 1, maxLength: 3 }))
  .map(([a, b, rows]) =>
    [`| ${a} | ${b} |`, '| --- | :-: |', ...rows.map(([x, y]) => `| ${x.replace(/\|/g, '\\|')} | ${y} |`)].join('\n'),
  );

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(maybeId, paragraphText).map(([id, text]) => withId(id, text)) },
  { weight: 5, arbitrary: listShape(3).map(renderList) },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: words(1, 4).map((text) => `\`\`\`text\n${text}\n\`\`\``) },
  { weight: 1, arbitrary: paragraphText.map((text) => `> ${text.replace(/\n/g, '\n> ')}`) },
  { weight: 1, arbitrary: words(1, 4).map((text) => `<!-- ${text} -->`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '***',
      '[ref]: https://example.nl/ref "Ref"',
      '<div>\nblok</div>',
      '    ingesprongen code',
    ),
  },
);

const heading = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.array(inline, { minLength: 1, maxLength: 4 }),
    maybeId,
    fc.constantFrom('atx', 'atx', 'closed', 'setext', 'unnumbered'),
  )
  .map(([level, parts, id, style]) => {
    const text = `${parts.join(' ')}${id === null ? '' : ` {#${id}${style === 'unnumbered' ? ' .unnumbered' : ''}}`}`;
    if (style === 'setext') return `${text}\n${level === 1 ? '===' : '---'}`;
    return `${'#'.repeat(level)} ${text}${style === 'closed' ? ` ${'#'.repeat(level)}` : ''}`;
  });

const section = fc
  .tuple(heading, fc.array(block, { minLength: 0, maxLength: 2 }))
  .map(([head, blocks]) => [head, ...blocks].join('\n\n'));

const yamlString = words(1, 3).map((text) => JSON.stringify(text));
const frontmatter = fc
  .tuple(
    yamlString,
    yamlString,
    fc.constantFrom('"1.0"', '2.10', '1', "'3.0'"),
    fc.array(yamlString, { maxLength: 2 }),
    fc.boolean(),
  )
  .map(([title, organisation, version, sources, comment]) => {
    const lines = [
      `title: ${title}${comment ? ' # de titel' : ''}`,
      `organisation: ${organisation}`,
      `version: ${version}`,
      ...(comment ? ['# a comment line', 'status:   draft'] : []),
      ...(sources.length > 0 ? ['sources:', ...sources.map((source) => `  - ${source}`)] : []),
      'approvals:',
      '  - { date: 2024-06-12, name: "J. de Vries", role: GMR }',
    ];
    return `---\n${lines.join('\n')}\n---`;
  });

/** A whole policy source: optional frontmatter and title, a preamble, sections; some ID'd, some not. */
const policyText: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontmatter, { freq: 4 }),
    fc.option(
      words(1, 4).map((text) => `# ${text}`),
      { freq: 3 },
    ),
    fc.array(block, { maxLength: 2 }),
    fc.array(section, { minLength: 0, maxLength: 3 }),
    fc.boolean(),
  )
  .map(([front, title, preamble, sections, footnote]) =>
    [front, title, ...preamble, ...sections, footnote ? '[^1]: Zie _art. 3_ van het reglement.' : null]
      .filter((part): part is string => part !== null)
      .join('\n\n')
      .concat('\n'),
  );

/** Some sources are stored with a BOM and CRLF line endings, as Windows editors save them. */
export const policySource: fc.Arbitrary<string> = fc
  .tuple(policyText, fc.boolean(), fc.boolean())
  .map(([text, bom, crlf]) => (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text));
