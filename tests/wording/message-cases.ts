// Policies that make every check rule say each of the things it can say: the check fixtures (tests/fixtures/check)
// and, for the variants no fixture reaches, small sources below. tests/wording/messages.test.ts words what the rules
// find in them and compares it with tests/fixtures/messages/check-before.json: what the same cases gave at commit
// 956d60c, before the rules' words moved into templates/messages/en.yaml (see that test for how it was made).
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkParsed } from '../../src/check/index.js';
import { ruleContextFor } from '../../src/check/context.js';
import { duplicateFindings } from '../../src/check/duplicates.js';
import { adoptionTextUnrecorded } from '../../src/check/rules/adoption-text-unrecorded.js';
import { approvalOutdated } from '../../src/check/rules/approval-outdated.js';
import type { GitEvidence } from '../../src/procedure/adoption-git.js';
import { RULES } from '../../src/check/rules/index.js';
import { lawOutdatedAt } from '../../src/check/rules/law-outdated.js';
import { readLawIndex } from '../../src/procedure/law-index.js';
import { findProject } from '../../src/io/project.js';
import { cellFinding, schoolDutyChecks } from '../../src/check/school-duties.js';
import { sameEffectiveFindings } from '../../src/check/same-effective-date.js';
import { unknownSupersedesFindings } from '../../src/check/supersedes-unknown.js';
import type { Duty } from '../../src/procedure/duties.js';
import type { OverviewCell } from '../../src/procedure/overview.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { approvalHash } from '../../src/model/fingerprint.js';
import { loadPolicy, parsePolicy } from '../../src/parse/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/check/', import.meta.url));
/** Inline sources are checked as if they stood beside the fixtures (whose templates/sector they derive from). */
const INLINE_PATH = `${FIXTURES}inline/casparus-college/social-media.md`;
/** The project the fixtures are checked in, as `clausemark check` run in their folder. */
const IN_FIXTURES = { project: findProject(FIXTURES) };

const front = (...lines: string[]): string =>
  [
    '---',
    'id: social-media',
    'title: Protocol sociale media',
    'organisation: Casparus College',
    ...lines,
    '---',
    '',
  ].join('\n');
const BODY = '\n# Protocol {#protocol}\n\n{#intro.doel} Dit protocol beschrijft hoe wij met sociale media omgaan.\n';
const policy = (...lines: string[]): string => `${front('version: "1.0"', ...lines)}${BODY}`;

/** Name → policy source, for what the fixtures leave out. */
export const INLINE_CASES: Record<string, string> = {
  'field-type-more': policy(
    'brand: true',
    'editor: { name: x }',
    'approvals:',
    '  - date: 20240612',
    '    role: GMR',
    '    step: [a, b]',
    '  - name: GMR',
    '    date: 2024-06-12',
    '  - { name: GMR, role: GMR }',
    '  -',
    'sources: { a: b }',
    'rationale:',
    '  intro.doel: [a]',
  ),
  // The procedure's words in an approval row (docs/procedure.md): an outcome and a part outside their choices.
  'field-type-procedure-choices': policy(
    'approvals:',
    '  - { date: 2024-06-12, name: GMR, role: GMR, step: instemming, outcome: positive, part: ouders }',
  ),
  'field-type-lists': policy('approvals: yes', 'sources:', '  - { a: b }', 'rationale: [a]'),
  'field-type-kebab': policy('org: Casparus College'),
  'missing-field-variants': `${['---', 'Title: Protocol', 'id:', 'version: "1.0"', '---', ''].join('\n')}${BODY}`,
  'invalid-date-variants': policy(
    'effective: 6-6-2019',
    'approvals:',
    '  - { date: 2021-13-01, name: GMR, role: GMR }',
    '  - { date: 2021-02-30, name: GMR, role: GMR }',
    '  - { date: gisteren, name: GMR, role: GMR }',
  ),
  'unknown-status-far': policy('status: xyzzy qq'),
  'unknown-field-far': policy('zzqqxx: 1'),
  'invalid-numbering-not-a-map': policy('numbering: Artikel %1'),
  'invalid-numbering-variants': policy('numbering:', '  articles: Artikel %1', '  items: "%1.%5"'),
  'numbering-unknown-list-none-near': policy('numbering:', '  lists:', '    zzzzzzzzzzzz: "%a."'),
  'malformed-id-variants': `${policy()}\n## Regels {#}\n\n1. {#Up Belang} Een regel.\n2. {#Mijn_ID} Nog een.\n`,
  'missing-id-variants': `${front('version: "1.0"')}\n# Protocol\n\nEen zin zonder ID.\n\n## \n\n1. Een regel.\n`,
  'numbered-id-variants': `${policy()}\n## 2 {#2}\n\n1. {#2.1} Regel twee punt een.\n`,
  'empty-clause-variants': `${policy()}\n## Regels {#regels}\n\n1. {#leeg}\n2.\n3. {#vol} Vol.\n`,
  'empty-policy': front('version: "1.0"'),
  'font-missing-glyphs-places': `${[
    '---',
    'id: social-media',
    'title: Protocol שלום',
    'organisation: School שלום',
    'version: "1.0 ש"',
    'status: draft',
    'approvals:',
    '  - { date: 2024-06-12, name: GMR ש, role: GMR }',
    '---',
  ].join('\n')}\n\n# Protocol {#protocol}\n\n## Regels ש {#regels}\n\n{#intro.doel} Dit protocol.\n`,
  'template-conflict-unnamed': `${policy()}\n> **CONFLICT (po-raad-social-media@2.1):** de sector heeft dit gewijzigd.\n`,
  // import --into: a clause changed both in Word and in the source.
  'template-conflict-word': `${policy()}\n> **CONFLICT (Word: beleid.docx, intro.doel):** Dit protocol beschrijft hoe wij omgaan met media.\n`,
  'template-unknown-id': policy('derivedFrom: bestaat-niet@1.0'),
  'template-unknown-version': policy('derivedFrom: po-raad-social-media@9.9'),
  'template-variables-not-mapping': policy('variables: [a]'),
  'template-variables': policy('variables:', '  Bad Name: x', '  listed: [a]', '  multi: "a\\nb"'),
  'approval-in-future-step': policy(
    'approvals:',
    '  - { date: 2099-07-01, name: M. Visser, role: Voorzitter GMR, step: instemming, body: GMR }',
  ),
};

