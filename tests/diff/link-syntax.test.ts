// Issue 16, noise: link syntax is not a change. A link written inline, by reference (`[text][4]`, `[text]` with a
// `[4]: url` definition), the original Markdown way with a space between the brackets (`[text] [4]`, as 18F's open
// source policy did until 2020), as an autolink or as a bare address is the same words for a reader; renaming a
// reference label changes nothing either. Link targets are not part of a clause's text, so an edit of only a
// link's address is no clause change (tests/fixtures/labelled/diff-pairs.yaml says so for a badge URL).
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import type { PolicyDiff } from '../../src/diff/types.js';
import { parsePolicy } from '../../src/parse/index.js';

const diffOf = (before: string, after: string): PolicyDiff =>
  diffPolicies(parsePolicy(before, { path: 'old.md' }).policy, parsePolicy(after, { path: 'new.md' }).policy);

/** Plain Markdown as real documents are written: no frontmatter, no ids; `link` is the sentence's link. */
const policy = (link: string, definitions = ''): string =>
  `# Open source\n\n## Licenties\n\nCode die door de school is aangepast, geldt als ${link} en valt onder de oorspronkelijke licentie.\n\nDe school publiceert haar code openbaar.\n${definitions === '' ? '' : `\n${definitions}\n`}`;

const INLINE = policy('["gezamenlijk werk"](https://wetten.overheid.nl/auteurswet#art5)');
const DEFINITION = '  [4]: https://wetten.overheid.nl/auteurswet#art5 "Gezamenlijk werk"';

describe('a diff that only changes link syntax is no change', () => {
  it('a reference link written with a space between the brackets, made an inline link', () => {
    const spaced = policy('["gezamenlijk werk"] [4]', DEFINITION);
    expect(diffOf(spaced, INLINE).changes).toEqual([]);
    expect(diffOf(INLINE, spaced).changes).toEqual([]);
  });

  it('a spaced reference link whose label was renamed', () => {
    const before = policy('["gezamenlijk werk"] [4]', DEFINITION);
    const after = policy('["gezamenlijk werk"] [auteurswet]', DEFINITION.replace('[4]', '[auteurswet]'));
    expect(diffOf(before, after).changes).toEqual([]);
  });

  it('a spaced reference link broken over two lines, and one around emphasised words', () => {
    const before = policy('["gezamenlijk\nwerk"]\n[4]', DEFINITION);
    expect(diffOf(before, INLINE).changes).toEqual([]);
    const emphasised = policy('[*gezamenlijk werk*] [4]', DEFINITION);
    expect(diffOf(emphasised, policy('*gezamenlijk werk*')).changes).toEqual([]);
  });

  it('a spaced pair of which both halves are defined labels reads as one link', () => {
    const both = policy('["gezamenlijk werk"] [4]', `${DEFINITION}\n  ["gezamenlijk werk"]: https://example.org/`);
    expect(diffOf(both, INLINE).changes).toEqual([]);
  });

  it('full, collapsed and shortcut reference links, inline links and a renamed label', () => {
    const forms = [
      INLINE,
      policy('["gezamenlijk werk"][4]', DEFINITION),
      policy('["gezamenlijk werk"][5]', DEFINITION.replace('[4]', '[5]')),
      policy('["gezamenlijk werk"][]', DEFINITION.replace('[4]', '["gezamenlijk werk"]')),
      policy('["gezamenlijk werk"]', DEFINITION.replace('[4]', '["gezamenlijk werk"]')),
      policy('<a href="https://wetten.overheid.nl/auteurswet#art5">"gezamenlijk werk"</a>'),
    ];
    for (const before of forms) for (const after of forms) expect(diffOf(before, after).changes).toEqual([]);
  });

  it('an autolink, a bare address and a link that shows its own address', () => {
    const address = 'https://wetten.overheid.nl/auteurswet';
    const forms = [policy(`<${address}>`), policy(address), policy(`[${address}](${address})`)];
    for (const before of forms) for (const after of forms) expect(diffOf(before, after).changes).toEqual([]);
  });

  it('only the link target changed', () => {
    const after = policy('["gezamenlijk werk"](https://wetten.overheid.nl/auteurswet#art6)');
    expect(diffOf(INLINE, after).changes).toEqual([]);
  });
});

describe('what stays a change', () => {
  it('other link text is a change of the clause', () => {
    const after = policy('["gemeenschappelijk werk"] [4]', DEFINITION);
    const diff = diffOf(INLINE, after);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]?.kinds).toEqual(['modified']);
    expect(diff.changes[0]?.new?.text).toContain('"gemeenschappelijk werk" en valt');
  });

  it('brackets before a label nobody defined stay text, as they show', () => {
    const diff = diffOf(INLINE, policy('["gezamenlijk werk"] [4]'));
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]?.new?.text).toContain('["gezamenlijk werk"] [4]');
  });
});
