// Issue 16, noise: link syntax is not a change. A link written inline, by reference (`[text][4]`, `[text]` with a
// `[4]: url` definition), the original Markdown way with a space between the brackets (`[text] [4]`, as 18F's open
// source policy did until 2020), as an autolink or as a bare address is the same words for a reader; renaming a
// reference label changes nothing either. Only a link's TARGET is a change (issue 23 item 1, the approval hash covers
// it): a link of the same words that leads elsewhere is a modified clause, substantive unless only the address's
// form changed (http → https, a trailing slash).
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
});

describe('what stays a change', () => {
  it('a link of the same words pointed elsewhere, however it is written (issue 23 item 1)', () => {
    const elsewhere = 'https://wetten.overheid.nl/auteurswet#art6';
    for (const after of [
      policy(`["gezamenlijk werk"](${elsewhere})`),
      policy('["gezamenlijk werk"] [4]', DEFINITION.replace('#art5', '#art6')),
      policy(`<a href="${elsewhere}">"gezamenlijk werk"</a>`),
    ]) {
      const diff = diffOf(INLINE, after);
      expect(diff.changes).toHaveLength(1);
      expect(diff.changes[0]?.kinds).toEqual(['modified']);
      expect(diff.changes[0]?.significance).toBe('substantive');
      expect(diff.changes[0]?.reasons).toEqual([
        {
          code: 'link-target-changed',
          params: { text: '"gezamenlijk werk"', from: 'https://wetten.overheid.nl/auteurswet#art5', to: elsewhere },
        },
      ]);
      expect(diff.changes[0]?.words).toBeUndefined();
    }
  });

  it('only the form of the address changed (http → https, a trailing slash): editorial, still shown', () => {
    const before = policy('[de wet](http://wetten.overheid.nl/auteurswet)');
    const after = policy('[de wet](https://wetten.overheid.nl/auteurswet/)');
    const diff = diffOf(before, after);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]?.significance).toBe('editorial');
    expect(diff.changes[0]?.reasons).toEqual([]);
    expect(diff.changes[0]?.linkTargets).toEqual([
      {
        text: 'de wet',
        from: 'http://wetten.overheid.nl/auteurswet',
        to: 'https://wetten.overheid.nl/auteurswet/',
        formOnly: true,
      },
    ]);
  });

  it('another host is no form change', () => {
    const diff = diffOf(
      policy('[de wet](https://wetten.overheid.nl/auteurswet)'),
      policy('[de wet](https://example.com/auteurswet)'),
    );
    expect(diff.changes[0]?.significance).toBe('substantive');
  });

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
