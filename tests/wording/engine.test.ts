import { utimesSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Policy, PolicyMeta } from '../../src/model/policy.js';
import { parsePolicy } from '../../src/parse/index.js';
import { templateContext, type TemplateContext } from '../../src/wording/context.js';
import { renderTemplate, renderTemplateLines } from '../../src/wording/engine.js';
import { loadLabels } from '../../src/wording/labels.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { caught, tempProject } from '../brand/temp-project.js';

function meta(overrides: Partial<PolicyMeta> = {}): PolicyMeta {
  return {
    id: 'social-media',
    title: 'Protocol sociale media',
    organisation: 'Casparus College',
    org: 'casparus-college',
    version: '2.1',
    status: 'approved',
    lang: 'nl',
    langSource: 'frontmatter',
    titleSource: 'frontmatter',
    effective: '2024-08-01',
    approvals: [
      { date: '2024-07-01', name: 'J. de Vries', role: 'Voorzitter College van Bestuur', step: 'vaststelling' },
      { date: '2024-06-12', name: 'GMR', role: 'Gemeenschappelijke medezeggenschapsraad', step: 'instemming' },
    ],
    sources: [],
    rationale: {},
    extra: {},
    inferred: [],
    ...overrides,
  };
}

/** A policy with this frontmatter (the text does not matter to the wording templates). */
function policyWith(policyMeta: PolicyMeta): Policy {
  return { ...parsePolicy('Tekst.').policy, meta: policyMeta };
}

function context(overrides: Partial<PolicyMeta> = {}): TemplateContext {
  const policyMeta = meta(overrides);
  return templateContext(policyWith(policyMeta), loadLabels(policyMeta.lang, { root: PROJECT_ROOT }), {
    sourceSha256: 'a'.repeat(64),
    toolVersion: '0.1.0',
    date: '2025-03-04',
  });
}

/** A temp project with one template at templates/layouts/<name>.hbs. */
function withTemplate(name: string, source: string) {
  const project = tempProject();
  const file = project.write(`templates/layouts/${name}.hbs`, source);
  return { root: project.root, file };
}

