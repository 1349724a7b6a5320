// What must hold of any document, however damaged: the checks the hardening properties and `npm run fuzz` share.
// Each throws an AssertionError (or lets the tool's own exception through) when the tool misbehaves, so the same
// code serves fast-check in vitest and the plain loop of scripts/fuzz.ts.
import assert from 'node:assert/strict';
import { checkParsed } from '../../src/check/index.js';
import { diffPolicies } from '../../src/diff/diff.js';
import { formatSource } from '../../src/fmt/index.js';
import { isClausemarkError } from '../../src/model/errors.js';
import type { Policy } from '../../src/model/policy.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy, type MarkdownEngine, type ParseResult } from '../../src/parse/index.js';
import { wordFinding } from '../../src/wording/messages.js';

/** parsePolicy returns a model and findings for any text, and the model can be walked. */
export function parsesAnything(source: string, engine: MarkdownEngine = 'auto'): ParseResult {
  const result = parsePolicy(source, { path: 'fuzz.md', markdown: engine });
  assert.ok(result.policy, 'a policy model');
  assert.ok(Array.isArray(result.findings), 'a list of findings');
  for (const finding of result.findings) {
    assert.equal(typeof finding.ruleId, 'string', 'every finding has a rule id');
    assert.ok(typeof finding.message === 'string' && finding.message !== '', 'every finding says something');
  }
  assert.equal(typeof result.policy.meta.id, 'string', 'the policy has an id');
  for (const { clause } of allClauses(result.policy))
    assert.equal(typeof clause.id, 'string', 'every clause has an id');
  for (const section of allSections(result.policy))
    assert.equal(typeof section.id, 'string', 'every section has an id');
  return result;
}

/**
 * check over a parsed document never throws, a fatal finding means exit 2 (rules then stay silent), and every
 * finding can be worded (its ids are in templates/messages/en.yaml and every placeholder has a value).
 */
export function checksAnything(parsed: ParseResult): void {
  const result = checkParsed(parsed);
  assert.equal(
    result.fatal,
    parsed.findings.some((finding) => finding.fatal),
    'fatal exactly when the parser said so',
  );
  assert.equal(result.errors + result.warnings, result.findings.length, 'every finding is an error or a warning');
  for (const finding of result.findings)
    assert.ok(wordFinding(finding).message !== '', `${finding.ruleId} says something`);
}

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Text that must survive formatting: whitespace runs count as one space (remark may rewrap a line as a space). */
function survivors(policy: Policy): unknown {
  return {
    frontmatter: policy.frontmatter?.data,
    sections: allSections(policy)
      .slice(1)
      .map((section) => words(section.title)),
    clauses: allClauses(policy).map(({ clause }) => words(clause.text)),
    footnotes: Object.keys(policy.footnotes),
  };
}

/** Every ID the author wrote stays on its clause or section (fmt only adds IDs where there were none). */
function explicitIdsKept(before: Policy, after: Policy): void {
  const clausesAfter = allClauses(after);
  allClauses(before).forEach(({ clause }, index) => {
    if (!clause.synthetic) assert.equal(clausesAfter[index]?.clause.id, clause.id, `clause ID {#${clause.id}} kept`);
  });
  const sectionsAfter = allSections(after);
  allSections(before).forEach((section, index) => {
    if (!section.synthetic) assert.equal(sectionsAfter[index]?.id, section.id, `section ID {#${section.id}} kept`);
  });
}

/** 'formatted', or the rule id of fmt's refusal (nesting-too-deep, yaml-syntax, …). */
export type FormatOutcome = 'formatted' | { refused: string };

/**
 * fmt either refuses cleanly (a ClausemarkError with a fix hint, so nothing is written) or gives a lossless,
 * idempotent result: every clause text, explicit ID, section title and frontmatter value survives.
 */
export function formatsLosslessly(text: string): FormatOutcome {
  // fmt reads files, and a file holds UTF-8: a lone surrogate in a JS string cannot be stored, so judge what can.
  const source = Buffer.from(text, 'utf8').toString('utf8');
  let once: ReturnType<typeof formatSource>;
  try {
    once = formatSource(source, { path: 'fuzz.md' });
  } catch (error) {
    if (!isClausemarkError(error)) throw error;
    assert.ok(error.hint, `a refusal says how to fix it: ${error.message}`);
    return { refused: error.ruleId };
  }
  const before = parsePolicy(source, { markdown: 'remark' }).policy;
  const after = parsePolicy(once.output, { markdown: 'remark' }).policy;
  assert.deepEqual(survivors(after), survivors(before), 'fmt kept every text, title and frontmatter value');
  explicitIdsKept(before, after);
  const twice = formatSource(once.output, { path: 'fuzz.md' });
  assert.equal(twice.output, once.output, 'fmt is idempotent');
  assert.equal(twice.changed, false, 'a formatted file is already formatted');
  return 'formatted';
}

/**
 * Every clause says something, and no two share a text or an ID (sections and clauses share one namespace of IDs;
 * check reports duplicates as errors): then which clause matches which is never a coin toss, and the diff
 * properties below hold. tests/hardening/diff-property.test.ts pins what goes wrong without this.
 */
export function isUnambiguous(policy: Policy): boolean {
  const clauses = allClauses(policy).map(({ clause }) => clause);
  const texts = clauses.map((clause) => clause.text.trim());
  const ids = [...clauses.map((clause) => clause.id), ...allSections(policy).map((section) => section.id)];
  return texts.every((text) => text !== '') && new Set(texts).size === texts.length && new Set(ids).size === ids.length;
}

/** diff(a, a) is empty, and diff(b, a) mirrors diff(a, b): added ↔ removed, split ↔ merged. */
export function diffsMirror(a: Policy, b: Policy): void {
  const self = diffPolicies(a, a);
  assert.equal(self.changes.length, 0, 'diff(a, a) reports no clause change');
  const forward = diffPolicies(a, b).summary;
  const backward = diffPolicies(b, a).summary;
  assert.deepEqual(
    [backward.added, backward.removed, backward.split, backward.merged, backward.modified, backward.substantive],
    [forward.removed, forward.added, forward.merged, forward.split, forward.modified, forward.substantive],
    'diff(b, a) mirrors diff(a, b)',
  );
}
