// That tokenize loses nothing: the tokens of any text, joined, give the text back, over fast-check's generated
// strings (every code point: tests/support/binary-unit.ts) and over strings built from the Dutch units the tokenizer
// treats specially. In the property lane.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { binaryUnit } from '../support/binary-unit.js';

const texts = (text: string): string[] => tokenize(text).map((token) => token.text);

describe('tokenize', () => {
  it('reassembles any text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: binaryUnit }), (text) => texts(text).join('') === text),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'o.a.',
            'art.',
            ' ',
            '\n\n',
            '5',
            '€',
            '1.000,-',
            'ĳ',
            'é',
            '-',
            'mei',
            '2018',
            '12:30',
            'dagen',
            '.',
            "'s",
            't/m',
          ),
        ),
        (parts) => {
          const text = parts.join('');
          return texts(text).join('') === text;
        },
      ),
      { numRuns: 300 },
    );
  });
});
