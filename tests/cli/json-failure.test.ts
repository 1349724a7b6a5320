// A command run with --format json that fails (exit 2) prints its failure as JSON on stdout, by id: the
// ClausemarkError's messageId, fixId and params beside the words, so a program need not parse the words on
// stderr. stderr still says it for a person, as without --format json.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { shippedProject } from '../support/project.js';

// The example corpus clausemark ships, copied: a school's own policies in its clone's policies/ are no part of it.
const project = shippedProject();

async function failure(args: string[]) {
  const run = await runCli(args, { cwd: project });
  expect(run.code).toBe(2);
  const { error } = JSON.parse(run.stdout) as { error: Record<string, unknown> };
  expect(run.stderr).toContain(`clausemark: `);
  expect(run.stderr).toContain(String(error.message));
  return error;
}

describe('a failure with --format json', () => {
  it('diff: a version that is not there', async () => {
    expect(await failure(['diff', '--format', 'json', 'policies/allure/social-media.md', 'nope.md'])).toEqual({
      ruleId: 'unreadable-file',
      severity: 'error',
      messageId: 'unreadable-file.no-such-file',
      fixId: 'unreadable-file.check-path',
      params: {},
      message: 'no such file',
      fix: 'check the path (it is relative to the current folder)',
      fatal: true,
      file: 'nope.md',
    });
  });

  it('compare: a kind no policy is of (--format=json written in one word too)', async () => {
    expect(await failure(['compare', '--format=json', '--kind', 'pesten', 'policies'])).toMatchObject({
      ruleId: 'unknown-kind',
      messageId: 'unknown-kind.no-policy',
      fixId: 'unknown-kind.kinds-given',
      params: { kind: 'pesten', kinds: 'social-media (5), schoolgids (1), pestprotocol (1), klachtenregeling (1)' },
      message: "no policy with id 'pesten' to compare",
      argument: '--kind',
    });
  });

  it('deviations: a template that is not there', async () => {
    expect(await failure(['deviations', '--format', 'json', '--template', 'sector-pesten'])).toMatchObject({
      ruleId: 'unknown-template',
      messageId: 'unknown-template.not-in-sector',
      params: { name: 'sector-pesten', known: 'sector-social-media, sector-regeling-kennisname' },
    });
  });

  it('prints nothing on stdout for a failure in another format', async () => {
    const run = await runCli(['diff', '--format', 'text', 'policies/allure/social-media.md', 'nope.md'], {
      cwd: project,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
