/**
 * Offline repeat start (P4): the app was opened once online (a city added,
 * the service worker installed and controlling), then the browser goes
 * offline and the home page is opened again in a new tab, normally and with
 * the CPU slowed (CDP Emulation.setCPUThrottlingRate, set before navigation).
 *
 * Measured in the page, from navigation start (performance.now()):
 *   "main h1"  the heading is in the DOM (the app has booted and rendered; ssr is off)
 *   "ready"    the city list read from IndexedDB is rendered with the add-city form —
 *              the home page can be used
 * A MutationObserver installed before any page script records both moments.
 */
import { createAssessmentThroughUi, median, round } from './_lib.mjs';

export const title = 'Offline repeat start (home page, from the service worker)';

const CITY = 'Świętochłowice';

function observe(city) {
	const b = (window.__bench = {});
	const check = () => {
		const now = performance.now();
		if (!b.h1 && document.querySelector('main h1')) b.h1 = now;
		if (
			!b.ready &&
			document.querySelector('main .cities')?.textContent?.includes(city) &&
			document.querySelector('main form button')
		) {
			b.ready = now;
			mo.disconnect();
		}
	};
	const mo = new MutationObserver(check);
	mo.observe(document, { childList: true, subtree: true, characterData: true });
}

async function controlled(page) {
	for (let i = 0; i < 4; i++) {
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		if (await page.evaluate(() => navigator.serviceWorker.controller?.state === 'activated'))
			return;
		await page.reload();
	}
	throw new Error('the service worker does not control the page');
}

export async function run({ profile, baseUrl, cpu, runs, throttle, log }) {
	const context = await profile({ serviceWorkers: 'allow' });
	const rows = [];
	try {
		const first = await context.newPage();
		await createAssessmentThroughUi(first, baseUrl, CITY, 'Offline start');
		await first.goto(`${baseUrl}/`);
		await controlled(first);
		await first.close();
		await context.addInitScript(observe, CITY);
		await context.setOffline(true);

		for (const rate of cpu) {
			const h1 = [];
			const ready = [];
			for (let r = 0; r < runs; r++) {
				const page = await context.newPage();
				if (rate !== 1) await throttle(page, rate);
				await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
				await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 30_000 });
				const b = await page.evaluate(() => ({
					...window.__bench,
					sw: navigator.serviceWorker.controller !== null
				}));
				if (!b.sw) throw new Error('the offline start was not served by the service worker');
				h1.push(b.h1);
				ready.push(b.ready);
				await page.close();
			}
			log(`${rate}×: ready ${ready.map(Math.round).join(', ')} ms`);
			rows.push({
				name: 'offline start: main h1 rendered',
				cpu: rate,
				value: round(median(h1)),
				unit: 'ms',
				note: `median of ${runs}; from navigation start`
			});
			rows.push({
				name: 'offline start: home page ready (data shown)',
				cpu: rate,
				value: round(median(ready)),
				unit: 'ms',
				budget: rate === 4 ? 'P4' : undefined,
				target: rate === 4 ? 2000 : undefined,
				note: `median of ${runs}; city list from IndexedDB + add-city form in the DOM`
			});
		}
	} finally {
		await context.close();
	}
	return rows;
}
