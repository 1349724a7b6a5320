// Where the subordinate parts of a sentence part stand (src/compare/topics/subordinate-parts.ts), with the words of
// templates/negation/nl.yaml: "waar" (`antecedentRelatives`) opens a relative part after the thing it stands for and
// before a subject or a negation, not opening its part, after a verb ("wordt waar nodig") or inside another part.
import { describe, expect, it } from 'vitest';
import { negationRules } from '../../../src/compare/topics/negation-rules.js';
import { subordinateParts } from '../../../src/compare/topics/subordinate-parts.js';

/** Per word of `text` (its words as signals read them), the subordinate part it stands in (0: the main clause). */
const parts = (text: string): number[] => {
  const rules = negationRules('nl');
  if (!rules) throw new Error('templates/negation/nl.yaml holds no rules');
  return subordinateParts(text.split(' '), rules).part;
};

describe('"waar" as a relative word', () => {
  it('opens a relative part after the thing it stands for, before a subject or a negation', () => {
    expect(parts('scholen waar de klachtencommissie niet is ingesteld')).toEqual([0, 1, 1, 1, 1, 1, 1]);
    expect(parts('de school waar geen vertrouwenspersoon is')).toEqual([0, 0, 1, 1, 1, 1]);
    // The main clause goes on after the part's verb cluster, as after "die".
    expect(parts('scholen waar geen vertrouwenspersoon is aangesteld melden dit')).toEqual([0, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('opens none opening its part, after a verb, before another word, or inside another subordinate part', () => {
    expect(parts('waar geen klachtencommissie is')).toEqual([0, 0, 0, 0]);
    expect(parts('de klachtencommissie wordt waar nodig niet ingesteld')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(parts('de school waar nodig')).toEqual([0, 0, 0, 0]);
    expect(parts('dat ze niet ontwikkelen aan projecten waar een cla wordt gevraagd')).toEqual([
      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ]);
  });
});
