#!/usr/bin/env node
/**
 * The compare-view benchmark alone, against the built app (run `npx vite build` first):
 * the compare view with 50 assessments selected and live results, at normal
 * speed and with the CPU slowed 4×, service worker allowed.
 * Usage: node scripts/bench-compare.mjs [--port 4331] [--screenshots DIR]
 * Prints a table and writes bench-results/compare.json.
 * The measurement itself is scripts/bench/compare.mjs, also a step of `npm run bench`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openProfile, startPreview } from './bench/_lib.mjs';
import { measureCompare, openSeeded } from './bench/compare.mjs';
import { measureLive } from './bench/_live.mjs';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.E2E_PORT ?? '4331' },
		screenshots: { type: 'string', default: '' }
	}
});
const shots = values.screenshots;

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await startPreview(root, Number(values.port));
const tmpDir = mkdtempSync(join(tmpdir(), 'hrc-bench-'));
const base = server.baseUrl;
let context;

try {
	const seeded = await openSeeded((options) => openProfile(tmpDir, options), base);
	context = seeded.context;
	const { page, ids } = seeded;
	const compare = [
		await measureCompare(page, base, ids, 1),
		await measureCompare(page, base, ids, 4)
	];
	const live = [await measureLive(context, base, 1), await measureLive(context, base, 4)];

	if (shots) {
		mkdirSync(shots, { recursive: true });
		await page.goto(`${base}/compare?ids=${ids.join(',')}`);
		await page.waitForFunction(() => document.querySelectorAll('canvas[data-ready]').length === 2);
		await page.screenshot({ path: `${shots}/compare-50.png`, fullPage: true });
	}

	const out = { assessments: ids.length, compare, live };
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/compare.json', JSON.stringify(out, null, 2));
	console.log(`Compare view, ${ids.length} assessments selected (median of 3):`);
	console.table(compare);
	console.log(
		'Live results: answer chosen in one window → new score painted in the results window:'
	);
	console.table(live);
} finally {
	await context?.close();
	server.stop();
	rmSync(tmpDir, { recursive: true, force: true });
}
