// The errors compare and confirm stop on (src/compare/): each is keyed by an entry of templates/messages/en.yaml,
// its finding keeps messageId, fixId and params, and it reads word for word as it did when it was written in
// TypeScript (the texts below are those of commit aca3e49).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmPairing, parseClauseReference } from '../../src/compare/confirm/confirm.js';
import { CONFIRMATIONS_FILE, readConfirmations } from '../../src/compare/read/confirmations.js';
import { alignPolicies, chooseComparison, comparisonInputs } from '../../src/compare/index.js';
import type { MessageParams } from '../../src/model/diagnostics.js';
import type { Policy } from '../../src/model/policy.js';
import { parsePolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { expectSaid, expectThrowsSaid } from '../support/said.js';
import { thrownError } from '../support/thrown.js';

const seed = (org: string, id = 'social-media'): Policy => {
  const path = join(PROJECT_ROOT, 'policies', org, 'social-media.md');
  const source = readFileSync(path, 'utf8').replace(/^id: social-media$/m, `id: ${id}`);
  return parsePolicy(source, { path: id === 'social-media' ? path : path.replace('social-media', id) }).policy;
};
const pair = [seed('allure'), seed('aloysius')];

describe('compare errors keyed by id', () => {
  it('no policies, an unknown base', () => {
    expectThrowsSaid(() => alignPolicies([]), {
      ruleId: 'nothing-to-compare',
      messageId: 'nothing-to-compare.no-policies',
      fixId: 'nothing-to-compare.give-policy',
      params: {},
      message: 'no policies to compare',
      fix: 'give at least one policy file',
    });
    expectThrowsSaid(() => alignPolicies(pair, { base: 'nobody' }), {
      ruleId: 'unknown-base',
      messageId: 'unknown-base.no-document',
      fixId: 'unknown-base.use-one-of',
      params: { base: 'nobody', keys: 'allure, aloysius' },
      message: "no document with org key 'nobody' to use as base",
      fix: 'use one of: allure, aloysius',
    });
  });

  it('an unknown kind, and several kinds without --kind', () => {
    const inputs = comparisonInputs([...pair, seed('allure', 'privacy')]);
    const kinds = 'social-media (2), privacy (1)';
    expectThrowsSaid(() => chooseComparison(inputs, 'pestprotocol'), {
      ruleId: 'unknown-kind',
      messageId: 'unknown-kind.no-policy',
      fixId: 'unknown-kind.kinds-given',
      params: { kind: 'pestprotocol', kinds },
      message: "no policy with id 'pestprotocol' to compare",
      fix: `the policies given are of these kinds (frontmatter id, documents): ${kinds}`,
    });
    expectThrowsSaid(() => chooseComparison(inputs, undefined), {
      ruleId: 'several-kinds',
      messageId: 'several-kinds.several',
      fixId: 'several-kinds.choose-kind',
      params: { count: 2, kinds },
      message: 'these policies are of 2 kinds; a comparison is of one kind',
      fix: `choose one with --kind ID; kinds (frontmatter id, documents): ${kinds}`,
    });
  });
});

describe('confirm errors keyed by id', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'clausemark-confirm-errors-')), CONFIRMATIONS_FILE);
  const confirm = (first: string, second: string) => () =>
    confirmPairing(
      pair,
      'same',
      parseClauseReference(first, 'first clause'),
      parseClauseReference(second, 'second clause'),
      { file },
    );

  it('a reference that names no clause, and two clauses of one organisation', () => {
    expectThrowsSaid(() => parseClauseReference('allure', 'first clause'), {
      ruleId: 'bad-arguments',
      messageId: 'bad-arguments.not-a-clause',
      fixId: 'bad-arguments.write-org-clause',
      params: { text: 'allure' },
      message: "'allure' does not name a clause",
      fix: 'write ORG:CLAUSE-ID, with the org key and clause id compare shows (e.g. aloysius:foto.toestemming)',
    });
    const clause = pair[0]?.sections[1]?.clauses[0]?.id ?? '';
    expectThrowsSaid(confirm(`allure:${clause}`, `allure:${clause}`), {
      ruleId: 'bad-arguments',
      messageId: 'bad-arguments.one-organisation',
      message: 'both clauses belong to one organisation',
      fix: 'a pairing links clauses of two organisations',
    });
  });

  it('an unknown organisation (with and without a guess) and an unknown clause', () => {
    const clause = pair[0]?.sections[1]?.clauses[0]?.id ?? '';
    expectThrowsSaid(confirm(`alure:${clause}`, 'aloysius:x'), {
      ruleId: 'unknown-clause',
      messageId: 'unknown-clause.no-organisation',
      fixId: 'unknown-clause.org-keys-guess',
      params: { org: 'alure', keys: 'allure, aloysius', guess: 'allure' },
      message: "no organisation 'alure' among the compared policies",
      fix: "did you mean 'allure'? the org keys are: allure, aloysius",
    });
    expectThrowsSaid(confirm(`zzzzzzzzzz:${clause}`, 'aloysius:x'), { fix: 'the org keys are: allure, aloysius' });
    expectThrowsSaid(confirm(`allure:${clause}`, 'aloysius:zzzzzzzzzzzzzzzzzz'), {
      ruleId: 'unknown-clause',
      messageId: 'unknown-clause.no-clause',
      fixId: 'unknown-clause.clause-ids-shown',
      params: { org: 'aloysius', path: pair[1]?.path ?? '', clause: 'zzzzzzzzzzzzzzzzzz' },
      message: `aloysius (${pair[1]?.path}) has no clause 'zzzzzzzzzzzzzzzzzz'`,
      fix: 'clause ids are shown by `clausemark compare --format md`',
    });
  });
});

describe('a malformed alignments file, keyed by id at its line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'clausemark-alignments-'));
  const form =
    'each entry is "- {same: [ORG:CLAUSE@HASH, ORG:CLAUSE@HASH]}" or "different:"; write entries with `clausemark confirm` (docs/compare.md)';
  const read = (text: string) => () => {
    const file = join(folder, CONFIRMATIONS_FILE);
    writeFileSync(file, text);
    return readConfirmations(file);
  };
  const cases: [string, string, string, MessageParams, string][] = [
    ['- [a', 'not-yaml', '', {}, `${CONFIRMATIONS_FILE} is not valid YAML: `],
    ['same: 1\n', 'not-a-list', '1:1', { file: CONFIRMATIONS_FILE }, `${CONFIRMATIONS_FILE} must be a list of entries`],
    ['- a: 1\n  b: 2\n', 'not-one-key', '1:3', {}, 'an entry needs exactly one key'],
    [
      '- maybe: []\n',
      'unknown-verdict',
      '1:3',
      { verdict: 'maybe' },
      "unknown verdict 'maybe': use same, different, absent, on-topic or off-topic",
    ],
    ['- same: [a:b@1]\n', 'not-two-clauses', '1:3', {}, 'an entry names two clauses as ORG:CLAUSE-ID@HASH'],
  ];
  it.each(cases)('%j', (text, key, at, params, message) => {
    const error = thrownError(read(text));
    const { finding } = error;
    expect(finding.message.startsWith(message)).toBe(true);
    expectSaid(error, { ruleId: 'bad-alignments-file', fix: form });
    expectSaid(error, { messageId: `bad-alignments-file.${key}`, fixId: 'bad-alignments-file.entry-form', params });
    if (at) expect(`${finding.place?.start.line}:${finding.place?.start.column}`).toBe(at);
  });
});
