// A small test policy, De Linde's pestprotocol version 1.0 in a language: its front matter, with further fields, and
// its first two articles, what the diff tests that cite clauses and headings (in words, per language and numbering)
// open each version with.

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

/** Article 1 "Doel" with one clause, article 2 "Melden" with two numbered ones, and an empty line after them. */
export const PROTOCOL_ARTICLES: readonly string[] = [
  '## Doel {#doel}',
  '',
  '{#doel.geldt} Dit protocol geldt voor alle scholen.',
  '',
  '## Melden {#melden}',
  '',
  '1. {#melden.mentor} Een leerling meldt pesten bij de mentor.',
  '2. {#melden.vastleggen} De mentor legt de melding binnen een week vast.',
  '',
];