const history = (() => {
  const body = (rules: string) => `\n# Protocol {#protocol}\n\n## Regels {#regels}\n\n${rules}`;
  const approved = body('1. {#een} De eerste regel.\n2. {#twee} De tweede regel.\n');
  const head = (hash: string) =>
    `${front('version: "1.0"', 'status: approved', 'approvals:', `  - { date: 2024-07-01, name: Bestuur, role: Bestuur, hash: "${hash}" }`)}`;
  const hash = approvalHash(parsePolicy(`${head('x')}${approved}`, { path: 'p.md' }).policy);
  return { approved: `${head(hash)}${approved}`, head: head(hash), body };
})();

/** approval-outdated with the approved text in a history it is handed, for each kind of change after it. */
function outdated(name: string, rules: string, title = 'Regels') {
  const source = `${history.head}${history.body(rules).replace('Regels', title)}`;
  const parsed = parsePolicy(source, { path: 'p.md' }).policy;
  const context = { ...ruleContextFor(parsed), history: () => [history.approved] };
  return { name, findings: approvalOutdated.run(context).map((found) => ({ ...found, ruleId: 'approval-outdated' })) };
}

/**
 * approval-outdated on what only the v2 hash covers (footnotes, cover fields): cases added after check-before.json
 * was printed, so they are checked for their entries and placeholders but have no words from before to match.
 */
function outdatedBeyondClauses(name: string, approvedFields: string[], fields: string[], notes: [string, string]) {
  const body = (note: string) =>
    `\n# Protocol {#protocol}\n\n## Regels {#regels}\n\n1. {#een} De eerste regel.${note}\n`;
  const head = (extra: string[], hash: string) =>
    front(
      'version: "1.0"',
      ...extra,
      'status: approved',
      'approvals:',
      `  - { date: 2024-07-01, name: Bestuur, role: Bestuur, hash: "${hash}" }`,
    );
  const approvedBody = body(notes[0]);
  const hash = approvalHash(parsePolicy(`${head(approvedFields, 'x')}${approvedBody}`, { path: 'p.md' }).policy);
  const approved = `${head(approvedFields, hash)}${approvedBody}`;
  const parsed = parsePolicy(`${head(fields, hash)}${body(notes[1])}`, { path: 'p.md' }).policy;
  const context = { ...ruleContextFor(parsed), history: () => [approved] };
  return { name, findings: approvalOutdated.run(context).map((found) => ({ ...found, ruleId: 'approval-outdated' })) };
}

/**
 * adoption-text-unrecorded where git's history is cut before the commit that wrote the adoption down, as the context
 * hands it what git shows: a shallow clone, and a move git does not connect.
 */
