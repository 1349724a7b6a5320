// A sector template's own definition: variable declarations, clause markers and the {{variables}} in its text.
// In an adapted policy, `variables:` records the values the school filled in: one line of text each.
import { isTemplateDocument, templateFromPolicy } from '../../sector/template.js';
import { isMapping, valueProblem, VARIABLE_NAME } from '../../sector/variables.js';
import { asText } from '../../parse/frontmatter.js';
import type { Policy } from '../../model/policy.js';
import type { Rule } from '../rule.js';
import { itemPlace, valuePlace } from './support.js';

function recordedValueProblems(policy: Policy) {
  const raw = policy.frontmatter?.data.variables;
  if (raw === undefined || raw === null) return [];
  if (!isMapping(raw)) {
    return [
      {
        message: 'frontmatter field "variables" must map variable names to the values the school filled in',
        place: valuePlace(policy, 'variables'),
        fix: 'write one "<name>: <value>" line per variable, indented under variables:',
      },
    ];
  }
  const findings = [];
  for (const [name, value] of Object.entries(raw)) {
    const text = asText(value);
    const problem = !VARIABLE_NAME.test(name)
      ? 'is not a camelCase variable name'
      : text === undefined
        ? 'must be one line of text'
        : valueProblem(text);
    if (problem)
      findings.push({
        message: `variables: "${name}" ${problem}`,
        place: itemPlace(policy, `variables.${name}`),
        fix: `write ${VARIABLE_NAME.test(name) ? name : 'name'}: <one line of text>`,
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
    return templateFromPolicy(policy).problems.map((problem) => ({
      message: problem.message,
      fix: problem.fix,
      place: problem.place ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    }));
  },
};
