// The compare job in-process (src/pipeline/jobs/compare.ts): the comparison `clausemark compare` writes.
import { describe, expect, it } from 'vitest';
import { COMPARE_REPORT } from '../../../src/pipeline/formats/compare.js';
import { formatNamed } from '../../../src/pipeline/formats/table.js';
import { compareJob } from '../../../src/pipeline/jobs/compare.js';
import { PROJECT_ROOT, policyPath } from '../../support/paths.js';

const TWO = [policyPath('allure'), policyPath('aloysius')];

describe('compareJob', () => {
  it('aligns two organisations: json lists both documents and their provisions, md and html render it', async () => {
    const json = JSON.parse(String(await compareJob(TWO, { root: PROJECT_ROOT, format: 'json' }))) as {
      documents: unknown[];
      provisions: unknown[];
    };
    expect(json.documents).toHaveLength(2);
    expect(json.provisions.length).toBeGreaterThan(10);
    const markdown = String(await compareJob(TWO, { root: PROJECT_ROOT, format: 'md' }));
    expect(markdown).toMatch(/^#/m);
    const html = String(await compareJob(TWO, { root: PROJECT_ROOT, format: 'html' }));
    expect(html).toMatch(/^<!DOCTYPE html>/i);
  });

  it('refuses one policy and an unknown format, naming the argument', async () => {
    await expect(compareJob([TWO[0]!], { root: PROJECT_ROOT, format: 'text' })).rejects.toThrow(
      'compare needs at least two policies',
    );
    expect(() => formatNamed(COMPARE_REPORT, 'docx')).toThrow('compare cannot write docx yet');
    await expect(compareJob(TWO, { root: PROJECT_ROOT, format: 'rtf' })).rejects.toThrow('compare cannot write rtf');
  });
});
