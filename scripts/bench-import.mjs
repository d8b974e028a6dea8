#!/usr/bin/env node
/**
 * Benchmark: import a file of 1,000 answers in Chromium, through the real UI
 * (file input → check → "Import"), at normal speed and with the CPU slowed 4×.
 * Needs a build (`npx vite build`). Usage:
 *   node scripts/bench-import.mjs [--port 4351] [--runs 5] [--answers 1000]
 * Prints the median time to check the file (read + parse + validate + plan)
 * and to write it (one IndexedDB transaction), and their sum.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { makeData, makeExportFile } from './fixtures.mjs';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const port = arg('port', Number(process.env.E2E_PORT ?? 4351));
const runs = arg('runs', 5);
const nAnswers = arg('answers', 1000);

const file = await makeExportFile(
	makeData({ answers: nAnswers, cities: 6, assessmentsPerCity: 4 })
);
const dir = mkdtempSync(join(tmpdir(), 'hrc-bench-'));
const path = join(dir, 'hrc_bench_1000.json');
const text = JSON.stringify(file, null, 2);
writeFileSync(path, text);

const server = spawn(
	'./node_modules/.bin/vite',
	['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
	{
		stdio: 'ignore'
	}
);
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {
		await new Promise((r) => setTimeout(r, 200));
	}
}

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage']
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
	console.log(
		`File: ${file.answers.length} answers, ${file.assessments.length} assessments, ${(text.length / 1024).toFixed(0)} KiB`
	);
	for (const rate of [1, 4]) {
		const checks = [];
		const writes = [];
		for (let r = 0; r < runs; r++) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(`${base}/data`);
			await page.getByTestId('import-input').waitFor({ state: 'attached' });
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			const t0 = performance.now();
			await page.getByTestId('import-input').setInputFiles(path);
			await page.locator('[data-testid="import-entry"][data-status="ready"]').waitFor();
			const t1 = performance.now();
			await page.getByTestId('import-run').click();
			await page.locator('[data-testid="import-entry"][data-status="imported"]').waitFor();
			const t2 = performance.now();
			const count = await page.evaluate(
				() =>
					new Promise((resolve) => {
						const req = indexedDB.open('hrc-self-assessment');
						req.onsuccess = () => {
							const c = req.result.transaction('answers').objectStore('answers').count();
							c.onsuccess = () => resolve(c.result);
						};
					})
			);
			if (count !== file.answers.length)
				throw new Error(`expected ${file.answers.length} answers, found ${count}`);
			checks.push(t1 - t0);
			writes.push(t2 - t1);
			await context.close();
		}
		const c = median(checks);
		const w = median(writes);
		console.log(
			`CPU ${rate}×: check ${c.toFixed(0)} ms, write ${w.toFixed(0)} ms, total ${(c + w).toFixed(0)} ms (median of ${runs}; includes UI updates)`
		);
	}
} finally {
	await browser.close();
	server.kill();
}
