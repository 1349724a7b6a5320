// fast-check generators for the fast-parser equivalence tests: policy-shaped documents (headings with IDs, clauses
// with `{#id}` markers, nested ordered and bullet lists with start numbers, tables, code, quotes, footnotes, HTML
// comments, hard breaks) and a "line soup" of Markdown fragments behind random container prefixes, which finds
// the corners where two CommonMark parsers disagree.
import fc from 'fast-check';

const WORDS = [
  'beleid',
  'privé',
  'geïnformeerd',
  'ĳs',
  'Ĳzer',
  'leerlingen',
  'ouders',
  'school',
  'de',
  'het',
  'een',
  'van',
  'in',
  'op',
  "foto's",
  '2024',
  '€ 10,-',
  'o.a.',
  'Abs.',
  '§ 12',
  'BGB',
  'naïef',
];

const word = fc.constantFrom(...WORDS);
const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(' '));

const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 1, arbitrary: words(1, 3).map((text) => `*${text}*`) },
  { weight: 1, arbitrary: words(1, 3).map((text) => `**${text}**`) },
  { weight: 1, arbitrary: words(1, 2).map((text) => `_${text}_`) },
  {
    weight: 1,
    arbitrary: words(1, 2).map((text) => `[${text}](https://example.nl/${encodeURIComponent(text)} "titel")`),
  },
  { weight: 1, arbitrary: words(1, 2).map((text) => `![${text}](beeld.png)`) },
  { weight: 1, arbitrary: words(1, 2).map((text) => `\`${text}\``) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '[^1]',
      '[^noot]',
      '<!-- notitie -->',
      '\\*',
      '&amp;',
      '\\[...]',
      '<b>',
      '</b>',
      '1.',
      '#',
      '{#nep}',
    ),
  },
);

