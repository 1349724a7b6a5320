// Shared by the rule tests: check a fixture (or a string), its findings worded as the reporters word them
// (src/wording/messages.ts), and describe findings as "line:col severity rule-id".
import { fileURLToPath } from 'node:url';
import { checkParsed, type CheckResult } from '../../../src/check/index.js';
import { RULES } from '../../../src/check/rules/index.js';
import { findProject, type Project } from '../../../src/io/project.js';
import type { Finding } from '../../../src/model/diagnostics.js';
import { loadPolicy, parsePolicy } from '../../../src/parse/index.js';
import { wordFindings } from '../../../src/wording/messages.js';

export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/check/${name}`, import.meta.url));
}

/** A check result whose findings are all in words, as `check` prints them. */
export interface WordedResult extends CheckResult {
  findings: Finding[];
}

/** checkParsed, its findings worded. */
export function checkWorded(...args: Parameters<typeof checkParsed>): WordedResult {
  const result = checkParsed(...args);
  return { ...result, findings: wordFindings(result.findings) };
}

/** The project the fixtures are checked in, as `clausemark check` run in their folder: its templates/sector is theirs. */
export function fixtureProject(): Project {
  return findProject(fixture('.'));
}

/**
 * The rules the fixtures are checked with: all but procedure-kind-missing. Each fixture is a draft written for one
 * rule and names no `kind:`, which that rule says of every draft; its own tests check with every rule (RULES).
 */
export const FIXTURE_RULES = RULES.filter((rule) => rule.id !== 'procedure-kind-missing');

export function checkFixture(name: string): WordedResult {
  return checkWorded(loadPolicy(fixture(name)), FIXTURE_RULES, { project: fixtureProject() });
}

export function checkText(source: string): WordedResult {
  return checkWorded(parsePolicy(source, { path: 'policies/casparus-college/social-media.md' }), FIXTURE_RULES);
}

/** "12:4 error duplicate-id": what an editor shows, and what the tests pin down exactly. */
export function sites(findings: readonly Finding[]): string[] {
  return findings.map(
    (finding) => `${finding.place?.start.line}:${finding.place?.start.column} ${finding.severity} ${finding.ruleId}`,
  );
}

export function only(result: WordedResult, ruleId: string): Finding[] {
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

/** A minimal valid policy with the given frontmatter lines added, to test one field at a time. */
export function withFields(...lines: string[]): string {
  return [
    '---',
    'id: social-media',
    'title: Protocol sociale media',
    'organisation: Casparus College',
    'version: "1.0"',
    ...lines,
    '---',
    '',
    '{#intro.doel} Dit protocol beschrijft hoe wij met sociale media omgaan.',
    '',
  ].join('\n');
}
