// What check says, in words: the one place a check finding's ids ({messageId, fixId, params}, src/model/
// diagnostics.ts) become text. The rules only name an entry of templates/messages/en.yaml and give its
// placeholders' values; the reporters (text and JSON, src/cli/report.ts) and build, when a rule's finding stops it,
// call wordFinding, so no message is built in TypeScript and a wording is changed in that file alone. The file is
// clausemark's own (read from its install, never a project's templates/): its messages are English only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CheckFinding, Finding, MessageParam, MessageRef } from '../model/diagnostics.js';
import { PACKAGE_ROOT } from '../io/root.js';
import { fillLabel, placeholdersIn } from './labels.js';

export const MESSAGES_FILE = join(PACKAGE_ROOT, 'templates', 'messages', 'en.yaml');

let loaded: ReadonlyMap<string, string> | undefined;

/** Every entry of the messages file by its id, `<group>.<key>`. A file that is not two levels of text is a bug. */
export function messageTexts(): ReadonlyMap<string, string> {
  if (loaded) return loaded;
  const data: unknown = parse(readFileSync(MESSAGES_FILE, 'utf8'));
  const texts = new Map<string, string>();
  for (const [group, entries] of Object.entries(asRecord(data, MESSAGES_FILE))) {
    for (const [key, text] of Object.entries(asRecord(entries, group))) {
      if (typeof text !== 'string') throw new Error(`${MESSAGES_FILE}: ${group}.${key} is not text`);
      texts.set(`${group}.${key}`, text);
    }
  }
  loaded = texts;
  return texts;
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${MESSAGES_FILE}: ${what} is not a mapping`);
  return value as Record<string, unknown>;
}

function wordParam(value: MessageParam): string | number {
  return typeof value === 'object' ? wordMessage(value) : value;
}

/**
 * An entry with its placeholders filled in (a value that is itself an entry is worded first). An unknown id or a
 * placeholder without a value is a bug in clausemark, not in the user's file: it throws rather than print `{{x}}`.
 */
export function wordMessage({ messageId, params = {} }: MessageRef): string {
  const text = messageTexts().get(messageId);
  if (text === undefined) throw new Error(`no message ${messageId} in ${MESSAGES_FILE}`);
  const missing = placeholdersIn(text).filter((name) => !Object.hasOwn(params, name));
  if (missing.length > 0) throw new Error(`message ${messageId} is given no value for {{${missing.join('}}, {{')}}}`);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) values[name] = wordParam(value);
  return fillLabel(text, values);
}

/** A finding in words, keeping its ids and values; one that is worded already is returned as it is. */
export function wordFinding(finding: CheckFinding): Finding {
  if (finding.message !== undefined) return finding;
  const { params, fixId } = finding;
  return {
    ...finding,
    message: wordMessage({ messageId: finding.messageId, params }),
    ...(fixId ? { fix: wordMessage({ messageId: fixId, params }) } : {}),
  };
}

/** All findings, worded. */
export function wordFindings(findings: readonly CheckFinding[]): Finding[] {
  return findings.map(wordFinding);
}
