// The build layer's errors (src/build/, src/report/, src/jobs/: --format, the compare and deviations jobs, a policy claiming an adoption
// its text lost, an empty policy, two files built to one PDF, a version git hands over) are worded from
// templates/messages/en.yaml by id: the words as before, and the finding keeps messageId, fixId and params.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outdatedAdoptions } from '../../src/build/adoption-gate.js';
import { outputClashes, tryReading } from '../../src/build/clashes.js';
import { parseFormats } from '../../src/build/policy-formats.js';
import { COMPARE_REPORT } from '../../src/report/formats/compare.js';
import { DEVIATIONS_REPORT } from '../../src/report/formats/deviations.js';
import { formatNamed } from '../../src/render/shared/format-table.js';
import { compareJob } from '../../src/jobs/compare.js';
import { gitDiffOutput } from '../../src/jobs/git-diff.js';
import { loadBuildablePolicy } from '../../src/build/policy.js';
import { tempOutside } from '../brand/temp-project.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { thrownError } from '../support/thrown.js';
import { expectWorded } from '../support/worded.js';

const policy = (org: string, id = 'sociale-media') =>
  `---\nid: ${id}\ntitle: Protocol\norganisation: ${org}\norg: ${org}\nversion: "1.0"\nstatus: draft\n---\n\n# Doel {#doel}\n\n{#doel.1} Tekst.\n`;

describe('the formats a command is asked for', () => {
  it('words an unknown --format of build, compare and deviations', () => {
    expectWorded(
      thrownError(() => parseFormats('pdf,odt')),
      {
        ruleId: 'bad-arguments',
        messageId: 'build-format.unknown',
        message: 'unknown output format "odt"',
        fixId: 'build-format.use',
        fix: 'use pdf, docx or both separated by a comma (--format pdf,docx)',
      },
    );
    expectWorded(
      thrownError(() => formatNamed(COMPARE_REPORT, 'docx')),
      {
        ruleId: 'bad-arguments',
        messageId: 'compare-job.unknown-format',
        message: 'compare cannot write docx yet',
        fixId: 'output-format.use',
        fix: 'use text, md, json, html, pdf',
      },
    );
    expectWorded(
      thrownError(() => formatNamed(DEVIATIONS_REPORT, 'pdf')),
      {
        ruleId: 'bad-arguments',
        messageId: 'deviations-job.unknown-format',
        message: '--template reports cannot be written as pdf',
        fixId: 'output-format.use',
        fix: 'use text, md, json, html',
      },
    );
  });

  it('words a comparison of fewer than two organisations', async () => {
    const folder = tempOutside();
    writeFileSync(join(folder, 'a.md'), policy('school-a'));
    const error = await compareJob([folder], { root: PROJECT_ROOT, format: 'text' }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeDefined();
    expectWorded(error as Parameters<typeof expectWorded>[0], {
      ruleId: 'bad-arguments',
      messageId: 'compare-job.too-few',
      message: 'compare needs at least two policies of different organisations, or one whose kind has a topic list',
      fixId: 'compare-job.name-two',
      fix: 'name two or more policy files or folders (revisions and older versions of one organisation count once), or give one policy --topics KIND to see what the law asks of it',
    });
  });
});

describe('what keeps a policy from being built', () => {
  it('words a policy that claims an adoption its text no longer has', () => {
    const file = join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'policies', 'approved-then-changed.md');
    const [refusal] = outdatedAdoptions([file]);
    expect(refusal).toBeDefined();
    expectWorded(refusal as NonNullable<typeof refusal>, {
      ruleId: 'approval-outdated',
      messageId: 'adoption-gate.changed-after-approval',
      message:
        'the policy claims adoption (status: approved), but its text changed after the approval of 1 July 2024 by J. de Vries, which recorded the hash of another text',
      fixId: 'adoption-gate.approve-or-undo',
      fix: 'have the changed text approved (clausemark approve FILE --step vaststelling …), or undo the changes; `clausemark check` names the changed clauses',
    });
  });

  it('words a policy without text as check does, and two files built to one PDF', () => {
    const folder = tempOutside();
    const empty = join(folder, 'leeg.md');
    writeFileSync(empty, '---\ntitle: Leeg\n---\n');
    expectWorded(
      thrownError(() => loadBuildablePolicy(empty)),
      {
        ruleId: 'empty-policy',
        messageId: 'empty-clause.no-text',
        message: 'the policy has no text: no sections and no clauses',
        fixId: 'empty-clause.write-text',
        fix: 'write the policy text below the frontmatter (see docs/format.md)',
      },
    );
    const files = ['a.md', 'b.md'].map((name) => join(folder, name));
    for (const file of files) writeFileSync(file, policy('school-a'));
    const reads = new Map(files.map((file) => [file, tryReading(file, PROJECT_ROOT)]));
    const clash = outputClashes(files, reads, [], join(folder, 'out'), PROJECT_ROOT).get(files[0] ?? '');
    expect(clash?.finding).toMatchObject({
      ruleId: 'duplicate-policy',
      messageId: 'duplicate-policy.neither-built',
      fixId: 'duplicate-policy.tell-apart',
      fix: 'give one of them another id or version (or another org), or remove the copy',
      params: { clash: { messageId: 'duplicate-policy.same-as-one' } },
    });
    expect(clash?.message).toMatch(
      /^.*b\.md is the same policy \(sociale-media version 1\.0 of school-a\): both would be built to .*; neither is built$/,
    );
  });

  it('words a version git cannot hand over, in the report git shows', () => {
    const args = ['p.md', '/no/such/file', 'a'.repeat(40), '100644', '/dev/null', '0'.repeat(40), '100644'];
    expect(gitDiffOutput(args, { root: PROJECT_ROOT, colour: false })).toBe(
      'clausemark diff a/p.md b/p.md\nclausemark cannot compare these versions clause by clause: a/p.md: cannot read the version git handed over (ENOENT)\n',
    );
  });
});
