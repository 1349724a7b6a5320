// Domain words (Dutch and English words of policy documents) live in data files a sector may edit
// (templates/import/*.yaml), not in code: the modules below once spelt them in their patterns and now build the
// patterns from the data. This fails where such a word comes back into the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

/** Each module, and the words of its data file that its code must no longer spell. */
const MOVED: [module: string, data: string, words: RegExp][] = [
  [
    'src/import/meta.ts',
    'approval-tables.yaml',
    /'(?:datum|naam|functie|orgaan|stap|versienummer|wijzigingen?|revisie)'/iu,
  ],
  ['src/import/toc.ts', 'contents-headings.yaml', /\binhoud(?:stafel|soverzicht)?\b|table of contents/iu],
  [
    'src/compare/read/contents-entries.ts',
    'contents-headings.yaml',
    /\binhoud(?:stafel|soverzicht)?\b|table of contents/iu,
  ],
  [
    'src/compare/read/closing-lines.ts',
    'closing-lines.yaml',
    /\b(?:handtekening|paraaf|ondertekening|vervallen|gereserveerd|staatscourant|toelichting|geplaatst)\b/iu,
  ],
  ['src/import/closing-line.ts', 'adoption-lines.yaml', /\bwerking\b|\bingang\b/iu],
  [
    'src/compare/read/enacting-formula.ts',
    'enacting-formula.yaml',
    /gelet op|overwegende|having regard|besluit|stelt vast/iu,
  ],
  ['src/import/cover-headings.ts', 'cover-fields.yaml', /versie|schooljaar|school\\s/iu],
  ['src/import/meta.ts', 'cover-fields.yaml', /ingangsdatum|inwerkingtreding|\|datum\|/iu],
];

/** A source file's code: its lines without the comments ("// …", " * …"). */
const codeLines = (file: string): string[] =>
  readFileSync(join(PROJECT_ROOT, file), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/\*\*|\*)/u.test(line))
    .map((line) => line.replace(/\s\/\/.*$/u, ''));

describe('domain words moved to data', () => {
  for (const [module, data, words] of MOVED)
    it(`are spelt in templates/import/${data}, not in ${module}'s code`, () => {
      expect(codeLines(module).filter((line) => words.test(line))).toEqual([]);
    });
});