const textLine = fc.array(inline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
/** Running text over one to three lines, joined by soft or hard breaks. */
const paragraphText = fc
  .tuple(fc.array(textLine, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\n', '  \n', '\\\n'))
  .map(([lines, joint]) => lines.join(joint));

const ID_POOL = ['doel', 'up.belang', 'up.klimaat', 'a-b', 'x.1', 's1', 'art-12.abs-1', 'Ongeldig', ''];
const maybeId = fc.option(fc.constantFrom(...ID_POOL), { freq: 2 });
const withId = (id: string | null, text: string): string => (id === null ? text : `{#${id}} ${text}`);
const indent = (text: string, by: number): string =>
  text
    .split('\n')
    .map((row) => (row === '' ? '' : ' '.repeat(by) + row))
    .join('\n');

interface ListShape {
  ordered: boolean;
  start: number;
  loose: boolean;
  items: { id: string | null; text: string; more: string | null; sub: ListShape | null }[];
}

const listShape: fc.Memo<ListShape> = fc.memo((depth: number) =>
  fc.record({
    ordered: fc.boolean(),
    start: fc.constantFrom(1, 1, 2, 7, 10, 99),
    loose: fc.boolean(),
    items: fc.array(
      fc.record({
        id: maybeId,
        text: fc.oneof(
          { weight: 8, arbitrary: paragraphText },
          { weight: 1, arbitrary: fc.constantFrom('| a | b |\n| - | - |\n| c | d |', '> citaat') },
        ),
        more: fc.option(paragraphText, { freq: 5 }),
        sub: depth > 1 ? fc.option(listShape(depth - 1), { freq: 3 }) : fc.constant(null),
      }),
      { minLength: 1, maxLength: depth > 2 ? 4 : 2 },
    ),
  }),
);

function renderList(list: ListShape): string {
  return list.items
    .map((item, index) => {
      const marker = list.ordered
        ? `${list.start + index}${list.start === 7 ? ')' : '.'} `
        : list.start === 10
          ? '* '
          : '- ';
      const parts = [withId(item.id, item.text)];
      if (item.more) parts.push(`\n${item.more}`);
      if (item.sub) parts.push(renderList(item.sub));
      return marker + indent(parts.join('\n'), marker.length).slice(marker.length);
    })
    .join(list.loose ? '\n\n' : '\n');
}

const table = fc
  .tuple(
    words(1, 2),
    words(1, 2),
    fc.array(fc.tuple(textLine, words(0, 2)), { minLength: 0, maxLength: 3 }),
    fc.constantFrom('| --- | --- |', '|:--|--:|', '| :-: | - |'),
  )
  .map(([a, b, rows, delimiter]) =>
    [`| ${a} | ${b} |`, delimiter, ...rows.map(([x, y]) => `| ${x.replace(/\|/g, '\\|')} | ${y} |`)].join('\n'),
  );

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(maybeId, paragraphText).map(([id, text]) => withId(id, text)) },
  { weight: 5, arbitrary: listShape(3).map(renderList) },
  { weight: 1, arbitrary: table },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('', 'text', 'js meta'), words(1, 4))
      .map(([info, text]) => `\`\`\`${info}\n${text}\n\n${text}\n\`\`\``),
  },
  { weight: 1, arbitrary: words(1, 4).map((text) => `    ${text}\n\n    ${text}`) },
  { weight: 1, arbitrary: paragraphText.map((text) => `> ${text.replace(/\n/g, '\n> ')}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(paragraphText, listShape(1))
      .map(
        ([text, list]) => `> ${text.replace(/\n/g, '\n> ')}\n>\n${indent(renderList(list), 0).replace(/^/gm, '> ')}`,
      ),
  },
  { weight: 1, arbitrary: words(1, 4).map((text) => `<!-- ${text} -->`) },
  { weight: 1, arbitrary: fc.constantFrom('***', '---', '<div>\nblok\n</div>', '<!--\nmeerdere regels\n-->') },
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
  .tuple(heading, fc.array(block, { maxLength: 3 }))
  .map(([head, blocks]) => [head, ...blocks].join('\n\n'));

const frontmatter = fc
  .tuple(words(1, 3), fc.constantFrom('"1.0"', '2.10', '1'), fc.constantFrom('nl', 'en', 'de'))
  .map(
    ([title, version, lang]) =>
      `---\ntitle: ${JSON.stringify(title)}\nversion: ${version}\nlang: ${lang}\napprovals:\n  - { date: 2024-06-12, name: "J. de Vries", role: GMR }\n---`,
  );

const footnotes = fc.constantFrom(
  '',
  '[^1]: Zie art. 3 van het reglement.',
  '[^1]: Zie art. 3.\n\n[^noot]:     **Amtlicher Hinweis:**  Diese Vorschrift\n    dient der Umsetzung.',
  '[^noot]: Eerste alinea.\n\n    Tweede alinea met *nadruk*.',
);

/** A policy-shaped document. */
export const policyDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontmatter, { freq: 3 }),
    fc.option(
      words(1, 4).map((text) => `# ${text}`),
      { freq: 2 },
    ),
    fc.array(block, { maxLength: 3 }),
    fc.array(section, { maxLength: 4 }),
    footnotes,
  )
  .map(([front, title, preamble, sections, notes]) =>
    [front, title, ...preamble, ...sections, notes]
      .filter((part) => part !== null && part !== '')
      .join('\n\n')
      .concat('\n'),
  );

