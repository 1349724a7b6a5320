// Word's placeholders (templates/import/word-placeholders.yaml, `markers`): where a content control's own placeholder
// was left out, its place is marked as a fill-in, which import then reports as any other (src/import/fill-ins.ts).
import { describe, expect, it } from 'vitest';
import { fillInsOf } from '../../../src/import/fill-ins.js';
import { placeholderMarker } from '../../../src/fmt/fill-ins.js';

describe("a placeholder's mark", () => {
  it("is in the policy's language, English for one without a mark of its own", () => {
    expect(placeholderMarker('nl')).toBe('[in te vullen]');
    expect(placeholderMarker('nl-BE')).toBe('[in te vullen]');
    expect(placeholderMarker('en')).toBe('[to be filled in]');
    expect(placeholderMarker('de')).toBe('[to be filled in]');
  });

  it('is a fill-in itself, so a policy officer reads it as one', () => {
    expect(fillInsOf(`is ${placeholderMarker('nl')}.`)).toEqual(['[in te vullen]']);
    expect(fillInsOf(`is ${placeholderMarker('en')}.`)).toEqual(['[to be filled in]']);
  });
});
