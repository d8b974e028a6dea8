#!/usr/bin/env node
/**
 * Regenerate the JSON Schemas from the zod schemas:
 *   frameworks/framework.schema.json  (framework definitions)
 *   docs/export-format.schema.json    (export files)
 * The generator lives in tests/unit/schemas.test.ts (TypeScript, run by vitest,
 * which resolves the app's $lib aliases); without UPDATE_SCHEMAS the same test
 * fails CI when a committed schema is stale.
 */
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['vitest', 'run', 'tests/unit/schemas.test.ts'], {
	stdio: 'inherit',
	env: { ...process.env, UPDATE_SCHEMAS: '1' }
});
process.exit(r.status ?? 1);
