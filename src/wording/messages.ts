// What check says, in words: the place a check finding's ids ({messageId, fixId, params}, src/model/diagnostics.ts)
// become text. The rules only name an entry of templates/messages/en.yaml and give its placeholders' values; the
// reporters (text and JSON, src/render/check/) and build, when a rule's finding stops it, call wordFinding, so no
// message is built in TypeScript and a wording is changed in that file alone. The file is read and filled by
// src/io/messages.ts, low enough for the parser and every command to word their errors from it too. The workplace's
// pages (`clausemark serve`) have no terminal: there a finding, refusal or report line of any command's job is worded
// by pageFinding (pageLine: message and fix in one line), from the entries of workplace-advice.<id> that say what to
// do on the page, or who can do it, instead of which command to run.
import type { CheckFinding, Finding, MessageParams } from '../model/diagnostics.js';
import { hasMessage, messageTexts, wordMessage } from '../io/messages.js';
import { outputLanguage } from '../text/output-language.js';
import { fillLabel } from './labels.js';

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

/** Says a message by its id, filled with `params`. */
export type Say = (messageId: string, params?: Record<string, string>) => string;

/**
 * The words of the messages file of `lang` (templates/messages/<lang>.yaml, English where it has none), dates as that
 * language writes them; `served`, the workplace's own words (workplace-advice.<id>: no command, no front-matter
 * field) where the messages give them. For a document made of messages: the dossier, the overview.
 */
export function sayIn(lang: string, served = false): Say {
  const language = outputLanguage(lang);
  const own = (id: string): string | undefined => messageTexts(language).get(id) ?? messageTexts('en').get(id);
  return (id, params = {}) => {
    const text = (served ? own(`workplace-advice.${id}`) : undefined) ?? own(id);
    if (text === undefined) throw new Error(`no message ${id}`);
    return fillLabel(text, params, language);
  };
}

/** A clausemark command or one of its flags: advice for a terminal, of no use on the workplace's pages. */
export const TERMINAL_ADVICE = /`clausemark|\bclausemark [a-z]+ |\(clausemark [a-z]+\)|(^|[\s(`])--[a-z]/;

/** The entry of the page's own words for `messageId`, where the messages files hold one. */
function pageEntry(messageId: string | undefined): string | undefined {
  const entry = `workplace-advice.${messageId}`;
  return messageId !== undefined && hasMessage(entry) ? entry : undefined;
}

/** Placeholders' values as the page says them: a phrase of the messages file (a status, say) in its page words. */
function pageParams(params: MessageParams): MessageParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      const entry = typeof value === 'object' ? pageEntry(value.messageId) : undefined;
      return [name, typeof value === 'object' && entry ? { ...value, messageId: entry } : value];
    }),
  );
}

/**
 * A finding as the workplace's pages say it: its message and fix from workplace-advice.<id> where the messages files
 * give the page words of their own (what to do on the page, by its links and buttons), else as the CLI words them
 * (a phrase put in by a placeholder in its page words too); a fix that names a terminal command and has no page words
 * is left out rather than shown.
 */
export function pageFinding(finding: CheckFinding): Finding {
  const worded = wordFinding(finding);
  const params = pageParams(finding.params ?? {});
  const onPage = (id: string | undefined, page = pageEntry(id)): string | undefined =>
    page ? wordMessage({ messageId: page, params }) : undefined;
  const { fix: terminal, ...rest } = worded;
  // A message without page words of its own is worded again only where a phrase it puts in has them.
  const phraseOnPage = Object.entries(params).some(([name, value]) => value !== finding.params?.[name]);
  const reworded =
    phraseOnPage && finding.messageId ? wordMessage({ messageId: finding.messageId, params }) : undefined;
  const message = onPage(finding.messageId) ?? reworded ?? worded.message;
  const fix =
    onPage(finding.fixId) ?? (terminal !== undefined && !TERMINAL_ADVICE.test(terminal) ? terminal : undefined);
  return fix !== undefined ? { ...rest, message, fix } : { ...rest, message };
}

/** A finding as one line of a workplace page's report: its message and, where the page has any, its fix. */
export function pageLine(finding: CheckFinding): string {
  const { message, fix } = pageFinding(finding);
  return fix !== undefined ? `${message} — ${fix}` : message;
}