function cutHistoryCases(): { name: string; findings: object[] }[] {
  const source = policy('status: approved', 'approvals:', '  - { date: 2024-07-01, name: Bestuur, role: Bestuur }');
  const parsed = parsePolicy(source, { path: INLINE_PATH }).policy;
  const cuts: [string, GitEvidence][] = [
    ['shallow', { shallow: true }],
    ['not-followed', { notFollowed: { commit: 'a1b2c3d' } }],
  ];
  return cuts.map(([name, evidence]) => ({
    name: `adoption-text-unrecorded-${name}`,
    findings: adoptionTextUnrecorded
      .run({ ...ruleContextFor(parsed, IN_FIXTURES), adoptionInGit: () => evidence })
      .map((found) => ({ ...found, ruleId: 'adoption-text-unrecorded' })),
  }));
}

/** procedure-step-order: a foundation's reglement (procedure.yaml beside the policy) puts the MR's advice first. */
function stepOrderCase(): { name: string; findings: object[] } {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-step-order-case-'));
  writeFileSync(
    join(dir, 'procedure.yaml'),
    [
      'kinds:',
      '  klachtenregeling:',
      '    steps:',
      '      - { body: MR, part: whole, right: advies, basis: Reglement art. 4, checked: unverified }',
      '      - { body: raad, part: whole, right: instemming, basis: WMS art. 10 sub g, checked: unverified }',
      '      - { body: bestuur, part: whole, right: vaststelling, basis: WPO art. 14, checked: unverified }',
      '',
    ].join('\n'),
  );
  const source = [
    '---',
    'id: klachtenregeling',
    'title: Klachtenregeling',
    'organisation: Stichting Voorbeeld',
    'version: "1.0"',
    'status: approved',
    'kind: klachtenregeling',
    'level: bestuur',
    'review: 2099-01-01',
    'approvals:',
    '  - { date: 2024-05-01, name: K. Bos, role: Voorzitter MR, step: advies }',
    '  - { date: 2024-04-01, name: A. Jansen, role: Vz. GMR, step: instemming }',
    '  - { date: 2024-06-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
    '---',
    '',
    '{#doel} Deze regeling beschrijft hoe een klacht wordt behandeld.',
    '',
  ].join('\n');
  const parsed = parsePolicy(source, { path: join(dir, 'klachtenregeling.md') });
  return { name: 'procedure-step-order', findings: checkParsed(parsed).findings as object[] };
}

/** procedure-missing-step: the consent on record carries the hash of another text than the one adopted. */
function otherTextCase(): { name: string; findings: object[] } {
  const head = (approvals: string[]) =>
    [
      '---',
      'id: klachtenregeling',
      'title: Klachtenregeling',
      'organisation: Stichting Voorbeeld',
      'version: "1.0"',
      'status: approved',
      'kind: klachtenregeling',
      'level: bestuur',
      'review: 2099-01-01',
      ...approvals,
      '---',
      '',
      '{#doel} Deze regeling beschrijft hoe een klacht wordt behandeld.',
      '',
    ].join('\n');
  const hash = approvalHash(parsePolicy(head([]), { path: 'klachtenregeling.md' }).policy);
  const source = head([
    'approvals:',
    `  - { date: 2024-05-01, name: A. Jansen, role: Vz. GMR, step: instemming, hash: "sha256-v2:${'0'.repeat(64)}" }`,
    `  - { date: 2024-06-01, name: J. de Vries, role: Voorzitter College van Bestuur, hash: "${hash}" }`,
  ]);
  const parsed = parsePolicy(source, { path: join(tmpdir(), 'klachtenregeling.md') });
  return { name: 'procedure-missing-step-other-text', findings: checkParsed(parsed).findings as object[] };
}

/** law-outdated on its fixture, with today two years after the day the shipped law texts were read. */
function lawOutdatedCase(): { name: string; findings: object[] } {
  const latest = [...readLawIndex(join(FIXTURES, '..', '..', '..', 'templates')).values()]
    .map((law) => law.checked)
    .sort()
    .at(-1);
  const rule = lawOutdatedAt(() => Date.parse(`${latest}T12:00:00Z`) + 730 * 86_400_000);
  const parsed = loadPolicy(`${FIXTURES}law-outdated.md`);
  return { name: 'law-outdated-two-years-on', findings: checkParsed(parsed, [rule], IN_FIXTURES).findings as object[] };
}

