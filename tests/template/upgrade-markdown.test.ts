// Issue 12 item 8: upgrade compared clauses as plain text, so a school's footnote reference, HTML comment or bold
// word in a clause the sector changed was replaced by the sector's text, the report said "Eigen wijzigingen
// behouden: geen" and a footnote definition was left without a citation. Every local change now counts: it is kept
// or it becomes a conflict, and the report lists it.
import { describe, expect, it } from 'vitest';
import { checkParsed } from '../../src/check/index.js';
import type { Policy } from '../../src/model/policy.js';
import { allClauses } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { formatUpgradeReport } from '../../src/template/report.js';
import { templateFromSource } from '../../src/template/template.js';
import { upgradePolicy } from '../../src/template/upgrade.js';
import { findProject } from '../../src/io/project.js';
import { adapted, edit, parse, POLICY_PATH, sectorProject, v10, v11 } from './support.js';

const textOf = (policy: Policy, id: string): string | undefined =>
  allClauses(policy).find(({ clause }) => clause.id === id)?.clause.text;
/** The source line of a one-line clause, found without clausemark's parser. */
const lineOf = (source: string, id: string): string =>
  source.split('\n').find((line) => line.includes(`{#${id}}`)) ?? '';

describe('upgrade keeps Markdown-level changes of the school (issue 12 item 8)', () => {
  // The reported case: mr.sancties is changed by the sector in 1.1; the school had only added a bold word, a footnote
  // reference and a comment, so its plain text was still the template's.
  const school = `${edit(adapted(v10()), 'kan de school passende maatregelen nemen.', 'kan de school **passende** maatregelen nemen.[^cao] <!-- afgestemd met de MR -->')}\n[^cao]: Zie de cao, hoofdstuk 9.\n`;
  const result = upgradePolicy(parse(school), v11());
  const after = parse(result.source);

  it("makes the clause a conflict instead of replacing it with the sector's text", () => {
    expect(result.report.applied).not.toContain('mr.sancties');
    expect(result.report.conflicts).toContainEqual({ id: 'mr.sancties', kind: 'both-modified' });
    expect(lineOf(result.source, 'mr.sancties')).toBe(lineOf(school, 'mr.sancties'));
    expect(textOf(after, 'mr.sancties')).toContain('de gedragscode van de school');
    expect(after.frontmatter?.data.conflicts).toContain('mr.sancties');
  });

  it('leaves the footnote cited and defined, and check blocks until the conflict is resolved', () => {
    expect(result.source).toContain('[^cao]: Zie de cao, hoofdstuk 9.');
    expect(result.source.split('[^cao]').length - 1).toBe(2);
    const check = checkParsed(parsePolicy(result.source, { path: POLICY_PATH }));
    expect(check.findings.some((finding) => finding.ruleId === 'template-conflict')).toBe(true);
  });

  it('says so in the report', () => {
    const report = formatUpgradeReport(result.report, 'nl');
    expect(report).toContain('mr.sancties: sector en school wijzigden het');
    expect(report).not.toMatch(/Wijzigingen van de sector overgenomen:.*mr\.sancties/);
  });

  it('keeps and reports a formatting-only change in a clause the sector left alone', () => {
    const bold = edit(adapted(v10()), 'Het delen van kennis', 'Het delen van *kennis*');
    const upgraded = upgradePolicy(parse(bold), v11());
    expect(upgraded.report.keptLocal).toEqual(['alle.kennis-delen']);
    expect(lineOf(upgraded.source, 'alle.kennis-delen')).toContain('Het delen van *kennis*');
  });

  it('treats a changed link target and a lone comment as changes, but not re-wrapped lines or `_` for `*`', () => {
    const linked = (target: string): string =>
      edit(adapted(v10()), 'passende maatregelen', `[passende maatregelen](${target})`);
    const base = templateFromSource(
      edit(v10().source, 'passende maatregelen', '[passende maatregelen](https://example.nl/a)'),
      'social-media-1.0.md',
    );
    const next = templateFromSource(
      edit(
        edit(v11().source, 'passende maatregelen', '[passende maatregelen](https://example.nl/a)'),
        'en de gedragscode',
        'en de code',
      ),
      'social-media-1.1.md',
    );
    const link = upgradePolicy(parse(linked('https://example.nl/b')), next, { base });
    expect(link.report.conflicts).toEqual([{ id: 'mr.sancties', kind: 'both-modified' }]);
    const comment = upgradePolicy(
      parse(edit(linked('https://example.nl/a'), 'uit de cao.', 'uit de cao. <!-- nagaan -->')),
      next,
      { base },
    );
    expect(comment.report.conflicts).toEqual([{ id: 'mr.sancties', kind: 'both-modified' }]);
    const rewrapped = edit(
      linked('https://example.nl/a'),
      'Afhankelijk van de aard en de ernst',
      'Afhankelijk van _de_ aard\n   en de ernst',
    );
    const same = upgradePolicy(parse(rewrapped.replace('Afhankelijk van _de_', 'Afhankelijk van de')), next, { base });
    expect(same.report.applied).toContain('mr.sancties');
    expect(lineOf(same.source, 'mr.sancties')).toContain('en de code');
  });

  it('keeps a heading the school formatted, even when the sector renamed it', () => {
    const next = templateFromSource(
      edit(v11().source, '## Maatregelen {#maatregelen}', '## Maatregelen en sancties {#maatregelen}'),
      'social-media-1.1.md',
    );
    const upgraded = upgradePolicy(
      parse(edit(adapted(v10()), '## Maatregelen {#maatregelen}', '## *Maatregelen* {#maatregelen}')),
      next,
    );
    expect(upgraded.source).toContain('## *Maatregelen* {#maatregelen}');
    expect(upgraded.report.headings).toEqual([]);
    expect(upgraded.report.keptLocal).toContain('#maatregelen');
  });
});

