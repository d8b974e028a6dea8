/**
 * Profile importing 12 response files on the team page (the bench's "import 12
 * response files" step) with the CDP sampling profiler, at a CPU rate:
 *
 *   npx vite preview --port 4191 &  node scripts/profile-team-import.mjs http://localhost:4191 4 /tmp/out
 *
 * Prints the wall time and the functions with the most self and inclusive
 * time; writes each run's .cpuprofile (open in Chrome DevTools → Performance).
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { responseFiles, seedImportTarget } from './bench/team.mjs';
const base = process.argv[2];
const rate = Number(process.argv[3] ?? 4);
const out = process.argv[4] ?? tmpdir();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({
	viewport: { width: 1366, height: 900 },
	serviceWorkers: 'block'
});
const page = await ctx.newPage();
await page.goto(base);
await page.waitForSelector('[data-testid=storage-status]');
await seedImportTarget(page);
const cdp = await ctx.newCDPSession(page);
for (let run = 0; run < 2; run++) {
	await page.goto(`${base}/team?assessment=bench-team-import`);
	await page.waitForSelector('[data-testid=responses-input]', { state: 'attached' });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	const t0 = Date.now();
	await page.locator('[data-testid=responses-input]').setInputFiles(responseFiles(`p${run}`));
	await page.waitForFunction(
		() =>
			document.querySelectorAll('[data-testid=team-file][data-status=imported]').length === 12 &&
			!document.querySelector('[data-testid=team-file][data-status=checking]'),
		null,
		{ timeout: 60000, polling: 16 }
	);
	const wall = Date.now() - t0;
	const { profile } = await cdp.send('Profiler.stop');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	writeFileSync(`${out}/import-${rate}x-run${run}.cpuprofile`, JSON.stringify(profile));
	// self time per function
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map();
	const dt = profile.timeDeltas;
	profile.samples.forEach((id, i) => {
		const n = byId.get(id);
		const f = n.callFrame;
		const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
		self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
	});
	// inclusive time per function
	const parent = new Map();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const incl = new Map();
	profile.samples.forEach((id, i) => {
		const seen = new Set();
		for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
			const f = byId.get(cur).callFrame;
			const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
			if (seen.has(key)) continue;
			seen.add(key);
			incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
		}
	});
	console.log(`run ${run}: wall ${wall} ms at ${rate}x`);
	console.log(
		'SELF',
		[...self]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 15)
			.map(([k, v]) => `${v.toFixed(0)} ${k}`)
			.join('\n  ')
	);
	console.log(
		'INCL',
		[...incl]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 40)
			.map(([k, v]) => `${v.toFixed(0)} ${k}`)
			.join('\n  ')
	);
}
await browser.close();
