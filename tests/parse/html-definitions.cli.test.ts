// Issue 12 item 13: plain Markdown with an HTML block or a definition list. The HTML block's text is part of its
// clause (shown, compared), a definition list is a term and its definitions, and a diff's words agree with its
// exit code.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { parsePolicy } from '../../src/parse/index.js';
import { htmlBlockText } from '../../src/text/html-text.js';
import { runCli } from '../support/cli.js';

const clauses = (markdown: string) => parsePolicy(markdown).policy.preamble.clauses;

describe('HTML blocks in plain Markdown', () => {
  it('count with the text they show: tags stripped, entities decoded, styles and comments left out', () => {
    expect(htmlBlockText('<div class="note">\nLet op: dit geldt <b>altijd</b>.\n</div>')).toBe(
      'Let op: dit geldt altijd.',
    );
    expect(htmlBlockText('<p>Tekst &amp; uitleg &eacute;&#233;n</p><p>twee</p>')).toBe('Tekst & uitleg één twee');
    expect(htmlBlockText('<style>p { color: red }</style>')).toBe('');
    expect(htmlBlockText('<script>alert(1)</script><!-- nota --><br>')).toBe('');
    const [clause] = clauses('Eerste alinea.\n\n<div class="note">\nLet op: dit geldt <b>altijd</b>.\n</div>\n');
    expect(clause?.text).toContain('Let op: dit geldt altijd.');
  });

  it('a change inside an HTML block is a change', () => {
    const before = parsePolicy('# Beleid\n\nEerste alinea.\n\n<div>\nDit geldt <b>altijd</b>.\n</div>\n').policy;
    const after = parsePolicy('# Beleid\n\nEerste alinea.\n\n<div>\nDit geldt <b>nooit</b>.\n</div>\n').policy;
    const diff = diffPolicies(before, after);
    expect(diff.summary.total).toBe(1);
    expect(diff.changes[0]?.significance).toBe('substantive');
  });
});

describe('definition lists', () => {
  it('become terms and definitions instead of one run-on paragraph', () => {
    const [first, second] = clauses(
      'Leerling\n: een ieder die is ingeschreven\n: ook een cursist\n\nOuder\n\n: ouder of verzorger\n',
    );
    expect(first?.content.map((block) => block.data?.hName)).toEqual(['dt', 'dd', 'dd']);
    expect(first?.text).toBe('Leerling\n\neen ieder die is ingeschreven\n\nook een cursist');
    expect(second?.content.map((block) => block.data?.hName)).toEqual(['dt', 'dd']);
    expect(second?.text).toBe('Ouder\n\nouder of verzorger');
    // An ordinary paragraph with a colon stays a paragraph.
    expect(clauses('Let op:\nniet doen.\n')[0]?.content.map((block) => block.type)).toEqual(['paragraph']);
  });
});

describe('diff words and exit code', () => {
  it('says what changed when only an HTML block changed, and exits 1 with --exit-code', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-html-'));
    for (const [version, word] of [
      ['old', 'altijd'],
      ['new', 'nooit'],
    ] as const) {
      mkdirSync(join(folder, version));
      writeFileSync(
        join(folder, version, 'beleid.md'),
        `# Beleid\n\nEerste alinea.\n\n<div>\nDit geldt <b>${word}</b>.\n</div>\n`,
      );
    }
    const run = await runCli(['diff', '--exit-code', 'old/beleid.md', 'new/beleid.md'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('Geen wijzigingen');
    expect(run.stdout).toContain('{+nooit+}');
  });

  it('does not say "Geen wijzigingen" when only the frontmatter changed (exit 1 with --exit-code)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-meta-'));
    writeFileSync(join(folder, 'a.md'), '---\nid: b\ntitle: Beleid\nversion: "1"\nlang: nl\n---\n\nEen regel.\n');
    writeFileSync(join(folder, 'b.md'), '---\nid: b\ntitle: Beleid\nversion: "2"\nlang: nl\n---\n\nEen regel.\n');
    const run = await runCli(['diff', '--exit-code', 'a.md', 'b.md'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('Geen wijzigingen\n');
    expect(run.stdout).toContain('Geen wijzigingen in de tekst; documentgegevens gewijzigd (1)');
  });
});
