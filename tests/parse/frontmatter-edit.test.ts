// The frontmatter editors find the block by the parser's own rule (src/parse/fence.ts): a file `check` reads as
// frontmatter is one approve, adapt and upgrade can edit, and the fences come back as they were written.
import { describe, expect, it } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import { editFrontmatter, splitFrontmatter } from '../../src/parse/frontmatter-edit.js';
import { findFrontmatter } from '../../src/parse/fence.js';
import { parsePolicy } from '../../src/parse/index.js';

const body = '\n# Protocol\n\n1. {#a} De tekst van de regel.\n';
const fields = 'id: protocol\ntitle: Protocol\norganisation: School\nversion: "1.0"\nstatus: draft\n';

describe('one frontmatter rule for parser and editors', () => {
  for (const [name, open, close] of [
    ['a trailing space after the opening ---', '--- \n', '---\n'],
    ['a tab after the closing ---', '---\n', '---\t\n'],
    ['spaces after both fences', '---  \n', '--- \n'],
  ] as const) {
    it(`approve edits a file with ${name}, keeping the fences as written`, () => {
      const source = `${open}${fields}${close}${body}`;
      const parsed = parsePolicy(source, { path: 'policies/school/protocol.md' });
      expect(parsed.policy.meta.title).toBe('Protocol');
      const result = approveSource(parsed, {
        name: 'A. Bestuurder',
        role: 'Bestuur',
        date: '2024-07-01',
        step: 'vaststelling',
      });
      expect(result.source.startsWith(open)).toBe(true);
      expect(result.source).toContain(`${close}${body}`);
      expect(parsePolicy(result.source, { path: 'policies/school/protocol.md' }).policy.meta.approvals).toHaveLength(1);
    });
  }

  it('finds no block where the parser finds none', () => {
    expect(findFrontmatter(`---x\n${fields}---\n${body}`)).toBeUndefined();
    expect(findFrontmatter(`\n---\n${fields}---\n${body}`)).toBeUndefined();
    expect(findFrontmatter(`---\n${fields}`)).toBeUndefined();
    expect(splitFrontmatter(`# Only a body\n`)).toMatchObject({ hasFrontmatter: false, body: '# Only a body\n' });
  });

  it('reads a block that closes at the end of the file without a line ending', () => {
    const block = findFrontmatter(`---\n${fields}---`);
    expect(block?.yaml).toBe(fields);
    expect(editFrontmatter(`---\n${fields}---`, 'x.md', (doc) => doc.set('version', '1.1'))).toBe(
      `---\n${fields.replace('"1.0"', '"1.1"')}---\n`,
    );
  });
});

describe('foreign front matter is not edited over', () => {
  for (const [name, head] of [
    ['TOML', '+++\ntitle = "Protocol"\n+++\n'],
    ['header lines', 'Title: Protocol\n'],
    ['YAML without its opening ---', 'title: Protocol\nlayout: page\n---\n'],
  ] as const) {
    it(`refuses to put a YAML block in front of ${name}, which would turn it into text`, () => {
      expect(() =>
        editFrontmatter(`${head}${body}`, 'protocol.md', (doc) => {
          doc.set('status', 'approved');
        }),
      ).toThrow(/not with YAML frontmatter/);
    });
  }
});
