#!/usr/bin/env node
/**
 * `npm test`: every test, in order — unit (vitest), build, browser end-to-end
 * (Playwright against the built app). Ends with one line, alone:
 * "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const out = 'test-results';
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;

function run(cmd, args, env = {}) {
	console.log(`\n$ ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return r.status === 0;
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

// 1. unit tests
rmSync(`${out}/vitest.json`, { force: true });
const unitOk = run('npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${out}/vitest.json`
]);
const unit = readJson(`${out}/vitest.json`);
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests + (unit.numRuntimeErrorTestSuites ?? 0);
} else if (!unitOk) failed += 1;
if (unit && !unitOk && unit.numFailedTests === 0) failed += 1; // suite failed to load

// 2. static checks, each counted as one test
for (const [cmd, args] of [
	['npx', ['svelte-kit', 'sync']],
	['npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
	['npx', ['prettier', '--check', '.']],
	['npx', ['eslint', '.']]
]) {
	if (run(cmd, args)) passed += 1;
	else failed += 1;
}

// 3. build (counted as one test: the app must build)
const buildOk = run('npx', ['vite', 'build']);
if (buildOk) passed += 1;
else failed += 1;

// 4. browser end-to-end tests against the built app
if (buildOk) {
	rmSync(`${out}/playwright.json`, { force: true });
	const e2eOk = run('npx', ['playwright', 'test'], {
		PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json`
	});
	const e2e = existsSync(`${out}/playwright.json`) ? readJson(`${out}/playwright.json`) : undefined;
	if (e2e?.stats) {
		passed += e2e.stats.expected;
		failed += e2e.stats.unexpected;
		if (!e2eOk && e2e.stats.unexpected === 0) failed += 1;
	} else if (!e2eOk) failed += 1;
}

// 5. Lighthouse: accessibility and best practices at 100 on every page (one test per page)
if (buildOk) {
	console.log('\n$ node scripts/lighthouse.mjs');
	const r = spawnSync('node', ['scripts/lighthouse.mjs'], { encoding: 'utf8' });
	process.stdout.write(r.stdout ?? '');
	process.stderr.write(r.stderr ?? '');
	const m = /lighthouse: (\d+) passed, (\d+) failed/.exec(r.stdout ?? '');
	if (m) {
		passed += Number(m[1]);
		failed += Number(m[2]);
	} else failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
