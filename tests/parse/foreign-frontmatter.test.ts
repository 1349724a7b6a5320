// Other tools' metadata at the top of a Markdown file (TOML, unfenced YAML, header lines, a licence comment) is
// metadata, never clauses: the H1 after it stays the title and clause numbering does not shift (issue 16).
import { describe, expect, it } from 'vitest';
import { allClauses } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const BODY = '# Privacy policy\n\n## Data\n\nWe keep logs.\n\n1. The IP address;\n2. The browser.\n';

function read(source: string) {
  const { policy, findings } = parsePolicy(source, { path: 'site/privacy.md' });
  return { policy, findings, clauses: [...allClauses(policy)].map(({ clause }) => clause.text) };
}

const EXPECTED_CLAUSES = ['We keep logs.', 'The IP address;', 'The browser.'];

describe('foreign front matter is metadata', () => {
  it('reads a Hugo TOML +++ block as frontmatter, mapping title, date and lang', () => {
    const { policy, findings, clauses } = read(
      `+++\ntitle = "Privacy"\ndate = 2021-06-04\nlang = "en"\ndraft = false\n+++\n\n${BODY}`,
    );
    expect(findings).toEqual([]);
    expect(clauses).toEqual(EXPECTED_CLAUSES);
    expect(policy.frontmatter?.format).toBe('toml');
    expect(policy.meta).toMatchObject({ title: 'Privacy', lang: 'en', effective: '2021-06-04' });
    expect(policy.meta.extra).toMatchObject({ draft: false });
    expect(policy.frontmatter?.fields.lang?.key.start).toMatchObject({ line: 4, column: 1 });
    expect(policy.sections.map((section) => section.title)).toEqual(['Data']);
  });

  it('reads YAML without its opening --- as frontmatter, not as a setext heading', () => {
    const { policy, findings, clauses } = read(`title: Privacy\nlayout: page\nauthor: Apache Mahout\n---\n\n${BODY}`);
    expect(findings).toEqual([]);
    expect(clauses).toEqual(EXPECTED_CLAUSES);
    expect(policy.frontmatter?.format).toBe('yaml-unfenced');
    expect(policy.meta).toMatchObject({ title: 'Privacy', organisation: 'Apache Mahout' });
    expect(policy.sections.map((section) => section.title)).toEqual(['Data']);
  });

  it("titles a strongdm/comply policy (several H1s) by its own `name:`, not by the file's name (issue 39 item 5)", () => {
    const comply =
      'name: Password Policy\nacronym: PWP\n---\n# Purpose\n\na. Staff keep passwords.\n\n# Policy\n\na. Long ones.\n';
    const { policy } = read(comply);
    expect(policy.meta).toMatchObject({ title: 'Password Policy', titleSource: 'frontmatter' });
    expect(policy.meta.inferred).not.toContain('title');
    // Without a name of its own the title is the file's, and says so: diff and the approval leave it out.
    const nameless = read('# Purpose\n\na. Staff keep passwords.\n\n# Policy\n\na. Long ones.\n').policy;
    expect(nameless.meta).toMatchObject({ title: 'privacy', titleSource: 'file' });
    expect(read(BODY).policy.meta).toMatchObject({ title: 'Privacy policy', titleSource: 'heading' });
  });

  it('reads Apache CMS / Pelican header lines up to the first blank line; the H1 is the heading title', () => {
    const { policy, findings, clauses } = read(`Title: Privacy\nDate: 2020-01-02\nAuthor: ASF\n\n${BODY}`);
    expect(findings).toEqual([]);
    expect(clauses).toEqual(EXPECTED_CLAUSES);
    expect(policy.meta).toMatchObject({ title: 'Privacy', effective: '2020-01-02', organisation: 'ASF' });
    expect(policy.frontmatter?.fields.Date?.value.start).toMatchObject({ line: 2, column: 7 });
  });

  it('ends header lines at the first line that is not one (Apache CMS .mdtext without a blank line)', () => {
    const { policy, clauses } = read(
      'Title: Privacy Policy\nInformation about your use of this website is\ncollected.\n',
    );
    expect(policy.meta.title).toBe('Privacy Policy');
    expect(clauses).toEqual(['Information about your use of this website is collected.']);
  });

  it('reads a leading licence comment as nothing: the H1 after it stays the title', () => {
    const { policy, findings, clauses } = read(
      `<!--\nLicensed under the Apache License.\n\nSee the License.\n//-->\n\n${BODY}`,
    );
    expect(findings).toEqual([]);
    expect(clauses).toEqual(EXPECTED_CLAUSES);
    expect(policy.meta.title).toBe('Privacy policy');
    expect(policy.meta.inferred).toContain('title');
  });

  it('keeps body positions those of the file', () => {
    const { policy } = read(`+++\ntitle = "Privacy"\n+++\n\n${BODY}`);
    expect([...allClauses(policy)][0]?.clause.position.start).toMatchObject({ line: 9, column: 1 });
  });

  it('leaves text that only looks like a field alone: a setext heading of prose stays a heading', () => {
    const { policy, findings } = read('Note: the board decides on this.\n---\n\nText.\n');
    expect(findings).toEqual([]);
    expect(policy.frontmatter).toBeUndefined();
    expect(policy.sections.map((section) => section.title)).toEqual(['Note: the board decides on this.']);
  });
});

describe('unreadable foreign front matter is a finding at its place', () => {
  it('points at the quote of a TOML string that is never closed', () => {
    const { findings } = read(`+++\ntitle = "Privacy\nlang = "en"\n+++\n\n${BODY}`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'toml-syntax',
      fatal: true,
      message: 'invalid TOML in the frontmatter: the quote " opened here is never closed',
      place: { start: { line: 2, column: 9 } },
    });
  });

  it('reports other TOML errors with the parser reason, line and column', () => {
    const { findings } = read(`+++\ntitle = "Privacy"\ntitle = "Again"\n+++\n\n${BODY}`);
    expect(findings[0]).toMatchObject({ ruleId: 'toml-syntax', fatal: true, place: { start: { line: 3 } } });
  });

  it('says a +++ block is never closed', () => {
    const { findings } = read(`+++\ntitle = "Privacy"\n\n${BODY}`);
    expect(findings[0]).toMatchObject({ ruleId: 'frontmatter-not-closed', fatal: true, place: { start: { line: 1 } } });
    expect(findings[0]?.fix).toContain('+++');
  });
});
