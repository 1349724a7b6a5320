// The bookmarks' /Count (src/render/engine/outline.ts): every item with children has one (positive when open, minus
// the hidden items when closed) and so has the outline itself, as ISO 32000-1 12.3.3 requires and PDFBox Preflight
// checks. Read from the file's own objects: pdfkit writes the outline dictionaries uncompressed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { inputFor, policyFrom } from '../../support/pdf.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', 'pdf', 'fixtures', 'kitchen-sink.md');

/** Every object of the file by number: its dictionary's text. */
function objects(bytes: Uint8Array): Map<string, string> {
  const text = Buffer.from(bytes).toString('latin1');
  const found = new Map<string, string>();
  for (const match of text.matchAll(/(\d+) 0 obj\n(<<[\s\S]*?>>)\n(?:endobj|stream)/g))
    found.set(match[1] ?? '', match[2] ?? '');
  return found;
}

const ref = (dictionary: string, key: string): string | undefined =>
  new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary)?.[1];
const count = (dictionary: string): number | undefined => {
  const value = /\/Count (-?\d+)/.exec(dictionary)?.[1];
  return value === undefined ? undefined : Number(value);
};

describe('the PDF outline', () => {
  it('gives every item with children, and the outline itself, the /Count of the items it shows', async () => {
    const bytes = await renderPdf(inputFor(policyFrom(readFileSync(FIXTURE, 'utf8'))));
    const all = objects(bytes);
    const catalog = [...all.values()].find((dictionary) => /\/Type \/Catalog/.test(dictionary)) ?? '';
    const root = all.get(ref(catalog, 'Outlines') ?? '') ?? '';
    // Walk the tree: the items below an outline dictionary, in order.
    const childrenOf = (dictionary: string): string[] => {
      const items: string[] = [];
      for (let at = ref(dictionary, 'First'); at !== undefined; at = ref(all.get(at) ?? '', 'Next'))
        items.push(all.get(at) ?? '');
      return items;
    };
    const shown = (dictionary: string): number =>
      childrenOf(dictionary).reduce((sum, child) => sum + 1 + ((count(child) ?? 0) > 0 ? shown(child) : 0), 0);
    const top = childrenOf(root);
    expect(top.length).toBeGreaterThan(3);
    expect(count(root)).toBe(shown(root));
    const withChildren: string[] = [];
    const visit = (items: string[]): void => {
      for (const item of items) {
        const children = childrenOf(item);
        if (children.length > 0) withChildren.push(item);
        visit(children);
      }
    };
    visit(top);
    expect(withChildren.length).toBeGreaterThan(0);
    for (const item of withChildren) {
      expect(count(item), item).toBeDefined();
      expect(Math.abs(count(item) ?? 0), item).toBe(shown(item));
    }
  });
});
