// The io layer's errors (writing a file, a path in a project file, the paths a command is given, the folder `serve`
// serves, SOURCE_DATE_EPOCH) are worded from templates/messages/en.yaml by id: the words are exactly those the
// TypeScript wrote before, and the finding keeps messageId, fixId and params for `--format json`.
import { chmodSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { discoverPolicies } from '../../src/io/discover.js';
import { resolveInside } from '../../src/io/paths.js';
import { creationDate } from '../../src/io/reproducible.js';
import { checkReportFolder } from '../../src/io/serve.js';
import { parsePolicy } from '../../src/parse/index.js';
import { tempOutside } from '../brand/temp-project.js';
import { thrownError } from '../support/thrown.js';
import { expectWorded } from '../support/worded.js';

const tempFolder = (): string => realpathSync(tempOutside());

describe('writing a file', () => {
  it('refuses a read-only file, with the hint for a command with or without --force', () => {
    const file = join(tempFolder(), 'out.pdf');
    writeFileSync(file, 'oud');
    chmodSync(file, 0o444);
    const expected = {
      ruleId: 'read-only-file',
      messageId: 'read-only-file.message',
      message: 'the file is read-only, so it was left unchanged',
    };
    expectWorded(
      thrownError(() => writeFileAtomic(file, 'nieuw', { forceOption: '--force' })),
      {
        ...expected,
        fixId: 'read-only-file.writable-or-force',
        fix: `make it writable (chmod u+w ${file}), or add --force to rewrite it anyway (it stays read-only)`,
      },
    );
    const plain = thrownError(() => writeFileAtomic(file, 'nieuw'));
    expectWorded(plain, {
      ...expected,
      fixId: 'read-only-file.writable-or-remove',
      fix: `make it writable (chmod u+w ${file}), or remove it first`,
    });
    expect(plain.finding.params).toEqual({ target: file });
  });

  it('names the file in the way of the output folder, and a folder where the file should go', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'out'), 'a file');
    const blocked = thrownError(() => writeFileAtomic(join(folder, 'out', 'pdf', 'a.pdf'), 'x'));
    expectWorded(blocked, {
      ruleId: 'unwritable-output',
      messageId: 'unwritable-output.file-in-the-way',
      message: `cannot create the folder ${join(folder, 'out', 'pdf')}: ${join(folder, 'out')} is a file, not a folder`,
      fixId: 'unwritable-output.move-file',
      fix: `choose another output folder (--out), or move the file ${join(folder, 'out')} out of the way`,
    });
    mkdirSync(join(folder, 'a.pdf'));
    expectWorded(
      thrownError(() => writeFileAtomic(join(folder, 'a.pdf'), 'x')),
      {
        ruleId: 'unwritable-output',
        messageId: 'unwritable-output.is-folder',
        message: 'is a folder, so the file cannot be written there',
        fixId: 'unwritable-output.name-a-file',
        fix: 'name a file to write (--out), not a folder',
      },
    );
  });
});

describe('a path written in a project file', () => {
  const context = { file: 'templates/brands/school.yaml', field: 'fonts.bold', point: { line: 3, column: 9 } };
  const inside = 'put the file inside the project folder';

  it('refuses a NUL, an absolute path, a `..` escape and a symbolic link out', () => {
    const root = tempFolder();
    expectWorded(
      thrownError(() => resolveInside(root, 'a\0b.ttf', context)),
      {
        ruleId: 'path-outside-project',
        messageId: 'path-outside-project.nul',
        message: 'fonts.bold: the path contains a NUL character',
        fixId: 'path-outside-project.plain-path',
        fix: 'write a plain file path',
      },
    );
    const fix = `${inside} (${root}) and refer to it with a path relative to school.yaml`;
    expectWorded(
      thrownError(() => resolveInside(root, '/etc/passwd', context)),
      {
        ruleId: 'path-outside-project',
        messageId: 'path-outside-project.absolute',
        message: 'fonts.bold: the absolute path `/etc/passwd` is outside the project folder',
        fixId: 'path-outside-project.inside-project',
        fix,
      },
    );
    const escape = thrownError(() => resolveInside(root, '../secret.ttf', context));
    expectWorded(escape, {
      ruleId: 'path-outside-project',
      messageId: 'path-outside-project.relative',
      message: 'fonts.bold: `../secret.ttf` points outside the project folder',
      fixId: 'path-outside-project.inside-project',
      fix,
    });
    expect(escape.finding.params).toMatchObject({ field: 'fonts.bold', path: '../secret.ttf' });
    const outside = tempFolder();
    symlinkSync(outside, join(root, 'linked'));
    expectWorded(
      thrownError(() => resolveInside(root, 'linked/font.ttf', context)),
      {
        ruleId: 'path-outside-project',
        messageId: 'path-outside-project.symlink',
        message: `fonts.bold: \`linked/font.ttf\` leads through a symbolic link to ${join(outside, 'font.ttf')}, outside the project folder`,
        fixId: 'path-outside-project.copy-file',
        fix: 'copy the file into the project instead of linking to it',
      },
    );
  });
});

describe('the paths a command is given', () => {
  it('names a path that does not exist and a folder without policies', () => {
    const folder = tempFolder();
    const missing = join(folder, 'beleid');
    const absent = thrownError(() => discoverPolicies([missing]));
    expectWorded(absent, {
      ruleId: 'missing-path',
      messageId: 'missing-path.message',
      message: 'no such file or folder',
      fixId: 'unreadable-file.check-path',
      fix: 'check the path (it is relative to the current folder)',
    });
    expect(absent.finding.argument).toBe(missing);
    expectWorded(
      thrownError(() => discoverPolicies([folder])),
      {
        ruleId: 'no-policies',
        messageId: 'no-policies.message',
        message: 'no policies (.md files) in this folder',
        fixId: 'no-policies.fix',
        fix: 'check the path; policies are .md files in this folder or below it (README.md and hidden folders are skipped)',
      },
    );
  });

  it('refuses to serve a report folder that is missing or is a file', () => {
    const folder = tempFolder();
    expectWorded(
      thrownError(() => checkReportFolder(join(folder, 'out'), false)),
      {
        ruleId: 'bad-arguments',
        messageId: 'report-folder.missing',
        message: 'there is no report to serve: the folder does not exist',
        fixId: 'report-folder.build-first',
        fix: 'run `clausemark build` first (it writes the report), or serve with --watch, which builds it; --out names another folder',
      },
    );
    writeFileSync(join(folder, 'out'), 'x');
    expectWorded(
      thrownError(() => checkReportFolder(join(folder, 'out'), true)),
      {
        ruleId: 'bad-arguments',
        messageId: 'report-folder.is-file',
        message: 'is a file, not the report folder',
        fixId: 'report-folder.name-folder',
        fix: 'name the report folder with --out (default: out)',
      },
    );
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    const { policy } = parsePolicy('---\ntitle: T\n---\n\n# A {#a}\n\n1. {#b} Tekst.\n', { path: 'x.md' });
    const wrong = thrownError(() => creationDate(policy, { SOURCE_DATE_EPOCH: '2024-01-01' }));
    expectWorded(wrong, {
      ruleId: 'bad-environment',
      messageId: 'bad-environment.source-date-epoch',
      message: 'SOURCE_DATE_EPOCH must be whole seconds since 1970, not "2024-01-01"',
      fixId: 'bad-environment.unset-or-fix',
      fix: 'unset it, or set it to e.g. $(git log -1 --format=%ct)',
    });
    expect(wrong.finding.argument).toBe('SOURCE_DATE_EPOCH');
  });
});