describe('shipped PDF templates', () => {
  it('cover: organisation, version, status and effective date in Dutch; under the status, that no hash records the text', () => {
    expect(renderTemplateLines('pdf/cover', context(), { root: PROJECT_ROOT })).toEqual([
      'Casparus College',
      'Versie 2.1',
      'Status: Vastgesteld',
      'tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is',
      'Ingangsdatum: 1 augustus 2024',
    ]);
  });

  it('cover: where the build found in git that the words changed since the adoption, it says so with the commit', () => {
    const policyMeta = meta({ lang: 'en' });
    const changed = templateContext(policyWith(policyMeta), loadLabels('en', { root: PROJECT_ROOT }), {
      sourceSha256: 'a'.repeat(64),
      toolVersion: '0.1.0',
      date: '2025-03-04',
      adoptionGit: { changed: { commit: 'abc1234', date: '2024-07-02' } },
    });
    expect(renderTemplateLines('pdf/cover', changed, { root: PROJECT_ROOT })[3]).toBe(
      'changed after adoption (according to git): the text differs from the one in commit abc1234 of 2 July 2024, which recorded the adoption',
    );
  });

  it('cover: where the build found in git that these are the words adopted, it says so with the commit and the day', () => {
    const build = { sourceSha256: 'a'.repeat(64), toolVersion: '0.1.0', date: '2025-03-04' };
    const adoptionGit = { adopted: { commit: 'abc1234', date: '2024-07-01' } };
    const english = templateContext(policyWith(meta({ lang: 'en' })), loadLabels('en', { root: PROJECT_ROOT }), {
      ...build,
      adoptionGit,
    });
    expect(renderTemplateLines('pdf/cover', english, { root: PROJECT_ROOT })[3]).toBe(
      'adopted text according to git (commit abc1234, adoption 1 July 2024)',
    );
    const dutch = templateContext(policyWith(meta()), loadLabels('nl', { root: PROJECT_ROOT }), {
      ...build,
      adoptionGit,
    });
    expect(renderTemplateLines('pdf/cover', dutch, { root: PROJECT_ROOT }).slice(2, 4)).toEqual([
      'Status: Vastgesteld',
      'vastgestelde tekst volgens git (commit abc1234, vaststelling 1 juli 2024)',
    ]);
    expect(renderTemplateLines('pdf/colophon', dutch, { root: PROJECT_ROOT })[0]).toMatch(
      /\(Vastgesteld; vastgestelde tekst volgens git \(commit abc1234, vaststelling 1 juli 2024\)\)$/,
    );
  });

  it('cover in English, with supersedes and without an effective date', () => {
    expect(
      renderTemplateLines(
        'pdf/cover',
        context({ lang: 'en', status: 'draft', effective: undefined, supersedes: '2.0' }),
        { root: PROJECT_ROOT },
      ),
    ).toEqual(['Casparus College', 'Version 2.1', 'Status: Draft', 'Supersedes version 2.0']);
  });

  it('adoption names the role and date of the latest approval', () => {
    expect(renderTemplate('pdf/adoption', context(), { root: PROJECT_ROOT })).toBe(
      'Vastgesteld door Voorzitter College van Bestuur op 1 juli 2024',
    );
    expect(renderTemplate('pdf/adoption', context({ lang: 'en-GB' }), { root: PROJECT_ROOT })).toBe(
      'Adopted by Voorzitter College van Bestuur on 1 July 2024',
    );
  });

  it('adoption falls back to the name when the role is empty, and is empty without approvals', () => {
    expect(
      renderTemplate(
        'pdf/adoption',
        context({ approvals: [{ date: '2019-10-16', name: 'Directieboard', role: '' }] }),
        { root: PROJECT_ROOT },
      ),
    ).toBe('Vastgesteld door Directieboard op 16 oktober 2019');
    expect(renderTemplate('pdf/adoption', context({ approvals: [] }), { root: PROJECT_ROOT })).toBe('');
  });

  it('colophon: source hash, tool version and build date', () => {
    expect(renderTemplateLines('pdf/colophon', context(), { root: PROJECT_ROOT })).toEqual([
      `Protocol sociale media, Versie 2.1 (Vastgesteld; tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is)`,
      `SHA-256 van de bron: ${'a'.repeat(64)}`,
      'Opgemaakt met clausemark 0.1.0',
      'Datum opmaak: 4 maart 2025',
    ]);
  });

  it('colophon without build information keeps only the title line', () => {
    const plain = templateContext(policyWith(meta()), loadLabels('nl', { root: PROJECT_ROOT }));
    expect(renderTemplateLines('pdf/colophon', plain, { root: PROJECT_ROOT })).toEqual([
      'Protocol sociale media, Versie 2.1 (Vastgesteld; tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is)',
    ]);
  });

  it('PDF templates do not escape: the text is drawn, not parsed as HTML', () => {
    expect(
      renderTemplateLines('pdf/cover', context({ organisation: 'Stichting <A> & "B"' }), { root: PROJECT_ROOT })[0],
    ).toBe('Stichting <A> & "B"');
  });
});

describe('escaping by template folder', () => {
  it('escapes in html/ templates', () => {
    const project = tempProject();
    project.write('templates/layouts/html/title.hbs', '{{title}}');
    project.write('templates/layouts/pdf/title.hbs', '{{title}}');
    expect(renderTemplate('html/title', { title: 'A & <b>' }, { root: project.root })).toBe('A &amp; &lt;b&gt;');
    expect(renderTemplate('pdf/title', { title: 'A & <b>' }, { root: project.root })).toBe('A & <b>');
  });
});

