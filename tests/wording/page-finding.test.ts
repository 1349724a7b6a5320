// A finding, refusal or report line as the workplace's pages say it (src/wording/messages.ts, pageFinding): where the
// CLI's words name a command to run in a terminal, the messages files give the page words of their own
// (workplace-advice.<id>, nl and en), saying what to do on the page or who can do it; every entry of a group the
// workplace shows (a check rule's, approve's from the step form, import's of an upload or a returned Word document,
// kennisname's, the dossier's) that names a command has them, and they name none. A fix for the terminal without page
// words is left out, never shown.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageTexts } from '../../src/io/messages.js';
import { RULES } from '../../src/check/rules/index.js';
import { pageFinding, pageLine, wordFinding } from '../../src/wording/messages.js';
import { PROJECT_ROOT } from '../support/paths.js';

/** Every clausemark command, by the word a terminal types. */
const COMMANDS = readdirSync(join(PROJECT_ROOT, 'src', 'cli', 'commands')).map((file) => file.replace(/\.ts$/, ''));
/**
 * A clausemark command or one of its flags, as advice for a terminal says them; or a command put in by a placeholder
 * (approve's `{{command}}`, `{{commands}}`: "name who took it with --body: clausemark approve …").
 */
const NAMES_A_COMMAND = new RegExp(
  `clausemark (${COMMANDS.join('|')})\\b|(^|[\\s(\`])--[a-z]|\\{\\{commands?\\}\\}|\\bthe command\\b`,
);

/** The groups whose entries the workplace's pages show: every check rule and the board's school duties, … */
const RULE_GROUPS = [
  ...RULES.map((rule) => rule.id),
  'school-duty-missing',
  'school-duty-not-adopted',
  'school-duty-overdue',
];
/** … and the refusals and reports of the jobs its forms run, and its own words. */
const WORKPLACE_GROUPS = new Set([
  ...RULE_GROUPS,
  // A step recorded from the step form (approve's job), and the front matter saved from Details.
  ...['approve-procedure', 'approve-refused', 'unreadable-policy', 'lossy-edit'],
  // A document brought in by upload, or a returned Word document read and brought back (import's job).
  ...['import-refused', 'import-unstated', 'import-word', 'import-conflict', 'import-proposal', 'import-comment'],
  ...['import-history', 'import-kind', 'import-changes', 'import-heading', 'import-approval', 'import-title'],
  // The kennisname page (acknowledge's job) and the dossier downloaded (dossier's job).
  ...['acknowledge-job', 'dossier-job'],
  // The workplace's own words.
  ...[...messageTexts('en').keys()]
    .map((id) => id.split('.')[0] ?? '')
    .filter((group) => group.startsWith('workplace')),
]);
/**
 * Entries of those groups the workplace never shows, as its forms give no such choice: import's options of the
 * command line (one document a time, into a folder of the workplace's choosing; a name taken already is answered
 * by the page's own words, import-exists) and acknowledge's (the kennisname page records at a meeting, by buttons).
 */
const TERMINAL_ONLY = new Set([
  'import-refused.force-or-out',
  'import-refused.out-is-one-file',
  'import-refused.out-folder',
  'import-refused.into-one-file',
  'acknowledge-job.previous-other-text-fix',
  'acknowledge-job.recorder-needed-fix',
  'acknowledge-job.nothing-to-carry-fix',
  'acknowledge-job.carry-substantive-fix',
  'acknowledge-job.csv-or-paper',
  'acknowledge-job.csv-or-paper-fix',
  'acknowledge-job.policy-needed-fix',
]);

/** The entries the workplace shows whose words name a command (in English or Dutch), but for its own page words. */
function commanding(): string[] {
  const nl = messageTexts('nl');
  return [...messageTexts('en')]
    .filter(([id]) => !id.startsWith('workplace-advice.') && !TERMINAL_ONLY.has(id))
    .filter(([id]) => WORKPLACE_GROUPS.has(id.split('.')[0] ?? ''))
    .filter(([id, text]) => NAMES_A_COMMAND.test(text) || NAMES_A_COMMAND.test(nl.get(id) ?? ''))
    .map(([id]) => id);
}

describe('a check finding on the workplace’s pages', () => {
  it('finds entries that name a command (the check itself can fail)', () => {
    expect(commanding()).toEqual(
      expect.arrayContaining([
        'procedure-to-record.approve',
        'approve-procedure.use-body',
        'approve-procedure.use-part',
        'import-proposal.reject-instead',
        'import-proposal.accept-instead',
        'acknowledge-job.not-adopted-fix',
      ]),
    );
    expect(commanding()).not.toContain('bad-arguments.diff-usage');
  });

  it.each(['en', 'nl'] as const)(
    'has page words in %s for every entry the workplace shows that names a command',
    (lang) => {
      const texts = messageTexts(lang);
      expect(commanding().filter((id) => !texts.has(`workplace-advice.${id}`))).toEqual([]);
      const pageWords = [...texts].filter(([id]) => id.startsWith('workplace-advice.'));
      expect(pageWords.filter(([, text]) => NAMES_A_COMMAND.test(text) || /`/.test(text))).toEqual([]);
      // Page words are for an entry that exists: a renamed entry leaves none behind.
      expect(pageWords.filter(([id]) => !texts.has(id.replace(/^workplace-advice\./, '')))).toEqual([]);
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

  it('words a refusal of approve and a proposal of a returned Word document by the page, not by a command', () => {
    const refusal = {
      ruleId: 'approve-procedure',
      severity: 'error' as const,
      messageId: 'approve-procedure.other-body',
      fixId: 'approve-procedure.use-body',
      params: {
        step: 'consent',
        policy: 'this anti-bullying protocol',
        body: 'MR',
        part: 'the whole council',
        basis: 'WMS art. 10',
        given: 'GMR',
        command: 'clausemark approve pestprotocol.md --step instemming --body MR',
      },
    };
    expect(wordFinding(refusal).fix).toContain('--body');
    expect(pageLine(refusal)).not.toMatch(NAMES_A_COMMAND);
    expect(pageLine(refusal)).toContain('“Step to record”');
    const proposal = {
      ruleId: 'import-proposal',
      severity: 'warning' as const,
      messageId: 'import-proposal.accepted',
      fixId: 'import-proposal.reject-instead',
      params: { id: 'aan.melden', authors: 'J. Jansen', dates: '2 June 2025', before: 'a', after: 'b' },
    };
    expect(wordFinding(proposal).fix).toContain('--reject-changes');
    expect(pageFinding(proposal).fix).toContain('“Reject”');
  });
});

describe('a refusal of kennisname on the workplace’s pages', () => {
  it('says a phrase it puts in (why the policy is a draft) as the page says it', () => {
    const refusal = {
      ruleId: 'bad-arguments',
      severity: 'error' as const,
      messageId: 'acknowledge-job.not-adopted',
      fixId: 'acknowledge-job.not-adopted-fix',
      params: { status: { messageId: 'acknowledge-job.status-missing-step' } },
    };
    expect(wordFinding(refusal).message).toContain('clausemark check');
    expect(pageLine(refusal)).not.toMatch(NAMES_A_COMMAND);
    expect(pageFinding(refusal).message).toContain("the check on the policy's page names it");
  });
});
