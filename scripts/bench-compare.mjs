#!/usr/bin/env node
/**
 * Measures, against the built app (run `npx vite build` first):
 *  1. the compare view with 50 assessments selected — time until both charts
 *     and the tables are drawn, and how long toggling anonymise and projector
 *     mode takes (plus long tasks), at normal speed and with the CPU slowed 4×;
 *  2. live results — time from choosing an answer in the questionnaire window
 *     until the results window (open beside it) shows the new score, painted.
 * Usage: node scripts/bench-compare.mjs [--port 4331] [--screenshots DIR]
 * Prints a table and writes bench-results/compare.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const direct = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
const port = Number(arg('--port', process.env.E2E_PORT ?? 4331));
const shots = arg('--screenshots', '');
let base = `http://127.0.0.1:${port}`;

let server;
const stop = () => server?.kill('SIGTERM');
if (direct) {
	server = spawn(
		'./node_modules/.bin/vite',
		['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
		{ stdio: 'ignore' }
	);
	process.on('exit', stop);
}

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(base)).ok) return;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	throw new Error(`preview server did not start on ${port}`);
}

const ITEMS = ['F1', 'F2', 'F3', 'F4', 'S1', 'S2', 'S3', 'S4', 'S5', 'T1', 'T2', 'T3', 'T4', 'T5'];
const QUESTIONS = ITEMS.flatMap((i) => [1, 2, 3].map((n) => `${i}.${n}`));
const VALUES = [0, 1, 2, 3, 4, 'na', 'dk', null];

/** 25 cities × 2 assessments with pseudo-random (seeded) answers. */
function dataset() {
	let s = 12345;
	const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const list = [];
	for (let c = 0; c < 25; c++)
		for (let k = 0; k < 2; k++) {
			const answers = {};
			for (const q of QUESTIONS) answers[q] = VALUES[Math.floor(rnd() * VALUES.length)];
			list.push({
				id: `bench-${c}-${k}`,
				cityId: `bench-city-${c}`,
				cityName: `Bench city ${c + 1}`,
				label: `Round ${k + 1}`,
				createdAt: Date.UTC(2024 + k, c % 12, 1),
				answers
			});
		}
	// one assessment for the live-results measurement: only F1.1 answered
	list.push({
		id: 'bench-live',
		cityId: 'bench-city-live',
		cityName: 'Live city',
		label: 'Live',
		createdAt: 1,
		answers: { 'F1.1': 0 }
	});
	return list;
}

async function seed(page, list) {
	await page.evaluate(async (list) => {
		const db = await new Promise((resolve, reject) => {
			const req = indexedDB.open('hrc-self-assessment');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tx = db.transaction(['cities', 'assessments', 'answers'], 'readwrite');
		for (const a of list) {
			tx.objectStore('cities').put({
				id: a.cityId,
				name: a.cityName,
				country: '',
				notes: '',
				createdAt: 1,
				updatedAt: 1
			});
			tx.objectStore('assessments').put({
				id: a.id,
				cityId: a.cityId,
				frameworkId: 'fra-hrc',
				frameworkVersion: '1.0.0',
				label: a.label,
				status: 'draft',
				participants: '',
				createdAt: a.createdAt,
				updatedAt: a.createdAt
			});
			for (const [questionId, value] of Object.entries(a.answers))
				tx.objectStore('answers').put({
					assessmentId: a.id,
					questionId,
					value,
					comment: '',
					evidence: [],
					updatedAt: 1,
					rev: 1
				});
		}
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, list);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);

async function measureCompare(page, ids, cdp, rate) {
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	const loads = [];
	const anon = [];
	const proj = [];
	let longTasks = 0;
	let longest = 0;
	for (let run = 0; run < 3; run++) {
		await page.goto(`${base}/compare?ids=${ids.join(',')}`);
		await page.waitForFunction(
			(n) =>
				document.querySelectorAll('canvas[data-ready]').length === 2 &&
				document.querySelectorAll('[data-testid=compare-table] tbody tr').length === n,
			ids.length,
			{ timeout: 60_000 }
		);
		loads.push(
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => r(performance.now())))
			)
		);
		await page.evaluate(() => {
			window.__long = [];
			new PerformanceObserver((l) =>
				window.__long.push(...l.getEntries().map((e) => e.duration))
			).observe({ type: 'longtask' });
		});
		// anonymise: click → first row label becomes a letter, painted
		anon.push(
			await page.evaluate(
				() =>
					new Promise((resolve) => {
						const t0 = performance.now();
						const done = () => {
							const th = document.querySelector('[data-testid=compare-table] tbody th');
							if (th && /^[A-Z]+( · \d+)?$/.test(th.textContent.trim()))
								requestAnimationFrame(() => resolve(performance.now() - t0));
							else requestAnimationFrame(done);
						};
						document.querySelector('[data-testid=anonymise]').click();
						requestAnimationFrame(done);
					})
			)
		);
		// projector on: class set, charts redrawn at the new size
		proj.push(
			await page.evaluate(
				() =>
					new Promise((resolve) => {
						const t0 = performance.now();
						document.querySelector('[data-testid=projector]').click();
						const done = () => {
							if (
								document.querySelector('[data-testid=compare-root]').classList.contains('projector')
							)
								requestAnimationFrame(() =>
									requestAnimationFrame(() => resolve(performance.now() - t0))
								);
							else requestAnimationFrame(done);
						};
						requestAnimationFrame(done);
					})
			)
		);
		const lt = await page.evaluate(() => window.__long);
		longTasks += lt.length;
		longest = Math.max(longest, ...lt, 0);
		await page.goto(`${base}/`);
	}
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	return {
		cpu: `${rate}x`,
		loadMs: median(loads),
		anonymiseMs: median(anon),
		projectorMs: median(proj),
		longTasks,
		longestTaskMs: longest
	};
}

