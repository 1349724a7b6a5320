import type { Command } from 'commander';

interface ConfirmOptions {
  not?: boolean;
}

export function register(program: Command): void {
  program
    .command('confirm')
    .description(
      'record that two clauses of two organisations state the same provision (or, with --not, that they do not); compare honours it',
    )
    .argument('<first>', 'ORG:CLAUSE-ID, as compare shows it')
    .argument('<second>', 'ORG:CLAUSE-ID of another organisation')
    .argument('[paths...]', 'the compared policy files or folders (default: policies/)')
    .option('--not', 'the two clauses do not state the same provision: keep them apart')
    .action(async (first: string, second: string, paths: string[], options: ConfirmOptions) => {
      const [{ discoverPolicies }, { loadBuildablePolicy }, { confirmPairing, parseClauseReference }] =
        await Promise.all([
          import('../../io/discover.js'),
          import('../../build/policy.js'),
          import('../../compare/confirm.js'),
        ]);
      const files = discoverPolicies(paths, ['policies']);
      const verdict = options.not ? 'different' : 'same';
      const result = confirmPairing(
        files.map((file) => loadBuildablePolicy(file)),
        verdict,
        parseClauseReference(first, 'first clause'),
        parseClauseReference(second, 'second clause'),
      );
      const said = verdict === 'same' ? 'confirmed' : 'rejected';
      console.log(`${said}: ${first} ↔ ${second} (recorded in ${result.file}, ${result.entries} entries)`);
    });
}
