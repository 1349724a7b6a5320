// Where each required policy stands (src/procedure/overview.ts), as the dossier's table and `check` say it: a
// withdrawn policy is "withdrawn", never a draft; a text edited after a complete adoption is the version adopted,
// in force, with an edit not adopted; where the caller read the history (the dossier), the version in force it found
// stands, and none when it found none. A required policy no readable file meets, where a file that cannot be read
// may be it (or one naming no kind, or a kind its sector does not know, whose title names it), is not known, never
// "missing".
import { describe, expect, it } from 'vitest';
import { cellFinding } from '../../src/check/school-duties.js';
import { approvalHash } from '../../src/model/fingerprint.js';
import type { Policy } from '../../src/model/policy.js';
import { parsePolicy } from '../../src/parse/index.js';
import { attachProcedure } from '../../src/procedure/attach.js';
import { dutiesFor } from '../../src/procedure/duties.js';
import { judgeProcedure } from '../../src/procedure/evaluate.js';
import { proceduresFor } from '../../src/procedure/load.js';
import type { OrganisationDeclaration } from '../../src/procedure/organisation.js';
import { type OverviewCell, type OverviewPolicy, overviewOf } from '../../src/procedure/overview.js';
import { PROJECT_ROOT } from '../support/paths.js';

const ROOT = '/tmp/nowhere/anker-project';
const DATE = '2026-11-29';
const TEXT = '## Doel {#doel}\n\n1. {#doel.een} Wat de school belooft.\n';
const EDITED = '## Doel {#doel}\n\n1. {#doel.een} Wat de school belooft, gewijzigd.\n';

const DECLARATION: OrganisationDeclaration = {
  org: 'anker',
  name: 'Stichting Het Anker',
  role: 'bestuur',
  sector: 'po',
  folder: `${ROOT}/policies/anker`,
  schools: [{ org: 'anker-kompas', name: 'CBS Het Kompas', sector: 'po', folder: `${ROOT}/policies/anker/kompas` }],
  file: `${ROOT}/policies/anker/procedure.yaml`,
};

function read(file: string, kind: string, level: string, status: string, body: string, rows: string[]): Policy {
  const head = (approvals: string[]) =>
    `---\nid: ${kind}\ntitle: ${kind}\norganisation: O\nversion: "1.0"\nstatus: ${status}\nkind: ${kind}\nlevel: ${level}\n${approvals.length > 0 ? `approvals:\n${approvals.map((row) => `  - ${row}`).join('\n')}\n` : ''}---\n\n`;
  const path = `${ROOT}/policies/anker/${file}`;
  // HASH: the hash of the text as adopted; EDITED_HASH: of the text as edited since.
  const hashOf = (text: string) => approvalHash(parsePolicy(`${head([])}${text}`, { path }).policy);
  const filled = rows.map((row) => row.replace('EDITED_HASH', hashOf(EDITED)).replace('HASH', hashOf(TEXT)));
  return attachProcedure(parsePolicy(`${head(filled)}${body}`, { path }).policy, PROJECT_ROOT);
}

const CONSENT = (body: string) =>
  `{ date: 2023-04-01, name: A, role: Voorzitter ${body}, step: instemming, body: ${body}, hash: "HASH" }`;
const ADOPTION = '{ date: 2023-05-01, name: J. de Vries, role: Voorzitter College van Bestuur, hash: "HASH" }';

function entry(policy: Policy, more: Partial<OverviewPolicy> = {}): OverviewPolicy {
  const report = judgeProcedure(policy, proceduresFor(policy.path, PROJECT_ROOT), DATE);
  return {
    policy,
    file: policy.path.slice(ROOT.length + 1),
    path: policy.path,
    ...(report ? { report } : {}),
    ...more,
  };
}

function cells(entries: OverviewPolicy[], kind: string, unreadable: string[] = []): Record<string, OverviewCell> {
  const overview = overviewOf([DECLARATION], entries, (sector) => dutiesFor(PROJECT_ROOT, sector), {
    date: DATE,
    root: ROOT,
    relative: (path) => path.slice(ROOT.length + 1),
    unreadable,
  });
  const rows = overview.organisations[0]!.rows;
  return Object.fromEntries(rows.map((row) => [row.org, row.cells.find((cell) => cell.kind === kind)!]));
}

const klachtenregeling = (status: string) =>
  read('klachtenregeling.md', 'klachtenregeling', 'bestuur', status, TEXT, [CONSENT('GMR'), ADOPTION]);
