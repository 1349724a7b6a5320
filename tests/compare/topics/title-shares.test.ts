// titlesSpeakingOf: a heading of one word that holds another topic's signal and none of this one's is no title of it
// (issue 73: "Klachtencommissie" above the commission's articles is no title of "Vertrouwenspersoon").
import { describe, expect, it } from 'vitest';
import { titlesSpeakingOf } from '../../../src/compare/topics/title-shares.js';

/** Signals per topic (0: klachtencommissie, 1: vertrouwenspersoon) as a topic list's signal set would find them. */
const signalsOf = (title: string): string[][] => [
  /klachtencommissie/i.test(title) ? ['~klachtencommissie*'] : [],
  /vertrouwenspersoon/i.test(title) ? ['vertrouwenspersoon'] : [],
];

describe('titlesSpeakingOf', () => {
  it('leaves out a one-word heading of another topic, and keeps it for its own topic', () => {
    expect(titlesSpeakingOf(['Hoofdstuk 2', 'Klachtencommissie'], 1, signalsOf)).toEqual(['Hoofdstuk 2']);
    expect(titlesSpeakingOf(['Klachtencommissie'], 0, signalsOf)).toEqual(['Klachtencommissie']);
  });

  it('keeps a longer heading, and a one-word heading that holds no signal', () => {
    const above = ['Taken van de klachtencommissie', 'Werkwijze'];
    expect(titlesSpeakingOf(above, 1, signalsOf)).toEqual(above);
  });
});
