import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_KEYS, fillLabel, labelFileFor, loadLabels } from '../../src/wording/labels.js';
import { CHANGE_KINDS } from '../../src/diff/types.js';
import { APPROVAL_FIELDS } from '../../src/model/policy.js';
import { KNOWN_FIELDS } from '../../src/parse/meta.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { caught, tempProject } from '../brand/temp-project.js';

const NL = join(PROJECT_ROOT, 'templates', 'labels', 'nl.yaml');
const EN = join(PROJECT_ROOT, 'templates', 'labels', 'en.yaml');

describe('shipped labels', () => {
  it('Dutch: page numbers, headings, statuses and the watermark', () => {
    const labels = loadLabels('nl', { root: PROJECT_ROOT });
    expect(labels.lang).toBe('nl');
    expect(fillLabel(labels.page, { page: 3, pages: 9 })).toBe('Pagina 3 van 9');
    expect([labels.contents, labels.approvals, labels.effective, labels.watermark]).toEqual([
      'Inhoud',
      'Vaststelling',
      'Ingangsdatum',
      'CONCEPT',
    ]);
    expect(labels.statuses).toEqual({
      draft: 'Concept',
      proposed: 'Voorstel',
      approved: 'Vastgesteld',
      retired: 'Ingetrokken',
    });
  });

  it('English', () => {
    const labels = loadLabels('en', { root: PROJECT_ROOT });
    expect(fillLabel(labels.page, { page: 1, pages: 2 })).toBe('Page 1 of 2');
    expect([labels.contents, labels.approvals, labels.watermark]).toEqual(['Contents', 'Approvals', 'DRAFT']);
    expect(labels.statuses.approved).toBe('Approved');
  });

  it('both files define every label, and differently', () => {
    const nl = loadLabels('nl', { root: PROJECT_ROOT });
    const en = loadLabels('en', { root: PROJECT_ROOT });
    for (const key of LABEL_KEYS) {
      expect(nl[key], key).not.toBe('');
      expect(en[key], key).not.toBe('');
    }
    expect(LABEL_KEYS.filter((key) => nl[key] !== en[key]).length).toBeGreaterThan(LABEL_KEYS.length - 3);
  });
});

describe('language fallback', () => {
  it.each([
    ['nl', NL],
    ['nl-BE', NL],
    ['NL', NL],
    ['nl_NL', NL],
    ['en', EN],
    ['en-GB', EN],
    ['de', EN],
    ['fy', EN],
    ['not a tag!', EN],
    ['', EN],
  ])('%j uses %s', (lang, file) => {
    expect(labelFileFor(lang, PROJECT_ROOT)).toBe(file);
  });

  it('prefers a file for the exact tag, and a language file a project adds', () => {
    const project = tempProject();
    project.copy(NL, 'templates/labels/nl.yaml');
    project.copy(EN, 'templates/labels/en.yaml');
    project.copy(NL, 'templates/labels/nl-be.yaml');
    project.copy(EN, 'templates/labels/fy.yaml');
    const folder = join(project.root, 'templates', 'labels');
    expect(labelFileFor('nl-BE', project.root)).toBe(join(folder, 'nl-be.yaml'));
    expect(labelFileFor('nl-NL', project.root)).toBe(join(folder, 'nl.yaml'));
    expect(loadLabels('fy', { root: project.root }).lang).toBe('fy');
  });

  it('uses the label files clausemark ships for a language the project has none for', () => {
    const project = tempProject();
    project.copy(EN, 'templates/labels/en.yaml');
    // Dutch: the project has no nl.yaml, so clausemark's own, before the project's English.
    expect(labelFileFor('nl', project.root)).toBe(NL);
    expect(loadLabels('nl', { root: project.root }).page).toBe('Pagina {{page}} van {{pages}}');
    expect(labelFileFor('en', project.root)).toBe(join(project.root, 'templates', 'labels', 'en.yaml'));
    expect(labelFileFor('de', tempProject().root)).toBe(EN);
  });
});