const schoolplan = (body: string, rows: string[] = [CONSENT('MR'), ADOPTION]) =>
  read('kompas/schoolplan.md', 'schoolplan', 'school', 'approved', body, rows);

describe('a withdrawn policy (status: retired)', () => {
  it('is withdrawn at the board and at each school it applied to, never a draft', () => {
    const found = cells([entry(klachtenregeling('retired'), { retired: '2026-11-29' })], 'klachtenregeling');
    expect(found.anker).toMatchObject({ state: 'retired', policy: { retired: '2026-11-29' } });
    expect(found['anker-kompas']).toMatchObject({ state: 'retired', policy: { boardWide: true } });
  });

  it('is what check says at the board: withdrawn, none other adopted', () => {
    const cell = cells([entry(klachtenregeling('retired'))], 'klachtenregeling').anker!;
    const duty = dutiesFor(PROJECT_ROOT, 'po')!.duties.find((candidate) => candidate.kind === 'klachtenregeling')!;
    const row = { org: 'anker', name: 'Stichting Het Anker', sector: 'po', level: 'bestuur' as const, cells: [] };
    const said = cellFinding(cell, row, duty, { date: DATE, shown: (file) => file });
    expect(said).toMatchObject({ ruleId: 'school-duty-not-adopted', messageId: 'school-duty-not-adopted.retired' });
  });

  it('gives way to a draft of the same kind', () => {
    const draft = read('klachtenregeling-2.md', 'klachtenregeling', 'bestuur', 'draft', TEXT, []);
    const found = cells([entry(klachtenregeling('retired')), entry(draft)], 'klachtenregeling');
    expect(found.anker).toMatchObject({ state: 'draft', policy: { file: 'policies/anker/klachtenregeling-2.md' } });
  });
});

describe('a text edited after its adoption', () => {
  it('is the version adopted, in force, with an edit not adopted: never a draft', () => {
    const cell = cells([entry(schoolplan(EDITED))], 'schoolplan')['anker-kompas']!;
    expect(cell).toMatchObject({
      state: 'in-force',
      policy: { adopted: '2023-05-01', inForceFrom: '2023-05-01', pending: 'changed' },
    });
    const duty = dutiesFor(PROJECT_ROOT, 'po')!.duties.find((candidate) => candidate.kind === 'schoolplan')!;
    const row = { org: 'anker-kompas', name: 'CBS Het Kompas', sector: 'po', level: 'school' as const, cells: [] };
    expect(cellFinding(cell, row, duty, { date: DATE, shown: (file) => file })).toMatchObject({
      messageId: 'school-duty-not-adopted.changed',
      params: { adopted: '2023-05-01', file: 'policies/anker/kompas/schoolplan.md' },
    });
  });

  it('stands as the caller found it in the history: its version in force, or none', () => {
    const edited = schoolplan(EDITED);
    const inForce = { version: '1.0', adopted: '2023-05-01', inForceFrom: '2023-05-01' };
    expect(cells([entry(edited, { inForce })], 'schoolplan')['anker-kompas']).toMatchObject({
      state: 'in-force',
      policy: { inForceVersion: '1.0', pending: 'changed' },
    });
    expect(cells([entry(edited, { inForce: null })], 'schoolplan')['anker-kompas']!.state).toBe('draft');
  });

  it('adopted again without the consent its text needs: the version the history has stands, the adoption does not', () => {
    const readopted = schoolplan(EDITED, [
      CONSENT('MR'),
      ADOPTION,
      '{ date: 2026-11-28, name: J. de Vries, role: Voorzitter College van Bestuur, hash: "EDITED_HASH" }',
    ]);
    const inForce = { version: '1.0', adopted: '2023-05-01', inForceFrom: '2023-05-01' };
    expect(cells([entry(readopted, { inForce })], 'schoolplan')['anker-kompas']).toMatchObject({
      state: 'in-force',
      policy: { adopted: '2023-05-01', pending: 'missing-step' },
    });
  });
});

