// The errors adapt, deviations and upgrade stop on (src/template/): each is keyed by an entry of
// templates/messages/en.yaml, its finding keeps messageId, fixId and params, and it reads word for word as it did
// when it was written in TypeScript (the words below are those of commit aca3e49; expectSaid checks them first).
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { displayPath } from '../../src/io/yaml-file.js';
import { findProject } from '../../src/io/project.js';
import { parsePolicy } from '../../src/parse/index.js';
import { adaptTemplate } from '../../src/template/adapt.js';
import { requireValues, resolveValues } from '../../src/template/instance.js';
import { resolveTemplateArgument } from '../../src/template/store.js';
import { loadTemplate, requireUsable, templateFromSource } from '../../src/template/template.js';
import { baseTemplateOf, upgradePolicy } from '../../src/template/upgrade.js';
import { requireUniqueIds } from '../../src/template/verify.js';
import { expectThrowsSaid } from '../support/said.js';
import { adapted, CASPARUS, edit, parse, sectorProject, v10, v11 } from './support.js';
import { CASES } from './template-problem-cases.js';

describe('a template that cannot be used', () => {
  it('names its first problem, with its fix, and how many more there are', () => {
    const one = templateFromSource(CASES['three braces'] ?? '', 'x.md');
    expectThrowsSaid(() => requireUsable(one), {
      ruleId: 'template-invalid',
      message:
        'sector-x@1.0 is not a usable template: `{{{organisation}}}` has three braces; values are always filled in as plain text',
      fix: 'write {{organisation}}',
      messageId: 'template-invalid.not-usable',
      fixId: 'template-definition.write-plain',
      params: {
        written: '{{{organisation}}}',
        plain: '{{organisation}}',
        template: 'sector-x@1.0',
        problem: {
          messageId: 'template-definition.three-braces',
          params: { written: '{{{organisation}}}', plain: '{{organisation}}' },
        },
      },
    });
    const three = templateFromSource(CASES['a section marked, an unknown clause, twice marked'] ?? '', 'x.md');
    expectThrowsSaid(() => requireUsable(three), {
      message:
        'sector-x@1.0 is not a usable template: "a" is a section; markers apply to clauses (and 2 more; run clausemark check x.md)',
      fix: 'name the {#id} of a clause in the template body (or remove the line)',
      messageId: 'template-invalid.not-usable-more',
      fixId: 'template-definition.name-clause',
    });
  });

  it('cannot be read: the parser says why and how to fix it', () => {
    const project = sectorProject(false);
    const file = project.write('templates/sector/x.md', '---\ntitle: [Protocol\n---\n\n# X\n');
    expectThrowsSaid(() => loadTemplate(file), {
      ruleId: 'template-unreadable',
      message:
        'the template cannot be read: invalid YAML in the frontmatter: the list opened with [ is never closed with ]',
      fix: 'close it with ], or put the whole value in quotes if the [ is part of the text (title: "[…")',
      messageId: 'template-unreadable.cannot-read',
      fixId: 'yaml-syntax.close-or-quote',
    });
  });
});

describe('naming a template', () => {
  it('an unknown id, a path that is not there, a version that does not exist', () => {
    const project = sectorProject(true);
    const folder = displayPath(join(project.root, 'templates', 'sector'));
    expectThrowsSaid(() => resolveTemplateArgument('sector-pesten', findProject(project.root)), {
      ruleId: 'unknown-template',
      message: `no template "sector-pesten" in ${folder}`,
      fix: 'name a template file, or a template id (sector-social-media, sector-regeling-kennisname), optionally with @<version>',
      messageId: 'unknown-template.not-in-sector',
      fixId: 'unknown-template.name-template',
    });
    expectThrowsSaid(() => resolveTemplateArgument('Sjablonen/Pesten.md', findProject(project.root)), {
      message: 'no such file',
      messageId: 'unknown-template.no-such-file',
    });
    expectThrowsSaid(() => resolveTemplateArgument('sector-social-media@9.9', findProject(project.root)), {
      message: 'template sector-social-media has no version 9.9',
      fix: 'known versions: 1.0, 1.1',
      messageId: 'unknown-template.no-version',
      fixId: 'unknown-template.known-versions',
      params: { id: 'sector-social-media', version: '9.9', versions: '1.0, 1.1' },
    });
  });
});