export function laterMessageCases(): { name: string; findings: object[] }[] {
  const one = '[^a]\n\n[^a]: Nooit aan derden.';
  const two = '[^a][^b]\n\n[^a]: Nooit aan derden.\n[^b]: Behalve bij geldnood.';
  return [
    outdatedBeyondClauses('outdated-footnote-added-field-set', [], ['effective: 2031-01-01'], [one, two]),
    outdatedBeyondClauses(
      'outdated-footnote-changed-field-changed-removed',
      ['effective: 2024-08-01', 'editor: A. Jansen'],
      ['effective: 2031-01-01'],
      [one, one.replace('Nooit', 'Altijd')],
    ),
    outdatedBeyondClauses('outdated-footnote-removed', [], [], [two, one]),
    stepOrderCase(),
    otherTextCase(),
    lawOutdatedCase(),
    {
      name: 'supersedes-own-version',
      findings: [
        ...unknownSupersedesFindings(
          [
            {
              file: 'c.md',
              policy: { meta: { org: 'regenboog', id: 'pestprotocol', version: '2.3', supersedes: '2.3' } },
            },
          ],
          undefined,
        ).values(),
      ].flat(),
    },
    {
      name: 'invalid-numbering-lists',
      findings: checkParsed(
        parsePolicy(policy('numbering:', '  lists: "%a."'), { path: INLINE_PATH }),
        RULES,
        IN_FIXTURES,
      ).findings as object[],
    },
    ...schoolDutyCases(),
    ...cutHistoryCases(),
    {
      // Declared approved, its one row the MR's consent: nobody adopted it.
      name: 'approved-without-approvals-consent-only',
      findings: checkParsed(
        parsePolicy(
          policy(
            'status: approved',
            'approvals:',
            '  - { date: 2024-06-12, name: R. Hendriks, role: MR, step: instemming }',
          ),
          { path: INLINE_PATH },
        ),
        RULES,
        IN_FIXTURES,
      ).findings as object[],
    },
    {
      // A character the fonts lack in a table cell and in `supersedes`, each reported where it stands.
      name: 'font-missing-glyphs-table-cell',
      findings: checkParsed(
        parsePolicy(`${policy('supersedes: oud-ש')}\n| Stap | Gezet |\n| --- | --- |\n| Melding | ש |\n`, {
          path: INLINE_PATH,
        }),
        RULES,
        IN_FIXTURES,
      ).findings as object[],
    },
  ];
}

/** Issue 71: what blocks a procedure, two versions of one day, and what each school must have. */
function schoolDutyCases(): { name: string; findings: object[] }[] {
  const declared = ['procedure-level-missing.md', 'procedure-kind-missing.md'].map((name) => ({
    name: `declared/${name}`,
    findings: checkParsed(loadPolicy(`${FIXTURES}declared/${name}`), RULES, IN_FIXTURES).findings as object[],
  }));
  // A title that names no kind: the fix lists the sector's kinds.
  const stranger = `${front('version: "1.0" # not stated in the source', 'status: draft')}${BODY}`.replace(
    'title: Protocol sociale media',
    'title: Afspraken',
  );
  const identity = (file: string, version: string) => ({
    file,
    policy: { meta: { org: 'regenboog', id: 'pestprotocol', version }, inForceFrom: '2026-08-01' },
  });
  const anker = join(PROJECT_ROOT, 'tests', 'fixtures', 'school-overview');
  const cwd = process.cwd();
  process.chdir(anker);
  const duties = ['2026-11-27', '2027-09-01'].flatMap((date) =>
    schoolDutyChecks(['policies'], findProject(anker), date).flatMap((result) => result.findings),
  );
  process.chdir(cwd);
  const row = { org: 'x', name: 'Basisschool X', sector: 'po', level: 'school' as const, cells: [] };
  const duty: Duty = {
    ...{ kind: 'schoolplan', title: 'Schoolplan', binds: 'school', cycle: '4y', publish: [], contains: [] },
    ...{ law: [], council: undefined, optional: false },
  };
  const policy = { file: 'x.md', title: 'Schoolplan', version: '1.0', org: 'x', boardWide: false };
  const adopted = { ...policy, adopted: '2023-05-01', inForceFrom: '2023-05-01' };
  const cells: OverviewCell[] = [
    { kind: 'schoolplan', state: 'draft', policy },
    { kind: 'schoolplan', state: 'in-procedure', policy, waiting: { step: 'instemming', body: 'MR', expired: false } },
    { kind: 'schoolplan', state: 'retired', policy },
    { kind: 'schoolplan', state: 'in-force', policy: { ...adopted, pending: 'changed' } },
    // Adopted without a hash, changed since as git shows it (src/procedure/adoption-git.ts).
    {
      kind: 'schoolplan',
      state: 'in-force',
      policy: { ...adopted, pending: 'changed', changedPerGit: { commit: 'f71a906', date: '2023-05-02' } },
    },
    { kind: 'schoolplan', state: 'draft', policy: { ...policy, missingSteps: ['Instemming MR (WMS art. 10 sub b)'] } },
    // A review the law sets (a procedure's reviewBasis) whose date has passed; the fixture has none past on its dates.
    { kind: 'schoolplan', state: 'overdue', policy: adopted, due: '2027-05-01', reason: 'review' },
  ];
  const said = cells.flatMap((cell) => {
    const found = cellFinding(cell, row, duty, { date: '2026-11-27', shown: (file) => file });
    return found ? [{ ...found, severity: 'warning' }] : [];
  });
  return [
    ...declared,
    {
      name: 'kind-missing-stranger',
      findings: checkParsed(parsePolicy(stranger, { path: INLINE_PATH }), RULES, IN_FIXTURES).findings as object[],
    },
    {
      // An adopted one without kind whose title names a kind the law requires: the overview cannot count it.
      name: 'kind-missing-adopted',
      findings: checkParsed(
        parsePolicy(
          `${front('version: "1.0"', 'status: approved', 'approvals:', '  - { date: 2024-06-01, name: B, role: CvB }')}${BODY}`
            .replace('id: social-media', 'id: klachtenregeling')
            .replace('title: Protocol sociale media', 'title: Klachtenregeling'),
          { path: INLINE_PATH },
        ),
        RULES,
        IN_FIXTURES,
      ).findings as object[],
    },
    {
      // A kind whose level no procedure.yaml confirms: the fix names both levels and their councils.
      name: 'level-missing-undeclared',
      findings: checkParsed(
        parsePolicy(`${front('version: "1.0"', 'status: draft', 'kind: social-media')}${BODY}`, { path: INLINE_PATH }),
        RULES,
        IN_FIXTURES,
      ).findings as object[],
    },
    {
      name: 'same-effective-date',
      findings: [...sameEffectiveFindings([identity('a.md', '2.1'), identity('b.md', '2.2')]).values()].flat(),
    },
    {
      name: 'supersedes-unknown',
      findings: [
        ...unknownSupersedesFindings(
          [
            {
              file: 'c.md',
              policy: { meta: { org: 'regenboog', id: 'pestprotocol', version: '2.3', supersedes: '2.0' } },
            },
          ],
          undefined,
        ).values(),
      ].flat(),
    },
    { name: 'school-duties-anker', findings: duties },
    { name: 'school-duties-cells', findings: said },
  ];
}