describe('strict variables', () => {
  it('names the template, line, column and the whole variable, and lists what exists', () => {
    const { root, file } = withTemplate('pdf/cover', '{{policy.title}}\n\nOrganisatie: {{policy.titel}}\n');
    const error = caught(() => renderTemplate('pdf/cover', context(), { root }));
    expect(error.format().split('\n')[0]).toBe(`${file}:3:16: unknown variable \`policy.titel\``);
    expect(error.ruleId).toBe('template-unknown-variable');
    expect(error.hint).toBe(
      'policy has: id, title, organisation, org, version, status, statusLabel, lang, effective, supersedes, editor, adoptionNote',
    );
  });

  it('catches a misspelt top-level name', () => {
    const { root, file } = withTemplate('pdf/x', 'a {{labls.page}}');
    const error = caught(() => renderTemplate('pdf/x', context(), { root }));
    expect(error.format().split('\n')[0]).toBe(`${file}:1:5: unknown variable \`labls.page\``);
    expect(error.hint).toBe('the template is given: lang, labels, policy, adoption, changedAfterAdoption, build');
  });

  it('catches a misspelt helper argument, which plain Handlebars strict mode lets through', () => {
    const { root } = withTemplate('pdf/x', 'line\n  {{date policy.efective}}');
    const error = caught(() => renderTemplate('pdf/x', context(), { root }));
    expect(error.message).toBe('unknown variable `policy.efective`');
    expect(error.place.point).toEqual({ line: 2, column: 10 });
  });

  it('catches a misspelt name inside #each', () => {
    const { root } = withTemplate('pdf/x', '{{#each items}}\n{{nam}}\n{{/each}}');
    const error = caught(() => renderTemplate('pdf/x', { items: [{ name: 'a' }] }, { root }));
    expect(error.message).toBe('unknown variable `nam`');
    expect(error.place.point).toEqual({ line: 2, column: 3 });
    // Names inside #each are relative to the item, so the top-level names would be the wrong list to offer.
    expect(error.hint).toBe('check the spelling of the name');
  });

  it('lets {{#if}} test a value that is null or absent', () => {
    const { root } = withTemplate(
      'pdf/x',
      '{{#if policy.effective}}yes{{else}}no{{/if}}|{{#if policy.unknown}}yes{{else}}no{{/if}}',
    );
    expect(renderTemplate('pdf/x', context({ effective: undefined }), { root })).toBe('no|no');
  });

  it('reports a path through a missing object inside {{#if}}', () => {
    const { root } = withTemplate('pdf/x', 'a\n{{#if policy.nothing.deeper}}x{{/if}}');
    const error = caught(() => renderTemplate('pdf/x', context(), { root }));
    expect(error.message).toBe('`policy.nothing.deeper` goes through a value that does not exist');
    expect(error.place.point).toEqual({ line: 2, column: 7 });
  });
});

describe('syntax errors', () => {
  it('names the file, line and column of a mismatched block', () => {
    const { root, file } = withTemplate('pdf/x', 'a\n{{#if policy.title}}\nb\n{{/iff}}\n');
    const error = caught(() => renderTemplate('pdf/x', context(), { root }));
    expect(error.ruleId).toBe('template-syntax');
    expect(error.format().split('\n')[0]).toBe(`${file}:4:1: syntax error: if doesn't match iff`);
  });

  it('names the line of an unclosed {{', () => {
    const { root } = withTemplate('pdf/x', 'Titel\n  {{policy.title\nmore');
    const error = caught(() => renderTemplate('pdf/x', context(), { root }));
    expect(error.ruleId).toBe('template-syntax');
    expect(error.message).toBe('syntax error: unexpected text inside {{…}}');
    expect(error.place.point?.line).toBe(3);
  });

  it('reports a template that ends inside a block, at the block that is never closed', () => {
    const { root } = withTemplate('pdf/x', 'first line\n  {{#if policy.title}}\nopen');
    const error = caught(() => renderTemplate('pdf/x', context(), { root }));
    expect(error.message).toBe('{{#if}} is never closed');
    expect(error.place.point).toEqual({ line: 2, column: 3 });
    expect(error.hint).toBe('add {{/if}} where the block should end');
  });

  it('reports a {{ that is never closed at the {{ itself', () => {
    const { root } = withTemplate('pdf/x', '{{policy.title\n{{policy.version}}');
    const error = caught(() => renderTemplate('pdf/x', context(), { root }));
    expect(error.message).toBe('this {{ is never closed with }}');
    expect(error.place.point).toEqual({ line: 1, column: 1 });
  });
});

