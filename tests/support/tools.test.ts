// The rule for missing programs (tests/support/tools.ts): skip with a message naming the program, fail under CI.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { haveTool } from './tools.js';

const MISSING = 'clausemark-no-such-program';

describe('haveTool', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('finds a program that runs', () => {
    expect(haveTool('git', {})).toBe(true);
  });

  it('says a missing program is missing, naming it and how to install it, once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(haveTool(MISSING, {})).toBe(false);
    expect(haveTool(MISSING, {})).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe(
      `${MISSING} is not installed: the tests that need it are skipped (apt-get install ${MISSING})`,
    );
  });

  it('fails under CI=true instead of skipping', () => {
    expect(() => haveTool(MISSING, { CI: 'true' })).toThrow(
      `${MISSING} is not installed, and CI (CI=true) must run the tests that need it`,
    );
  });
});
