// The front matter of a small test policy, De Linde's pestprotocol version 1.0 in a language, with further fields:
// what the diff tests that cite clauses (in words, per language and numbering) open each version with.

/** The front matter's lines, `extra` (e.g. a `numbering:` block) before its closing `---`, then an empty line. */
export const protocolFront = (lang: string, extra: readonly string[]): string[] => [
  '---',
  'id: pestprotocol',
  'title: Pestprotocol',
  'organisation: De Linde',
  'version: "1.0"',
  `lang: ${lang}`,
  ...extra,
  '---',
  '',
];
