// The plain text table of the terminal (src/cli/table.ts): a cell from a user's file (a title in `start`'s table) is
// shown with its control characters as \x1b and \x07, never acted on by the terminal (issue 23 item 19), and the
// columns are padded to what is shown.
import { describe, expect, it } from 'vitest';
import { textTable } from '../../src/cli/table.js';

describe('textTable', () => {
  it('pads each column to its widest cell, counting "ë" once', () => {
    expect(
      textTable(
        ['org', 'titel'],
        [
          ['een', 'Financiën'],
          ['b', 'x'],
        ],
      ),
    ).toBe(['org  titel', '---  ---------', 'een  Financiën', 'b    x'].join('\n'));
  });

  it('shows control characters of a cell instead of sending them to the terminal, padded by what is shown', () => {
    const table = textTable(['titel', 'versie'], [['Beleid \u001b]0;gekaapt\u0007', '1.0']]);
    expect(table).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(table.split('\n')).toEqual([
      `titel${' '.repeat(20)}  versie`,
      `${'-'.repeat(25)}  ------`,
      'Beleid \\x1b]0;gekaapt\\x07  1.0',
    ]);
  });
});
