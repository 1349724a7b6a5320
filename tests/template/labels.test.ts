// The sector template's words (src/template/labels.ts) come from templates/labels/sector/<lang>.yaml, not from
// TypeScript: both files say every thing, with the same {{placeholders}} (the one syntax of every label file), and
// a Dutch or English policy gets its own.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fill, sectorLabels, sectorLabelsFile } from '../../src/template/labels.js';
import { placeholdersIn } from '../../src/text/placeholders.js';

/** Every text of a file by its dotted key. */
function texts(value: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (typeof inner === 'string') found.set(`${prefix}${key}`, inner);
    else for (const [k, text] of texts(inner, `${prefix}${key}.`)) found.set(k, text);
  }
  return found;
}

describe('the sector words', () => {
  const nl = texts(parse(readFileSync(sectorLabelsFile('nl'), 'utf8')));
  const en = texts(parse(readFileSync(sectorLabelsFile('en'), 'utf8')));

  it('are in both files under the same keys, with the same {{placeholders}} and none in single braces', () => {
    expect([...nl.keys()].sort()).toEqual([...en.keys()].sort());
    expect(nl.size).toBeGreaterThan(50);
    for (const [key, text] of en) {
      expect(placeholdersIn(nl.get(key) ?? '').sort(), key).toEqual(placeholdersIn(text).sort());
      expect(text.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/\{\w+\}/);
      expect((nl.get(key) ?? '').replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/\{\w+\}/);
    }
  });

  it("follow the policy's language, filled in with {{name}} placeholders", () => {
    expect(sectorLabels('nl-BE').register).toBe('Afwijkingenregister');
    expect(sectorLabels('de').register).toBe('Deviation register');
    const counts = { verbatim: 3, modified: 2, dropped: 1, added: 0 };
    expect(fill(sectorLabels('nl').counts, counts)).toBe('3 letterlijk, 2 gewijzigd, 1 geschrapt, 0 eigen');
    expect(fill(sectorLabels('en').upgradeTitle, { ref: 'po@2.0' })).toBe('Upgrade to po@2.0');
    expect(sectorLabels('nl').status['filled-in']).toBe('ingevuld');
  });
});
