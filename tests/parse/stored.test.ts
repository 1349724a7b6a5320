// A parse kept by the cache of parsed policies (src/parse/stored.ts) comes back as the parse it was: every shipped
// policy and generated policies of several sizes, with both Markdown readers; the language of a policy without a
// written `lang` is still detected only when read, and the same; a parse the cache must not keep is not kept. The
// German law texts and ../shared/dev-corpus: stored.integration.test.ts.
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { generatePolicy } from '../../bench/corpus.js';
import { WrittenNumber } from '../../src/parse/frontmatter.js';
import { parsePolicy } from '../../src/parse/index.js';
import { restoredParse, storedParse } from '../../src/parse/stored.js';
import { PROJECT_ROOT, shippedPolicyPaths } from '../support/paths.js';
import { expectSameRoundTrip } from './stored-round-trip.js';

describe('a stored parse read back', () => {
  it.each(shippedPolicyPaths().map((file) => [file.slice(PROJECT_ROOT.length + 1)]))('%s is the same', (file) => {
    const source = readFileSync(`${PROJECT_ROOT}/${file}`, 'utf8');
    expect(expectSameRoundTrip(source, file)).toBe(true);
    expect(expectSameRoundTrip(source, file, 'remark')).toBe(true);
  });

  it.each([10, 250, 1500])('a generated policy of %i clauses is the same', (clauses) => {
    const source = generatePolicy(clauses);
    expect(expectSameRoundTrip(source, 'policies/org/generated.md')).toBe(true);
    expect(expectSameRoundTrip(source, 'policies/org/generated.md', 'remark')).toBe(true);
    // Carriage returns and a byte order mark are taken off the source as the parse takes them off.
    expect(expectSameRoundTrip(`\ufeff${source.replace(/\n/g, '\r\n')}`, 'generated.md')).toBe(true);
  });

  it('detects the language of a policy without `lang` only when read, from the text read back', () => {
    const source = '# Reglement\n\nDe leerlingen van de school houden zich aan de regels die in dit reglement staan.\n';
    const restored = restoredParse(deserialize(serialize(storedParse(parsePolicy(source)))), source);
    const meta = restored?.policy.meta ?? {};
    expect(typeof Object.getOwnPropertyDescriptor(meta, 'lang')?.get).toBe('function');
    expect(restored?.policy.meta).toMatchObject({ lang: 'nl', langSource: 'detected' });
    expect(Object.getOwnPropertyDescriptor(meta, 'lang')).toMatchObject({ value: 'nl' });
    const english = 'The pupils of the school keep to the rules that are written down in these regulations.\n';
    const read = restoredParse(deserialize(serialize(storedParse(parsePolicy(english)))), english);
    expect(read?.policy.meta.lang).toBe('en');
  });

  it('keeps a policy with a written `lang` as written', () => {
    const source = '---\nlang: de\n---\n# Ordnung\n\nDie Schüler halten sich an die Regeln.\n';
    expect(expectSameRoundTrip(source, 'ordnung.md')).toBe(true);
    const restored = restoredParse(deserialize(serialize(storedParse(parsePolicy(source)))), source);
    expect(restored?.policy.meta).toMatchObject({ lang: 'de', langSource: 'frontmatter' });
  });

  it('gives back the numbers of the frontmatter as written (WrittenNumbers), also in fields clausemark does not know', () => {
    const source = '---\nversion: 1.10\neigen: { every: 2.0, next: [1, 2.50] }\n---\n# Reglement\n\nTekst.\n';
    const fresh = parsePolicy(source);
    expect(fresh.policy.frontmatter?.data.version).toBeInstanceOf(WrittenNumber);
    expect(expectSameRoundTrip(source, 'reglement.md')).toBe(true);
    const restored = restoredParse(deserialize(serialize(storedParse(fresh))), source);
    expect(restored?.policy.meta.extra.eigen).toEqual({
      every: new WrittenNumber('2.0', 2),
      next: [new WrittenNumber('1', 1), new WrittenNumber('2.50', 2.5)],
    });
    expect((restored?.policy.meta.extra.eigen as { every?: unknown } | undefined)?.every).toBeInstanceOf(WrittenNumber);
  });

  it('keeps a text Latin-1 can write at one byte a character beside a text beyond Latin-1, the same texts', () => {
    const source = '# Reglement – 2025\n\nDe leerlingen houden zich aan de regels van de school.\n';
    const stored = storedParse(parsePolicy(source));
    const texts = (stored?.policy.tree.children ?? []).map((node) => toString(node));
    expect(texts).toEqual(['Reglement – 2025', 'De leerlingen houden zich aan de regels van de school.']);
    // V8's serialisation of a string: after the two bytes of its header, '"' for one byte a character, 'c' for two.
    const paragraph = stored?.policy.tree.children[1] as { children: { value: string }[] } | undefined;
    const heading = stored?.policy.tree.children[0] as { children: { value: string }[] } | undefined;
    expect(String.fromCharCode(serialize(paragraph?.children[0]?.value)[2] ?? 0)).toBe('"');
    expect(String.fromCharCode(serialize(heading?.children[0]?.value)[2] ?? 0)).toBe('c');
    expect(expectSameRoundTrip(source, 'reglement.md')).toBe(true);
  });

  it('keeps no fatal parse', () => {
    const tooDeep = `${'> '.repeat(5000)}x\n`;
    const deep = parsePolicy(tooDeep);
    expect(deep.findings.some((finding) => finding.fatal)).toBe(true);
    expect(storedParse(deep)).toBeUndefined();
  });

  it('reads back nothing from a value that is not a stored parse', () => {
    for (const value of [undefined, null, 7, 'text', {}, { kind: 'clausemark-parse-0' }, []])
      expect(restoredParse(value, '# x\n')).toBeUndefined();
  });
});