const FRAGMENTS = [
  'foo',
  '*em* **strong** ***both***',
  '_u_ __uu__',
  '`code` `` a ` b ``',
  '\\*esc\\*',
  '&amp; &copy; &#123; &bogus;',
  '[link](http://x "t")',
  '![img *a*](u "t")',
  '<span>x</span>',
  '<!-- c -->',
  '[^n]',
  '[^N] [^missing]',
  '{#id.x} text',
  'x_y_z',
  '* ** _ [ ] ( ) ! \\ # | \\|',
  '1. 2) - + >',
  'ĳ ë 😀 € “quoted”',
  '<http://auto.link>',
  '<me@mail.org>',
  'text  ',
  'text\\',
  '# Heading {#h}',
  '## x ###',
  '#',
  '---',
  '***',
  '===',
  '```',
  '```js meta ',
  '<div>',
  '</div>',
  '<!--',
  '-->',
  '<pre>',
  '</pre>',
  '| a | b |',
  '|---|:-:|',
  'a | b',
  '-|-',
  '| x |',
  '|',
  '',
  '',
  '    code',
  '     code2',
  '[^n]: note',
  '[^N]:',
  '  text',
];
const PREFIXES = [
  '',
  '',
  '',
  '',
  '> ',
  '>',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2. ',
  '1) ',
  '10. ',
  '  ',
  '   ',
  '    ',
  '      ',
  '[^n]: ',
  '- > ',
  '> - ',
  '1. - ',
];

/** Lines of Markdown fragments behind random container prefixes. */
export const lineSoup: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...PREFIXES, '', '', ''), fc.constantFrom(...FRAGMENTS)),
    { minLength: 1, maxLength: 12 },
  )
  .chain((lines) =>
    fc
      .boolean()
      .map((finalNewline) => lines.map(([a, b, text]) => a + b + text).join('\n') + (finalNewline ? '\n' : '')),
  );

/**
 * Spaces turned into tabs (one pick in four), where the fast path reads tabs itself (src/parse/fast/tabs.ts) and
 * around it: indentation by four columns as `\t`, ` \t`, `  \t` or `   \t` (mixed, the same column), a tab after a
 * list, heading or quote marker (a column further on, which may nest the lines below otherwise), a tab between two
 * words, in table rows too.
 */
function withTabs(source: string, picks: readonly number[]): string {
  let n = 0;
  const pick = (): number => picks[n++ % picks.length] ?? 0;
  return source
    .split('\n')
    .map((line) =>
      line
        .replace(/^(?: {4})+/, (run) =>
          pick() % 4 === 0 ? Array.from({ length: run.length / 4 }, () => `${' '.repeat(pick() % 4)}\t`).join('') : run,
        )
        .replace(/^([ \t]*)(\d{1,9}[.)]|[-*+]|#{1,6}|>) (?=\S)/, (marked, before: string, marker: string) =>
          pick() % 4 === 0 ? `${before}${marker}\t` : marked,
        )
        .replace(/(?<=\S) (?=\S)/g, (space) => (pick() % 4 === 0 ? '\t' : space)),
    )
    .join('\n');
}

/** An article of a law text as Word exports it: numbered members, `1.<tab>…`, lettered lines indented by a tab. */
const lawArticle = fc
  .tuple(
    fc.integer({ min: 1, max: 400 }),
    fc.array(fc.tuple(textLine, fc.array(textLine, { maxLength: 3 })), { minLength: 1, maxLength: 4 }),
  )
  .map(([number, members]) =>
    [
      `Artikel ${number}`,
      ...members.map(([text, letters], index) =>
        [
          `${index + 1}.\t${text}${letters.length > 0 ? ':' : ''}`,
          ...letters.map((letter, at) => `\t${'abc'[at]}.\t${letter}`),
        ].join('\n'),
      ),
    ].join('\n\n'),
  );

/** A policy-shaped document with tabs in it, or law articles with theirs, and now and then a web address. */
export const tabbedDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      policyDocument,
      fc.array(lawArticle, { minLength: 1, maxLength: 4 }).map((parts) => `${parts.join('\n\n')}\n`),
    ),
    fc.array(fc.nat(), { minLength: 7, maxLength: 31 }),
    fc.option(
      // Escaped (as import's writer escapes them) or as a character reference, remark-gfm links them all the same.
      fc.constantFrom(
        'Zie www.rijksoverheid.nl/KEI.',
        'Mail info@school.nl',
        '[Red: zie https://wetten.nl.]',
        '\\[Red: zie www\\.rijksoverheid.nl/KEI.]',
        'Mail info&#64;school.nl',
      ),
      {
        freq: 3,
      },
    ),
  )
  .map(([document, picks, address]) => withTabs(address === null ? document : `${document}\n${address}\n`, picks));

