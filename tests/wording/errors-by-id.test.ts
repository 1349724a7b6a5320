// The wording layer's errors (label files, the report's wording, wording templates) are worded from
// templates/messages/en.yaml by id: the same words as before (tests/wording/labels.test.ts, site-words.test.ts and
// engine.test.ts hold more of them), and the finding keeps messageId, fixId and params. Template syntax in those
// words ({{#if}}, {{…}}) is given as a value, since {{…}} in the messages file is a placeholder.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/wording/engine.js';
import { LABEL_KEYS, loadLabels } from '../../src/wording/labels.js';
import { CHANGE_KINDS } from '../../src/diff/types.js';
import { loadSiteWords } from '../../src/wording/site-words.js';
import { caught, tempProject } from '../brand/temp-project.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { expectWorded } from '../support/worded.js';

describe('a label file', () => {
  const complete = LABEL_KEYS.map((key) => `${key}: "${key === 'page' ? 'Page {{page}} of {{pages}}' : key}"`).join(
    '\n',
  );
  const kinds = `kinds:\n${CHANGE_KINDS.map((kind) => `  ${kind}: ${kind}`).join('\n')}\n`;
  const statuses = `statuses:\n  draft: D\n  proposed: P\n  approved: A\n  retired: R\n${kinds}`;
  const refuse = (yaml: string) => {
    const project = tempProject();
    project.write('templates/labels/en.yaml', yaml);
    return caught(() => loadLabels('en', { root: project.root }));
  };

  it('words a placeholder the label is never given, and one written with single braces', () => {
    const unknown = refuse(
      `${complete.replace('Page {{page}} of {{pages}}', 'Page {{page}} of {{total}}')}\n${statuses}`,
    );
    expectWorded(unknown, {
      ruleId: 'labels-invalid',
      messageId: 'labels.unknown-placeholder',
      message: 'label `page` uses {{total}}, which it is never given',
      fixId: 'labels.can-use',
      fix: 'it can use {{page}} and {{pages}}',
    });
    expectWorded(refuse(`${complete.replace('Page {{page}} of {{pages}}', 'Page {page} of {{pages}}')}\n${statuses}`), {
      ruleId: 'labels-invalid',
      messageId: 'labels.single-braces',
      message: 'label `page` writes {page}, which is printed as it stands',
      fixId: 'labels.two-braces',
      fix: 'placeholders take two braces on each side: {{page}} and {{pages}}',
    });
  });

  it('words an unknown status, a missing label and an unknown label', () => {
    const status = refuse(
      `${complete}\n${kinds}statuses:\n  draft: D\n  proposed: P\n  approved: A\n  retired: R\n  archived: X\n`,
    );
    expectWorded(status, {
      ruleId: 'labels-invalid',
      messageId: 'labels.unknown-item',
      message: 'unknown status `archived`',
      fixId: 'labels.items-are',
      fix: 'the statuses are draft, proposed, approved, retired',
    });
    expect(status.finding.params?.item).toEqual({ messageId: 'labels.status' });
    expectWorded(refuse(`${complete.replace(/^watermark: .*$/m, '')}\n${statuses}`), {
      ruleId: 'labels-invalid',
      messageId: 'labels.missing-one',
      message: 'missing label: watermark',
      fixId: 'labels.copy-missing',
      fix: 'copy the missing lines from templates/labels/en.yaml and translate them',
    });
    const unknown = refuse(`${complete}\n${statuses}wotermark: W\n`);
    expect([unknown.message, unknown.finding.messageId, unknown.finding.fixId, unknown.ruleId]).toEqual([
      'unknown label `wotermark`',
      'labels.unknown-label',
      'labels.labels-are',
      'labels-unknown-key',
    ]);
  });

  it('words a file that is not a mapping, naming it a label file', () => {
    const error = refuse('- page\n');
    expect(error.finding).toMatchObject({
      ruleId: 'yaml-not-mapping',
      messageId: 'settings-file.not-mapping',
      message: 'the label file must be a list of `field: value` lines',
      fixId: 'labels.file-shape',
    });
    expect(error.hint).toBe(
      `a label file has one \`key: text\` line per label (${LABEL_KEYS.length} labels: copy templates/labels/en.yaml from clausemark and change the texts) and a statuses mapping`,
    );
  });
});

