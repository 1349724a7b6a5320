// Inline Markdown to the styled runs the PDF and DOCX writers set: a link written the original Markdown way,
// `[text] [4]` with a space before the label (18F's open source policy until 2020), is set as the link "text", the
// way the clause text and the diff read it; CommonMark alone would set `[text] ` as text and "4" as the link.
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/parse/index.js';
import { collectDefinitions, runsText, toRuns } from '../../../src/render/shared/inline.js';

function runsOf(markdown: string): ReturnType<typeof toRuns> {
  const { policy } = parsePolicy(`---\ntitle: T\n---\n\n## A {#a}\n\n1. {#a.x} ${markdown}\n`);
  const paragraph = policy.sections[0]?.clauses[0]?.content[0] as Paragraph;
  const context = { footnotes: new Map(), definitions: collectDefinitions(policy), destinations: new Set<string>() };
  return toRuns(paragraph.children, { ...context, covers: () => true });
}

describe('toRuns', () => {
  it('sets a spaced reference link as its words, linked to the definition', () => {
    const runs = runsOf('Een ["gezamenlijk werk"] [4] valt eronder.\n\n[4]: https://example.org/werk');
    expect(runsText(runs)).toBe('Een "gezamenlijk werk" valt eronder.');
    expect(runs.find((run) => run.text === '"gezamenlijk werk"')?.style.link).toEqual({
      url: 'https://example.org/werk',
    });
  });

  it('leaves brackets before a label nobody defined as the text they are', () => {
    expect(runsText(runsOf('Een ["gezamenlijk werk"] [4] valt eronder.'))).toBe(
      'Een ["gezamenlijk werk"] [4] valt eronder.',
    );
  });
});
