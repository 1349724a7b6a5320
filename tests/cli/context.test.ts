// The run's context (src/cli/context.ts): out and err write one line each, a short one with its line end in one
// write, a long one (a civil code's report) and then its line end, so it is not copied once more to join them.
import { describe, expect, it } from 'vitest';
import { commandContext } from '../../src/cli/context.js';

function collector(): { writes: string[]; write(chunk: string | Uint8Array): void } {
  const writes: string[] = [];
  return { writes, write: (chunk) => void writes.push(String(chunk)) };
}

describe('commandContext', () => {
  it('writes a short line with its line end at once, a long one and then its line end', () => {
    const stdout = collector();
    const stderr = collector();
    const context = commandContext({ stdout, stderr });
    const long = 'x'.repeat(64 * 1024);
    context.out('eerste regel');
    context.out(long);
    context.err('fout');
    context.err(long.slice(1));
    expect(stdout.writes).toEqual(['eerste regel\n', long, '\n']);
    expect(stderr.writes).toEqual(['fout\n', `${long.slice(1)}\n`]);
  });
});