describe('label file errors', () => {
  function refuse(yaml: string) {
    const project = tempProject();
    const file = project.write('templates/labels/en.yaml', yaml);
    return { error: caught(() => loadLabels('en', { root: project.root })), file };
  }
  const complete = LABEL_KEYS.map((key) => `${key}: "${key === 'page' ? 'Page {{page}} of {{pages}}' : key}"`).join(
    '\n',
  );
  const kinds = `kinds:\n${CHANGE_KINDS.map((kind) => `  ${kind}: ${kind}`).join('\n')}\n`;
  const statuses = `statuses:\n  draft: D\n  proposed: P\n  approved: A\n  retired: R\n${kinds}`;

  it('accepts a complete file', () => {
    const project = tempProject();
    project.write('templates/labels/en.yaml', `${complete}\n${statuses}`);
    expect(loadLabels('en', { root: project.root }).signature).toBe('signature');
  });

  it("takes the diff reports' phrases from the label file: the project's own, else clausemark's for the language", () => {
    const project = tempProject();
    project.write('templates/labels/en.yaml', `${complete}\n${statuses}`);
    const lent = loadLabels('en', { root: project.root }).phrases;
    expect(lent.renumbered).toBe('{{count}} clauses renumbered');
    expect(lent.decisionStep).toBe('adoption');
    expect(loadLabels('nl', { root: PROJECT_ROOT }).phrases.decisionStep).toBe('vaststelling');
    const phrases = `phrases:\n${Object.entries(lent)
      .map(([key, text]) => `  ${key}: '${key === 'line' ? 'ln {{count}}' : text}'`)
      .join('\n')}\n`;
    const own = tempProject();
    own.write('templates/labels/en.yaml', `${complete}\n${statuses}${phrases}`);
    expect(loadLabels('en', { root: own.root }).phrases.line).toBe('ln {{count}}');
    const { error } = refuse(`${complete}\n${statuses}${phrases.replace('ln {{count}}', 'ln {{number}}')}`);
    expect(error.message).toBe('label `phrases.line` uses {{number}}, which it is never given');
  });

  it("names every frontmatter field clausemark knows in both files, and lends them to a project's file without them", () => {
    for (const lang of ['nl', 'en']) {
      const labels = loadLabels(lang, { root: PROJECT_ROOT });
      for (const field of KNOWN_FIELDS) expect(labels.fields[field], `${lang} ${field}`).not.toBe('');
      for (const field of APPROVAL_FIELDS) expect(labels.approvalFields[field], `${lang} ${field}`).not.toBe('');
    }
    expect(loadLabels('nl', { root: PROJECT_ROOT }).fields.level).toBe('Niveau (bestuur of school)');
    const project = tempProject();
    project.write('templates/labels/en.yaml', `${complete}\n${statuses}`);
    const lent = loadLabels('en', { root: project.root });
    expect([lent.fields.owner, lent.approvalFields.outcome]).toEqual(['Owner', 'outcome']);
    const { error } = refuse(`${complete}\n${statuses}fields:\n  level: Level\n  colour: Colour\n`);
    expect(error.message).toContain('unknown frontmatter field `colour`');
  });

  it('names the missing labels', () => {
    const without = LABEL_KEYS.filter((key) => key !== 'watermark' && key !== 'footnotes')
      .map((key) => `${key}: x`)
      .join('\n');
    const { error, file } = refuse(`${without.replace('page: x', 'page: "{{page}}"')}\n${statuses}`);
    expect(error.message).toBe('missing labels: watermark, footnotes');
    expect(error.place).toEqual({ file });
  });

  it('refuses an unknown label at its key', () => {
    const { error } = refuse(`${complete}\n${statuses}wotermark: X\n`);
    expect(error.message).toBe('unknown label `wotermark`');
    expect(error.place.point).toEqual({ line: LABEL_KEYS.length + 6 + CHANGE_KINDS.length + 1, column: 1 });
  });

  it('refuses a placeholder the label is never given', () => {
    const { error } = refuse(
      `${complete.replace('Page {{page}} of {{pages}}', 'Page {{page}} of {{total}}')}\n${statuses}`,
    );
    expect(error.message).toBe('label `page` uses {{total}}, which it is never given');
    expect(error.hint).toBe('it can use {{page}} and {{pages}}');
    expect(error.place.point).toEqual({ line: 1, column: 7 });
  });

  it('refuses a placeholder written with single braces, which would be printed as it stands', () => {
    const { error } = refuse(
      `${complete.replace('Page {{page}} of {{pages}}', 'Page {page} of {pages}')}\n${statuses}`,
    );
    expect(error.message).toBe('label `page` writes {page}, which is printed as it stands');
    expect(error.hint).toBe('placeholders take two braces on each side: {{page}} and {{pages}}');
    expect(error.place.point).toEqual({ line: 1, column: 7 });
  });

  it('refuses placeholders in plain labels', () => {
    const { error } = refuse(`${complete.replace('contents: "contents"', 'contents: "Inhoud {{page}}"')}\n${statuses}`);
    expect(error.message).toBe('label `contents` uses {{page}}, which it is never given');
    expect(error.hint).toBe('this label takes no placeholders');
  });

  it('refuses an incomplete or unknown status', () => {
    expect(refuse(`${complete}\nstatuses:\n  draft: D\n`).error.message).toBe(
      'statuses lacks proposed, approved, retired',
    );
    expect(refuse(`${complete}\n${kinds}statuses:\n  draft: D\n  archived: X\n`).error.message).toBe(
      'unknown status `archived`',
    );
    expect(refuse(`${complete}\n${statuses}  moved-away: X\n`).error.message).toBe(
      'unknown kind of change `moved-away`',
    );
  });

  it('refuses a label that is not text', () => {
    const { error } = refuse(`${complete.replace('role: "role"', 'role:\n  - a')}\n${statuses}`);
    expect(error.message).toBe('label `role` must be a text');
  });
});

describe('fillLabel', () => {
  it('leaves unknown placeholders visible rather than dropping text', () => {
    expect(fillLabel('Pagina {{ page }} van {{pages}}', { page: 2, pages: 5 })).toBe('Pagina 2 van 5');
    expect(fillLabel('Pagina {{page}} van {{pages}}', { page: 2 })).toBe('Pagina 2 van {{pages}}');
  });
});

describe("the law view's note on the workplace's comparison page", () => {
  it.each(['nl', 'en'])(
    'explains the same cells as the note of the files the commands write (%s), only the way to confirm differs',
    (lang) => {
      const labels = loadLabels(lang, { root: PROJECT_ROOT });
      // Up to the last parenthesis, which says how a person establishes that something is absent: by a command in
      // the files the commands write, by the workplace's button on its page.
      const beforeHow = (note: string): string => note.slice(0, note.lastIndexOf('('));
      expect(beforeHow(labels.compareLawNoteWorkplace)).toBe(beforeHow(labels.compareLawNote));
      expect(labels.compareLawNote).toContain('clausemark confirm');
      expect(labels.compareLawNoteWorkplace).not.toContain('clausemark');
    },
  );
});