async function measureLive(context, rate) {
	const assess = await context.newPage();
	const results = await context.newPage();
	const cdps = [await context.newCDPSession(assess), await context.newCDPSession(results)];
	for (const c of cdps) await c.send('Emulation.setCPUThrottlingRate', { rate });
	await assess.goto(`${base}/assess?id=bench-live&item=F1`);
	await assess.waitForSelector('[data-question="F1.1"] input[type=radio]');
	await results.goto(`${base}/results?id=bench-live`);
	await results.waitForSelector('canvas[data-ready]');
	const latencies = [];
	for (let i = 1; i <= 12; i++) {
		const level = i % 5;
		const expected = String(level * 25);
		await results.evaluate((expected) => {
			window.__seen = new Promise((resolve) => {
				const el = document.querySelector('[data-testid=overall-score]');
				const check = () => {
					if (
						el.textContent.trim().startsWith(expected + ' ') ||
						el.textContent.trim().startsWith(expected + '/')
					) {
						obs.disconnect();
						requestAnimationFrame(() => resolve(Date.now()));
					}
				};
				const obs = new MutationObserver(check);
				obs.observe(el, { subtree: true, childList: true, characterData: true });
			});
		}, expected);
		const t0 = await assess.evaluate((level) => {
			const t = Date.now();
			document.querySelector(`[data-question="F1.1"] input[value="${level}"]`).click();
			return t;
		}, level);
		const t1 = await results.evaluate(() => window.__seen);
		latencies.push(t1 - t0);
	}
	for (const c of cdps) await c.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await assess.close();
	await results.close();
	return {
		cpu: `${rate}x`,
		medianMs: median(latencies),
		maxMs: max(latencies),
		samples: latencies.length
	};
}

async function main() {
	await waitForServer();
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--headless',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--no-first-run'
		]
	});
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const page = await context.newPage();
	await page.goto(base);
	await page.waitForSelector('[data-testid=storage-status]');
	await page.waitForFunction(
		() => !document.querySelector('main p.muted') || document.querySelector('h1')
	);
	const list = dataset();
	await seed(page, list);
	const ids = list.filter((a) => a.id !== 'bench-live').map((a) => a.id);
	const cdp = await context.newCDPSession(page);

	const compare = [
		await measureCompare(page, ids, cdp, 1),
		await measureCompare(page, ids, cdp, 4)
	];
	const live = [await measureLive(context, 1), await measureLive(context, 4)];

	if (shots) {
		mkdirSync(shots, { recursive: true });
		await page.goto(`${base}/compare?ids=${ids.join(',')}`);
		await page.waitForFunction(() => document.querySelectorAll('canvas[data-ready]').length === 2);
		await page.screenshot({ path: `${shots}/compare-50.png`, fullPage: true });
	}
	await browser.close();

	const out = { assessments: ids.length, compare, live };
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/compare.json', JSON.stringify(out, null, 2));
	console.log(`Compare view, ${ids.length} assessments selected (median of 3):`);
	console.table(compare);
	console.log(
		'Live results: answer chosen in one window → new score painted in the results window:'
	);
	console.table(live);
	stop();
}

if (direct)
	main().catch((e) => {
		console.error(e);
		stop();
		process.exit(1);
	});

export const title = 'Compare view with 50 assessments; live results after an answer';

/** Step of `npm run bench` (scripts/bench/compare.mjs re-exports it). */
export async function run(ctx) {
	base = ctx.baseUrl;
	const context = await ctx.browser.newContext({
		viewport: { width: 1366, height: 900 },
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	await page.goto(base);
	await page.waitForSelector('[data-testid=storage-status]');
	const list = dataset();
	await seed(page, list);
	const ids = list.filter((a) => a.id !== 'bench-live').map((a) => a.id);
	const cdp = await context.newCDPSession(page);
	const rows = [];
	for (const rate of ctx.cpu) {
		ctx.log?.(`compare, ${ids.length} assessments, CPU ${rate}×`);
		const c = await measureCompare(page, ids, cdp, rate);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		for (const [key, value] of Object.entries(c))
			if (typeof value === 'number' && key !== 'cpu')
				rows.push({
					name: `compare view, ${ids.length} assessments: ${key.replace(/Ms$/, '')}`,
					unit: key === 'longTasks' ? '' : 'ms',
					value: Math.round(value),
					cpu: rate,
					...(key === 'anonymiseMs' || key === 'projectorMs' ? { target: 100 } : {})
				});
		const live = await measureLive(context, rate);
		rows.push({
			name: 'results refresh after an answer in another window, median',
			value: Math.round(live.medianMs),
			unit: 'ms',
			cpu: rate,
			budget: 'P6',
			target: 100
		});
		rows.push({
			name: 'results refresh after an answer in another window, max',
			value: Math.round(live.maxMs),
			unit: 'ms',
			cpu: rate
		});
	}
	await context.close();
	return rows;
}
