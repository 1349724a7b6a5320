// What check says, in words: the place a check finding's ids ({messageId, fixId, params}, src/model/diagnostics.ts)
// become text. The rules only name an entry of templates/messages/en.yaml and give its placeholders' values; the
// reporters (text and JSON, src/render/check/) and build, when a rule's finding stops it, call wordFinding, so no
// message is built in TypeScript and a wording is changed in that file alone. The file is read and filled by
// src/io/messages.ts, low enough for the parser and every command to word their errors from it too.
import type { CheckFinding, Finding } from '../model/diagnostics.js';
import { wordMessage } from '../io/messages.js';

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
