// A test in the unit lane (no build step) that runs the CLI would run whatever dist/ holds: runCli refuses, and
// says where such a test belongs (vitest.config.ts).
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

describe('runCli outside the cli and e2e lanes', () => {
  it('refuses to run the CLI, naming where the test belongs', () => {
    expect(() => runCli(['--help'])).toThrow('put the file in tests/cli/ or name it *.cli.test.ts');
  });
});