describe('an adoption without a hash that git shows changed since', () => {
  const HAND_CONSENT = '{ date: 2023-04-01, name: A, role: Voorzitter MR, step: instemming, body: MR }';
  const HAND_ADOPTION = '{ date: 2023-05-01, name: J. de Vries, role: Voorzitter College van Bestuur }';
  const byHand = () => schoolplan(EDITED, [HAND_CONSENT, HAND_ADOPTION]);
  const perGit = { commit: 'f71a906', date: '2023-05-02' };

  it('is the version adopted, in force from its adoption, with the edit not adopted and said to be per git', () => {
    const cell = cells([entry(byHand(), { changedPerGit: perGit })], 'schoolplan')['anker-kompas']!;
    expect(cell).toMatchObject({
      state: 'in-force',
      policy: { adopted: '2023-05-01', inForceFrom: '2023-05-01', pending: 'changed', changedPerGit: perGit },
    });
    const duty = dutiesFor(PROJECT_ROOT, 'po')!.duties.find((candidate) => candidate.kind === 'schoolplan')!;
    const row = { org: 'anker-kompas', name: 'CBS Het Kompas', sector: 'po', level: 'school' as const, cells: [] };
    expect(cellFinding(cell, row, duty, { date: DATE, shown: (file) => file })).toMatchObject({
      messageId: 'school-duty-not-adopted.changed-per-git',
      params: { adopted: '2023-05-01', commit: 'f71a906', committed: '2023-05-02' },
    });
  });

  it('stands as adopted, with nothing pending, where git shows no change', () => {
    const cell = cells([entry(byHand())], 'schoolplan')['anker-kompas']!;
    expect(cell.state).toBe('in-force');
    expect(cell.policy?.pending).toBeUndefined();
    expect(cell.policy?.changedPerGit).toBeUndefined();
  });
});

describe('a required policy not found where a file cannot be read', () => {
  it('is not known at the board and at each school the board file may apply to, never missing', () => {
    const broken = [`${ROOT}/policies/anker/stuk.md`];
    expect(cells([], 'medezeggenschapsstatuut', broken).anker).toEqual({
      kind: 'medezeggenschapsstatuut',
      state: 'unknown',
      unreadable: ['policies/anker/stuk.md'],
    });
    // A klachtenregeling binds the schools: the board's file may be one at bestuur level, for all of them.
    expect(cells([], 'klachtenregeling', broken)['anker-kompas']?.state).toBe('unknown');
    // The board's row too: "—" would say the board holds none for its schools, and the file may be that one.
    expect(cells([], 'klachtenregeling', broken).anker).toEqual({
      kind: 'klachtenregeling',
      state: 'unknown',
      unreadable: ['policies/anker/stuk.md'],
    });
    expect(cells([], 'medezeggenschapsstatuut').anker?.state).toBe('missing');
    expect(cells([], 'klachtenregeling')['anker-kompas']?.state).toBe('missing');
    expect(cells([], 'klachtenregeling').anker?.state, 'no file unreadable: the board holds none').toBe(
      'not-applicable',
    );
  });

  it("the board's row of a school's kind: its own at bestuur level stands over a file that cannot be read", () => {
    const broken = [`${ROOT}/policies/anker/stuk.md`];
    expect(cells([entry(klachtenregeling('approved'))], 'klachtenregeling', broken).anker?.state).toBe('in-force');
  });

  it("is still missing at the board where the file that cannot be read is in a school's own folder", () => {
    const broken = [`${ROOT}/policies/anker/kompas/stuk.md`];
    expect(cells([], 'klachtenregeling', broken)['anker-kompas']).toMatchObject({
      state: 'unknown',
      unreadable: ['policies/anker/kompas/stuk.md'],
    });
    expect(cells([], 'medezeggenschapsstatuut', broken).anker?.state).toBe('missing');
    expect(cells([], 'klachtenregeling', broken).anker?.state, "a school's file is no board's for all").toBe(
      'not-applicable',
    );
  });
});

/** A policy of the board's folder from its front matter lines and the text. */
function readFront(file: string, front: string[], body = TEXT): Policy {
  const path = `${ROOT}/policies/anker/${file}`;
  return attachProcedure(
    parsePolicy(`---\norganisation: O\nlang: nl\n${front.join('\n')}\n---\n\n${body}`, { path }).policy,
    PROJECT_ROOT,
  );
}

const KLACHT = (version: string, effective: string, consent: string, adopted: string) => [
  'id: klachtenregeling',
  'title: Klachtenregeling',
  `version: "${version}"`,
  'status: approved',
  'kind: klachtenregeling',
  'level: bestuur',
  'org: anker',
  `effective: ${effective}`,
  'approvals:',
  `  - { date: ${consent}, name: A, role: Voorzitter GMR, step: instemming, body: GMR }`,
  `  - { date: ${adopted}, name: J. de Vries, role: Voorzitter College van Bestuur }`,
];

