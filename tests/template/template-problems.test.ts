// A sector template's own problems (src/template/handlebars.ts, markers.ts, variables.ts, template.ts) are ids of
// templates/messages/en.yaml with their values, reported by check (rule template-definition) under those ids and
// worded exactly as before they were: template-problems-before.json was printed by the code of commit aca3e49
// (problems worded in TypeScript) running check on tests/template/template-problem-cases.ts, and not edited since.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParsed } from '../../src/check/index.js';
import { parsePolicy } from '../../src/parse/index.js';
import { wordFindings } from '../../src/wording/messages.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { CASES } from './template-problem-cases.js';

const found = Object.fromEntries(
  Object.entries(CASES).map(([name, source]) => [
    name,
    wordFindings(checkParsed(parsePolicy(source, { path: 'templates/sector/x.md' })).findings).filter(
      (finding) => finding.ruleId === 'template-definition',
    ),
  ]),
);

describe("a sector template's problems", () => {
  it('are worded as they were before they were keyed by id', () => {
    const before = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'messages', 'template-problems-before.json'), 'utf8'),
    ) as Record<string, string[][]>;
    const now = Object.fromEntries(
      Object.entries(found).map(([name, findings]) => [
        name,
        findings.map((finding) => [
          `${finding.place?.start.line}:${finding.place?.start.column}`,
          finding.message,
          finding.fix ?? '',
        ]),
      ]),
    );
    expect(now).toEqual(before);
  });

  it('are reported by their own ids, one for each kind of problem', () => {
    const ids = Object.fromEntries(
      Object.entries(found).map(([name, findings]) => [
        name,
        findings.map((finding) => `${finding.messageId} / ${finding.fixId}`),
      ]),
    );
    const d = 'template-definition';
    expect(ids).toEqual({
      'text ending inside braces': [`${d}.syntax-unfinished / ${d}.write-variables`],
      'a parse error': [`${d}.syntax-not-variable / ${d}.write-variables`],
      'a block': [`${d}.not-allowed / ${d}.write-text-itself`],
      'a partial': [`${d}.not-allowed / ${d}.write-text-itself`],
      'a decorator': [`${d}.not-allowed / ${d}.write-text-itself`],
      'a helper': [`${d}.calls-helper / ${d}.write-plain-and-value`],
      'a path': [`${d}.not-a-variable-name / ${d}.write-variable-example`],
      'three braces': [`${d}.three-braces / ${d}.write-plain`],
      'markers not a mapping': [`${d}.markers-not-mapping / ${d}.markers-example`],
      'a bad default marker': [`${d}.default-not-marker / ${d}.write-default`],
      'not a marker': [`${d}.not-a-marker / ${d}.list-under-markers`],
      'marker not a list': [`${d}.marker-not-list / ${d}.one-line-per-marked`],
      'a section marked, an unknown clause, twice marked': [
        `${d}.marked-section / ${d}.name-clause`,
        `${d}.marked-twice / ${d}.one-marker`,
        `${d}.marked-unknown / ${d}.name-clause`,
      ],
      'variables not a mapping': [`${d}.declarations-not-mapping / ${d}.declarations-example`],
      'bad declarations': [
        `${d}.declared-name / ${d}.camel-case`,
        `${d}.declared-value / ${d}.declaration-example`,
        `${d}.no-description / ${d}.add-description`,
        `${d}.declared-unknown-field / ${d}.declaration-fields`,
        'bad-variable-value.default / bad-variable-value.default-one-line',
      ],
      'no id and no version': [`${d}.no-field / ${d}.add-id`, `${d}.no-field / ${d}.add-version`],
      'undeclared, with and without a guess': [
        `${d}.undeclared / ${d}.did-you-mean-variable`,
        `${d}.undeclared / ${d}.declare-variable`,
      ],
    });
  });

  it('keep the values a program needs, the braces a template writes among them', () => {
    expect(found['a helper']?.[0]?.params).toEqual({
      written: '{{upper …}}',
      variable: '{{name}}',
      plain: '{{upper}}',
    });
    expect(found['a block']?.[0]?.params).toEqual({
      what: { messageId: 'template-definition.node-block', params: { written: '{{#if}}' } },
      variable: '{{name}}',
    });
    expect(found['undeclared, with and without a guess']?.[0]?.params).toEqual({
      name: 'organisatie',
      meant: '{{organisation}}',
    });
  });
});
