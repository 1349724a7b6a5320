// Issue 23, work without bound: building the sections of a policy looks at each heading a bounded number of times. It
// counted the numbered siblings again at every heading, so a text of 20,000 short articles (an imported 1 MB
// regulation) allocated gigabytes. Counted as the elements Array#filter walks, not timed, so the check is exact.
import type { Root, RootContent } from 'mdast';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildStructure } from '../../src/parse/structure.js';

function articles(count: number): Root {
  const children: RootContent[] = [];
  for (let index = 1; index <= count; index++) {
    children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: `Artikel ${index}` }] });
    children.push({ type: 'paragraph', children: [{ type: 'text', value: `De school meldt het op dag ${index}.` }] });
  }
  return { type: 'root', children };
}

/** The elements every Array#filter call walks while `work` runs. */
function filteredElements(work: () => void): number {
  const filter = Array.prototype.filter;
  let walked = 0;
  const spy = vi.spyOn(Array.prototype, 'filter').mockImplementation(function (this: unknown[], ...args) {
    walked += this.length;
    return filter.apply(this, args as Parameters<typeof filter>);
  });
  try {
    work();
  } finally {
    spy.mockRestore();
  }
  return walked;
}

afterEach(() => vi.restoreAllMocks());

describe('section structure on many headings', () => {
  it('walks a number of elements linear in the headings, not their square', () => {
    const count = 2000;
    const root = articles(count);
    let sections = 0;
    const walked = filteredElements(() => {
      sections = buildStructure(root).sections.length;
    });
    expect(sections).toBe(count);
    // Quadratic counting walked count²/2 = 2,000,000 elements here.
    expect(walked).toBeLessThan(50 * count);
  });

  it('still numbers the sections in order', () => {
    const structure = buildStructure(articles(30));
    expect(structure.sections.map((section) => section.number)).toEqual(
      Array.from({ length: 30 }, (_, index) => String(index + 1)),
    );
  });
});