describe('a revision adopted to come into force after the date', () => {
  const old = () => readFront('klachtenregeling.md', KLACHT('2.0', '2025-04-01', '2025-03-12', '2025-03-26'));
  const revision = () =>
    readFront('revisions/klachtenregeling-3.0.md', [
      ...KLACHT('3.0', '2027-01-01', '2026-11-10', '2026-11-20'),
      'supersedes: "2.0"',
    ]);

  it('leaves the version in force standing, with the later one and its date beside it', () => {
    const found = cells([entry(old()), entry(revision())], 'klachtenregeling');
    for (const cell of [found.anker, found['anker-kompas']])
      expect(cell).toMatchObject({
        state: 'in-force',
        policy: {
          file: 'policies/anker/klachtenregeling.md',
          version: '2.0',
          next: { version: '3.0', inForceFrom: '2027-01-01', file: 'policies/anker/revisions/klachtenregeling-3.0.md' },
        },
      });
  });

  it('is adopted, not yet in force, where no version is in force yet', () => {
    expect(cells([entry(revision())], 'klachtenregeling').anker).toMatchObject({
      state: 'adopted',
      policy: { version: '3.0', inForceFrom: '2027-01-01' },
    });
  });
});

describe("a school's own draft beside the board's policy for all its schools", () => {
  it("shows the board's as standing, with the school's own said to be in preparation, and check is silent", () => {
    const board = readFront('klachtenregeling.md', KLACHT('1.0', '2026-03-20', '2026-03-01', '2026-03-20'));
    const own = readFront('kompas/klachtenregeling.md', [
      'id: klachtenregeling',
      'title: Klachtenregeling Het Kompas',
      'version: "0.1"',
      'status: draft',
      'kind: klachtenregeling',
      'level: school',
      'org: anker-kompas',
    ]);
    const cell = cells([entry(board), entry(own)], 'klachtenregeling')['anker-kompas']!;
    expect(cell).toMatchObject({
      state: 'in-force',
      policy: {
        boardWide: true,
        file: 'policies/anker/klachtenregeling.md',
        ownPending: 'policies/anker/kompas/klachtenregeling.md',
      },
    });
    const duty = dutiesFor(PROJECT_ROOT, 'po')!.duties.find((candidate) => candidate.kind === 'klachtenregeling')!;
    const row = { org: 'anker-kompas', name: 'CBS Het Kompas', sector: 'po', level: 'school' as const, cells: [] };
    expect(cellFinding(cell, row, duty, { date: DATE, shown: (file) => file })).toBeUndefined();
  });
});

describe('a file that may be the policy but is not counted as it', () => {
  it('without kind:, its id naming the kind: not known, naming the file, never missing', () => {
    const unkinded = readFront(
      'klachtenregeling.md',
      KLACHT('2.0', '2025-04-01', '2025-03-12', '2025-03-26').filter((line) => !line.startsWith('kind:')),
    );
    expect(cells([entry(unkinded)], 'klachtenregeling')['anker-kompas']).toEqual({
      kind: 'klachtenregeling',
      state: 'unknown',
      unsure: [{ file: 'policies/anker/klachtenregeling.md', why: 'no-kind' }],
    });
    // The board's row too: the file may be its policy for all its schools, so not "—" (none of the board's).
    expect(cells([entry(unkinded)], 'klachtenregeling').anker).toEqual({
      kind: 'klachtenregeling',
      state: 'unknown',
      unsure: [{ file: 'policies/anker/klachtenregeling.md', why: 'no-kind' }],
    });
    // Its title alone names it too; a kind it does not name stays missing.
    const titled = readFront('regeling.md', [
      'id: regeling-klachten',
      'title: Klachtenregeling',
      'version: "1"',
      'status: approved',
      'org: anker',
    ]);
    expect(cells([entry(titled)], 'klachtenregeling')['anker-kompas']?.state).toBe('unknown');
    expect(cells([entry(titled)], 'meldcode')['anker-kompas']?.state).toBe('missing');
    expect(cells([entry(titled)], 'meldcode').anker?.state, "the board's row of a kind it does not name").toBe(
      'not-applicable',
    );
  });

  it('a school\'s file whose kind: its sector does not know ("Meldcode", "privacy-reglement"): not known, never missing', () => {
    const misspelt = (file: string, kind: string, title: string) =>
      readFront(`kompas/${file}`, [
        `id: ${file.replace('.md', '')}`,
        `title: ${title}`,
        'version: "1.0"',
        'status: draft',
        `kind: ${kind}`,
        'level: school',
        'org: anker-kompas',
      ]);
    const meldcode = misspelt('meldcode.md', 'Meldcode', 'Meldcode huiselijk geweld en kindermishandeling');
    expect(cells([entry(meldcode)], 'meldcode')['anker-kompas']).toEqual({
      kind: 'meldcode',
      state: 'unknown',
      unsure: [{ file: 'policies/anker/kompas/meldcode.md', why: 'unknown-kind' }],
    });
    // Its title names the kind where the kind as written does not.
    const privacy = misspelt('privacy.md', 'privacy-regeling', 'Privacyreglement');
    expect(cells([entry(privacy)], 'privacyreglement')['anker-kompas']?.unsure).toEqual([
      { file: 'policies/anker/kompas/privacy.md', why: 'unknown-kind' },
    ]);
    // A kind it names nowhere stays missing; so does one of a known kind that is another ("pestprotocol").
    expect(cells([entry(meldcode)], 'privacyreglement')['anker-kompas']?.state).toBe('missing');
    const pest = misspelt('pest.md', 'pestprotocol', 'Meldcode en pestprotocol');
    expect(cells([entry(pest)], 'meldcode')['anker-kompas']?.state).toBe('missing');
  });

  it("a board's file without kind: at level: school is no policy for all its schools: the board's row stays —", () => {
    const schoolLevel = readFront('klachtenregeling.md', [
      'id: klachtenregeling',
      'title: Klachtenregeling',
      'version: "1.0"',
      'status: draft',
      'level: school',
      'org: anker',
    ]);
    expect(cells([entry(schoolLevel)], 'klachtenregeling').anker?.state).toBe('not-applicable');
  });

  it("a board's file of the kind not at level: bestuur: not known at its schools and the board, naming the file", () => {
    const schoolLevel = readFront('veiligheidsbeleid.md', [
      'id: veiligheidsbeleid',
      'title: Veiligheidsbeleid',
      'version: "1.0"',
      'status: draft',
      'kind: veiligheidsbeleid',
      'level: school',
      'org: anker',
    ]);
    expect(cells([entry(schoolLevel)], 'veiligheidsbeleid')['anker-kompas']).toEqual({
      kind: 'veiligheidsbeleid',
      state: 'unknown',
      unsure: [{ file: 'policies/anker/veiligheidsbeleid.md', why: 'board-not-bestuur' }],
    });
    // The board's own row too: not "—" (the board holds none for its schools) while its file may be meant for all.
    expect(cells([entry(schoolLevel)], 'veiligheidsbeleid').anker).toEqual({
      kind: 'veiligheidsbeleid',
      state: 'unknown',
      unsure: [{ file: 'policies/anker/veiligheidsbeleid.md', why: 'board-not-bestuur' }],
    });
  });
});

