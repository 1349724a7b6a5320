// derivedFrom must name a template version the project has, or nothing can be compared or upgraded against it.
import { displayPath } from '../../io/yaml-file.js';
import { derivedPolicy } from '../../template/analysis.js';
import { knownVersions, VERSIONS_FOLDER } from '../../template/store.js';
import { join } from 'node:path';
import type { Rule } from '../rule.js';
import { derivedFromPlace, refOf } from './template-support.js';

export const templateUnknown: Rule = {
  id: 'template-unknown',
  severity: 'error',
  description: 'derivedFrom names a template version that is not in templates/sector/',
  run({ policy, project }) {
    const derived = derivedPolicy(policy, project);
    if (!derived || derived.template) return [];
    const versions = knownVersions(derived.root, derived.ref.id);
    const folder = displayPath(join(derived.root, VERSIONS_FOLDER));
    return [
      {
        messageId: 'template-unknown.not-in-project',
        fixId: versions.length > 0 ? 'template-unknown.use-existing-version' : 'template-unknown.add-template',
        params: {
          template: refOf(derived),
          sectorFolder: displayPath(join(derived.root, 'templates', 'sector')),
          folder,
          version: derived.ref.version,
          ...(versions.length > 0
            ? { versions: versions.map((version) => `${derived.ref.id}@${version}`).join(', ') }
            : {}),
        },
        place: derivedFromPlace(policy),
      },
    ];
  },
};
