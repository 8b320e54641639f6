#!/usr/bin/env node
// Nightly-style fuzzing: the property tests (arbitrary input, dialect keys) with 10⁶ runs each (FUZZ_RUNS overrides).
import { spawnSync } from 'node:child_process';

const runs = process.env.FUZZ_RUNS ?? '1000000';
const r = spawnSync('npx', ['vitest', 'run', '--project', 'unit', 'test/core/properties.test.ts', 'test/core/dialect-keys.test.ts', '--testTimeout', '0'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
process.exit(r.status ?? 1);