describe('a schoolgids not adopted while its school year is under way', () => {
  it('is late since the school year began, the step that waits still said', () => {
    const gids = readFront('kompas/schoolgids.md', [
      'id: schoolgids',
      'title: Schoolgids 2026-2027',
      'version: "2026-2027"',
      'status: proposed',
      'kind: schoolgids',
      'level: school',
      'org: anker-kompas',
      'approvals:',
      '  - { asked: 2026-11-02, name: L. de Wit, role: Voorzitter MR, step: instemming, body: MR, part: ouders/leerlingen }',
    ]);
    expect(cells([entry(gids)], 'schoolgids')['anker-kompas']).toMatchObject({
      state: 'in-procedure',
      waiting: { step: 'instemming', body: 'MR', asked: '2026-11-02' },
      reason: 'school-year',
      schoolYear: '2026–2027',
      due: '2026-08-01',
    });
  });
});

describe('a review the law does not set', () => {
  it('is a planned review beside "in force", never "overdue"; a schoolgids has none', () => {
    // Adopted 2025-03-26; the procedure's default of two years has passed on 2027-04-15.
    const policy = readFront('klachtenregeling.md', KLACHT('2.0', '2025-04-01', '2025-03-12', '2025-03-26'));
    const later = (date: string) => ({
      policy,
      file: 'policies/anker/klachtenregeling.md',
      path: policy.path,
      report: judgeProcedure(policy, proceduresFor(policy.path, PROJECT_ROOT), date)!,
    });
    const overview = overviewOf([DECLARATION], [later('2027-04-15')], (sector) => dutiesFor(PROJECT_ROOT, sector), {
      date: '2027-04-15',
      root: ROOT,
      relative: (path) => path.slice(ROOT.length + 1),
    });
    const cell = overview.organisations[0]!.rows[0]!.cells.find((found) => found.kind === 'klachtenregeling')!;
    expect(cell).toMatchObject({
      state: 'in-force',
      plannedReview: { date: '2027-03-26', from: 'procedure', passed: true },
    });
    expect(cell.reason).toBeUndefined();
    expect(proceduresFor(policy.path, PROJECT_ROOT).kinds.schoolgids?.review).toBeUndefined();
  });
});
