// The bytes createDocument hands back are kept by its own _write, not read from pdfkit's stream
// (src/render/engine/document.ts): the file must still start with pdfkit's header, which was written before, and every
// cross-reference entry must point at its object, or readers fall back to reconstructing the file (or give up).
// A font's `post` table is read lazily (lazyPostTable): its header from the bytes, the rest as fontkit decodes it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { lazyPostTable } from '../../../src/render/engine/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { inputFor, policyFrom, seedPolicy } from '../../support/pdf.js';

function crossReferences(file: string): { start: number; offsets: number[] } {
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n?$/.exec(file)?.[1]);
  const table = /^xref\n0 (\d+)\n([\s\S]*?)trailer/.exec(file.slice(startxref));
  const offsets = (table?.[2] ?? '')
    .trim()
    .split('\n')
    .slice(1)
    .map((entry) => Number(entry.slice(0, 10)));
  return { start: startxref, offsets };
}

describe('the bytes of a rendered PDF', () => {
  it.each([false, true])(
    'start with the header and cross-reference every object where it is (pdfa: %s)',
    async (pdfa) => {
      const bytes = await renderPdf(inputFor(seedPolicy('allure'), { options: { pdfa } }));
      const file = Buffer.from(bytes).toString('latin1');
      expect(file.startsWith('%PDF-1.7\n%\xFF\xFF\xFF\xFF\n')).toBe(true);
      const { start, offsets } = crossReferences(file);
      expect(start).toBeGreaterThan(0);
      expect(offsets.length).toBeGreaterThan(20);
      offsets.forEach((offset, index) => {
        expect(file.slice(offset, offset + 20), `object ${index + 1}`).toMatch(new RegExp(`^${index + 1} 0 obj\\n`));
      });
    },
  );
});

describe("a font's post table read lazily", () => {
  const fonts = readdirSync(join(PROJECT_ROOT, 'templates', 'fonts'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ttf|otf)$/i.test(name))
    .map((name) => join(PROJECT_ROOT, 'templates', 'fonts', name));

  it.each(fonts)('%s: gives every field fontkit decodes, the glyph names included', (file) => {
    const open = (): fontkit.Font => fontkit.create(readFileSync(file)) as fontkit.Font;
    const whole = open() as unknown as { post: Record<string, unknown> };
    const lazy = open();
    lazyPostTable(lazy);
    const post = (lazy as unknown as { post: Record<string, unknown> }).post;
    for (const key of Object.keys(whole.post)) expect(post[key], key).toEqual(whole.post[key]);
    expect(post.isFixedPitch).toBe(whole.post.isFixedPitch);
    expect(lazy.italicAngle).toBe(open().italicAngle);
  });
});

describe('the named destinations of a rendered PDF', () => {
  it('are in byte order, as the PDF standard asks, whatever the machine locale sorts first', async () => {
    // ICU puts "_" before "-" (so "regel_a" before "regel-b"); byte order puts "-" (0x2D) before "_" (0x5F).
    const policy = policyFrom(
      '---\nid: volgorde\ntitle: Volgorde\nversion: 1.0.0\nlang: nl\n---\n\n# Volgorde {#volgorde}\n\n' +
        '## Liggend streepje {#regel_a}\n\nEen regel. {#een}\n\n## Koppelteken {#regel-b}\n\nNog een regel. {#twee}\n',
    );
    const bytes = await renderPdf(inputFor(policy));
    const file = Buffer.from(bytes).toString('latin1');
    // pdfkit writes the tree inline: /Dests << /Limits [...] /Names [ (key) [page /XYZ …] … ] >>
    const tree = /\/Dests <<[\s\S]*?\/Names \[([\s\S]*?)\n\]/.exec(file)?.[1] ?? '';
    const keys = [...tree.matchAll(/\(([^)]*)\) \[/g)].map((match) => match[1] ?? '');
    expect(keys).toEqual(expect.arrayContaining(['regel_a', 'regel-b']));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
