// A parse kept in diff's shape (src/parse/diff-shape.ts) and read back must give the diff the whole parse gives: every
// ordered pair of the shipped policies and policies whose clauses hold what the diff reads beyond their words (links
// inline, by reference to a definition in a list or a quote, as HTML; footnotes; a table), with and without a written
// `lang`. A plain clause keeps no content; a language detected is kept settled; a parse with a recorded approval hash
// is not kept; neither kind of entry is read back as the other. `compare` reads its documents in the same shape
// (src/jobs/compare-read.ts): the shipped social-media protocols and the linking policies align as whole parses do,
// and what a person's recorded word hashes (a clause's content, the headings) is what the shape leaves out.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { alignPolicies } from '../../src/compare/index.js';
import { clauseHash, documentHash } from '../../src/compare/read/confirmations.js';
import { diffPolicies } from '../../src/diff/diff.js';
import { restoredForDiff, storedForDiff } from '../../src/parse/diff-shape.js';
import { type ParseResult, parsePolicy } from '../../src/parse/index.js';
import { restoredParse, storedParse } from '../../src/parse/stored.js';
import { PROJECT_ROOT, shippedPolicyPaths } from '../support/paths.js';

interface Source {
  path: string;
  text: string;
}

/** The parse of `source` kept in diff's shape and read back, as the cache does it. */
function shaped({ path, text }: Source, markdown: 'auto' | 'remark' = 'auto'): ParseResult {
  const stored = storedForDiff(parsePolicy(text, { path, markdown }));
  if (stored === undefined) throw new Error(`${path} was not kept in diff's shape`);
  const restored = restoredForDiff(deserialize(serialize(stored)), text);
  if (restored === undefined) throw new Error(`${path} was not read back in diff's shape`);
  return restored;
}

const whole = ({ path, text }: Source): ParseResult => parsePolicy(text, { path });

/** A source's parses for one side of the diffs: whole, and kept in diff's shape and read back. */
const sideOf = (source: Source): { whole: ParseResult; shaped: ParseResult } => ({
  whole: whole(source),
  shaped: shaped(source),
});

/**
 * Every ordered pair's diff of the shaped parses against that of the whole ones. Each source is parsed once per side,
 * not once per pair (diffPolicies changes neither policy it is given, held at the end): the old side and the new side are parses of
 * their own, so a policy diffed against itself is two objects, as two files read are.
 */
function expectSameDiffs(sources: readonly Source[]): void {
  const olds = sources.map(sideOf);
  const news = sources.map(sideOf);
  sources.forEach((before, i) => {
    sources.forEach((after, j) => {
      const [old, next] = [olds[i], news[j]] as [ReturnType<typeof sideOf>, ReturnType<typeof sideOf>];
      const expected = diffPolicies(old.whole.policy, next.whole.policy);
      const diff = diffPolicies(old.shaped.policy, next.shaped.policy);
      // vitest's walk only where node's strict deep equality finds a difference (then it decides and reports).
      if (!isDeepStrictEqual(diff, expected)) expect(diff, `${before.path} → ${after.path}`).toStrictEqual(expected);
    });
  });
  // What makes the parses shareable between pairs, held: after every diff each is still the parse it was.
  sources.forEach((source, i) => {
    const fresh = sideOf(source);
    for (const side of [olds[i], news[i]])
      if (!isDeepStrictEqual(side, fresh)) expect(side, source.path).toStrictEqual(fresh);
  });
}

const shipped: Source[] = shippedPolicyPaths().map((file) => ({
  path: file.slice(PROJECT_ROOT.length + 1),
  text: readFileSync(file, 'utf8'),
}));

const FRONTMATTER = '---\nid: links\ntitle: Links\nlang: nl\n---\n\n';

/** A policy whose clauses cite, link and hold HTML and a table; `target` is where its links lead and its note's words. */
const linked = (target: string, frontmatter = FRONTMATTER): string =>
  `${frontmatter}# Links

## Bronnen

1. Zie [de wet](${target}) voor de regels.
2. Zie [de regeling][wet] en [nog eens][WET].
   > [wet]: ${target}/eerste "Eerste"
3. Een voetnoot[^1] bij de tekst.
4. Een <a href="${target}/html">link in HTML</a> en gewone woorden.

## Tabel

| Wie | Wat |
| --- | --- |
| De school | [het plan](${target}/plan) |

Een gewone zin zonder iets erbij.

[wet]: ${target}/tweede

[^1]: Volgens [de bron](${target}/noot) op ${target}.
`;

/** A policy whose one clause is a table of contacts: compare reads its rows as units (src/compare/terms/units.ts). */
const contacts = (org: string, changed: number): string =>
  `---\nid: contact\ntitle: Contact\norg: ${org}\nlang: nl\n---\n\n# Contact\n\n## Wie helpt\n\n` +
  `| Functie | Naam | Telefoon |\n| --- | --- | --- |\n` +
  ['Vertrouwenspersoon | J. de Vries', 'Aandachtsfunctionaris | P. Jansen', 'Directeur | K. Bakker']
    .map((row, index) => `| ${row} | 010 ${index === changed ? 999 : 100 + index} |\n`)
    .join('') +
  `\nBel bij twijfel altijd eerst de vertrouwenspersoon van de school.\n`;

