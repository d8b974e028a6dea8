/**
 * Live results, a helper of the compare step (scripts/bench/compare.mjs): the
 * results page in one window refreshing after an answer chosen in another, and
 * that page's longest task when opened and when reloaded.
 */
import { recordLongTasks, throttle, upperMedian } from './_lib.mjs';

export async function measureLive(context, baseUrl, rate) {
	const assess = await context.newPage();
	const results = await context.newPage();
	const cdps = [await throttle(assess, rate), await throttle(results, rate)];
	await assess.goto(`${baseUrl}/assess?id=bench-live&item=F1`);
	await assess.waitForSelector('[data-question="F1.1"] input[type=radio]');
	// the results page's longest main-thread task while it loads, until its charts are drawn
	// and 1 s after (P11): 3 times opened from a blank page (as in a new tab), then 3 times
	// reloaded. A reload's first task is Chromium's: it unloads the page shown (SvelteKit's
	// visibilitychange handler reads the scroll position, laying it out), tears its document
	// down and starts the new one, 130–370 ms of a results page at 4× on a slow machine
	await recordLongTasks(results);
	const openLongest = [];
	const reloadLongest = [];
	for (const list of [openLongest, reloadLongest])
		for (let n = 0; n < 3; n++) {
			if (list === openLongest) await results.goto('about:blank');
			await results.goto(`${baseUrl}/results?id=bench-live`);
			await results.waitForFunction(() => {
				const canvases = [...document.querySelectorAll('canvas')];
				return canvases.length > 0 && canvases.every((c) => c.dataset.ready);
			});
			await results.waitForTimeout(1000);
			list.push(await results.evaluate(() => window.__longest));
		}
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
		medianMs: upperMedian(latencies),
		maxMs: Math.max(...latencies),
		samples: latencies.length,
		openLongestMs: Math.max(...openLongest),
		reloadLongestMs: Math.max(...reloadLongest)
	};
}
