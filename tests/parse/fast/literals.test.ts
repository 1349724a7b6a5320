// A top-level block with a GFM autolink literal is read again by remark on its own (src/parse/fast/literals.ts):
// the same block, the same positions, where remark reads it so in place too; else the document goes to remark.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/parse/index.js';
import { explainFastPath } from '../../../src/parse/fast/index.js';
import { expectTakenAsRemark } from '../fast-compare.js';

describe('blocks with autolink literals', () => {
  it('reads them with remark, with the positions they have in the document', () => {
    const source =
      '# Titel\n\nTekst zonder adres.\n\n- zie www.rijksoverheid.nl/KEI.\n- of mail info@school.nl\n\nSlot.\n';
    const fast = expectTakenAsRemark(source);
    const remark = parseMarkdown(source, 'remark');
    // The list is remark's, inline positions and all; the blocks without an address are the fast path's own.
    expect(fast.children[2]).toEqual(remark.children[2]);
    const paragraph = fast.children[1];
    expect(paragraph?.type === 'paragraph' ? paragraph.children[0]?.position : 'none').toBeUndefined();
  });

  it('reads a paragraph with an address right under a heading (it opens no container)', () => {
    expectTakenAsRemark('## Vragen\nMail ze naar info@school.nl of kijk op www.school.nl.\n');
  });

  it('finds addresses behind escapes and character references, which remark-gfm links as decoded', () => {
    // import writes `www\.` for a dot after `www`; a text that holds no literal as written went unread before.
    for (const address of ['www\\.rijksoverheid.nl/KEI', 'http\\://x.nl', 'https:\\/\\/x.nl', 'a\\@b.nl']) {
      for (const written of [address, address.replace(/\\([.:@])/, (_, char: string) => `&#${char.charCodeAt(0)};`)]) {
        const source = `# Titel\n\n\\[Red: zie ${written}.]\n`;
        const fast = expectTakenAsRemark(source);
        const paragraph = fast.children[1];
        expect(paragraph?.type === 'paragraph' && paragraph.children.some((node) => node.type === 'link')).toBe(true);
      }
    }
  });

  it('leaves the document to remark where a block alone would read otherwise', () => {
    // After a paragraph, `10.` cannot start a list in micromark inside a bullet opened on that line; alone it can.
    expect(explainFastPath('x\n- 10. see www.example.nl\n')).toBe('autolink literals in a block that follows another');
    // After indented code, even across a blank line.
    expect(explainFastPath('    code\n\n- 10. www.example.nl\n')).toBe(
      'autolink literals in a block that follows another',
    );
    // A footnote call needs its definition elsewhere in the document.
    expect(explainFastPath('see www.example.nl[^1]\n\n[^1]: note\n')).toBe('autolink literals beside a footnote call');
  });

  it("gives a marker text beside an escaped address remark's tree, where remark places no inline text", () => {
    // Found by the tab soup: remark's address linking splits the paragraph's text into nodes without positions, so
    // the block read again by remark has none either; the clause marker is read from the text as remark reads it.
    const source = '{#id.x} text\nhttp\\://x.nl\nfoo';
    const fast = expectTakenAsRemark(source);
    const paragraph = fast.children[0];
    const texts = paragraph?.type === 'paragraph' ? paragraph.children : [];
    expect(texts.map((node) => node.type)).toEqual(['text', 'link', 'text']);
    expect(texts[0]?.position).toBeUndefined();
  });

  it('reads a footnote definition with an address on its own, its label the only call in it', () => {
    expectTakenAsRemark('Zie de noot.[^1]\n\n[^1]: Op www.poraad.nl.\n');
  });
});