describe('a parse kept in diff´s shape', () => {
  it('gives every ordered pair of the shipped policies the diff of their whole parses', () => {
    expectSameDiffs(shipped);
  });

  it('gives the diff of the whole parses where clauses link, cite, hold HTML or a table, with and without `lang`', () => {
    const targets = ['https://wetten.overheid.nl/a', 'https://wetten.overheid.nl/b', 'http://wetten.overheid.nl/a/'];
    expectSameDiffs([
      ...targets.map((target, index) => ({ path: `links-${index}.md`, text: linked(target) })),
      ...targets.map((target, index) => ({ path: `plain-${index}.md`, text: linked(target, '') })),
    ]);
  });

  it('keeps no content of a clause of plain words, and all of a clause that links', () => {
    const { policy } = shaped({ path: 'links.md', text: linked('https://example.org') });
    const [sources, table] = policy.sections;
    expect(sources?.clauses.map((clause) => clause.content.length)).toStrictEqual([1, 2, 1, 1]);
    expect(table?.clauses.map((clause) => clause.content.length)).toStrictEqual([1, 0]);
    expect(policy.tree.children.map((node) => node.type)).toStrictEqual(['yaml', 'definition', 'definition']);
  });

  it('keeps of a clause´s and a heading´s place only the line it starts on, and no heading´s inline content', () => {
    const text = linked('https://example.org');
    const { policy } = shaped({ path: 'links.md', text });
    const whole = parsePolicy(text, { path: 'links.md' }).policy;
    const [sources] = policy.sections;
    expect(sources?.position).toStrictEqual({ start: { line: whole.sections[0]?.position?.start.line } });
    expect(sources?.heading).toStrictEqual([]);
    expect(sources?.clauses.map((clause) => clause.position)).toStrictEqual(
      whole.sections[0]?.clauses.map((clause) => ({ start: { line: clause.position.start.line } })),
    );
  });

  it('keeps the language of a policy without `lang` as detected from its text, settled', () => {
    const text = (shipped[0]?.text ?? '').replace(/^---\n[\s\S]*?\n---\n/, '');
    const read = shaped({ path: 'zonder-lang.md', text }).policy.meta;
    const detected = whole({ path: 'zonder-lang.md', text }).policy.meta;
    expect(Object.getOwnPropertyDescriptor(read, 'lang')?.get).toBeUndefined();
    expect([read.lang, read.langSource]).toStrictEqual([detected.lang, detected.langSource]);
    expect(read.langSource).toBe('detected');
  });

  it('is not made of a parse whose approval recorded a hash (its adoption reads the whole text)', () => {
    const approved = FRONTMATTER.replace(
      'lang: nl\n',
      'lang: nl\nstatus: approved\napprovals:\n  - date: 2025-01-01\n    name: A\n    role: B\n    hash: abc\n',
    );
    expect(storedForDiff(parsePolicy(`${approved}# T\n\nTekst.\n`, { path: 'a.md' }))).toBeUndefined();
    expect(storedForDiff(parsePolicy(`${FRONTMATTER}# T\n\nTekst.\n`, { path: 'a.md' }))).toBeDefined();
  });

  it('is not read back as a whole parse, nor a whole parse in diff´s shape', () => {
    const text = linked('https://example.org');
    const parse = parsePolicy(text, { path: 'links.md' });
    expect(restoredParse(deserialize(serialize(storedForDiff(parse))), text)).toBeUndefined();
    expect(restoredForDiff(deserialize(serialize(storedParse(parse))), text)).toBeUndefined();
  });

  it('gives compare the alignment of the whole parses, listed and induced topics alike', () => {
    const sources = [
      ...shipped.filter((source) => source.path.endsWith('social-media.md')),
      { path: 'links.md', text: linked('https://wetten.overheid.nl/a') },
      { path: 'plain.md', text: linked('https://wetten.overheid.nl/b', '') },
      ...['noord', 'zuid'].map((org, index) => ({ path: `${org}.md`, text: contacts(org, index) })),
    ];
    const wholes = sources.map((source) => parsePolicy(source.text, { path: source.path, markdown: 'auto' }).policy);
    const shapes = sources.map((source) => shaped(source, 'auto').policy);
    for (const topics of [undefined, 'induce'] as const) {
      const expected = alignPolicies(wholes, topics ? { topics } : {});
      const alignment = alignPolicies(shapes, topics ? { topics } : {});
      if (!isDeepStrictEqual(alignment, expected)) expect(alignment).toStrictEqual(expected);
    }
  });

  it('leaves out what a person´s recorded word on a clause or a document hashes, so compare reads those whole', () => {
    const source = { path: 'links.md', text: linked('https://example.org') };
    const whole = parsePolicy(source.text, { path: source.path, markdown: 'auto' }).policy;
    const read = shaped(source, 'auto').policy;
    const plain = (policy: typeof whole) => policy.sections[1]?.clauses[1];
    expect(clauseHash(read, plain(read)!)).not.toBe(clauseHash(whole, plain(whole)!));
    expect(documentHash(read)).not.toBe(documentHash(whole));
  });
});
