import { describe, expect, it } from 'vitest';
import { checkParsed } from '../../src/check/index.js';
import { isClausemarkError } from '../../src/model/errors.js';
import { allClauses } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { adaptTemplate } from '../../src/template/adapt.js';
import { deviationsOf } from '../../src/template/deviations.js';
import { join } from 'node:path';
import { loadTemplate } from '../../src/template/template.js';
import { adapted, CASPARUS, parse, POLICY_PATH, SECTOR_DIR, v10, v11 } from './support.js';

describe('adapt', () => {
  it('writes a policy that deviates from its template in nothing and checks clean', () => {
    for (const template of [v10(), v11()]) {
      const source = adapted(template);
      const deviations = deviationsOf(template, parse(source));
      expect(deviations.counts).toEqual({
        verbatim: deviations.clauses.length,
        filledIn: 0,
        modified: 0,
        dropped: 0,
        added: 0,
        violations: 0,
        unexplained: 0,
      });
      expect(deviations.clauses.length).toBe(allClauses(template.policy).length);
      // The sector model names its kind, so the adapted draft goes through that kind's procedure; no procedure.yaml
      // says whose it is, so check asks which level (and so which council), and nothing else.
      expect(checkParsed(parsePolicy(source, { path: POLICY_PATH })).findings.map((found) => found.ruleId)).toEqual([
        'procedure-level-missing',
      ]);
    }
  });

  it("keeps the template's clause ids and records where it came from and the values used", () => {
    const template = v11();
    const policy = parse(adapted(template));
    expect(allClauses(policy).map(({ clause }) => clause.id)).toEqual(
      allClauses(template.policy).map(({ clause }) => clause.id),
    );
    expect(policy.meta).toMatchObject({
      id: 'social-media',
      org: 'casparus-college',
      organisation: 'Casparus College',
      status: 'draft',
      lang: 'nl',
      derivedFrom: 'sector-social-media@1.1',
      version: '1.0',
    });
    expect(policy.frontmatter?.data.variables).toEqual({
      organisation: 'Casparus College',
      learners: 'leerlingen',
      contactRole: 'teamleider',
      communicationDept: 'afdeling communicatie',
      complaintsRoute: 'de klachtenregeling van de school',
      privacyOfficer: 'functionaris gegevensbescherming',
    });
    expect(policy.meta.approvals).toEqual([]);
    expect(policy.frontmatter?.data.clauses).toBeUndefined();
  });

  it('fills variables into the text and leaves none unfilled', () => {
    const source = adapted(v11(), { organisation: 'Aeres MBO', learners: 'studenten' }, 'aeres-mbo');
    const texts = new Map(allClauses(parse(source)).map(({ clause }) => [clause.id, clause.text]));
    expect(texts.get('rw.doelgroep')).toContain(
      'alle betrokkenen bij Aeres MBO: medewerkers met en zonder dienstverband, stagiairs, studenten,',
    );
    expect(texts.get('mdw.twijfel')).toContain('zijn of haar leidinggevende.');
    expect(source).not.toContain('{{');
  });

  it('writes hostile values as plain text: no heading, link, HTML or id marker can be injected', () => {
    const organisation = '{#evil} # Kop [klik](javascript:alert(1)) <script>x</script> *vet* | cel';
    const source = adapted(v11(), { organisation }, 'x');
    const policy = parse(source);
    expect(allClauses(policy).map(({ clause }) => clause.id)).toEqual(
      allClauses(v11().policy).map(({ clause }) => clause.id),
    );
    expect(policy.meta.organisation).toBe(organisation);
    const doel = allClauses(policy).find(({ clause }) => clause.id === 'rw.doelgroep')?.clause;
    expect(doel?.text).toContain(`alle betrokkenen bij ${organisation}:`);
    expect(JSON.stringify(doel?.content)).not.toMatch(/"type":"(html|link|emphasis|strong|heading)"/);
    expect(policy.tree.children.filter((node) => node.type === 'heading')).toHaveLength(
      v11().policy.tree.children.filter((node) => node.type === 'heading').length,
    );
    expect(deviationsOf(v11(), policy).counts.modified).toBe(0);
  });

  it('refuses a missing value, naming the variable and where the template uses it', () => {
    let caught: unknown;
    try {
      adaptTemplate(v11(), { org: 'casparus-college', values: { contactRole: CASPARUS.contactRole } });
    } catch (error) {
      caught = error;
    }
    expect(isClausemarkError(caught)).toBe(true);
    if (isClausemarkError(caught)) {
      expect(caught.message).toBe('variable "organisation" has no value and the template gives no default');
      expect(caught.place.file).toBe(v11().file);
      expect(caught.place.point?.line).toBeGreaterThan(50);
    }
  });

  it('refuses an organisation key that is not kebab-case', () => {
    expect(() => adaptTemplate(v11(), { org: 'Casparus College', values: CASPARUS })).toThrow(
      /not an organisation key/,
    );
  });
});

describe('adapting a model of a kind of its own', () => {
  it('keeps the kind, so the adapted policy goes through the procedure of its kind (regeling kennisname)', () => {
    const template = loadTemplate(join(SECTOR_DIR, 'regeling-kennisname.md'));
    const { source } = adaptTemplate(template, { org: 'linde', values: { organisation: 'Stichting De Linde' } });
    expect(parsePolicy(source, { path: 'regeling-kennisname.md' }).policy.frontmatter?.data.kind).toBe(
      'regeling-kennisname',
    );
    // The sector model of the social-media protocol names its kind too; the level where it is known.
    const social = adaptTemplate(v11(), { org: 'casparus-college', values: CASPARUS }).source;
    expect(parsePolicy(social, { path: 'social-media.md' }).policy.frontmatter?.data.kind).toBe('social-media');
    expect(parsePolicy(social, { path: 'social-media.md' }).policy.frontmatter?.data.level).toBeUndefined();
    const school = adaptTemplate(v11(), { org: 'casparus-college', values: CASPARUS, level: 'school' }).source;
    expect(parsePolicy(school, { path: 'social-media.md' }).policy.frontmatter?.data).toMatchObject({
      kind: 'social-media',
      level: 'school',
    });
  });
});
