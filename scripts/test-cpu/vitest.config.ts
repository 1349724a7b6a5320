// The project's test lanes with per-file CPU accounting (setup.ts), e.g.
//   CLAUSEMARK_TEST_LANE=unit TEST_CPU_OUT=/tmp/unit.jsonl npx vitest run --config scripts/test-cpu/vitest.config.ts
//   node scripts/test-cpu/report.mjs /tmp/unit.jsonl
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import lanes from '../../vitest.config.js';

export default mergeConfig(
  lanes,
  defineConfig({
    // A path, not a URL's pathname: a clone's folder may hold spaces or accents (%20 in a URL).
    root: fileURLToPath(new URL('../..', import.meta.url)),
    test: { setupFiles: ['scripts/test-cpu/setup.ts'] },
  }),
);