describe('helpers', () => {
  it.each([
    ['{{shout policy.title}}', 'unknown helper `shout`'],
    ['{{log policy.title}}', 'unknown helper `log`'],
    ['{{lookup policy "title"}}', 'unknown helper `lookup`'],
    ['{{upper (shout policy.title)}}', 'unknown helper `shout`'],
    ['{{#policy}}x{{/policy}}', 'unknown block helper `#policy`'],
    ['{{> header}}', 'partials (`{{> name}}`) are not supported in wording templates'],
  ])('refuses %s', (source, message) => {
    const { root, file } = withTemplate('pdf/x', `first line\n  ${source}`);
    const error = caught(() => renderTemplate('pdf/x', context(), { root }));
    expect(error.message).toBe(message);
    expect(error.place).toEqual({ file, point: { line: 2, column: source.startsWith('{{upper') ? 11 : 3 } });
  });

  it('upper writes capitals the Dutch way', () => {
    const { root } = withTemplate('pdf/x', '{{upper policy.title}}');
    expect(renderTemplate('pdf/x', context({ title: 'ĳsbaan' }), { root })).toBe('ĲSBAAN');
  });

  it('date takes the language from the context or a lang= argument', () => {
    const { root } = withTemplate('pdf/x', '{{date policy.effective}} / {{date policy.effective lang="en"}}');
    expect(renderTemplate('pdf/x', context({ effective: '2013-09-10' }), { root })).toBe(
      '10 september 2013 / 10 September 2013',
    );
  });

  it('date refuses a value that is not a date, at the helper call', () => {
    const { root } = withTemplate('pdf/x', 'x\n {{date policy.effective}}');
    const error = caught(() => renderTemplate('pdf/x', context({ effective: '2013-02-30' }), { root }));
    expect(error.message).toBe('date: `2013-02-30` is not a date');
    expect(error.place.point).toEqual({ line: 2, column: 2 });
    expect(caught(() => renderTemplate('pdf/x', context({ effective: undefined }), { root })).message).toBe(
      'date: `null` is not a date',
    );
  });
});

describe('prototype access', () => {
  it.each([
    '{{policy.constructor}}',
    '{{policy.__proto__}}',
    '{{constructor.constructor}}',
    '{{upper policy.toString}}',
    '{{#with policy.constructor}}x{{/with}}',
    '{{policy.hasOwnProperty}}',
    '{{@root.constructor}}',
  ])('refuses %s before it runs', (source) => {
    const { root } = withTemplate('pdf/x', source);
    const error = caught(() => renderTemplate('pdf/x', context(), { root }));
    expect(error.message).toMatch(/cannot be used in a template$/);
    expect(error.place.point).toEqual({ line: 1, column: expect.any(Number) });
  });

  it('never executes code through the classic constructor payload', () => {
    const marker = '__clausemark_pwned';
    const payload = `{{#with "s" as |string|}}{{#with string.split as |split|}}{{#with (split.constructor "globalThis.${marker} = 1")}}{{this}}{{/with}}{{/with}}{{/with}}`;
    const { root } = withTemplate('pdf/x', payload);
    expect(() => renderTemplate('pdf/x', context(), { root })).toThrow();
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('does not read inherited properties of the context even when the name is harmless', () => {
    const { root } = withTemplate('pdf/x', '[{{policy.inherited}}]');
    const policy = Object.create({ inherited: 'from the prototype' }) as Record<string, unknown>;
    policy.title = 'T';
    expect(renderTemplate('pdf/x', { policy }, { root })).toBe('[]');
  });
});

describe('loading', () => {
  it('reports a template that neither the project nor clausemark has', () => {
    // pdf/cover is not in the project, but clausemark ships it: that one is used (src/wording/lookup.ts).
    const project = tempProject();
    const error = caught(() => renderTemplate('pdf/omslag', {}, { root: project.root }));
    expect(error.ruleId).toBe('unknown-template');
    expect(error.message).toBe('no template `pdf/omslag`');
  });

  it('refuses names that are paths', () => {
    expect(caught(() => renderTemplate('../secret', {}, { root: PROJECT_ROOT })).ruleId).toBe('unknown-template');
    expect(caught(() => renderTemplate('/etc/passwd', {}, { root: PROJECT_ROOT })).ruleId).toBe('unknown-template');
  });

  it('recompiles a template that changed', () => {
    const { root, file } = withTemplate('pdf/x', 'one {{a}}');
    expect(renderTemplate('pdf/x', { a: 1 }, { root })).toBe('one 1');
    writeFileSync(file, 'two {{a}}');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(renderTemplate('pdf/x', { a: 1 }, { root })).toBe('two 1');
  });
});
