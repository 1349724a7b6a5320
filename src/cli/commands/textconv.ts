import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { policyFromBytes } from '../../diff/inputs.js';
import { readSource } from '../../io/read.js';
import { isClausemarkError } from '../../model/errors.js';
import { renderTextconv } from '../../render/diff/textconv.js';
import type { CommandContext } from '../context.js';

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('textconv');
  program
    .command('textconv')
    .description(words('description'))
    .argument('<file>', words('arg-file'))
    .action((file: string) => {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        readSource(file); // turns a missing file or a folder into an error with a hint (exit 2)
        throw error;
      }
      try {
        context.io.stdout.write(renderTextconv(policyFromBytes(bytes, file, file, context.project.root)));
      } catch (error) {
        if (!isClausemarkError(error)) throw error;
        // Not a policy git can be shown clause by clause (binary, broken YAML): hand the content back unchanged,
        // so `git diff` and `git log -p` still work on it.
        context.io.stdout.write(bytes);
      }
    });
}
