// A text as signals read it: the normal form normalise() gives, and its words with each part of a compound written
// with a hyphen marked where it is linked to the next, so a signal's last word must end a word.
import { describe, expect, it } from 'vitest';
import { LINK, signalText } from '../../../src/compare/topics/signal-text.js';
import { normalise } from '../../../src/text/normalise.js';

describe('signal text', () => {
  it('gives the normal form normalise() gives, and the words of a hyphenated compound each marked as linked', () => {
    const data = 'a. naam, adres, telefaxnummer, e-mail-adres;';
    const text = signalText(data);
    expect(text.normal).toBe(normalise(data));
    expect(text.words).toEqual(normalise(data).split(' '));
    expect(text.linkedNormal).toBe(`naam adres telefaxnummer e${LINK}mail${LINK}adres`);
    expect(text.words.filter((_, k) => text.linked[k])).toEqual(['e', 'mail']);
  });

  it("links the words of a compound written with Word's non-breaking hyphen alike", () => {
    const text = signalText('Uw e\u2011mail\u2011adres.');
    expect(text.linkedNormal).toBe(`uw e${LINK}mail${LINK}adres`);
    expect(text.normal).toBe('uw e mail adres');
  });

  it('links no words across a space, a dash between words or a suspended compound', () => {
    for (const data of ['Stuur een e-mail - of bel.', 'De school- en klassenregels.', 'Een -- twee']) {
      const text = signalText(data);
      expect(text.normal).toBe(normalise(data));
      expect(text.words.filter((_, k) => text.linked[k])).toEqual(data.startsWith('Stuur') ? ['e'] : []);
    }
  });

  it('reads an empty text as no words', () => {
    expect(signalText('  ')).toEqual({ normal: '', linkedNormal: '', words: [], linked: [] });
  });
});
