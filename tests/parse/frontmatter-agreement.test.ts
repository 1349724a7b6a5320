// One front-matter reader (issue 13, item 4): remark, the fast Markdown path, check, the frontmatter editors
// (approve) and fmt must agree on where a policy's frontmatter is, however the file's first line is written: a
// trailing space or tab after `---`, CRLF line endings, a byte-order mark. Each variant is tried both as a file on
// disk (read through src/io/read.ts) and as a string handed to the parser directly, the way fmt, diff and the
// sector template call it. The editors (approve, adapt, upgrade) only ever edit `policy.source`, the parser's text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import { checkParsed } from '../../src/check/index.js';
import { checkFile } from '../../src/check/files.js';
import { splitFrontmatter } from '../../src/parse/frontmatter-edit.js';
import { formatSource } from '../../src/fmt/index.js';
import { loadPolicy, parsePolicy } from '../../src/parse/index.js';

const FIELDS = ['id: protocol', 'title: Protocol', 'organisation: School', 'version: "1.0"', 'status: draft'];
const BODY = ['', '# Protocol', '', '## Regels {#regels}', '', '1. {#regels.a} De tekst van de regel.', ''];
const EXPECTED = { id: 'protocol', title: 'Protocol', organisation: 'School', version: '1.0', status: 'draft' };
/** What check says of this draft once its frontmatter is found: that it names no kind (so no procedure), nothing else. */
const CHECK_SAYS = ['procedure-kind-missing'];

/** A policy whose fences and line endings are written as given. */
function source(open: string, eol: string, bom = false): string {
  return `${bom ? '\uFEFF' : ''}${[open, ...FIELDS, '---', ...BODY].join(eol)}`;
}

const VARIANTS: [string, string][] = [
  ['LF', source('---', '\n')],
  ['a trailing space after the opening ---', source('--- ', '\n')],
  ['a tab after the opening ---', source('---\t', '\n')],
  ['CRLF line endings', source('---', '\r\n')],
  ['a trailing space and CRLF', source('--- ', '\r\n')],
  ['a byte-order mark', source('---', '\n', true)],
  ['a byte-order mark and CRLF', source('---', '\r\n', true)],
  ['a byte-order mark, a trailing space and CRLF', source('--- ', '\r\n', true)],
];

const REQUEST = { name: 'A. Bestuurder', role: 'Bestuur', date: '2024-07-01', step: 'vaststelling' };

describe('every reader finds the same frontmatter', () => {
  const folder = mkdtempSync(join(tmpdir(), 'clausemark-fence-'));
  for (const [name, text] of VARIANTS) {
    it(`in a file with ${name}: remark, the fast path, check, approve and fmt`, () => {
      const file = join(folder, `${name.replace(/\W+/g, '-')}.md`);
      writeFileSync(file, text);
      for (const markdown of ['remark', 'auto'] as const) {
        const parsed = loadPolicy(file, { markdown });
        expect(parsed.policy.frontmatter?.data, markdown).toEqual(EXPECTED);
        expect(parsed.findings, markdown).toEqual([]);
      }
      expect(checkFile(file).findings.map((found) => found.ruleId)).toEqual(CHECK_SAYS);
      const approved = approveSource(loadPolicy(file), REQUEST);
      expect(parsePolicy(approved.source, { path: file }).policy.meta.approvals).toHaveLength(1);
    });

    it(`in a string with ${name}: remark, the fast path, check, the editors and fmt`, () => {
      const remark = parsePolicy(text, { path: 'protocol.md', markdown: 'remark' });
      const fast = parsePolicy(text, { path: 'protocol.md', markdown: 'auto' });
      expect(remark.policy.frontmatter?.data).toEqual(EXPECTED);
      expect(fast.policy.frontmatter?.data).toEqual(EXPECTED);
      expect(remark.findings).toEqual([]);
      expect(fast.findings).toEqual([]);
      expect(checkParsed(remark).findings.map((found) => found.ruleId)).toEqual(CHECK_SAYS);
      // The editors are handed the parser's text (BOM dropped, LF line endings), never the raw string.
      expect(fast.policy.source).toBe(remark.policy.source);
      expect(splitFrontmatter(remark.policy.source).hasFrontmatter).toBe(true);
      const approved = approveSource(remark, REQUEST);
      expect(parsePolicy(approved.source, { path: 'protocol.md' }).policy.meta.approvals).toHaveLength(1);
      const formatted = formatSource(text, { path: 'protocol.md' }).output;
      expect(parsePolicy(formatted, { path: 'protocol.md' }).policy.frontmatter?.data).toEqual(EXPECTED);
    });
  }
});