describe('adapt', () => {
  it('refuses a value left out (with the others left out) and a variable the template does not declare', () => {
    expectThrowsSaid(() => adaptTemplate(v11(), { org: 'casparus-college', values: {} }), {
      ruleId: 'template-missing-value',
      message: 'variable "organisation" has no value and the template gives no default',
      messageId: 'template-missing-value.no-value',
      fixId: 'template-missing-value.give-value',
    });
    const undeclared = templateFromSource(CASES['undeclared, with and without a guess'] ?? '', 'x.md');
    const both = templateFromSource(undeclared.source.replace('Een {{', 'Een {{organisation}} {{'), 'x.md');
    expectThrowsSaid(() => requireValues(both, resolveValues(both, {})), {
      message:
        'variable "organisation" has no value and the template gives no default (also without a value: organisatie, wie)',
      fix: 'give it a value: --set organisation="<Naam>"',
      messageId: 'template-missing-value.no-value-others',
    });
    expectThrowsSaid(() => requireValues(undeclared, resolveValues(undeclared, { organisation: 'X' })), {
      message: 'variable "organisatie" is not declared in the template (also without a value: wie)',
      fix: 'declare it under variables: in x.md, or correct the spelling',
      messageId: 'template-missing-value.not-declared-others',
      fixId: 'template-missing-value.declare-or-spell',
    });
  });

  it('refuses an organisation key that is not kebab-case', () => {
    expectThrowsSaid(() => adaptTemplate(v11(), { org: 'Casparus College', values: CASPARUS }), {
      ruleId: 'bad-arguments',
      message: '"Casparus College" is not an organisation key',
      fix: 'use lower-case words joined by "-", e.g. --org casparus-college',
      messageId: 'bad-arguments.not-org-key',
      fixId: 'bad-arguments.org-key-form',
      params: { org: 'Casparus College' },
    });
  });
});

describe('upgrade', () => {
  const school = adapted(v10());
  it('refuses a policy that names no template version, or one it cannot find', () => {
    const fix = 'add derivedFrom: <template-id>@<version> naming the template version the policy was adapted from';
    expectThrowsSaid(() => baseTemplateOf(parse(edit(school, /derivedFrom: .*\n/, '')), findProject()), {
      ruleId: 'not-derived',
      message: 'the policy has no derivedFrom, so there is no template version to upgrade from',
      fix,
      messageId: 'not-derived.no-derived-from',
      fixId: 'not-derived.add-derived-from',
    });
    expectThrowsSaid(
      () => baseTemplateOf(parse(edit(school, /derivedFrom: .*\n/, 'derivedFrom: sociale media\n')), findProject()),
      {
        message: 'derivedFrom "sociale media" is not <template-id>@<version>',
        fix,
        messageId: 'not-derived.not-a-ref',
      },
    );
    const project = sectorProject(false);
    const file = project.write('policies/school/x.md', school);
    expectThrowsSaid(() => baseTemplateOf(parsePolicy(school, { path: file }).policy, findProject(project.root)), {
      ruleId: 'template-unknown',
      message: 'template sector-social-media@1.0 is neither in templates/sector/versions/ nor in its git history',
      fix: "restore that version as templates/sector/versions/<name>-1.0.md so the school's changes can be told from the sector's",
      messageId: 'template-unknown.no-base-version',
      fixId: 'template-unknown.restore-base-version',
    });
  });

  it('refuses another template, conflicts left open and an ID used twice', () => {
    const other = templateFromSource(v11().source.replace('id: sector-social-media', 'id: sector-pesten'), 'p.md');
    expectThrowsSaid(() => upgradePolicy(parse(school), other), {
      ruleId: 'wrong-template',
      message: 'the policy was adapted from sector-social-media, not from sector-pesten',
      fix: 'upgrade to a version of sector-social-media',
      messageId: 'wrong-template.other-template',
      fixId: 'wrong-template.upgrade-within',
    });
    const open = edit(school, /(derivedFrom: .*\n)/, '$1conflicts:\n  - alg.eerste\n');
    expectThrowsSaid(() => upgradePolicy(parse(open), v11()), {
      ruleId: 'template-conflict',
      message: 'the policy still has unresolved conflicts from an earlier upgrade',
      fix: 'resolve them first (clausemark check lists them)',
      messageId: 'template-conflict.open-before-upgrade',
      fixId: 'template-conflict.resolve-first',
    });
    const twice = parse(edit(school, '{#inl.doel}', '{#inl.kansen}'));
    expectThrowsSaid(() => requireUniqueIds(twice), {
      ruleId: 'duplicate-id',
      messageId: 'duplicate-id.used-twice-upgrade',
      fixId: 'duplicate-id.own-id-then-upgrade',
    });
  });
});
