// `import` fills a required field the document does not state (title, version, organisation) with a stand-in and marks
// its line `# not stated in the source` (src/import/write.ts). Until a person fills it in, the policy's cover, its
// board pack and its approvals carry a made-up value: check names each such field as what blocks its procedure.
import type { Rule, RuleFinding } from '../rule.js';
import { valuePlace } from './support.js';

/** The mark import leaves on a stand-in's line; the one place check knows it (src/import/write.ts writes it). */
export const STAND_IN_MARK = '# not stated in the source';

export const importPlaceholder: Rule = {
  id: 'import-placeholder',
  severity: 'warning',
  description: "a frontmatter field still holds import's stand-in (marked `# not stated in the source`)",
  run({ policy }) {
    const frontmatter = policy.frontmatter;
    if (!frontmatter || !policy.source.includes(STAND_IN_MARK)) return [];
    const lines = policy.source.split('\n');
    const findings: RuleFinding[] = [];
    for (const [field, site] of Object.entries(frontmatter.fields)) {
      const line = lines[site.key.start.line - 1] ?? '';
      if (!line.trimEnd().endsWith(STAND_IN_MARK)) continue;
      findings.push({
        messageId: 'import-placeholder.stand-in',
        fixId: 'import-placeholder.fill-in',
        // The value as written, without the YAML quotes the message puts around it itself.
        params: {
          field,
          value: line
            .slice(line.indexOf(':') + 1, line.lastIndexOf(STAND_IN_MARK))
            .trim()
            .replace(/^(["'])(.*)\1$/, '$2'),
        },
        place: valuePlace(policy, field),
      });
    }
    return findings;
  },
};