describe('upgrade keeps and reports what the school added', () => {
  const school = edit(
    edit(
      edit(
        adapted(v10()),
        '5. {#mr.melden}',
        '5. {#mr.extra} Een eigen regel tussen de artikelen van het model.\n6. {#mr.melden}',
      ),
      '## Slotbepalingen {#slot}\n',
      '## Slotbepalingen {#slot}\n\nEen eigen alinea zonder ID.\n',
    ),
    '## Maatregelen {#maatregelen}',
    '## Eigen afspraken {#eigen}\n\n{#eigen.een} Over de schoolapp.\n\n### Zonder ID\n\nNog een alinea.\n\n## Maatregelen {#maatregelen}',
  );
  const result = upgradePolicy(parse(school), v11());

  it('lists local clauses, sections and paragraphs without an ID, and keeps them in place', () => {
    expect(result.report.localAdditions).toEqual(['eigen.een', 'mr.extra', '#eigen']);
    expect(result.report.unlabelledAdditions).toHaveLength(2);
    expect(formatUpgradeReport(result.report, 'nl')).toMatch(
      /Eigen toevoegingen behouden: eigen\.een, mr\.extra, #eigen, alinea zonder ID \(regel \d+\), alinea zonder ID \(regel \d+\)/,
    );
    for (const text of [
      '5. {#mr.extra} Een eigen regel',
      '## Eigen afspraken {#eigen}\n\n{#eigen.een} Over de schoolapp.\n\n### Zonder ID\n\nNog een alinea.',
      '{#slot.onvoorzien}',
    ])
      expect(result.source).toContain(text);
    expect(result.source).toContain('Een eigen alinea zonder ID.');
    // The report points at the lines of the upgraded file.
    const lines = result.source.split('\n');
    expect(result.report.unlabelledAdditions.map((line) => lines[line - 1])).toEqual([
      'Nog een alinea.',
      'Een eigen alinea zonder ID.',
    ]);
  });
});

describe('upgrade keeps the frontmatter the school wrote', () => {
  it('keeps unknown fields, rationale, comments inside variables and values of variables the sector dropped', () => {
    const school = edit(
      adapted(v10()),
      'variables:\n',
      'rationale:\n  mr.sancties: Afgestemd met de MR.\nafdeling: Onderwijs\nvariables:\n  # door de directie gekozen\n  oudVak: waarde die de sector niet meer gebruikt\n',
    );
    const result = upgradePolicy(parse(school), v11());
    const after = parse(result.source);
    expect(result.source).toContain('  # door de directie gekozen\n');
    expect(after.frontmatter?.data.afdeling).toBe('Onderwijs');
    expect(after.meta.rationale).toEqual({ 'mr.sancties': 'Afgestemd met de MR.' });
    expect(after.frontmatter?.data.variables).toMatchObject({
      oudVak: 'waarde die de sector niet meer gebruikt',
      contactRole: 'teamleider',
      privacyOfficer: 'functionaris gegevensbescherming',
    });
  });
});

