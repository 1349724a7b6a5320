// Confirmed alignments (src/compare/read/confirmations.ts, confirmed.ts): a person's verdict on a pairing outranks the
// aligner's, and an edit to either text makes the verdict stale, which compare reports instead of applying.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { confirmPairing } from '../../../src/compare/confirm/confirm.js';
import {
  CONFIRMATIONS_FILE,
  confirmationsFile,
  readConfirmations,
  textHash,
} from '../../../src/compare/read/confirmations.js';
import { alignPolicies, type Alignment } from '../../../src/compare/index.js';
import { isClausemarkError } from '../../../src/model/errors.js';
import type { Policy } from '../../../src/model/policy.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const ORGS = ['aeres-mbo', 'allure', 'aloysius', 'casparus-college', 'flex-college'];
const pathOf = (org: string): string => join(PROJECT_ROOT, 'policies', org, 'social-media.md');
const load = (org: string, edit: (source: string) => string = (source) => source): Policy =>
  parsePolicy(edit(readFileSync(pathOf(org), 'utf8')), { path: pathOf(org) }).policy;

function provisionOf(alignment: Alignment, org: string, id: string) {
  // The clause's own provision (not one a sentence of it joined apart: a member with a `part`).
  return alignment.provisions.find((provision) =>
    provision.members[org]?.some((member) => member.id === id && !member.part),
  );
}
function together(alignment: Alignment, [orgA, idA]: [string, string], [orgB, idB]: [string, string]): boolean {
  return provisionOf(alignment, orgA, idA)?.members[orgB]?.some((member) => member.id === idB && !member.part) ?? false;
}

/**
 * Does an empty cell of a provision that holds neither clause of `pair` offer the clause: as its possible match, a
 * candidate or its lead?
 */
function offeredElsewhere(alignment: Alignment, org: string, id: string, pair: [string, string][]): boolean {
  return alignment.provisions.some(
    (provision) =>
      !pair.some(([key, clause]) => provision.members[key]?.some((member) => member.id === clause)) &&
      (provision.suggestions?.[org]?.id === id ||
        provision.notFound?.[org]?.lead?.id === id ||
        (provision.notFound?.[org]?.candidates ?? []).some((candidate) => candidate.id === id)),
  );
}

const MISSED: [[string, string], [string, string]] = [
  ['aloysius', 'verantw.twijfel'],
  ['casparus-college', 'werk.twijfel'],
];

let policies: Policy[];
/** The five seeds aligned without confirmations: what each verdict is checked against. */
let unconfirmed: Alignment;
let folder: string;
beforeAll(() => {
  policies = ORGS.map((org) => load(org));
  unconfirmed = alignPolicies(policies);
  folder = mkdtempSync(join(tmpdir(), 'clausemark-confirm-'));
});

/** An alignments file of its own for each test, in a folder of its own. */
function fresh(name: string): string {
  mkdirSync(join(folder, name), { recursive: true });
  return join(folder, name, CONFIRMATIONS_FILE);
}

/** Records, in `file`, that the pair the aligner missed (MISSED) is the same rule. */
function confirmMissedPair(file: string): void {
  confirmPairing(
    policies,
    'same',
    { org: MISSED[0][0], clause: MISSED[0][1] },
    { org: MISSED[1][0], clause: MISSED[1][1] },
    { file },
  );
}

