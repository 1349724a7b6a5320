// A sector template's own definition: variable declarations, clause markers and the {{variables}} in its text.
// In an adapted policy, `variables:` records the values the school filled in: one line of text each.
import { isTemplateDocument, templateFromPolicy } from '../../template/template.js';
import { isMapping, valueProblem, VARIABLE_NAME } from '../../template/variables.js';
import { asText } from '../../parse/frontmatter.js';
import type { Policy } from '../../model/policy.js';
import type { Rule, RuleFinding } from '../rule.js';
import { itemPlace, valuePlace } from './support.js';

function recordedValueProblems(policy: Policy): RuleFinding[] {
  const raw = policy.frontmatter?.data.variables;
  if (raw === undefined || raw === null) return [];
  if (!isMapping(raw)) {
    return [
      {
        messageId: 'template-definition.variables-not-mapping',
        fixId: 'template-definition.one-line-per-variable',
        params: {},
        place: valuePlace(policy, 'variables'),
      },
    ];
  }
  const findings: RuleFinding[] = [];
  for (const [name, value] of Object.entries(raw)) {
    const text = asText(value);
    // The value's own problem (a line break, a {{…}}) is worded where variables are read (src/template/variables.ts).
    const problem = VARIABLE_NAME.test(name) && text !== undefined ? valueProblem(text) : undefined;
    const messageId = !VARIABLE_NAME.test(name)
      ? 'template-definition.variable-name'
      : text === undefined
        ? 'template-definition.variable-not-text'
        : problem
          ? 'template-definition.variable-value'
          : undefined;
    if (messageId)
      findings.push({
        messageId,
        fixId: VARIABLE_NAME.test(name) ? 'template-definition.write-variable' : 'template-definition.rename-variable',
        params: { name, ...(problem ? { problem: { messageId: problem } } : {}) },
        place: itemPlace(policy, `variables.${name}`),
      });
  }
  return findings;
}

export const templateDefinition: Rule = {
  id: 'template-definition',
  severity: 'error',
  description: "a template's variables, clause markers or {{…}} are malformed",
  run({ policy }) {
    if (!isTemplateDocument(policy)) return recordedValueProblems(policy);
    // A template's own problems are found where it is read (src/template/template.ts: adapt and upgrade refuse them
    // too), by their ids in templates/messages/en.yaml; they are worded when reported, like every rule's.
    return templateFromPolicy(policy).problems.map(({ messageId, fixId, params, place }) => ({
      messageId,
      fixId,
      params,
      place: place ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    }));
  },
};