describe("the report's wording", () => {
  it('words an unknown key', () => {
    const project = tempProject();
    cpSync(join(PROJECT_ROOT, 'templates', 'labels'), join(project.root, 'templates', 'labels'), { recursive: true });
    const file = join(project.root, 'templates', 'labels', 'html', 'en.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}hoem: Home\n`);
    const error = caught(() => loadSiteWords('en', { root: project.root }));
    expect(error.finding).toMatchObject({
      ruleId: 'labels-unknown-key',
      messageId: 'site-words.unknown',
      message: 'unknown wording `hoem`',
      fixId: 'site-words.keys-are',
      params: { key: 'hoem' },
    });
    expect(error.hint).toMatch(/^the keys are siteTitle, skipToContent, /);
  });
});

describe('a wording template', () => {
  const refuse = (source: string, context: object = { policy: { title: 'T' } }) => {
    const project = tempProject();
    project.write('templates/layouts/pdf/x.hbs', source);
    return caught(() => renderTemplate('pdf/x', context, { root: project.root }));
  };

  it('words its syntax errors, giving the template syntax as values', () => {
    expectWorded(refuse('a\n{{#if policy.title}}\nopen'), {
      ruleId: 'template-syntax',
      messageId: 'layout-syntax.unclosed-block',
      message: '{{#if}} is never closed',
      fixId: 'layout-syntax.close-block',
      fix: 'add {{/if}} where the block should end',
    });
    expectWorded(refuse('{{policy.title\n{{policy.title}}'), {
      ruleId: 'template-syntax',
      messageId: 'layout-syntax.unclosed-mustache',
      message: 'this {{ is never closed with }}',
      fixId: 'layout-syntax.close-mustache',
      fix: 'add }} after the name, e.g. {{policy.title}}',
    });
    expectWorded(refuse('Titel\n  {{policy.title\nmore'), {
      ruleId: 'template-syntax',
      messageId: 'layout-syntax.unexpected-text',
      message: 'syntax error: unexpected text inside {{…}}',
      fixId: 'layout-syntax.check-braces',
      fix: 'check that every {{ has a matching }} and every {{#if}} or {{#each}} its {{/if}} or {{/each}}',
    });
  });

  it('words what the template may not use, and a value it is not given', () => {
    expectWorded(refuse('{{shout policy.title}}'), {
      ruleId: 'template-error',
      messageId: 'layout-error.unknown-helper',
      message: 'unknown helper `shout`',
      fixId: 'layout-error.helpers-are',
      fix: 'the helpers are date, upper; values are written without arguments, e.g. {{policy.title}}',
    });
    expectWorded(refuse('{{> header}}'), {
      ruleId: 'template-error',
      messageId: 'layout-error.no-partials',
      message: 'partials (`{{> name}}`) are not supported in wording templates',
      fixId: 'layout-error.write-here',
      fix: 'write the text in the template itself',
    });
    expectWorded(refuse('{{upper policy.missing}}', { policy: { missing: null } }), {
      ruleId: 'template-error',
      messageId: 'layout-error.upper-not-text',
      message: 'upper: expected text, got nothing',
      fixId: 'layout-error.pass-text',
      fix: 'pass a text value, e.g. {{upper policy.title}}',
    });
    expectWorded(refuse('a {{labls.page}}'), {
      ruleId: 'template-unknown-variable',
      messageId: 'layout-variable.unknown',
      message: 'unknown variable `labls.page`',
      fixId: 'layout-variable.template-is-given',
      fix: 'the template is given: policy',
    });
  });

  it('words a template name that is none, and a template that does not exist', () => {
    expectWorded(
      caught(() => renderTemplate('../x', {}, { root: PROJECT_ROOT })),
      {
        ruleId: 'unknown-template',
        messageId: 'layout-name.not-a-name',
        message: '`../x` is not a template name',
        fixId: 'layout-name.names-are',
        fix: 'template names are like pdf/cover',
      },
    );
    const missing = caught(() => renderTemplate('pdf/omslag', {}, { root: tempProject().root }));
    expect([missing.message, missing.finding.messageId, missing.finding.fixId]).toEqual([
      'no template `pdf/omslag`',
      'layout-name.no-template',
      'layout-name.create',
    ]);
  });
});
