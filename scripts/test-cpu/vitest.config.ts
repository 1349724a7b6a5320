// The project's test lanes with per-file CPU accounting (setup.ts), e.g.
//   CLAUSEMARK_TEST_LANE=unit TEST_CPU_OUT=/tmp/unit.jsonl npx vitest run --config scripts/test-cpu/vitest.config.ts
//   node scripts/test-cpu/report.mjs /tmp/unit.jsonl
import { defineConfig, mergeConfig } from 'vitest/config';
import lanes from '../../vitest.config.js';

export default mergeConfig(
  lanes,
  defineConfig({
    root: new URL('../..', import.meta.url).pathname,
    test: { setupFiles: ['scripts/test-cpu/setup.ts'] },
  }),
);
