import { describe, expect, it } from 'vitest';
import { checkParsed } from '../../src/check/index.js';
import { isClausemarkError } from '../../src/model/errors.js';
import { normaliseText } from '../../src/model/fingerprint.js';
import type { Policy } from '../../src/model/policy.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { deviationsOf } from '../../src/template/deviations.js';
import { instantiate, resolveValues } from '../../src/template/instance.js';
import { loadTemplate, templateFromSource } from '../../src/template/template.js';
import { upgradePolicy } from '../../src/template/upgrade.js';
import { findProject } from '../../src/io/project.js';
import { recordedValues } from '../../src/template/variables.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tempRepo } from '../support/git.js';
import { adapted, edit, parse, POLICY_PATH, sectorProject, v10, v11 } from './support.js';

const LOCAL_SENTENCE = 'Denk aan lesmateriaal en vakkennis.';

/** Casparus adapted 1.0 and changed it: one clause only locally, one also changed upstream (conflict). */
function schoolEdits(source: string): string {
  let out = edit(
    source,
    'zolang het anderen of de school niet schaadt.',
    `zolang het anderen of de school niet schaadt. ${LOCAL_SENTENCE}`,
  );
  out = edit(out, 'Wat eenmaal online staat, blijft vindbaar:', 'Wat eenmaal online staat, blijft altijd vindbaar:');
  out = edit(
    out,
    '## Maatregelen {#maatregelen}\n',
    '## Maatregelen {#maatregelen}\n\n<!-- notitie van de school: bespreken in de MR -->\n\n{#mr.vertrouwenspersoon} Leerlingen kunnen ook terecht bij de vertrouwenspersoon.\n',
  );
  return out;
}

const textOf = (policy: Policy, id: string): string | undefined =>
  allClauses(policy).find(({ clause }) => clause.id === id)?.clause.text;
const idsIn = (policy: Policy, sectionId: string): string[] =>
  allSections(policy)
    .find((section) => section.id === sectionId)
    ?.clauses.map((clause) => clause.id) ?? [];

/** Sentences of the school's own making: in the policy, not in the template version it was adapted from. */
function localSentences(policy: Policy): string[] {
  const base = v10();
  const instance = instantiate(base, resolveValues(base, recordedValues(policy)).values);
  const out: string[] = [];
  for (const { clause } of allClauses(policy)) {
    const template = instance.clauses.get(clause.id)?.clause.text ?? '';
    for (const sentence of splitSentences(clause.text))
      if (!normaliseText(template).includes(normaliseText(sentence))) out.push(normaliseText(sentence));
  }
  return out;
}

describe('upgrade 1.0 → 1.1', () => {
  const before = parse(schoolEdits(adapted(v10())));
  const result = upgradePolicy(before, v11());
  const after = parse(result.source);

  it('applies what only the sector changed', () => {
    expect(result.report.applied).toEqual(['mr.sancties']);
    expect(textOf(after, 'mr.sancties')).toBe(
      instantiate(v11(), recordedValues(after)).clauses.get('mr.sancties')?.clause.text,
    );
    expect(textOf(after, 'mr.sancties')).toContain('de gedragscode van de school');
  });

  it('keeps what only the school changed', () => {
    expect(result.report.keptLocal).toEqual(['alle.kennis-delen']);
    expect(textOf(after, 'alle.kennis-delen')).toBe(textOf(before, 'alle.kennis-delen'));
  });

  it("marks a clause both changed as a conflict: the school's text stays, the sector's follows in a note", () => {
    expect(result.report.conflicts).toEqual([{ id: 'alle.blijvend', kind: 'both-modified' }]);
    const text = textOf(after, 'alle.blijvend') ?? '';
    expect(text.startsWith(textOf(before, 'alle.blijvend') ?? '-')).toBe(true);
    expect(text).toContain('CONFLICT (sector-social-media@1.1, alle.blijvend):');
    expect(text).toContain('schermafbeeldingen daarvan');
    expect(after.frontmatter?.data.conflicts).toEqual(['alle.blijvend']);
  });

  it('loses no sentence the school wrote', () => {
    const local = localSentences(before);
    expect(local).toContain(normaliseText(LOCAL_SENTENCE));
    expect(local.length).toBeGreaterThanOrEqual(3);
    const all = normaliseText(
      allClauses(after)
        .map(({ clause }) => clause.text)
        .join(' '),
    );
    for (const sentence of local) expect(all, sentence).toContain(sentence);
  });

  it("inserts the sector's new clauses where the new version has them", () => {
    expect(result.report.added).toEqual(['alle.instellingen', 'alle.datalek', 'mdw.accounts']);
    const templateOrder = (section: string): string[] => idsIn(instantiate(v11(), {}).policy, section);
    expect(idsIn(after, 'alle')).toEqual(templateOrder('alle'));
    expect(idsIn(after, 'medewerkers')).toEqual(templateOrder('medewerkers'));
    expect(idsIn(after, 'maatregelen')).toEqual(['mr.vertrouwenspersoon', ...templateOrder('maatregelen')]);
  });

  it('removes a clause the sector dropped that the school had left as it was', () => {
    expect(result.report.removed).toEqual(['slot.evaluatie']);
    expect(textOf(after, 'slot.evaluatie')).toBeUndefined();
    expect(idsIn(after, 'slot')).toEqual(['slot.onvoorzien']);
  });

  it('updates derivedFrom and records the values of new variables', () => {
    expect(after.meta.derivedFrom).toBe('sector-social-media@1.1');
    expect(recordedValues(after)).toMatchObject({
      contactRole: 'teamleider',
      privacyOfficer: 'functionaris gegevensbescherming',
    });
    expect(textOf(after, 'alle.datalek')).toContain('de functionaris gegevensbescherming');
  });

  it('leaves every line it did not edit as the school wrote it', () => {
    const untouched = before.source
      .split('\n')
      .filter((line) => !/mr\.sancties|slot\.evaluatie|^derivedFrom:/.test(line));
    const lines = new Set(result.source.split('\n'));
    for (const line of untouched) expect(lines.has(line), line).toBe(true);
    expect(result.source).toContain('<!-- notitie van de school: bespreken in de MR -->');
  });

  it('leaves check errors until the conflict is resolved, and none after', () => {
    const check = checkParsed(parsePolicy(result.source, { path: POLICY_PATH }));
    expect(
      check.findings
        .filter((finding) => finding.ruleId === 'template-conflict')
        .map((finding) => finding.place?.start.line),
    ).toHaveLength(1);
    const note = /\n\n {3}> \*\*CONFLICT[^\n]*\n(?: {3}>[^\n]*\n)*/.exec(result.source)?.[0] ?? 'missing';
    const resolved = edit(edit(result.source, note, '\n'), 'conflicts:\n  - alle.blijvend\n', '');
    expect(checkParsed(parsePolicy(resolved, { path: POLICY_PATH })).errors).toBe(0);
  });

  it('refuses to upgrade again while a conflict is open', () => {
    expect(() => upgradePolicy(after, v11())).toThrow(/unresolved conflicts/);
  });
});

