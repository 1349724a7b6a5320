// `import` fills a required field the document does not state (title, version, organisation) with a stand-in and marks
// its line in the document's language, `# niet vermeld in de bron` or `# not stated in the source` (src/import/write.ts).
// Until a person fills it in, the policy's cover, its board pack and its approvals carry a made-up value: check names
// each such field, in words ("the organisation", as import names it), as what blocks its procedure, whichever
// language its mark is in.
import type { MessageParam } from '../../model/diagnostics.js';
import { type OutputLanguage, outputLanguage } from '../../text/output-language.js';
import type { Rule, RuleFinding } from '../rule.js';
import { valuePlace } from './support.js';

/** The mark import leaves on a stand-in's line, per language; the one place check knows them. */
const STAND_IN_MARKS: Readonly<Record<OutputLanguage, string>> = {
  en: '# not stated in the source',
  nl: '# niet vermeld in de bron',
};

/** The mark import writes on a stand-in's line of a policy in `lang` (src/import/write.ts). */
export function standInMark(lang: string): string {
  return STAND_IN_MARKS[outputLanguage(lang)];
}

/** The mark `line` ends with, if any. */
const markOf = (line: string): string | undefined =>
  Object.values(STAND_IN_MARKS).find((mark) => line.trimEnd().endsWith(mark));

/** The fields import fills with a stand-in, each named in words by import's own entry ("de organisatie"). */
const WORDED_FIELDS = new Set(['title', 'version', 'organisation']);

/** A field as the message names it: in words (import-unstated.field-*), else by its key. */
function fieldInWords(field: string): MessageParam {
  return WORDED_FIELDS.has(field) ? { messageId: `import-unstated.field-${field}` } : field;
}

export const importPlaceholder: Rule = {
  id: 'import-placeholder',
  severity: 'warning',
  description:
    "a frontmatter field still holds import's stand-in (marked `# not stated in the source`, in Dutch `# niet vermeld in de bron`)",
  run({ policy }) {
    const frontmatter = policy.frontmatter;
    if (!frontmatter || !Object.values(STAND_IN_MARKS).some((mark) => policy.source.includes(mark))) return [];
    const lines = policy.source.split('\n');
    const findings: RuleFinding[] = [];
    for (const [field, site] of Object.entries(frontmatter.fields)) {
      const line = lines[site.key.start.line - 1] ?? '';
      const mark = markOf(line);
      if (mark === undefined) continue;
      findings.push({
        messageId: 'import-placeholder.stand-in',
        fixId: 'import-placeholder.fill-in',
        // The value as written, without the YAML quotes the message puts around it itself.
        params: {
          field,
          what: fieldInWords(field),
          value: line
            .slice(line.indexOf(':') + 1, line.lastIndexOf(mark))
            .trim()
            .replace(/^(["'])(.*)\1$/, '$2'),
          mark,
        },
        place: valuePlace(policy, field),
      });
    }
    return findings;
  },
};
