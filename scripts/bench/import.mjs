/**
 * Import of a 1,000-answer export file (P7) in Chromium, through the real UI
 * (/data: file input → check → "Import"), at each CPU rate. Also run alone
 * with scripts/bench-import.mjs.
 *
 * Per run, a fresh context (empty IndexedDB, no service worker); times from
 * setting the file until the entry is "ready" (read + parse + validate + plan)
 * and from clicking "Import" until it is "imported" (one IndexedDB
 * transaction), both including the UI updates. The stored answer count is
 * checked after every run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeData, makeExportFile } from '../fixtures.mjs';
import { countRows, median, round } from './_lib.mjs';

export const title = 'Import of 1,000 answers (/data page)';

/**
 * Returns [{ rate, check, write, total, longestTask }] medians in ms, and the
 * file's description. `longestTask` is the longest main-thread task seen while
 * checking and writing (PerformanceObserver 'longtask': tasks over 50 ms; 0
 * when there was none). A large file (`answers` > 10,000) is written without
 * comments and without indentation, to stay under the import's 20 MiB limit.
 */
export async function measureImport({ browser, baseUrl, runs, cpu, tmpDir, answers = 1000, log }) {
	const large = answers > 10_000;
	const file = await makeExportFile(
		makeData({ answers, cities: 6, assessmentsPerCity: 4, ...(large ? { commentLength: 0 } : {}) })
	);
	const path = join(tmpDir, `hrc_bench_${answers}.json`);
	const text = large ? JSON.stringify(file) : JSON.stringify(file, null, 2);
	writeFileSync(path, text);
	const described = `${file.answers.length} answers, ${file.assessments.length} assessments, ${Math.round(text.length / 1024)} KiB`;
	log?.(`file: ${described}`);
	const results = [];
	for (const rate of cpu) {
		const checks = [];
		const writes = [];
		const longest = [];
		for (let r = 0; r < runs; r++) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			await context.addInitScript(() => {
				window.__longest = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries())
						window.__longest = Math.max(window.__longest, e.duration);
				}).observe({ type: 'longtask' });
			});
			const page = await context.newPage();
			page.setDefaultTimeout(large ? 600_000 : 30_000);
			await page.goto(`${baseUrl}/data`);
			await page.getByTestId('import-input').waitFor({ state: 'attached' });
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			await page.evaluate(() => (window.__longest = 0));
			const t0 = performance.now();
			await page.getByTestId('import-input').setInputFiles(path);
			await page.locator('[data-testid="import-entry"][data-status="ready"]').waitFor();
			const t1 = performance.now();
			await page.getByTestId('import-run').click();
			await page.locator('[data-testid="import-entry"][data-status="imported"]').waitFor();
			const t2 = performance.now();
			const count = await countRows(page, 'answers');
			if (count !== file.answers.length)
				throw new Error(`expected ${file.answers.length} answers, found ${count}`);
			checks.push(t1 - t0);
			writes.push(t2 - t1);
			longest.push(await page.evaluate(() => window.__longest));
			await context.close();
		}
		const check = median(checks);
		const write = median(writes);
		results.push({ rate, check, write, total: check + write, longestTask: median(longest) });
	}
	return { results, described, answers: file.answers.length };
}

export async function run(ctx) {
	const runs = Math.min(ctx.runs, 3);
	const { results, described } = await measureImport({ ...ctx, runs });
	ctx.log?.('100,000 answers, once per CPU rate');
	const big = await measureImport({ ...ctx, runs: 1, answers: 100_000 });
	const bigRows = big.results.flatMap(({ rate, total, longestTask }) => [
		{
			name: 'import 100,000 answers: total',
			cpu: rate,
			value: round(total),
			unit: 'ms',
			note: `${big.described}; from choosing the file to "imported"`
		},
		{
			name: 'import 100,000 answers: longest main-thread task',
			cpu: rate,
			value: round(longestTask),
			unit: 'ms',
			budget: 'P11',
			target: 200,
			note: 'PerformanceObserver longtask on the page while checking and writing (not the worker)'
		}
	]);
	const small = results.flatMap(({ rate, check, write, total, longestTask }) => [
		{
			name: 'import 1,000 answers: check the file',
			cpu: rate,
			value: round(check),
			unit: 'ms',
			note: `median of ${runs}; ${described}; read + parse + validate + plan`
		},
		{
			name: 'import 1,000 answers: write',
			cpu: rate,
			value: round(write),
			unit: 'ms',
			note: 'one IndexedDB transaction, until shown as imported'
		},
		{
			name: 'import 1,000 answers: total',
			cpu: rate,
			value: round(total),
			unit: 'ms',
			budget: rate === 4 ? 'P7' : undefined,
			target: rate === 4 ? 2000 : undefined,
			note: 'from choosing the file to "imported" (Playwright-side clock, includes UI updates)'
		},
		{
			name: 'import 1,000 answers: longest main-thread task',
			cpu: rate,
			value: round(longestTask),
			unit: 'ms',
			budget: 'P11',
			target: 200,
			note: 'PerformanceObserver longtask (0: none over 50 ms)'
		}
	]);
	return [...small, ...bigRows];
}
