import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/parse/index.js';
import { RULES } from '../../../src/check/rules/index.js';
import { checkFixture, checkWorded, fixture, fixtureProject, only, sites } from './helpers.js';

describe('procedure-level-missing', () => {
  it("warns when a school's policy without level would take its kind's board level, and the GMR", () => {
    const result = checkFixture('declared/procedure-level-missing.md');
    expect(sites(only(result, 'procedure-level-missing'))).toEqual(['9:7 warning procedure-level-missing']);
    const [finding] = only(result, 'procedure-level-missing');
    expect(finding?.message).toBe(
      'no level: a klachtenregeling is taken as level: bestuur, so its procedure asks the GMR; but it is a policy of Basisschool Het Voorbeeld, whose council is the MR',
    );
    expect(finding?.fix).toBe('add level: school (or level: bestuur if the GMR is right)');
  });

  it("is quiet where the kind's level is the organisation's, and where the level is written", () => {
    const check = (source: string) =>
      only(
        checkWorded(parsePolicy(source, { path: fixture('declared/x.md') }), RULES, { project: fixtureProject() }),
        'procedure-level-missing',
      );
    const text = (kind: string, level = '') =>
      `---\nid: x\ntitle: X\norganisation: Het Voorbeeld\norg: fixture-school\nversion: "1.0"\nstatus: draft\nkind: ${kind}\n${level}---\n\n{#a.b} Tekst.\n`;
    expect(check(text('schoolgids'))).toEqual([]);
    expect(check(text('klachtenregeling', 'level: school\n'))).toEqual([]);
  });

  it('warns where no procedure.yaml says what the organisation is, naming both levels and their councils', () => {
    const source = `---\nid: x\ntitle: X\norganisation: Het Eikje\norg: eikje\nversion: "1.0"\nstatus: draft\nkind: social-media\n---\n\n{#a.b} Tekst.\n`;
    const found = only(
      checkWorded(parsePolicy(source, { path: 'policies/eikje/x.md' }), RULES),
      'procedure-level-missing',
    );
    expect(sites(found)).toEqual(['8:7 warning procedure-level-missing']);
    expect(found[0]?.message).toBe(
      'no level: a social-media is taken as level: bestuur, so its procedure asks the GMR; but nothing says whether Het Eikje is a board or a school',
    );
    expect(found[0]?.fix).toBe(
      'add level: bestuur if the GMR is right, or level: school for the MR; or say what Het Eikje is in its procedure.yaml (organisation:, docs/procedure.md)',
    );
    // A reglement asks its own council at either level (the GMR's the GMR, the MR's the MR): no level to choose.
    for (const kind of ['gmr-reglement', 'medezeggenschapsreglement'])
      expect(
        only(
          checkWorded(parsePolicy(source.replace('social-media', kind), { path: 'policies/eikje/x.md' }), RULES),
          'procedure-level-missing',
        ),
        kind,
      ).toEqual([]);
    const written = source.replace('kind: social-media\n', 'kind: social-media\nlevel: school\n');
    expect(
      only(checkWorded(parsePolicy(written, { path: 'policies/eikje/x.md' }), RULES), 'procedure-level-missing'),
    ).toEqual([]);
  });
});
