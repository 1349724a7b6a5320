// Whether a clause obliges as often after a change as before, in other words (src/diff/duty-words.ts): then its
// obligation words are wording, not an obligation that came, went or changed.
import { describe, expect, it } from 'vitest';
import { obligationsReworded } from '../../src/diff/duty-words.js';
import { wordsOf } from '../../src/diff/word-roles.js';
import { lexiconFor } from '../../src/text/lexicon.js';

const reworded = (before: string, after: string, lang = 'nl'): boolean =>
  obligationsReworded(wordsOf(before, lexiconFor(lang)), wordsOf(after, lexiconFor(lang)), lexiconFor(lang));

describe('obligationsReworded', () => {
  it('one obligation before and one after, in other words', () => {
    expect(reworded('De klager dient de klacht in.', 'De klager moet de klacht indienen.')).toBe(true);
    expect(reworded('Hij is tot geheimhouding verplicht.', 'Hij moet geheimhouding betrachten.')).toBe(true);
    expect(reworded('Staff must report it.', 'Staff shall report it.', 'en')).toBe(true);
  });

  it('one obligation more or fewer, none at all, or a duty that does not oblige, is no rewording', () => {
    expect(reworded('Hij moet zich melden.', 'Hij moet zich melden en is verplicht te betalen.')).toBe(false);
    expect(reworded('Hij meldt zich.', 'Hij meldt zich ook.')).toBe(false);
    expect(reworded('Hij mag zich melden.', 'Hij moet zich melden.')).toBe(false);
    expect(reworded('Staff must report it.', 'Staff should report it.', 'en')).toBe(false);
    // "rekening gehouden" plays no duty's part, so it is no obligation to count.
    expect(reworded('Er wordt rekening gehouden met hem.', 'Hij moet er rekening mee houden.')).toBe(false);
  });
});
