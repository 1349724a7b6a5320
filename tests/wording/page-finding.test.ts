// A check finding as the workplace's pages say it (src/wording/messages.ts, pageFinding): where the CLI's words name a
// command to run in a terminal, the messages files give the page words of their own (workplace-check.<id>, nl and
// en), saying what to do on the page; every entry of a check rule's group that names a command has them, and they
// name none. A fix for the terminal without page words is left out, never shown.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageTexts } from '../../src/io/messages.js';
import { RULES } from '../../src/check/rules/index.js';
import { pageFinding, wordFinding } from '../../src/wording/messages.js';
import { PROJECT_ROOT } from '../support/paths.js';

/** Every clausemark command, by the word a terminal types. */
const COMMANDS = readdirSync(join(PROJECT_ROOT, 'src', 'cli', 'commands')).map((file) => file.replace(/\.ts$/, ''));
/** A clausemark command or one of its flags, as advice for a terminal says them. */
const NAMES_A_COMMAND = new RegExp(`clausemark (${COMMANDS.join('|')})\\b|(^|[\\s(\`])--[a-z]`);

/** The rules whose findings the workplace's policy page shows: every check rule and the board's school duties. */
const RULE_GROUPS = new Set([
  ...RULES.map((rule) => rule.id),
  'school-duty-missing',
  'school-duty-not-adopted',
  'school-duty-overdue',
]);

describe('a check finding on the workplace’s pages', () => {
  it('finds entries that name a command (the check itself can fail)', () => {
    const commanding = [...messageTexts('en')].filter(
      ([id, text]) => RULE_GROUPS.has(id.split('.')[0] ?? '') && NAMES_A_COMMAND.test(text),
    );
    expect(commanding.map(([id]) => id)).toContain('procedure-to-record.approve');
  });

  it.each(['en', 'nl'] as const)(
    'has page words in %s for every entry of a check rule that names a command',
    (lang) => {
      const texts = messageTexts(lang);
      const commanding = [...messageTexts('en')]
        .filter(([id, text]) => RULE_GROUPS.has(id.split('.')[0] ?? '') && NAMES_A_COMMAND.test(text))
        .map(([id]) => id);
      expect(commanding.filter((id) => !texts.has(`workplace-check.${id}`))).toEqual([]);
      const pageWords = [...texts].filter(([id]) => id.startsWith('workplace-check.'));
      expect(pageWords.filter(([, text]) => NAMES_A_COMMAND.test(text) || /`/.test(text))).toEqual([]);
    },
  );

  it('says what to do on the page instead of the command, and keeps the CLI’s words for the CLI', () => {
    const finding = {
      ruleId: 'procedure-to-record',
      severity: 'warning' as const,
      messageId: 'procedure-to-record.imported',
      fixId: 'procedure-to-record.approve',
      params: { steps: 'instemming van de MR' },
    };
    expect(wordFinding(finding).fix).toContain('clausemark approve');
    const onPage = pageFinding(finding);
    expect(onPage.fix).toBe('record each step under Procedure with the “Record” button once it is taken for this text');
    expect(onPage.message).toBe(wordFinding(finding).message);
  });

  it('leaves out a fix for the terminal that has no page words', () => {
    const finding = { ruleId: 'x', severity: 'error' as const, message: 'wrong', fix: 'run `clausemark fmt --write`' };
    expect(pageFinding(finding)).toEqual({ ruleId: 'x', severity: 'error', message: 'wrong' });
    const plain = { ...finding, fix: 'write the title' };
    expect(pageFinding(plain).fix).toBe('write the title');
  });
});
