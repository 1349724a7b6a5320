// clausemark keeps `version: 1.10` as written, but any other YAML tool reads it as the number 1.1.
import { WrittenNumber } from '../../parse/frontmatter.js';
import type { Rule } from '../rule.js';
import { quoted, valuePlace } from './support.js';

export const unquotedVersion: Rule = {
  id: 'unquoted-version',
  severity: 'warning',
  description: 'version is written as a YAML number',
  run({ policy }) {
    const version = policy.frontmatter?.data.version;
    if (!(version instanceof WrittenNumber)) return [];
    return [
      {
        messageId: 'unquoted-version.yaml-number',
        fixId: 'unquoted-version.quote-it',
        params: { source: version.source, value: String(version.value), quoted: quoted(version.source) },
        place: valuePlace(policy, 'version'),
      },
    ];
  },
};
