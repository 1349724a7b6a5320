// A test in the unit lane (no build step) that runs the CLI would run whatever dist/ holds: runCli refuses, and
// says where such a test belongs (vitest.config.ts). `npm test` runs the unit and cli lanes' files in one project,
// whose global setup builds the CLI for the cli lane's: runCli asks the file's lane, not the project's environment.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLI_LANE_ENV, runBuiltCli, runCli } from './cli.js';

describe('runCli outside the cli and e2e lanes', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('refuses to run the CLI, naming where the test belongs', () => {
    expect(() => runCli(['--help'])).toThrow('put the file in tests/cli/ or name it *.cli.test.ts');
  });

  it('refuses in a unit lane file even where its project built the CLI (npm test)', () => {
    vi.stubEnv(CLI_LANE_ENV, '1');
    expect(() => runCli(['--help'])).toThrow('put the file in tests/cli/ or name it *.cli.test.ts');
    expect(() => runBuiltCli(['--help'])).toThrow('put the file in tests/cli/ or name it *.cli.test.ts');
  });
});
