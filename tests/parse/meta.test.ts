// buildMeta detects the language of a policy without `lang` when meta.lang or meta.langSource is first read
// (src/parse/meta.ts): the fields must read, write, spread and serialise as the plain fields they were, in their place.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/index.js';

const GERMAN =
  '# Handyordnung\n\nSchülerinnen und Schüler dürfen ihr Handy im Unterricht nicht benutzen, außer die Lehrkraft erlaubt es.\n';
const meta = (source: string) => parsePolicy(source, { path: 'policies/school/beleid.md' }).policy.meta;

describe('the language of a policy without lang', () => {
  it('keeps the fields in the order of a written lang, and serialises the detected values', () => {
    const detected = meta(GERMAN);
    const written = meta(`---\nlang: de\n---\n${GERMAN}`);
    expect(Object.keys(detected)).toEqual(Object.keys(written));
    const serialised = JSON.parse(JSON.stringify(detected));
    expect(serialised).toMatchObject({ lang: 'de', langSource: 'detected' });
    expect({ ...meta(GERMAN) }).toEqual(serialised);
  });

  it('holds what is written to a field before it is read, the other field detected', () => {
    const written = meta(GERMAN);
    written.lang = 'en';
    expect(written).toMatchObject({ lang: 'en', langSource: 'detected' });
    const source = meta(GERMAN);
    source.langSource = 'frontmatter';
    expect(source).toMatchObject({ lang: 'de', langSource: 'frontmatter' });
  });

  it('becomes plain data fields once read', () => {
    const read = meta(GERMAN);
    expect(read.lang).toBe('de');
    expect(Object.getOwnPropertyDescriptor(read, 'lang')).toEqual({
      value: 'de',
      writable: true,
      enumerable: true,
      configurable: true,
    });
    expect(Object.getOwnPropertyDescriptor(read, 'langSource')?.value).toBe('detected');
  });
});
