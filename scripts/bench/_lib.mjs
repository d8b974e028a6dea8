/**
 * Shared helpers of the benchmark (`npm run bench`, scripts/bench.js).
 * Files in scripts/bench/ whose name starts with "_" are helpers, not steps.
 *
 * A step is a module `scripts/bench/<name>.mjs` exporting
 *
 *   export const title = 'Human-readable title';            // optional
 *   export async function run(ctx) { return rows; }
 *
 * ctx = { browser, baseUrl, cpu, runs, root, buildDir, tmpDir, log, throttle, profile, budgets }
 *   browser   Playwright Browser (Chromium), shared by all steps
 *   profile   (options?) => Promise<BrowserContext>: a browser with a profile on disk (openProfile),
 *             as a person's is; the steps that use the database open their pages there
 *   baseUrl   the built app served by `vite preview`, e.g. http://127.0.0.1:4180
 *   cpu       CPU slow-down rates to measure, e.g. [1, 4]
 *   runs      repetitions per measurement (medians are reported)
 *   throttle  (page, rate) => Promise<CDPSession>: Emulation.setCPUThrottlingRate
 *   log       (text) => void: progress lines (stderr)
 *
 * A row is one figure:
 *   { name, value, unit, cpu?, budget?, target?, limit?, pass?, note? }
 *   value   number (or a string for yes/no answers)
 *   unit    'KB' (kibibytes), 'ms', 'files', ''
 *   cpu     CPU slow-down the figure was measured at (1, 4) — omitted for sizes
 *   budget  id of the budget in docs/quality (P1…P12), when it has one
 *   target  reported, not gated: the figure should be ≤ target
 *   limit   gated: `npm run bench` exits 1 when the figure is > limit
 *   pass    for yes/no gates: false breaks the gate (set by the step)
 *   note    how it was measured, caveats
 */
import { spawn, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/** The budgets of /work/shared/notes/quality.md that the bench checks or reports. */
export const BUDGETS = {
	P1: 'first-screen JS + CSS ≤ 94 KiB gzip (target), ceiling 96 KiB (gated)',
	P2: 'jsPDF, its font, Chart.js and zod not in the first-screen JS (gated)',
	P3: 'no precached file > 2 MiB; everything lazy precached (gated)',
	P4: 'offline repeat start interactive ≤ 2 s at 4× CPU',
	P5: 'answer saved (IndexedDB commit) ≤ 50 ms p95, ≤ 100 ms at 4× CPU',
	P6: 'live view refresh ≤ 100 ms after a save',
	P7: 'import of 1,000 answers ≤ 2 s at 4× CPU',
	P8: 'bilingual PDF: first ≤ 300 ms at 1×, ≤ 1.5 s at 4× CPU in a worker; ≤ 140 KiB (gated)',
	P11: 'no main-thread task over 200 ms, a 100,000-answer import included',
	P12: 'report CLI, whole process ≤ 400 ms, working right after npm ci'
};

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--headless',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage'
];

/** The Chromium the bench drives. */
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * A browser context with a profile of its own on disk (a new directory under
 * `dir`), as a person's browser has: its IndexedDB and caches are files.
 * `browser.newContext()` is an off-the-record context, whose IndexedDB Chromium
 * keeps in memory: there, 20,000 answers put in one transaction took 13 s
 * against 4 s on disk (Chromium 150 here), and each awaited slice of a large
 * write added more; a 100,000-answer import took 88 s. Closing the context
 * ends its browser; the directory goes with `dir`.
 */
export function openProfile(dir, options = {}) {
	return chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), {
		executablePath: CHROME,
		args: CHROMIUM_ARGS,
		...options
	});
}

export const KB = 1024;
export const kb = (bytes) => Math.round((bytes / KB) * 10) / 10;
export const round = (ms) => Math.round(ms * 10) / 10;

/** gzip size as a static server would send it (level 9). */
export function gzipSize(bufferOrPath) {
	const buf = typeof bufferOrPath === 'string' ? readFileSync(bufferOrPath) : bufferOrPath;
	return gzipSync(buf, { level: 9 }).length;
}

export function median(xs) {
	return percentile(xs, 50);
}

/**
 * The middle value; for an even count, the upper of the two middle ones
 * (sorted[n / 2]). The live-results figures have always been reported this way.
 */
