// Issue 28 item 1: the words of an output are in the label files (templates/labels/...), picked by one language
// check (src/text/output-language.ts) and dated by one formatter (src/text/format-date.ts), never written in
// TypeScript. This keeps src/render, src/build, src/report and src/jobs that way: no table keyed by language (`{ en: EN, nl: NL }`,
// `nl: 'vaststelling'`), no conditional on a language tag (`lang === 'nl' ? … : …`, `startsWith('nl')`,
// `/^nl(?:[-_]|$)/`), no month names, and no date formatted outside the one formatter.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';
import { sourceFiles } from '../support/source-files.js';

const GUARDED = ['src/render', 'src/build', 'src/report', 'src/jobs'];

/**
 * Files that may test a language, each for a reason that is not wording. Kept short: a new entry needs a reason
 * as good as these.
 */
const ALLOWED: Record<string, string> = {
  // Dutch drops the diaeresis at a hyphenation point (be-invloeden): a rule of the language's spelling, no words.
  'src/render/engine/hyphenate.ts': 'language-conditional',
};

const TAG = '(?:nl|en)(?:[-_][A-Za-z]+)?';
const RULES: { name: string; pattern: RegExp }[] = [
  // An object keyed by language: `{ en: EN, nl: NL }`, `nl: {`, `'en': 'adoption'`.
  { name: 'label-table', pattern: /(?<![\w.$-])['"]?(?:nl|en)['"]?\s*:\s*[{'"`[A-Za-z_]/g },
  // A comparison with a language tag, or a test of a tag's start.
  {
    name: 'language-conditional',
    pattern: new RegExp(
      String.raw`[!=]==?\s*['"\`]${TAG}['"\`]|['"\`]${TAG}['"\`]\s*[!=]==?|startsWith\(\s*['"\`]${TAG}['"\`]|/\^\(?(?:\?:)?${TAG}\b|\bis(?:Dutch|English)\b`,
      'g',
    ),
  },
  // A month written out, or the table of them.
  { name: 'month-names', pattern: /\b(?:januari|februari|maart|oktober|MONTH_NAMES)\b/g },
  // A date formatted here instead of by formatDate (src/text/format-date.ts).
  { name: 'date-formatting', pattern: /\bIntl\.DateTimeFormat\b|\.toLocale(?:Date)?String\(/g },
];

/** `rule line: text` of each label table, language conditional, month name or date formatting in a source text. */
function wordedIn(source: string): string[] {
  const found: string[] = [];
  const lines = source.split('\n');
  for (const { name, pattern } of RULES) {
    for (const match of source.matchAll(pattern)) {
      const line = source.slice(0, match.index).split('\n').length;
      const text = lines[line - 1]?.trim() ?? '';
      // Comments explain; they are not tables or conditionals.
      if (text.startsWith('//') || text.startsWith('*') || text.startsWith('/*')) continue;
      found.push(`${name} ${line}: ${text}`);
    }
  }
  return found;
}

describe('output words keyed in the label files', () => {
  it('are not tabled, chosen by language or dated in TypeScript under src/render, src/build, src/report and src/jobs', () => {
    const worded: string[] = [];
    let scanned = 0;
    for (const folder of GUARDED) {
      for (const file of sourceFiles(join(PROJECT_ROOT, folder))) {
        const path = relative(PROJECT_ROOT, file).split('\\').join('/');
        scanned++;
        for (const found of wordedIn(readFileSync(file, 'utf8'))) {
          if (ALLOWED[path] === found.split(' ')[0]) continue;
          worded.push(`${path}: ${found}`);
        }
      }
    }
    expect(scanned).toBeGreaterThan(100);
    expect(worded).toEqual([]);
  });

  it('finds each way the words were written in TypeScript before they moved', () => {
    const found = (source: string) => wordedIn(source).map((line) => line.split(' ')[0]);
    // src/render/shared/phrases.ts, src/template/labels.ts, src/report/documents/boardpack.ts, src/render/html/compare-page.ts,
    // src/render/engine/hyphenate.ts and src/render/pdf/endmatter.ts as they were.
    expect(found('const BY_LANGUAGE: Record<string, Phrases> = { en: EN, nl: NL };')).toEqual([
      'label-table',
      'label-table',
    ]);
    // A table per language, named by it.
    expect(found("const nl: SectorLabels = {\n  register: 'Afwijkingenregister',\n};")).toEqual(['label-table']);
    expect(found("  markers: { locked: 'vast' },\n  nl: { register: 'x' },")).toEqual(['label-table']);
    expect(found("decisionStep: isDutch(meta.lang) ? 'vaststelling' : 'adoption',")).toEqual(['language-conditional']);
    expect(found("new Intl.NumberFormat(labels.lang === 'nl' ? 'nl-NL' : 'en-GB', {")).toEqual([
      'language-conditional',
    ]);
    expect(found("if (!lang.toLowerCase().startsWith('nl')) return tail;")).toEqual(['language-conditional']);
    expect(found('return /^nl(?:[-_]|$)/i.test(lang.trim()) ? nl : en;')).toEqual([
      'label-table',
      'language-conditional',
    ]);
    expect(found("return lang.toLowerCase().split(/[-_]/)[0] === 'nl';")).toEqual(['language-conditional']);
    expect(found("const months = ['januari', 'februari'];")).toEqual(['month-names', 'month-names']);
    expect(found("format = new Intl.DateTimeFormat(lang, { day: 'numeric' });")).toEqual(['date-formatting']);
    expect(found('date.toLocaleDateString("nl-NL")')).toEqual(['date-formatting']);
    // What stays: a locale for sorting or case, the one language check, a comment, an object without such keys.
    expect(found("a.title.localeCompare(b.title, 'nl')")).toEqual([]);
    expect(found('const changes = labels.changes.toLocaleLowerCase(meta.lang);')).toEqual([]);
    expect(found('new Intl.NumberFormat(intlLocale(labels.lang), {')).toEqual([]);
    expect(found("// Dutch for nl: lang === 'nl'")).toEqual([]);
    expect(found("const token = { lang: meta.lang, entry: 'x' };")).toEqual([]);
  });
});
