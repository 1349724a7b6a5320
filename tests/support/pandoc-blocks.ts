// What an import of a document made from Markdown must give back, as pandoc (an independent reader) sees the
// Markdown: its paragraphs and list items, each of which should become a block (a clause) of its own, and its words
// in order. Used by the third-party generator tests (tests/import/third-party.integration.test.ts).
import { diffArrays } from 'diff';
import { words } from '../../src/import/account.js';

/** A paragraph or list item: its first five words name it, as clause boundaries are named elsewhere. */
export interface PandocBlock {
  kind: 'paragraph' | 'item';
  key: string;
}

interface Node {
  t: string;
  c?: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).t === 'string';

/** Every Str of a pandoc JSON tree, in document order (link targets and attributes are not Str, so not words). */
function strings(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const child of value) strings(child, out);
  else if (isNode(value)) {
    if (value.t === 'Str' && typeof value.c === 'string') out.push(value.c);
    else if (value.t === 'Space' || value.t === 'SoftBreak' || value.t === 'LineBreak') out.push(' ');
    else {
      // Blocks, cells and emphasis end where a word does (no policy here emphasises half a word).
      strings(value.c, out);
      out.push(' ');
    }
  }
  return out;
}

const keyOf = (node: unknown): string => words(strings(node).join('')).slice(0, 5).join(' ');

function collect(blocks: readonly unknown[], out: PandocBlock[]): void {
  for (const block of blocks) {
    if (!isNode(block)) continue;
    if (block.t === 'Para' || block.t === 'Plain') out.push({ kind: 'paragraph', key: keyOf(block) });
    else if (block.t === 'BulletList' || block.t === 'OrderedList') {
      const items = (block.t === 'BulletList' ? block.c : (block.c as unknown[])[1]) as unknown[][];
      for (const item of items) {
        const [first, ...rest] = item;
        if (isNode(first) && (first.t === 'Para' || first.t === 'Plain')) {
          out.push({ kind: 'item', key: keyOf(first) });
          collect(rest, out);
        } else collect(item, out);
      }
    } else if (block.t === 'Div' || block.t === 'BlockQuote')
      collect((block.t === 'Div' ? (block.c as unknown[])[1] : block.c) as unknown[], out);
  }
}

function commonInOrder(a: readonly string[], b: readonly string[]): number {
  return diffArrays(a as string[], b as string[]).reduce(
    (sum, part) => sum + (part.added || part.removed ? 0 : (part.count ?? part.value.length)),
    0,
  );
}

export const fidelityOfBlocks = {
  /** From `pandoc -t json`: the paragraphs and list items (tables and headings aside) and all body words. */
  expected(document: { blocks: unknown[] }): { blocks: PandocBlock[]; words: string[] } {
    const blocks: PandocBlock[] = [];
    collect(document.blocks, blocks);
    return { blocks, words: words(strings(document.blocks).join('')) };
  },

  /**
   * `clauses`: the texts of the imported policy's clauses; `imported`: the words of its body. `blocks` is the share
   * of paragraphs and list items that start a clause, in order; `recall` the share of words found in order.
   */
  measure(
    expected: { blocks: PandocBlock[]; words: string[] },
    clauses: readonly string[],
    imported: readonly string[],
  ): { blocks: number; found: number; recall: number } {
    const keys = clauses.map((text) => words(text).slice(0, 5).join(' '));
    const found = commonInOrder(
      expected.blocks.map((block) => block.key),
      keys,
    );
    return {
      blocks: expected.blocks.length === 0 ? 1 : found / expected.blocks.length,
      found,
      recall: expected.words.length === 0 ? 1 : commonInOrder(expected.words, imported) / expected.words.length,
    };
  },
};