describe('clausemark confirm', () => {
  it('a confirmed pair the aligner missed becomes one provision, marked as confirmed', () => {
    expect(together(unconfirmed, ...MISSED)).toBe(false);
    const file = fresh('missed');
    confirmMissedPair(file);
    const alignment = alignPolicies(policies, { confirmations: readConfirmations(file) });
    expect(together(alignment, ...MISSED)).toBe(true);
    const provision = provisionOf(alignment, ...MISSED[0]);
    expect(provision?.members.aloysius?.[0]?.confirmed).toBe(true);
    expect(provision?.members['casparus-college']?.[0]?.confirmed).toBe(true);
    expect(alignment.confirmations).toEqual({ confirmed: 1, rejected: 0, skipped: [] });
  });

  it('a confirmed clause is offered beside no other provision: the answer settles what competed for it', () => {
    // Two clauses the aligner leaves apart, each offered beside other provisions (a possible match, a candidate or
    // a lead of an empty cell there) than the one its partner is in.
    const pair: [[string, string], [string, string]] = [
      ['aloysius', 'geheim.verboden'],
      ['casparus-college', 'alle.vertrouwelijk'],
    ];
    expect(together(unconfirmed, ...pair)).toBe(false);
    for (const [org, id] of pair) expect(offeredElsewhere(unconfirmed, org, id, pair)).toBe(true);
    const file = fresh('settles');
    confirmPairing(
      policies,
      'same',
      { org: pair[0][0], clause: pair[0][1] },
      { org: pair[1][0], clause: pair[1][1] },
      { file },
    );
    const alignment = alignPolicies(policies, { confirmations: readConfirmations(file) });
    expect(together(alignment, ...pair)).toBe(true);
    for (const [org, id] of pair) expect(offeredElsewhere(alignment, org, id, pair)).toBe(false);
  });

  it('a rejected pair the aligner joined is split into two provisions', () => {
    const before = unconfirmed;
    const joined = before.provisions.find(
      (provision) =>
        provision.members['casparus-college']?.length === 1 && provision.members['aeres-mbo']?.length === 1,
    );
    const a = joined?.members['casparus-college']?.[0]?.id as string;
    const b = joined?.members['aeres-mbo']?.[0]?.id as string;
    expect(together(before, ['casparus-college', a], ['aeres-mbo', b])).toBe(true);
    const file = fresh('rejected');
    confirmPairing(
      policies,
      'different',
      { org: 'casparus-college', clause: a },
      { org: 'aeres-mbo', clause: b },
      { file },
    );
    const after = alignPolicies(policies, { confirmations: readConfirmations(file) });
    expect(together(after, ['casparus-college', a], ['aeres-mbo', b])).toBe(false);
    expect(after.confirmations?.rejected).toBe(1);
  });

  it('editing one text makes the confirmation stale: not applied, and reported', () => {
    const file = fresh('stale');
    confirmMissedPair(file);
    const edited = policies.map((policy, index) =>
      ORGS[index] === 'aloysius'
        ? load('aloysius', (source) =>
            source.replace('Bij twijfel geldt altijd: niet plaatsen.', 'Bij twijfel: nooit plaatsen.'),
          )
        : policy,
    );
    const alignment = alignPolicies(edited, { confirmations: readConfirmations(file) });
    expect(together(alignment, ...MISSED)).toBe(false);
    expect(alignment.confirmations?.skipped).toEqual([
      { verdict: 'same', pair: ['aloysius:verantw.twijfel', 'casparus-college:werk.twijfel'], reason: 'text-changed' },
    ]);
    // Spacing alone is no edit: the verdict was about the words.
    expect(textHash('Bij  twijfel\n niet plaatsen.')).toBe(textHash('Bij twijfel niet plaatsen.'));
  });

  it('one entry per pair: a later verdict replaces the earlier one, and the file keeps its permissions', () => {
    const file = fresh('replace');
    const [a, b] = [
      { org: 'allure', clause: 'inl.kernwaarden' },
      { org: 'aeres-mbo', clause: 'vw.fatsoensnormen' },
    ];
    confirmPairing(policies, 'same', a, b, { file });
    chmodSync(file, 0o640);
    confirmPairing(policies, 'different', b, a, { file });
    const entries = readConfirmations(file);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.verdict).toBe('different');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Pairings a person confirmed/);
  });

  it('refuses unknown organisations and clauses with the nearest name, and a malformed file at its line', () => {
    const file = fresh('errors');
    const attempt = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        if (isClausemarkError(error)) return error.format();
        throw error;
      }
      return 'no error';
    };
    expect(
      attempt(() =>
        confirmPairing(policies, 'same', { org: 'alure', clause: 'x' }, { org: 'aeres-mbo', clause: 'y' }, { file }),
      ),
    ).toMatch(/no organisation 'alure'.*did you mean 'allure'/s);
    expect(
      attempt(() =>
        confirmPairing(
          policies,
          'same',
          { org: 'aloysius', clause: 'verantw.twijfl' },
          { org: 'aeres-mbo', clause: 'vw.fatsoensnormen' },
          { file },
        ),
      ),
    ).toMatch(/did you mean 'verantw.twijfel'/);
    writeFileSync(file, '- same: [allure:inl.kernwaarden@0123456789abcdef]\n');
    expect(attempt(() => readConfirmations(file))).toMatch(/alignments\.yaml:1:3: an entry names two clauses/);
  });

  it('the file lives in the deepest folder holding all compared policies', () => {
    expect(confirmationsFile(ORGS.map(pathOf))).toBe(join(PROJECT_ROOT, 'policies', CONFIRMATIONS_FILE));
    expect(confirmationsFile([pathOf('allure')])).toBe(join(PROJECT_ROOT, 'policies', 'allure', CONFIRMATIONS_FILE));
  });
});