const TAB_FRAGMENTS = [
  'a\tb',
  'a.\twegens strijd',
  '*em*\tx `a\tb`',
  '1.\tfoo',
  '-\tfoo',
  '10.\ty',
  '100.\tz',
  '#\tHead',
  '##\tH\t##',
  '| a\t| b |',
  '|---|\t:-:|',
  '\tfoo',
  ' \tfoo',
  '\t\tfoo',
  '*\t*\t*',
  'foo\t',
  '```\tjs',
  '[^n]:\tnote',
  'see www.x.nl/a.',
  'info@x.nl',
  '[www.x.nl](u)',
  'http://a.b/(c)d).',
  'www\\.x.nl',
  'http\\://x.nl',
  'a&#64;x.nl',
  '&#119;ww.x.nl',
];
const TAB_PREFIXES = ['-\t', '1.\t', '10.\t', '\t', '\t\t', ' \t', '  \t', '>\t', '\t- ', '1.\t-\t'];

/** Lines of Markdown fragments with tabs and web addresses, behind random container prefixes, some with tabs. */
export const tabSoup: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...PREFIXES, ...TAB_PREFIXES),
      fc.constantFrom(...PREFIXES, ...TAB_PREFIXES, '', '', ''),
      fc.constantFrom(...FRAGMENTS, ...TAB_FRAGMENTS, ...TAB_FRAGMENTS),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .chain((lines) =>
    fc
      .boolean()
      .map((finalNewline) => lines.map(([a, b, text]) => a + b + text).join('\n') + (finalNewline ? '\n' : '')),
  );

const LIST_MARKERS = ['- ', '* ', '1. ', '2. ', '10) '];
const TABLE_HEADERS = ['| a | b |', 'a | b', 'beleid', '| a |', 'x|y', '|a'];
const TABLE_DELIMITERS = ['| - | - |', '--- |', '|:-:|--|', '-|-', '---', ':-', '| --- |', '|-'];
const TABLE_ROWS = ['| c | d |', 'c | d', 'tekst', '> citaat', '- punt', '<b>', '    code', ''];

/**
 * A table, or lines that nearly make one, in list items nested one to four deep: each of its lines indented to the
 * innermost item's content, or up to six columns less (lazy lines, or lines of an outer item) or two more, right
 * under the item's text or after a blank line. Where micromark and markdown-it part ways on tables in containers.
 */
export const listTable: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...LIST_MARKERS), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', 'punt', 'punt\nmeer'),
    fc.boolean(),
    fc.constantFrom(...TABLE_HEADERS),
    fc.constantFrom(...TABLE_DELIMITERS),
    fc.array(fc.constantFrom(...TABLE_ROWS), { maxLength: 3 }),
    fc.array(fc.integer({ min: -6, max: 2 }), { minLength: 5, maxLength: 5 }),
    fc.constantFrom('', '\n', '\nnaschrift\n', '\n\n- volgend\n'),
  )
  .map(([markers, text, blank, header, delimiter, rows, shifts, tail]) => {
    let column = 0;
    const items = markers.map((marker, depth) => {
      const line = `${' '.repeat(column)}${marker}${depth === markers.length - 1 ? text : 'x'}`;
      column += marker.length;
      return line.replace('\n', `\n${' '.repeat(column)}`);
    });
    const table = [header, delimiter, ...rows].map((row, at) =>
      row === '' ? '' : ' '.repeat(Math.max(0, column + (shifts[at] ?? 0))) + row,
    );
    return `${items.join('\n')}\n${blank ? '\n' : ''}${table.join('\n')}\n${tail}`;
  });
