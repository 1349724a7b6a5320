// What check says, in words: the place a check finding's ids ({messageId, fixId, params}, src/model/diagnostics.ts)
// become text. The rules only name an entry of templates/messages/en.yaml and give its placeholders' values; the
// reporters (text and JSON, src/render/check/) and build, when a rule's finding stops it, call wordFinding, so no
// message is built in TypeScript and a wording is changed in that file alone. The file is read and filled by
// src/io/messages.ts, low enough for the parser and every command to word their errors from it too. The workplace's
// pages (`clausemark serve`) have no terminal: there a finding is worded by pageFinding, from the entries of
// workplace-check.<id> that say what to do on the page instead of which command to run.
import type { CheckFinding, Finding } from '../model/diagnostics.js';
import { hasMessage, wordMessage } from '../io/messages.js';

export { MESSAGES_FILE, messageTexts, wordMessage } from '../io/messages.js';

/** What a finding says and how to fix it, in words: its own words, else its entries' worded with its values. */
export function findingWords(finding: CheckFinding): { message: string; fix?: string | undefined } {
  if (finding.message !== undefined) return finding;
  const { messageId, params, fixId } = finding;
  const message = wordMessage({ messageId, params });
  // Built as it stands, not spread from a second object: a civil code's check words 7,700 findings.
  return fixId ? { message, fix: wordMessage({ messageId: fixId, params }) } : { message };
}

/** A finding in words, keeping its ids and values; one that is worded already is returned as it is. */
export function wordFinding(finding: CheckFinding): Finding {
  if (finding.message !== undefined) return finding;
  return { ...finding, ...findingWords(finding) };
}

/** All findings, worded. */
export function wordFindings(findings: readonly CheckFinding[]): Finding[] {
  return findings.map(wordFinding);
}

/** A clausemark command or one of its flags: advice for a terminal, of no use on the workplace's pages. */
export const TERMINAL_ADVICE = /`clausemark|\bclausemark [a-z]+ |\(clausemark [a-z]+\)|(^|[\s(`])--[a-z]/;

/**
 * A finding as the workplace's pages say it: its message and fix from workplace-check.<id> where the messages files
 * give the page words of their own (what to do on the page, by its links and buttons), else as the CLI words them;
 * a fix that names a terminal command and has no page words is left out rather than shown.
 */
export function pageFinding(finding: CheckFinding): Finding {
  const worded = wordFinding(finding);
  const onPage = (id: string | undefined): string | undefined => {
    const messageId = `workplace-check.${id}`;
    if (id === undefined || !hasMessage(messageId)) return undefined;
    return wordMessage({ messageId, ...(finding.params ? { params: finding.params } : {}) });
  };
  const { fix: terminal, ...rest } = worded;
  const message = onPage(finding.messageId) ?? worded.message;
  const fix =
    onPage(finding.fixId) ?? (terminal !== undefined && !TERMINAL_ADVICE.test(terminal) ? terminal : undefined);
  return fix !== undefined ? { ...rest, message, fix } : { ...rest, message };
}
