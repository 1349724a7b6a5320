// The run styling of a redline, on its own: which text gets which decoration, and the visible stand-ins for
// changes that are only whitespace.
import { describe, expect, it } from 'vitest';
import { redline } from '../../../src/diff/index.js';
import { PART_SEPARATOR } from '../../../src/diff/split.js';
import type { WordOp } from '../../../src/diff/types.js';
import { LINE_BREAK, type Run } from '../../../src/render/shared/inline.js';
import { DELETED_RED, redlineColours, redlineRuns, textRuns } from '../../../src/render/shared/redline.js';

const colours = { inserted: '#0b3c6f', deleted: DELETED_RED };
const coversAll = (): boolean => true;

function describeRuns(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      if (run.text === LINE_BREAK) return '⏎';
      if (run.style.underline) return `[+${run.text}]`;
      if (run.style.strike) return `[-${run.text}]`;
      return run.text;
    })
    .join('');
}

/** The text a reader of the new version sees: everything but what is struck, stand-ins as plain spaces. */
function newReading(runs: readonly Run[]): string {
  return runs
    .filter((run) => !run.style.strike)
    .map((run) => (run.text === LINE_BREAK ? '\n' : run.text.replace(/[\u00A0¶]/g, ' ')))
    .join('');
}

describe('redlineRuns', () => {
  it('underlines insertions and strikes deletions, each in its colour, and leaves shared text plain', () => {
    const words: WordOp[] = [
      { op: 'equal', text: 'Medewerkers publiceren ' },
      { op: 'delete', text: 'geen' },
      { op: 'insert', text: 'nooit' },
      { op: 'equal', text: ' vertrouwelijke informatie.' },
    ];
    const runs = redlineRuns(words, colours, coversAll);
    expect(describeRuns(runs)).toBe('Medewerkers publiceren [-geen] [+nooit] vertrouwelijke informatie.');
    const struck = runs.find((run) => run.text === 'geen')!;
    const underlined = runs.find((run) => run.text === 'nooit')!;
    expect(struck.style).toEqual({ strike: true, colour: DELETED_RED });
    expect(underlined.style).toEqual({ underline: true, colour: '#0b3c6f' });
    expect(
      runs
        .filter((run) => run.style.strike === undefined && run.style.underline === undefined)
        .every((run) => run.style.colour === undefined),
    ).toBe(true);
  });

  it('gives a space that was added or removed a visible stand-in', () => {
    const added = redlineRuns(
      [
        { op: 'equal', text: 'school-' },
        { op: 'insert', text: ' ' },
        { op: 'equal', text: 'en onderwijs' },
      ],
      colours,
      coversAll,
    );
    expect(describeRuns(added)).toBe('school-[+\u00A0]en onderwijs');
    const removed = redlineRuns(
      [
        { op: 'equal', text: 'school' },
        { op: 'delete', text: ' ' },
        { op: 'equal', text: 'gerelateerd' },
      ],
      colours,
      coversAll,
    );
    expect(describeRuns(removed)).toBe('school[-\u00A0]gerelateerd');
  });

  it('lets a change that replaces a space show itself, without a struck space beside it', () => {
    const runs = redlineRuns(
      [
        { op: 'equal', text: 'uitdrukkelijke' },
        { op: 'delete', text: ' ' },
        { op: 'insert', text: ', schriftelijke ' },
        { op: 'equal', text: 'toestemming' },
      ],
      colours,
      coversAll,
    );
    expect(describeRuns(runs)).toBe('uitdrukkelijke[+, schriftelijke ]toestemming');
  });

  it('marks an inserted paragraph break with an underlined ¶ and breaks the line there', () => {
    const runs = redlineRuns(
      [
        { op: 'equal', text: 'Eerste zin.' },
        { op: 'delete', text: ' ' },
        { op: 'insert', text: PART_SEPARATOR },
        { op: 'equal', text: 'Tweede zin.' },
      ],
      colours,
      coversAll,
    );
    expect(describeRuns(runs)).toBe('Eerste zin.[+¶]⏎Tweede zin.');
  });

  it('marks a removed paragraph break with a struck ¶ and runs the text on', () => {
    const runs = redlineRuns(
      [
        { op: 'equal', text: 'Eerste zin.' },
        { op: 'delete', text: PART_SEPARATOR },
        { op: 'insert', text: ' ' },
        { op: 'equal', text: 'Tweede zin.' },
      ],
      colours,
      coversAll,
    );
    expect(describeRuns(runs)).toBe('Eerste zin.[-¶] Tweede zin.');
  });

  it('falls back to a bar when the font has no ¶', () => {
    const runs = redlineRuns(
      [
        { op: 'equal', text: 'A.' },
        { op: 'insert', text: PART_SEPARATOR },
        { op: 'equal', text: 'B.' },
      ],
      colours,
      (code) => code !== 0xb6,
    );
    expect(describeRuns(runs)).toBe('A.[+|]⏎B.');
  });

  it('reads as the new text once the struck runs are left out (real redlines)', () => {
    const pairs: [string, string][] = [
      [
        'Het is slechts toegestaan na uitdrukkelijke toestemming.',
        'Het is alleen toegestaan na schriftelijke toestemming; ouders geven toestemming.',
      ],
      ['De leerling mag bellen in de pauze.', 'De leerlingen mogen niet bellen, ook niet in de pauze.'],
      ['Overtredingen kunnen resulteren in hoge boetes.', 'Overtredingen kunnen resulteren in boetes tot € 5.000.'],
    ];
    for (const [before, after] of pairs) {
      const line = redline(before, after, 0.6);
      expect(line.rewritten).toBe(false);
      const runs = redlineRuns(line.words, colours, coversAll);
      expect(newReading(runs).replace(/\s+/g, ' ').trim()).toBe(after);
      for (const run of runs) if (run.style.strike || run.style.underline) expect(run.text.trim()).not.toBe('');
    }
  });
});

describe('textRuns', () => {
  it('keeps the parts of a split on lines of their own, in the given style', () => {
    const runs = textRuns(`Eerste deel.${PART_SEPARATOR}Tweede deel.`, { colour: '#123456' }, coversAll);
    expect(runs.map((run) => run.text)).toEqual(['Eerste deel.', LINE_BREAK, 'Tweede deel.']);
    expect(runs.every((run) => run.style.colour === '#123456')).toBe(true);
  });
});

describe('redlineColours', () => {
  it('inserts in the brand colour, unless that is close to the deletion red', () => {
    expect(redlineColours('#0b3c6f')).toEqual({ inserted: '#0b3c6f', deleted: DELETED_RED });
    expect(redlineColours('#2f3e4e').inserted).toBe('#2f3e4e');
    for (const reddish of ['#c8102e', '#e07a1f', '#a4004f']) expect(redlineColours(reddish).inserted).not.toBe(reddish);
  });
});
