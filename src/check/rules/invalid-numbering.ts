// A policy's own numbering (`numbering:` in the frontmatter) prints every article and clause label of the built
// document, so a pattern that cannot print a number must be caught before it reaches a PDF.
import { NUMBERING_LEVELS, patternProblem } from '../../model/numbering.js';
import type { Span } from '../../model/policy.js';
import type { Rule, RuleFinding } from '../rule.js';
import { isMapping, itemPlace, valuePlace } from './support.js';

export const invalidNumbering: Rule = {
  id: 'invalid-numbering',
  severity: 'error',
  description: 'numbering is not a map of sections, clauses and items to label patterns such as "Artikel %1"',
  run({ policy }) {
    const data = policy.frontmatter?.data ?? {};
    if (!Object.hasOwn(data, 'numbering')) return [];
    const numbering = data.numbering;
    if (!isMapping(numbering))
      return [
        {
          messageId: 'invalid-numbering.not-a-map',
          fixId: 'invalid-numbering.write-map',
          params: {},
          place: valuePlace(policy, 'numbering'),
        },
      ];
    const findings: RuleFinding[] = [];
    for (const [level, pattern] of Object.entries(numbering)) {
      const place = itemPlace(policy, `numbering.${level}`);
      const levels = [...NUMBERING_LEVELS, 'lists'].join(', ');
      if (level === 'lists') {
        findings.push(...listsFindings(pattern, place));
        continue;
      }
      if (!(NUMBERING_LEVELS as readonly string[]).includes(level)) {
        findings.push({
          messageId: 'invalid-numbering.unknown-level',
          fixId: 'invalid-numbering.use-level',
          params: { level, levels },
          place,
        });
        continue;
      }
      findings.push(...patternFindings(level, pattern, place));
    }
    return findings;
  },
};

function patternFindings(level: string, pattern: unknown, place: Span): RuleFinding[] {
  const problem = typeof pattern === 'string' ? patternProblem(pattern) : 'no-placeholder';
  if (!problem) return [];
  return [
    {
      messageId: `invalid-numbering.${problem}`,
      fixId: 'invalid-numbering.write-pattern',
      params: { level, pattern: String(pattern ?? '') },
      place,
    },
  ];
}

/** `lists`: a map of a section's or clause's ID to the pattern of its list. */
function listsFindings(lists: unknown, place: Span): RuleFinding[] {
  if (!isMapping(lists))
    return [
      { messageId: 'invalid-numbering.lists-not-a-map', fixId: 'invalid-numbering.write-lists', params: {}, place },
    ];
  return Object.entries(lists).flatMap(([id, pattern]) => patternFindings(`lists ${id}`, pattern, place));
}
