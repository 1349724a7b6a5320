// Rules get their world through the context (src/check/rule.ts): the git history and the project are handed in,
// so a rule can be tested with any history or project, and never looks them up from the policy's path itself.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleContextFor } from '../../src/check/context.js';
import { approvalOutdated } from '../../src/check/rules/approval-outdated.js';
import { fontMissingGlyphs } from '../../src/check/rules/font-missing-glyphs.js';
import { templateUnknown } from '../../src/check/rules/template-unknown.js';
import { findProject } from '../../src/io/project.js';
import { approvalHash } from '../../src/model/fingerprint.js';
import { parsePolicy } from '../../src/parse/index.js';
import { wordMessage } from '../../src/wording/messages.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { tempRepo } from '../support/git.js';

const body = (second: string): string =>
  `\n# Protocol\n\n## Regels {#regels}\n\n1. {#eerste} De eerste regel.\n2. {#tweede} ${second}\n`;
const front = (hash: string): string =>
  `---\nid: protocol\ntitle: Protocol\norganisation: School\nversion: "1.0"\nstatus: approved\napprovals:\n  - { date: 2024-07-01, name: Bestuur, role: Bestuur, step: vaststelling, hash: "${hash}" }\n---\n`;

describe('the rule context', () => {
  const approvedBody = body('De tweede regel.');
  const hash = approvalHash(parsePolicy(`${front('x')}${approvedBody}`, { path: 'protocol.md' }).policy);
  const approved = `${front(hash)}${approvedBody}`;
  const edited = parsePolicy(`${front(hash)}${body('De tweede regel, gewijzigd.')}`, {
    path: 'nowhere/protocol.md',
  }).policy;

  it('approval-outdated names the changed clause from the history it is given', () => {
    const context = { ...ruleContextFor(edited, { project: findProject(PROJECT_ROOT) }), history: () => [approved] };
    expect(approvalOutdated.run(context).map(wordMessage)).toEqual([
      'clause tweede changed after the approval of 1 July 2024 by Bestuur',
    ]);
  });

  it('without a history it still reports the change, and says it cannot name the clauses', () => {
    const context = { ...ruleContextFor(edited, { project: findProject(PROJECT_ROOT) }), history: () => [] };
    const [finding] = approvalOutdated.run(context);
    expect(finding && wordMessage(finding)).toContain('the approved version is not in git history');
  });

  it('the default history of a file outside git is empty', () => {
    expect(ruleContextFor(edited).history(10)).toEqual([]);
  });

  it('the default history reads each version under the name it had then, across a rename', () => {
    const repo = tempRepo('clausemark-context-renamed-');
    repo.write('policies/school/protocol.md', approved);
    repo.commit('vastgesteld');
    repo.git('mv', 'policies/school/protocol.md', 'policies/school/social-media.md');
    repo.commit('hernoemd');
    const path = join(repo.root, 'policies/school/social-media.md');
    repo.write('policies/school/social-media.md', `${front(hash)}${body('De tweede regel, gewijzigd.')}`);
    const renamed = parsePolicy(`${front(hash)}${body('De tweede regel, gewijzigd.')}`, { path }).policy;
    const context = ruleContextFor(renamed, { project: findProject(PROJECT_ROOT) });
    expect(context.history(10)).toEqual([approved, approved]);
    expect(approvalOutdated.run(context).map(wordMessage)).toEqual([
      'clause tweede changed after the approval of 1 July 2024 by Bestuur',
    ]);
  });

  it('font-missing-glyphs draws with the brands of the project it is given', () => {
    const arabic = parsePolicy(`${front('x').replace('status: approved', 'status: draft')}${body('مرحبا بالعالم')}`, {
      path: 'protocol.md',
    }).policy;
    const findings = fontMissingGlyphs.run(ruleContextFor(arabic, { project: findProject(PROJECT_ROOT) }));
    expect(findings).toHaveLength(1);
    expect(findings[0] && wordMessage(findings[0])).toContain('U+0645');
  });

  it('the template rules look for templates in the project they are given, not from the policy’s path', () => {
    // The policy's path is inside this repository, whose templates/sector has sector-social-media@1.0.
    const adapted = parsePolicy(
      `---\nid: protocol\ntitle: Protocol\nderivedFrom: sector-social-media@1.0\n---\n${body('x')}`,
      {
        path: join(PROJECT_ROOT, 'policies', 'x', 'protocol.md'),
      },
    ).policy;
    const empty = mkdtempSync(join(tmpdir(), 'clausemark-context-'));
    try {
      mkdirSync(join(empty, 'templates', 'sector'), { recursive: true });
      const [finding, ...more] = templateUnknown.run(ruleContextFor(adapted, { project: findProject(empty) }));
      expect(more).toEqual([]);
      expect(finding?.params.sectorFolder).toBe(join(empty, 'templates', 'sector'));
      expect(templateUnknown.run(ruleContextFor(adapted, { project: findProject(PROJECT_ROOT) }))).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
