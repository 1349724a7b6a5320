// The parser's fatal findings name their entry of templates/messages/en.yaml (messageId, fixId) and give its values
// (params), ESLint-style, beside words that read exactly as they did when they were built in TypeScript (the
// expected texts below were copied from the code of c46c7f0, before the words moved into the file).
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/index.js';

interface Expected {
  messageId: string;
  fixId: string;
  params: Record<string, unknown>;
  message: string;
  fix: string;
}

function fatalOf(source: string) {
  const fatal = parsePolicy(source, { path: 'p.md' }).findings.filter((finding) => finding.fatal);
  expect(fatal).toHaveLength(1);
  const [finding] = fatal;
  return {
    messageId: finding?.messageId,
    fixId: finding?.fixId,
    params: finding?.params,
    message: finding?.message,
    fix: finding?.fix,
  };
}

const deepList = `---\nid: x\ntitle: X\n---\n\n${Array.from({ length: 140 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`;

const cases: [name: string, source: string, expected: Expected][] = [
  [
    'an unclosed [ list',
    '---\nid: x\ntags: [a, b\ntitle: X\n---\n\n# X\n',
    {
      messageId: 'yaml-syntax.unclosed-list',
      fixId: 'yaml-syntax.close-or-quote',
      params: { open: '[', close: ']' },
      message: 'invalid YAML in the frontmatter: the list opened with [ is never closed with ]',
      fix: 'close it with ], or put the whole value in quotes if the [ is part of the text (title: "[…")',
    },
  ],
  [
    'a value with ": " in it',
    '---\nid: x\ntitle: Protocol: sociale media\n---\n\n# X\n',
    {
      messageId: 'yaml-syntax.colon-in-value',
      fixId: 'yaml-syntax.quote-value',
      params: { field: 'title', quoted: '"Protocol: sociale media"' },
      message:
        'invalid YAML in the frontmatter: the value of title contains ": ", which YAML reads as the start of a new field',
      fix: 'put the value in quotes: title: "Protocol: sociale media"',
    },
  ],
  [
    'a repeated field',
    '---\nid: x\nid: y\n---\n\n# X\n',
    {
      messageId: 'yaml-syntax.other',
      fixId: 'yaml-syntax.remove-repeated',
      params: { reason: 'Map keys must be unique' },
      message: 'invalid YAML in the frontmatter: Map keys must be unique',
      fix: 'remove the repeated field',
    },
  ],
  [
    'a list as frontmatter',
    '---\n- id\n- title\n---\n\n# X\n',
    {
      messageId: 'frontmatter-not-mapping.not-mapping',
      fixId: 'frontmatter-not-mapping.write-fields',
      params: {},
      message: 'the frontmatter must be a list of `field: value` lines',
      fix: 'write fields as `title: Protocol sociale media`, one per line',
    },
  ],
  [
    'frontmatter below blank lines',
    '\n\n---\nid: x\n---\n\n# X\n',
    {
      messageId: 'frontmatter-not-at-top.not-at-top',
      fixId: 'frontmatter-not-at-top.remove-blank-lines',
      params: { line: 3 },
      message: 'the frontmatter starts on line 3, not on the first line, so it is read as text',
      fix: 'remove the blank lines above the opening ---',
    },
  ],
  [
    'TOML frontmatter with a quote left open',
    '+++\nid = "x\ntitle = "X"\n+++\n\n# X\n',
    {
      messageId: 'toml-syntax.invalid',
      fixId: 'toml-syntax.write-fields',
      params: { reason: { messageId: 'toml-syntax.unclosed-quote', params: { quote: '"' } } },
      message: 'invalid TOML in the frontmatter: the quote " opened here is never closed',
      fix: 'write fields as `title = "Privacy"` (text in quotes), one per line; see https://toml.io',
    },
  ],
  [
    'lists nested 140 deep',
    deepList,
    {
      messageId: 'nesting-too-deep.containers',
      fixId: 'nesting-too-deep.flatten',
      params: { max: 128 },
      message: 'lists or quotes are nested more than 128 levels deep',
      fix: 'flatten the list; split deep structures into sections',
    },
  ],
];

describe('fatal parser findings keyed by id', () => {
  for (const [name, source, expected] of cases) {
    it(`${name}: ${expected.messageId}`, () => {
      expect(fatalOf(source)).toEqual(expected);
    });
  }
});
