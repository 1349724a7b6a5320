// fmt reads Markdown as the rest of clausemark does ('auto': the fast path, remark what it declines), its
// read-backs too. That is only right if the output cannot tell: the same text and the same new IDs on the same lines,
// or the same refusal, whichever reader built the tree (a link's fields in another order once made fmt refuse what it
// wrote: its lossless check compares JSON). Compared here on the seeds and on generated policies, with the fast path
// asked for explicitly (documents it declines are read by remark both times and compare nothing: counted out).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FormatResult, formatSource } from '../../src/fmt/index.js';
import { ClausemarkError } from '../../src/model/errors.js';
import { explainFastPath } from '../../src/parse/fast/index.js';
import { policySource } from './arbitraries.js';

const RUNS = 100;

/** fmt's result with one reader, or the refusal's message (a refusal must not depend on the reader either). */
function formatWith(source: string, markdown: 'auto' | 'remark'): FormatResult | string {
  try {
    return formatSource(source, { markdown });
  } catch (error) {
    if (error instanceof ClausemarkError) return error.message;
    throw error;
  }
}

/** Whether the fast path reads `source` itself (parsePolicy hands it the text without BOM and carriage returns). */
const fastPathReads = (source: string): boolean =>
  explainFastPath(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')) === undefined;

describe('fmt with the fast Markdown path', () => {
  it('writes the seeds as with remark', () => {
    for (const org of ['aeres-mbo', 'allure', 'casparus-college', 'flex-college', 'aloysius']) {
      const source = readFileSync(`policies/${org}/social-media.md`, 'utf8');
      expect(fastPathReads(source), org).toBe(true);
      // Without their IDs, so that fmt has every one to assign again.
      const bare = source.replace(/ ?\{#[^}]*\}/g, '');
      for (const text of [source, bare]) expect(formatWith(text, 'auto')).toEqual(formatWith(text, 'remark'));
    }
  });

  it('writes generated policies as with remark: the same text, the same IDs on the same lines', () => {
    let compared = 0;
    fc.assert(
      fc.property(policySource, (source) => {
        if (!fastPathReads(source)) return;
        compared++;
        expect(formatWith(source, 'auto')).toEqual(formatWith(source, 'remark'));
      }),
      { numRuns: RUNS },
    );
    // About two in five generated documents hold nothing the fast path declines (tildes, tabs, autolink literals …).
    expect(compared).toBeGreaterThan(RUNS / 4);
  });
});