describe('upgrade of a policy the school did not change', () => {
  it('equals adapting the new version directly, and a second upgrade changes nothing', () => {
    const result = upgradePolicy(parse(adapted(v10())), v11());
    expect(result.report.conflicts).toEqual([]);
    const upgraded = parse(result.source);
    const fresh = parse(adapted(v11()));
    expect(allClauses(upgraded).map(({ clause }) => [clause.id, clause.text])).toEqual(
      allClauses(fresh).map(({ clause }) => [clause.id, clause.text]),
    );
    expect(deviationsOf(v11(), upgraded).counts).toMatchObject({ modified: 0, dropped: 0, added: 0 });
    expect(upgradePolicy(upgraded, v11()).changed).toBe(false);
  });
});

describe('upgrade conflicts on removed clauses', () => {
  it('keeps a clause the sector removed when the school had changed it, with a note', () => {
    const source = edit(adapted(v10()), 'elke twee jaar geëvalueerd', 'elk jaar geëvalueerd');
    const result = upgradePolicy(parse(source), v11());
    expect(result.report.conflicts).toEqual([{ id: 'slot.evaluatie', kind: 'upstream-removed' }]);
    expect(textOf(parse(result.source), 'slot.evaluatie')).toContain('Dit protocol wordt elk jaar geëvalueerd');
  });

  it('puts back a clause the school removed when the sector changed it, with a note', () => {
    const source = edit(adapted(v10()), /2\. \{#mr\.sancties\}.*\n/, '');
    const result = upgradePolicy(parse(source), v11());
    expect(result.report.conflicts).toEqual([{ id: 'mr.sancties', kind: 'locally-dropped' }]);
    const after = parse(result.source);
    expect(idsIn(after, 'maatregelen')).toEqual([
      'mr.aanspreken',
      'mr.sancties',
      'mr.dossier',
      'mr.aangifte',
      'mr.melden',
    ]);
    expect(textOf(after, 'mr.sancties')).toContain('de school had dit artikel geschrapt');
  });

  it('keeps a removed clause removed when the sector did not change it', () => {
    const source = edit(adapted(v10()), /3\. \{#rw\.media\}.*\n/, '');
    const result = upgradePolicy(parse(source), v11());
    expect(result.report.keptLocal).toContain('rw.media');
    expect(textOf(parse(result.source), 'rw.media')).toBeUndefined();
  });
});

describe('upgrade structure', () => {
  const base = `---
id: sector-x
title: X
organisation: Sector
version: "1.0"
variables:
  school:
    description: Naam van de school
---

# X

## Algemeen {#alg}

1. {#alg.eerste} Eerste regel van {{school}}.
2. {#alg.tweede} Tweede regel.
   - {#alg.tweede.a} Onderdeel a.

## Slot {#slot}

{#slot.einde} Einde.
`;
  const next = base
    .replace('version: "1.0"', 'version: "2.0"')
    .replace('1. {#alg.eerste} Eerste regel van {{school}}.\n', '')
    .replace(
      '2. {#alg.tweede} Tweede regel.',
      '2. {#alg.tweede} Tweede regel,\n   nu over twee regels.\n   - {#alg.tweede.0} Onderdeel vooraf.',
    )
    .replace(
      '   - {#alg.tweede.a} Onderdeel a.\n',
      '   - {#alg.tweede.a} Onderdeel a.\n   - {#alg.tweede.b} Onderdeel b,\n     over twee regels.\n',
    )
    .replace('## Slot {#slot}', '## Nieuw {#nieuw}\n\n{#nieuw.een} Een nieuw hoofdstuk.\n\n## Afsluiting {#slot}');

  function run(policySource: string) {
    const project = sectorProject(false);
    project.write('templates/sector/versions/x-1.0.md', base);
    const file = project.write('policies/school/x.md', policySource);
    const target = templateFromSource(next, 'x-2.0.md');
    const result = upgradePolicy(parsePolicy(policySource, { path: file }).policy, target, {
      project: findProject(project.root),
    });
    return { result, after: parsePolicy(result.source, { path: file }).policy };
  }

  const adaptedX = adapted(templateFromSource(base, 'x-1.0.md'), { school: 'De Linde' }, 'school');

  it("nests new sub-clauses, hands a removed first item's number on, adds a new section and takes a new title", () => {
    const { result, after } = run(adaptedX);
    expect(result.report).toMatchObject({
      removed: ['alg.eerste'],
      added: ['alg.tweede.0', 'alg.tweede.b', 'nieuw.een'],
      headings: ['slot'],
      conflicts: [],
    });
    expect(idsIn(after, 'alg')).toEqual(['alg.tweede']);
    expect(
      allClauses(after)
        .find(({ clause }) => clause.id === 'alg.tweede')
        ?.clause.children.map((child) => child.id),
    ).toEqual(['alg.tweede.0', 'alg.tweede.a', 'alg.tweede.b']);
    expect(textOf(after, 'alg.tweede.b')).toBe('Onderdeel b, over twee regels.');
    expect(result.report.applied).toEqual(['alg.tweede']);
    expect(result.source).toContain(
      '1. {#alg.tweede} Tweede regel,\n   nu over twee regels.\n   - {#alg.tweede.0} Onderdeel vooraf.\n',
    );
    expect(after.sections.map((section) => [section.id, section.title])).toEqual([
      ['alg', 'Algemeen'],
      ['nieuw', 'Nieuw'],
      ['slot', 'Afsluiting'],
    ]);
    expect(textOf(after, 'nieuw.een')).toBe('Een nieuw hoofdstuk.');
  });

  it('asks for a value when the new version adds a variable without a default', () => {
    const project = sectorProject(false);
    project.write('templates/sector/versions/x-1.0.md', base);
    const file = project.write('policies/school/x.md', adaptedX);
    const withVariable = next
      .replace('variables:\n', 'variables:\n  mail:\n    description: Meldpunt\n')
      .replace('{#slot.einde} Einde.', '{#slot.einde} Einde. Meld via {{mail}}.');
    const target = templateFromSource(withVariable, 'x-2.0.md');
    const policy = parsePolicy(adaptedX, { path: file }).policy;
    let caught: unknown;
    try {
      upgradePolicy(policy, target, { project: findProject(project.root) });
    } catch (error) {
      caught = error;
    }
    expect(isClausemarkError(caught) && caught.format()).toMatch(/^x-2\.0\.md:\d+:\d+: variable "mail" has no value/);
    const result = upgradePolicy(policy, target, {
      values: { mail: 'meldpunt@linde.nl' },
      project: findProject(project.root),
    });
    expect(recordedValues(parsePolicy(result.source).policy)).toEqual({
      school: 'De Linde',
      mail: 'meldpunt@linde.nl',
    });
  });

  it('finds the version a policy came from in git history when versions/ does not have it', () => {
    const repo = tempRepo();
    repo.write('templates/sector/x.md', base);
    repo.commit('template 1.0');
    repo.write('templates/sector/x.md', next);
    repo.commit('template 2.0');
    const file = repo.write('policies/school/x.md', adaptedX);
    const result = upgradePolicy(
      parsePolicy(adaptedX, { path: file }).policy,
      loadTemplate(`${repo.root}/templates/sector/x.md`),
      { project: findProject(repo.root) },
    );
    expect(result.report.from).toBe('sector-x@1.0');
    expect(result.report.removed).toEqual(['alg.eerste']);
  });

  it('says so when the version it came from cannot be found', () => {
    const project = sectorProject(false);
    const file = project.write('policies/school/x.md', adaptedX);
    expect(() =>
      upgradePolicy(parsePolicy(adaptedX, { path: file }).policy, templateFromSource(next, 'x-2.0.md'), {
        project: findProject(project.root),
      }),
    ).toThrow(/template sector-x@1.0 is neither in templates\/sector\/versions\/ nor in its git history/);
  });
});
