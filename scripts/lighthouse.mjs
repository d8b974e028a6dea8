#!/usr/bin/env node
/**
 * Lighthouse (12.8.2, run with npx: it is not a dependency, see shared/notes/stack.md)
 * on the built app's pages, mobile form factor. Gates accessibility and best
 * practices at 100; performance is reported only (measured in `npm run bench`).
 *
 *   node scripts/lighthouse.mjs [--json out.json]
 * Prints one line per page and "lighthouse: N passed, N failed"; exits 1 on a
 * failed gate, 3 when Lighthouse itself could not be run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGES = ['/', '/about', '/compare', '/data'];
const port = 43950 + Math.floor(Math.random() * 40);
const base = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'hrc-lh-'));
const flags = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
].join(' ');

const server = spawn(
	'./node_modules/.bin/vite',
	['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
	{ stdio: 'ignore' }
);
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(base)).ok) return;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	throw new Error('preview server did not start');
}

await waitForServer();
let passed = 0;
let failed = 0;
const results = [];
for (const path of PAGES) {
	const out = join(dir, `${path.replace(/\W/g, '_') || 'home'}.json`);
	const r = spawnSync(
		'npx',
		[
			'-y',
			'lighthouse@12.8.2',
			`${base}${path}`,
			'--quiet',
			'--only-categories=accessibility,best-practices,performance',
			'--form-factor=mobile',
			'--output=json',
			`--output-path=${out}`,
			`--chrome-flags=${flags}`
		],
		{
			encoding: 'utf8',
			env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
			timeout: 180_000
		}
	);
	let report;
	try {
		report = JSON.parse(readFileSync(out, 'utf8'));
	} catch {
		console.error(`lighthouse could not run on ${path}: ${r.stderr?.slice(-500) ?? r.error}`);
		stop();
		process.exit(3);
	}
	const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
	const row = {
		page: path,
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		performance: score('performance')
	};
	const failing = Object.values(report.audits)
		.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
		.map((a) => a.id);
	const ok = row.accessibility === 100 && row.bestPractices === 100;
	if (ok) passed++;
	else failed++;
	results.push({ ...row, ok, failingAudits: failing });
	console.log(
		`${ok ? 'ok  ' : 'FAIL'} ${path.padEnd(9)} accessibility ${row.accessibility}, best practices ${row.bestPractices}, performance ${row.performance} (reported only)${ok ? '' : ` — failing: ${failing.join(', ')}`}`
	);
}
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(results, null, 2));
console.log(`lighthouse: ${passed} passed, ${failed} failed`);
stop();
process.exit(failed ? 1 : 0);