/** Every case's findings, unworded where a rule made them, in a fixed order. */
export function messageCases(): { name: string; findings: object[] }[] {
  const fixtures = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      name,
      findings: checkParsed(loadPolicy(`${FIXTURES}${name}`), RULES, IN_FIXTURES).findings as object[],
    }));
  const inline = Object.entries(INLINE_CASES).map(([name, source]) => ({
    name,
    findings: checkParsed(parsePolicy(source, { path: INLINE_PATH }), RULES, IN_FIXTURES).findings as object[],
  }));
  const located = (file: string) => ({ file, policy: parsePolicy(policy(), { path: file }).policy });
  const inVoorbeeld = (name: string) => `policies/voorbeeld/${name}.md`;
  const duplicates = (files: string[]) => [...duplicateFindings(files.map(located)).values()].flat();
  // An identity without a version or an organisation, as a policy read from elsewhere may have.
  const bare = (file: string, version: string, org: string) => ({
    file,
    policy: { meta: { ...located(file).policy.meta, version, org } },
  });
  const bareGroup = (version: string, org: string) =>
    [...duplicateFindings(['x.md', 'y.md'].map((file) => bare(file, version, org))).values()].flat();
  return [
    ...fixtures,
    ...inline,
    outdated('outdated-changed', '1. {#een} De eerste regel.\n2. {#twee} De tweede regel, gewijzigd.\n'),
    outdated('outdated-added-removed', '1. {#een} De eerste regel.\n2. {#drie} Een nieuwe regel.\n'),
    outdated('outdated-both-removed', '1. {#drie} Een nieuwe regel.\n'),
    outdated('outdated-titles', '1. {#een} De eerste regel.\n2. {#twee} De tweede regel.\n', 'Andere titel'),
    { name: 'duplicate-two', findings: duplicates(['a', 'b'].map(inVoorbeeld)) },
    { name: 'duplicate-three', findings: duplicates(['a', 'b', 'c'].map(inVoorbeeld)) },
    { name: 'duplicate-bare', findings: [...bareGroup('', ''), ...bareGroup('2.0', ''), ...bareGroup('', 'elders')] },
  ];
}
