// `check` with its findings kept (src/check/findings-cache.ts), on the real rules: a kept check gives what checking
// gives, findings and the checks over several files (two files of one policy) alike; on the day an approval is no
// longer in the future, and once the foundation's procedure.yaml names a sector there is none of, it says so, not
// what it said before; once a font its brand names outside templates/ lacks a character it has, it says that. The
// cache's keying input by input: tests/check/findings-cache.test.ts.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFiles, type FileCheck } from '../../src/check/files.js';
import { keepCheckFindingsIn } from '../../src/check/findings-folder.js';
import { findProject } from '../../src/io/project.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { bareProject } from '../support/project.js';

const policy = (approved: string): string =>
  [
    '---',
    'id: privacy',
    'title: Privacybeleid',
    'organisation: School',
    'version: "1.0"',
    'status: approved',
    'lang: nl',
    'kind: privacy',
    'approvals:',
    `  - date: ${approved}`,
    '    name: Bestuur',
    '---',
    '',
    '# Privacy',
    '',
    '## Gegevens {#gegevens}',
    '',
    '{#gegevens.doel} Wij bewaren gegevens niet langer dan nodig.',
    '',
  ].join('\n');

const ruleIds = (results: readonly FileCheck[]): string[][] =>
  results.map((result) => result.findings.map((finding) => finding.ruleId ?? ''));

afterEach(() => {
  keepCheckFindingsIn(undefined);
  vi.useRealTimers();
});

describe('check with its findings kept', () => {
  it('gives what checking gives, and what the day and the procedures give once they changed', () => {
    const root = bareProject('clausemark-findings-rules-');
    const folder = join(root, 'policies', 'school');
    mkdirSync(folder, { recursive: true });
    const [one, two] = [join(folder, 'privacy.md'), join(folder, 'privacy-copy.md')];
    writeFileSync(one, policy('2026-12-01'));
    writeFileSync(two, policy('2026-12-01'));
    const project = findProject(root);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T12:00:00Z'));
    const fresh = checkFiles([one, two], project);
    expect(ruleIds(fresh)[0]).toContain('approval-in-future');
    expect(ruleIds(fresh)[0]).toContain('duplicate-policy');
    const cache = join(mkdtempSync(join(tmpdir(), 'clausemark-findings-rules-cache-')), 'findings');
    keepCheckFindingsIn(cache, 'build');
    for (let run = 0; run < 3; run++) expect(checkFiles([one, two], project), `run ${run + 1}`).toEqual(fresh);

    // What checking gives on a later day (the cache off), and then what the kept check gives.
    vi.setSystemTime(new Date('2026-12-05T12:00:00Z'));
    keepCheckFindingsIn(undefined);
    const later = checkFiles([one, two], project);
    expect(ruleIds(later)[0]).not.toContain('approval-in-future');
    keepCheckFindingsIn(cache, 'build');
    expect(checkFiles([one, two], project), 'the next day').toEqual(later);
    expect(checkFiles([one, two], project), 'the next day, kept').toEqual(later);

    // A foundation naming a sector there is none of: the check fails at that file, as checking says.
    writeFileSync(join(folder, 'procedure.yaml'), 'sector: nergens\n');
    keepCheckFindingsIn(undefined);
    const unknownSector = checkFiles([one], project);
    expect(unknownSector[0]?.findings[0]?.ruleId).toBe('procedure-file');
    keepCheckFindingsIn(cache, 'build');
    expect(checkFiles([one], project)).toEqual(unknownSector);
  });

  it("tells a font its brand names outside templates/ replaced by one that lacks a character: the brand's files are in its world", () => {
    const root = bareProject('clausemark-findings-font-');
    const fonts = join(root, 'fonts');
    mkdirSync(fonts);
    const source = join(PROJECT_ROOT, 'templates', 'fonts', 'source-sans-3');
    const faces = {
      regular: 'SourceSans3_400Regular.ttf',
      bold: 'SourceSans3_700Bold.ttf',
      italic: 'SourceSans3_400Regular_Italic.ttf',
      boldItalic: 'SourceSans3_700Bold_Italic.ttf',
    };
    for (const [face, file] of Object.entries(faces)) copyFileSync(join(source, file), join(fonts, `${face}.ttf`));
    writeFileSync(
      join(root, 'templates', 'brands', 'school.yaml'),
      ['fonts:', ...Object.keys(faces).map((face) => `  ${face}: ../../fonts/${face}.ttf`), ''].join('\n'),
    );
    const folder = join(root, 'policies', 'school');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'privacy.md');
    // U+0180 (ƀ): Source Sans 3 draws it, IBM Plex Sans does not.
    writeFileSync(
      file,
      policy('2020-01-01').replace('lang: nl', 'lang: nl\nbrand: school').replace('nodig.', 'nodig ƀ.'),
    );
    const project = findProject(root);
    const cache = join(mkdtempSync(join(tmpdir(), 'clausemark-findings-font-cache-')), 'findings');
    keepCheckFindingsIn(cache, 'build');
    for (let run = 0; run < 3; run++)
      expect(ruleIds(checkFiles([file], project))[0]).not.toContain('font-missing-glyphs');
    copyFileSync(
      join(PROJECT_ROOT, 'templates', 'fonts', 'ibm-plex-sans', 'IBMPlexSans_400Regular.ttf'),
      join(fonts, 'regular.ttf'),
    );
    keepCheckFindingsIn(undefined);
    const fresh = checkFiles([file], project);
    expect(ruleIds(fresh)[0]).toContain('font-missing-glyphs');
    keepCheckFindingsIn(cache, 'build');
    expect(checkFiles([file], project)).toEqual(fresh);
  });
});