describe('upgrade keeps footnotes consistent', () => {
  const base = `---
id: sector-x
title: X
organisation: Sector
version: "1.0"
---

# X

## Algemeen {#alg}

1. {#alg.een} Eerste regel.[^1]
2. {#alg.twee} Tweede regel.
3. {#alg.drie} Derde regel.[^2]

[^1]: Noot bij de eerste regel.
[^2]: Noot bij de derde regel.
`;

  function run(template: string, policy: string) {
    const project = sectorProject(false);
    project.write('templates/sector/versions/x-1.0.md', base);
    const file = project.write('policies/school/x.md', policy);
    const result = upgradePolicy(
      parsePolicy(policy, { path: file }).policy,
      templateFromSource(template.replace('version: "1.0"', 'version: "2.0"'), 'x-2.0.md'),
      { project: findProject(project.root) },
    );
    return { result, after: parsePolicy(result.source, { path: file }).policy };
  }
  const school = adapted(templateFromSource(base, 'x-1.0.md'), {}, 'school');
  const definitions = (policy: Policy): Record<string, string> =>
    Object.fromEntries(
      Object.entries(policy.footnotes).map(([key, note]) => [
        key,
        policy.source.slice(note.position?.start.offset, note.position?.end.offset),
      ]),
    );

  it('brings the note of a new sector clause along, and removes a template note nothing cites any more', () => {
    const next = base
      .replace('3. {#alg.drie} Derde regel.[^2]', '3. {#alg.drie} Derde regel.\n4. {#alg.vier} Vierde regel.[^3]')
      .replace('[^2]: Noot bij de derde regel.', '[^3]: Noot bij de vierde regel.');
    const { result, after } = run(next, school);
    expect(result.report).toMatchObject({ applied: ['alg.drie'], added: ['alg.vier'], conflicts: [] });
    expect(definitions(after)).toEqual({ 1: '[^1]: Noot bij de eerste regel.', 3: '[^3]: Noot bij de vierde regel.' });
  });

  it('makes a conflict of a clause whose note the school rewrote, when the sector drops the citation', () => {
    const next = base
      .replace('Derde regel.[^2]', 'Derde regel, herzien.')
      .replace('[^2]: Noot bij de derde regel.\n', '');
    const { result, after } = run(next, edit(school, 'Noot bij de derde regel.', 'Onze eigen noot.'));
    expect(result.report.conflicts).toEqual([{ id: 'alg.drie', kind: 'both-modified' }]);
    expect(definitions(after)).toMatchObject({ 2: '[^2]: Onze eigen noot.' });
    expect(lineOf(result.source, 'alg.drie')).toBe('3. {#alg.drie} Derde regel.[^2]');
  });

  it('gives a sector note a label of its own when the school uses that label for another note', () => {
    const next = base
      .replace('2. {#alg.twee} Tweede regel.', '2. {#alg.twee} Tweede regel.[^4]')
      .replace('[^2]: Noot', '[^4]: Noot van de sector.\n[^2]: Noot');
    const { result, after } = run(
      next,
      edit(
        edit(
          school,
          '3. {#alg.drie} Derde regel.[^2]',
          '3. {#alg.drie} Derde regel.[^2]\n4. {#alg.eigen} Eigen regel.[^4]',
        ),
        '[^2]: Noot bij de derde regel.',
        '[^2]: Noot bij de derde regel.\n[^4]: Noot van de school.',
      ),
    );
    expect(result.report.applied).toEqual(['alg.twee']);
    expect(lineOf(result.source, 'alg.twee')).toBe('2. {#alg.twee} Tweede regel.[^4-2.0]');
    expect(definitions(after)).toMatchObject({
      4: '[^4]: Noot van de school.',
      '4-2.0': '[^4-2.0]: Noot van de sector.',
    });
  });

  it('takes a note the sector rewrote when the school left it alone', () => {
    const next = base.replace('[^1]: Noot bij de eerste regel.', '[^1]: Herziene noot bij de eerste regel.');
    const { result, after } = run(next, school);
    expect(result.report.applied).toEqual(['alg.een']);
    expect(Object.values(definitions(after))).toEqual([
      '[^2]: Noot bij de derde regel.',
      '[^1-2.0]: Herziene noot bij de eerste regel.',
    ]);
  });
});

describe('upgrade and reference links', () => {
  it('makes a conflict of a clause whose link target the school changed in its definition', () => {
    const base =
      '---\nid: sector-y\ntitle: Y\norganisation: Sector\nversion: "1.0"\n---\n\n# Y\n\n{#y.een} Zie de [regeling][r].\n\n[r]: https://example.nl/oud\n';
    const next = base.replace('version: "1.0"', 'version: "2.0"').replace('Zie de', 'Lees de');
    const school = edit(
      adapted(templateFromSource(base, 'y-1.0.md'), {}, 'school'),
      'https://example.nl/oud',
      'https://school.example/regeling',
    );
    const result = upgradePolicy(parse(school), templateFromSource(next, 'y-2.0.md'), {
      base: templateFromSource(base, 'y-1.0.md'),
    });
    expect(result.report.conflicts).toEqual([{ id: 'y.een', kind: 'both-modified' }]);
    expect(result.source).toContain('{#y.een} Zie de [regeling][r].');
    expect(result.source).toContain('[r]: https://school.example/regeling');
  });
});
