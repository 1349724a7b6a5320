// What `clausemark serve` does when a person presses "confirm" or "reject" beside a possible match: the same as
// `clausemark confirm` run in the project, on the policies under policies/ as they are now.
import { confirmPairing, parseClauseReference } from '../compare/confirm.js';
import { randomBytes } from 'node:crypto';
import { relative } from 'node:path';
import type { ConfirmEndpoint } from '../io/confirm-buttons.js';
import { discoverPolicies } from '../io/discover.js';
import { loadBuildablePolicy } from './policy.js';

export function confirmEndpoint(): ConfirmEndpoint {
  return {
    token: randomBytes(24).toString('hex'),
    record(verdict, first, second) {
      const files = discoverPolicies([], ['policies']);
      const result = confirmPairing(
        files.map((file) => loadBuildablePolicy(file)),
        verdict,
        parseClauseReference(first, 'first clause'),
        parseClauseReference(second, 'second clause'),
      );
      const said = verdict === 'same' ? 'confirmed' : 'rejected';
      return `${said}: ${first} ↔ ${second} (recorded in ${relative(process.cwd(), result.file)}; rebuild to see it)`;
    },
  };
}
