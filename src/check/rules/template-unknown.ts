// derivedFrom must name a template version the project has, or nothing can be compared or upgraded against it.
import { displayPath } from '../../brand/yaml-file.js';
import { derivedPolicy } from '../../sector/analysis.js';
import { knownVersions, VERSIONS_FOLDER } from '../../sector/store.js';
import { join } from 'node:path';
import type { Rule } from '../rule.js';
import { derivedFromPlace, refOf } from './template-support.js';

export const templateUnknown: Rule = {
  id: 'template-unknown',
  severity: 'error',
  description: 'derivedFrom names a template version that is not in templates/sector/',
  run({ policy }) {
    const derived = derivedPolicy(policy);
    if (!derived || derived.template) return [];
    const versions = knownVersions(derived.root, derived.ref.id);
    const folder = displayPath(join(derived.root, VERSIONS_FOLDER));
    return [
      {
        message: `derivedFrom names template ${refOf(derived)}, which is not in ${displayPath(join(derived.root, 'templates', 'sector'))} or its versions/ folder`,
        place: derivedFromPlace(policy),
        fix:
          versions.length > 0
            ? `use a version that exists (${versions.map((version) => `${derived.ref.id}@${version}`).join(', ')}), or restore version ${derived.ref.version} as ${folder}/<name>-${derived.ref.version}.md (e.g. from git history)`
            : `check the template id; put the template in ${folder}/<name>-${derived.ref.version}.md, or remove derivedFrom`,
      },
    ];
  },
};
