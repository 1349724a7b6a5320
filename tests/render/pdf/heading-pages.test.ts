// The pages headings start on, laid out without drawing the text (headingPagesOf, for a Word document built without
// its PDF), are those of the PDF itself (renderPdfLaidOut).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headingPagesOf, renderPdfLaidOut } from '../../../src/render/pdf/index.js';
import { englishTexts, inputFor, policyFrom, seedPolicy } from '../../support/pdf.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'kitchen-sink.md');

describe('the pages headings start on, without drawing the text', () => {
  it.each(['aeres-mbo', 'casparus-college', 'flex-college'])('are the PDF’s for %s', async (org) => {
    const input = inputFor(seedPolicy(org));
    const laidOut = await renderPdfLaidOut(input);
    expect(laidOut.headingPages.size).toBeGreaterThan(3);
    expect(headingPagesOf(input)).toEqual(laidOut.headingPages);
  });

  it('are the PDF’s for a policy with tables, links, footnotes and English wording', async () => {
    const policy = policyFrom(readFileSync(FIXTURE, 'utf8'));
    const input = inputFor(policy, { texts: englishTexts(policy) });
    const laidOut = await renderPdfLaidOut(input);
    expect(headingPagesOf(input)).toEqual(laidOut.headingPages);
  });

  it('are the PDF’s under a cover whose title runs off its page (the cover is not laid out for them)', async () => {
    const policy = seedPolicy('aeres-mbo');
    policy.meta.title = `${policy.meta.title} `.repeat(60);
    const input = inputFor(policy);
    const laidOut = await renderPdfLaidOut(input);
    expect(laidOut.headingPages.size).toBeGreaterThan(3);
    expect(headingPagesOf(input)).toEqual(laidOut.headingPages);
  });
});
