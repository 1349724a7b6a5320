import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, sites, withFields } from './helpers.js';

describe('template-conflict', () => {
  it('reports a conflict quote at the quote, and a listed conflict without a quote at its list item', () => {
    const result = checkFixture('template-conflict.md');
    expect(sites(result.findings)).toEqual(['8:5 error template-conflict', '17:4 error template-conflict']);
    expect(result.findings[0]?.message).toBe('conflicts still lists "up.klimaat"');
    expect(result.findings[1]?.message).toBe('unresolved upgrade conflict in clause "up.belang"');
  });

  it('is clean once the quote and the list are gone; an ordinary quote is no conflict', () => {
    const text = withFields().replace('omgaan.\n', 'omgaan.\n\n> **Let op:** dit is een gewoon citaat.\n');
    expect(checkText(text).findings).toEqual([]);
  });
});
