// Errors worded from templates/messages/en.yaml where they are made (src/io/messages.ts): the thrown
// ClausemarkError reads as before (Error.message, its hint) and its finding keeps messageId, fixId and params.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import { errorById, setMessageLanguage, wordMessage } from '../../src/io/messages.js';
import type { MessageRef } from '../../src/model/diagnostics.js';
import { readSource } from '../../src/io/read.js';
import { thrownError as thrown } from '../support/thrown.js';
import { parsePolicy } from '../../src/parse/index.js';

describe('errorById', () => {
  it('words the message and the hint from the file and keeps the ids in the finding', () => {
    const error = errorById(
      { messageId: 'invalid-date.not-a-date', fixId: 'invalid-date.write-date', params: { date: '1 juli' } },
      { place: { argument: '--date' }, ruleId: 'invalid-date' },
    );
    expect(error.message).toBe('"1 juli" is not a date');
    expect(error.hint).toBe('write the date as YYYY-MM-DD, e.g. 2024-07-01');
    expect(error.finding).toMatchObject({
      ruleId: 'invalid-date',
      messageId: 'invalid-date.not-a-date',
      fixId: 'invalid-date.write-date',
      params: { date: '1 juli' },
      argument: '--date',
      fatal: true,
    });
  });
});

describe('errors of reading and approving carry their ids', () => {
  it('a missing file: unreadable-file.no-such-file, worded as before', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-ids-')), 'nope.md');
    const error = thrown(() => readSource(file));
    expect(error.format()).toBe(`${file}: no such file\n  fix: check the path (it is relative to the current folder)`);
    expect(error.finding).toMatchObject({ messageId: 'unreadable-file.no-such-file', params: {} });
  });

  it('approving an unreadable policy keeps the parser finding as {{problem}} with its own ids', () => {
    const parsed = parsePolicy('---\nid: x\nid: y\n---\n\n{#a} Tekst.\n', { path: 'beleid.md' });
    const error = thrown(() => approveSource(parsed, { name: 'GMR', role: 'MR', date: '2024-06-12' }));
    expect(error.message).toBe(
      'cannot approve a policy that cannot be read: invalid YAML in the frontmatter: Map keys must be unique',
    );
    expect(error.hint).toBe('remove the repeated field');
    expect(error.finding).toMatchObject({
      ruleId: 'unreadable-policy',
      messageId: 'unreadable-policy.cannot-approve',
      fixId: 'yaml-syntax.remove-repeated',
      params: { reason: 'Map keys must be unique', problem: { messageId: 'yaml-syntax.other' } },
    });
  });
});

describe('values quoted from a user file', () => {
  it('show control characters instead of letting the terminal act on them', () => {
    const worded = wordMessage({
      messageId: 'file-too-large.too-large',
      params: { size: '\u001b[31mROOD\u001b]0;titel\u0007', max: 16 },
    });
    expect(worded).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(worded).toContain('\\x1b[31mROOD\\x1b]0;titel\\x07');
  });
});

describe('a long value quoted in a message', () => {
  it('is an excerpt of its start and end around an ellipsis, not the whole 10 MB clause', () => {
    const clause = `Begin van de bepaling. ${'Medewerkers delen geen foto van leerlingen. '.repeat(240_000)}Einde.`;
    const message = wordMessage({ messageId: 'import-heading.stands-alone', params: { text: clause } });
    expect(clause.length).toBeGreaterThan(10_000_000);
    expect(message.length).toBeLessThan(1100);
    expect(message).toMatch(/^the line "Begin van de bepaling\. Medewerkers .* … .*leerlingen\. Einde\." stands alone/);
    // It says how much was left out, so the reader knows the value is longer than what is shown.
    const leftOut = (clause.length - 900).toLocaleString('en-GB');
    expect(message).toContain(` … (${leftOut} characters left out) … `);
  });

  it('is quoted whole up to 1,000 characters, and never split inside a character outside the BMP', () => {
    const text = 'ab'.repeat(500);
    expect(wordMessage({ messageId: 'import-heading.stands-alone', params: { text } })).toContain(`"${text}"`);
    const emoji = wordMessage({ messageId: 'import-heading.stands-alone', params: { text: '😀'.repeat(2000) } });
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('an entry given as a value', () => {
  it('is worded in the language of the moment, a frozen one as often as it is used, a changed one as it now is', () => {
    const clause = Object.freeze({ messageId: 'kind.clause' });
    const unnamed = (kind: MessageRef) =>
      wordMessage({ messageId: 'missing-id.unnamed', params: { kind, excerpt: '"Tekst"', id: 'a.1' } });
    try {
      expect(unnamed(clause)).toMatch(/^clause "Tekst" has no ID/);
      expect(unnamed(clause)).toMatch(/^clause "Tekst" has no ID/);
      setMessageLanguage('nl');
      expect(unnamed(clause)).toMatch(/^artikel "Tekst"/);
      const kind: MessageRef = { messageId: 'kind.clause' };
      expect(unnamed(kind)).toMatch(/^artikel "Tekst"/);
      kind.messageId = 'kind.section';
      expect(unnamed(kind)).toMatch(/^hoofdstuk "Tekst"/);
    } finally {
      setMessageLanguage('en');
    }
  });
});
