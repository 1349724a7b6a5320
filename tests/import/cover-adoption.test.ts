// A cover line about the adoption (src/import/cover-adoption.ts): history where it names an adopting body and a
// whole date, else said to be not read; never an approval, and left out as the cover's either way.
import { describe, expect, it } from 'vitest';
import type { Block, Decision } from '../../src/import/blocks.js';
import { coverAdoptions } from '../../src/import/cover-adoption.js';

const coverLine = (text: string, line: number): Block => ({
  kind: 'dropped',
  text,
  reason: { messageId: 'import-reason.cover-page' },
  source: { page: 1, line },
});
const saidLeftOut = (line: number): Decision => ({
  ruleId: 'import-dropped',
  messageId: 'import-dropped.cover',
  fixId: 'import-dropped.copy-in',
  params: {},
  source: { page: 1, line },
});

describe('coverAdoptions', () => {
  it('reads a line naming the board and a whole date as history', () => {
    const blocks = [coverLine('Vastgesteld door het bestuur op 12 maart 2024', 4)];
    const decisions = [saidLeftOut(4)];
    expect(coverAdoptions(blocks, [0], decisions, { procedures: undefined, title: 'Klachtenregeling' })).toEqual([
      'Vastgesteld door het bestuur op 12 maart 2024',
    ]);
    expect(decisions.map((decision) => decision.messageId)).toEqual(['import-dropped.cover']);
  });

  it('says a line naming no body was not read, in place of saying it was left out', () => {
    const blocks = [coverLine('Vastgesteld op 12 maart 2024', 4), coverLine('Schooljaar 2024-2025', 5)];
    const decisions = [saidLeftOut(4), saidLeftOut(5)];
    expect(coverAdoptions(blocks, [0, 1], decisions, { procedures: undefined, title: undefined })).toEqual([]);
    expect(decisions.map((decision) => [decision.messageId, decision.source.line])).toEqual([
      ['import-history.unread-cover', 4],
      ['import-dropped.cover', 5],
    ]);
  });
});
