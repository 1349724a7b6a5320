// The check rules name their messages; templates/messages/en.yaml words them (src/wording/messages.ts). This keeps
// the two in step and the words as they were:
// - every id that src/ names is in the file, and every entry of the file is used (by a rule on the cases, or, for
//   the parser's and the commands' errors worded where they are made, named in src/ outside src/check);
// - every placeholder of an entry is given by each finding that uses it (found by running the rules on cases that
//   make each say each thing: tests/wording/message-cases.ts);
// - those cases are worded exactly as `check` worded them before the words moved: check-before.json was printed
//   by the code of commit 956d60c (messages built in TypeScript) running message-cases.ts, and not edited since.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessageParams, UnwordedFinding } from '../../src/model/diagnostics.js';
import { placeholdersIn } from '../../src/wording/labels.js';
import { messageTexts, wordFinding, wordMessage } from '../../src/wording/messages.js';
import { formatDate } from '../../src/text/format-date.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { laterMessageCases, messageCases } from './message-cases.js';
import { sourceFiles } from '../support/source-files.js';

type Row = [ruleId: string, at: string, message: string, fix: string];

const cases = messageCases();
const unworded = [...cases, ...laterMessageCases()].flatMap(({ findings }) =>
  (findings as UnwordedFinding[]).filter((finding) => finding.messageId !== undefined && finding.message === undefined),
);

/** The ids a finding uses: its message, its fix and the phrases among its values, with the values each is given. */
function uses(messageId: string, params: MessageParams = {}): { id: string; params: MessageParams }[] {
  const nested = Object.values(params).flatMap((value) =>
    typeof value === 'object' ? uses(value.messageId, value.params) : [],
  );
  return [{ id: messageId, params }, ...nested];
}
const used = unworded.flatMap((finding) => [
  ...uses(finding.messageId, finding.params),
  ...(finding.fixId ? uses(finding.fixId, finding.params) : []),
]);

describe('templates/messages/en.yaml', () => {
  const texts = messageTexts();
  const groups = new Set([...texts.keys()].map((id) => id.split('.')[0]));

  it('has every id that src/ names, whole or as `<group>.${…}`', () => {
    const named: string[] = [];
    const prefixes: string[] = [];
    for (const file of sourceFiles(join(PROJECT_ROOT, 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const [, id = ''] of source.matchAll(/['`]([a-z][a-z0-9-]*\.[a-z][a-z0-9-]*)['`]/g))
        if (groups.has(id.split('.')[0])) named.push(id);
      for (const [, group = ''] of source.matchAll(/`([a-z][a-z-]*)\.\$\{/g))
        if (groups.has(group)) prefixes.push(group);
    }
    expect(named.length).toBeGreaterThan(80);
    // An id said of a count (countedId, wordCounted in src/io/messages.ts) names the base of its -one and -many.
    const counted = (id: string): boolean => texts.has(`${id}-one`) && texts.has(`${id}-many`);
    expect(named.filter((id) => !texts.has(id) && !counted(id))).toEqual([]);
    // Ids made at run time are checked by the cases below; their group at least must be one of the file's.
    expect(prefixes.length).toBeGreaterThan(0);
  });

  it('uses every entry: the rules say each on the cases; the rest are named where they are worded', () => {
    const ids = new Set(used.map((use) => use.id));
    // The parser's and the commands' errors are worded where they are made (src/io/messages.ts), each from an id
    // written out in the source; build words the one check entry that only it says.
    const namedOutsideCheck = new Set<string>();
    // Ids made at run time from a written prefix (`policy-status.${status}`, `help-${command}.${key}`).
    const prefixes: string[] = [];
    for (const file of sourceFiles(join(PROJECT_ROOT, 'src'))) {
      if (file.includes(`${join('src', 'check')}`)) continue;
      const source = readFileSync(file, 'utf8');
      for (const [, id = ''] of source.matchAll(/'([a-z][a-z0-9-]*\.[a-z][a-z0-9-]*)'/g)) {
        namedOutsideCheck.add(id);
        // An id said of a count: its -one and -many.
        namedOutsideCheck.add(`${id}-one`).add(`${id}-many`);
      }
      for (const [, prefix = ''] of source.matchAll(/`([a-z][a-z0-9.-]*)\$\{/g))
        if (prefix.length > 3) prefixes.push(prefix);
    }
    const notByCases = [...texts.keys()].filter((id) => !ids.has(id));
    const atRunTime = (id: string): boolean => prefixes.some((prefix) => id.startsWith(prefix));
    expect(notByCases.filter((id) => !namedOutsideCheck.has(id) && !atRunTime(id))).toEqual([]);
    expect(notByCases).toContain('duplicate-policy.neither-built');
    expect(notByCases.length).toBeGreaterThanOrEqual(30);
  });

  it('is given a value for every placeholder of every entry a finding uses', () => {
    const missing = used.flatMap(({ id, params }) =>
      placeholdersIn(texts.get(id) ?? `{{no entry ${id}}}`)
        .filter((name) => !Object.hasOwn(params, name))
        .map((name) => `${id}: {{${name}}}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('words every case exactly as check worded it before its messages moved into the file', () => {
    const before = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'messages', 'check-before.json'), 'utf8'),
    ) as Record<string, Row[]>;
    // Since then the front matter and its approvals have gained the procedure's fields (docs/procedure.md), so the
    // fixes that list the known fields list them too (and `numbering`, a policy's own labels); every other word stays as it was. Cases added since (the procedure rules' fixtures)
    // are not in the file and are pinned by their own tests (tests/cli/procedure-check.test.ts).
    for (const rows of Object.values(before))
      for (const row of rows)
        row[3] = row[3]
          .replace('date, name, role, step, hash;', `date, name, role, step, hash, ${PROCEDURE_FIELDS};`)
          .replace('rationale, variables', 'rationale, numbering, kind, level, owner, review, published, variables');
    // Issue 43: a date in a message is written as people write it ("1 July 2024"), no longer as ISO.
    for (const rows of Object.values(before))
      for (const row of rows) row[2] = row[2].replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => formatDate(iso, 'en') ?? iso);
    const now: Record<string, Row[]> = {};
    for (const { name, findings } of cases) {
      if (!Object.hasOwn(before, name)) continue;
      // procedure-kind-missing, said of every draft without a kind since issue 71, came after the record.
      now[name] = (findings as UnwordedFinding[])
        .filter((found) => found.ruleId !== 'procedure-kind-missing')
        .map((found) => {
          const worded = wordFinding(found as UnwordedFinding);
          const at = worded.place ? `${worded.place.start.line}:${worded.place.start.column}` : '';
          return [worded.ruleId, at, worded.message, worded.fix ?? ''];
        });
    }
    expect(now).toEqual(before);
    expect(unworded.length).toBeGreaterThan(100);
  });
});

const PROCEDURE_FIELDS = 'body, part, outcome, asked, minutes, reasons, dispute';

describe('wordMessage', () => {
  it('words a phrase given as a value first', () => {
    const actual = { messageId: 'value.number', params: { number: '1.10' } };
    expect(wordMessage({ messageId: 'field-type.not-text', params: { field: 'title', actual } })).toBe(
      'frontmatter field "title" must be text, not the number 1.10',
    );
  });

  it('refuses an unknown id and a placeholder without a value, rather than print {{…}}', () => {
    expect(() => wordMessage({ messageId: 'invalid-lang.no-such-entry' })).toThrow(
      /no message invalid-lang\.no-such-entry/,
    );
    expect(() => wordMessage({ messageId: 'invalid-lang.not-a-tag', params: {} })).toThrow(/no value for \{\{lang\}\}/);
  });
});