export function upperMedian(xs) {
	if (xs.length === 0) return NaN;
	return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** Nearest-rank percentile. */
export function percentile(xs, p) {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Serve build/ with `vite preview` on `port`; resolves once it answers. */
export async function startPreview(root, port) {
	const server = spawn(
		`${root}/node_modules/.bin/vite`,
		['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
		{ cwd: root, stdio: ['ignore', 'ignore', 'pipe'] }
	);
	let stderr = '';
	server.stderr.on('data', (d) => (stderr += d));
	const baseUrl = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 150; i++) {
		if (server.exitCode !== null)
			throw new Error(`vite preview exited (${server.exitCode}): ${stderr.trim()}`);
		try {
			if ((await fetch(baseUrl)).ok) return { baseUrl, stop: () => server.kill() };
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	server.kill();
	throw new Error(`vite preview did not answer on ${baseUrl}`);
}

/** Emulation.setCPUThrottlingRate on a page (the main thread of its renderer). */
export async function throttle(page, rate) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	return cdp;
}

/** Read an IndexedDB store's row count in the page. */
export function countRows(page, store) {
	return page.evaluate(
		(store) =>
			new Promise((resolve, reject) => {
				const req = indexedDB.open('hrc-self-assessment');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const c = req.result.transaction(store).objectStore(store).count();
					c.onsuccess = () => {
						req.result.close();
						resolve(c.result);
					};
				};
			}),
		store
	);
}

/** Import an export file through the app's /data page (file input → check → Import). */
export async function importThroughUi(page, baseUrl, path) {
	await page.goto(`${baseUrl}/data`);
	await page.getByTestId('import-input').waitFor({ state: 'attached' });
	await page.getByTestId('import-input').setInputFiles(path);
	await page.locator('[data-testid="import-entry"][data-status="ready"]').waitFor();
	await page.getByTestId('import-run').click();
	await page.locator('[data-testid="import-entry"][data-status="imported"]').waitFor();
}

/** Create a city and an assessment through the home page; returns the assessment id. */
export async function createAssessmentThroughUi(page, baseUrl, city = 'Łódź', label = 'Bench') {
	await page.goto(`${baseUrl}/`);
	await page.getByLabel('City name').fill(city);
	await page.getByRole('button', { name: 'Add city' }).click();
	await page.getByRole('button', { name: 'New assessment' }).click();
	await page.getByLabel('Label').fill(label);
	await page.getByRole('button', { name: 'Start assessment' }).click();
	await page.waitForURL(/\/assess\?id=/);
	return new URL(page.url()).searchParams.get('id');
}

/**
 * Record, in a page or in every page of a context, the main-thread tasks over
 * 50 ms since its last navigation (PerformanceObserver 'longtask'):
 * `window.__longest` (0: none) and `window.__tasks` ({ start, duration } each).
 * Asked for twice of the same page, it records once.
 */
export function recordLongTasks(target) {
	return target.addInitScript(() => {
		if (window.__tasks) return;
		window.__longest = 0;
		window.__tasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				window.__longest = Math.max(window.__longest, e.duration);
				window.__tasks.push({ start: e.startTime, duration: e.duration });
			}
		}).observe({ type: 'longtask' });
	});
}

/**
 * The fonts the system has for an emoji (U+1F680, in the fixtures' assessment
 * labels), by fontconfig, which Chromium on Linux asks for fallback fonts: []
 * when none has one, null where fontconfig is not there to ask (not Linux).
 * Without one, Chromium looks for a font again at every layout of such a label:
 * the compare picker's rows took 5–8× as long to lay out on a Debian machine with
 * no emoji font (65–95 ms against 11–15 ms for 25 rows at 4× CPU). Every
 * desktop system a city official uses has one, so the bench says when it is
 * missing (Debian: apt-get install fonts-noto-color-emoji).
 */
export function emojiFonts() {
	const r = spawnSync('fc-list', [':charset=1f680', 'family'], { encoding: 'utf8' });
	if (r.status !== 0 || r.error) return null;
	return [
		...new Set(
			r.stdout
				.split('\n')
				.map((l) => l.trim())
				.filter(Boolean)
		)
	].sort();
}

/**
 * This machine's speed, for reading the figures: the same fixed piece of work
 * in a blank page at normal speed (script: sorting, strings and JSON of a few
 * thousand records; DOM: a table of 50 rows × 17 cells built, laid out and
 * removed), median of `n` runs, in ms. These machines differ and drift (1.5–2×
 * between sessions, and within one hour), and every time in the bench moves
 * with them; bench.js measures this before the first step and after the last.
 * It is not a target: only a figure to compare runs by.
 */
export async function machineSpeed(browser, n = 7) {
	const page = await browser.newPage();
	try {
		const times = [];
		for (let i = 0; i < n; i++)
			times.push(
				await page.evaluate(() => {
					const t0 = performance.now();
					const rows = Array.from({ length: 4000 }, (_, k) => ({
						id: `a${(k * 7919) % 4000}`,
						label: `Round ${k % 3} — Łódź ${k}`,
						scores: Array.from({ length: 14 }, (_, j) => ((k + j) * 37) % 101)
					}));
					rows.sort((a, b) => a.id.localeCompare(b.id));
					const text = JSON.stringify(rows);
					JSON.parse(text).reduce((s, r) => s + r.scores.length, 0);
					const table = document.createElement('table');
					for (let r = 0; r < 50; r++) {
						const tr = table.insertRow();
						for (let c = 0; c < 17; c++) tr.insertCell().textContent = String((r * c) % 100);
					}
					document.body.append(table);
					void table.offsetHeight;
					table.remove();
					return performance.now() - t0;
				})
			);
		return median(times);
	} finally {
		await page.close();
	}
}
