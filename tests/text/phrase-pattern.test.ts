import { describe, expect, it } from 'vitest';
import { anyPhrase } from '../../src/text/phrase-pattern.js';

describe('a list of phrases as one alternative', () => {
  it('matches each phrase with its words apart by any white space, the longest first', () => {
    const pattern = new RegExp(`^(?:${anyPhrase(['Met', 'Met vriendelijke groet'])})`, 'u');
    expect(pattern.exec('Met  vriendelijke\ngroet,')?.[0]).toBe('Met  vriendelijke\ngroet');
    expect(pattern.exec('Met dank')?.[0]).toBe('Met');
  });

  it('reads a phrase literally, its dots and brackets included', () => {
    expect(new RegExp(`^(?:${anyPhrase(['d.d. (datum)'])})$`, 'u').test('d.d. (datum)')).toBe(true);
    expect(new RegExp(`^(?:${anyPhrase(['d.d.'])})$`, 'u').test('dxdx')).toBe(false);
  });
});
