import { expect, test, type Page } from '@playwright/test';
import { openHome, slowDown } from './helpers';
import { seed, type SeedAssessment } from './seed';

/**
 * Live results redraw a chart in place, keeping its layout when only values
 * changed (charts/attach.svelte.ts): what they show must be exactly what a
 * results window opened afresh draws.
 *
 * `E2E_CPU_SLOWDOWN=4` runs the first test with both windows' CPU slowed (CDP).
 */

const ID = 'asmt-live';

/** The one assessment every test here answers: Kraków's "Live", with these answers. */
function live(answers: SeedAssessment['answers']): SeedAssessment {
	return { id: ID, cityId: 'city-live', cityName: 'Kraków', label: 'Live', createdAt: 1, answers };
}

async function choose(page: Page, questionId: string, value: string) {
	const card = page.locator(`[data-question="${questionId}"]`);
	await card.locator(`input[type=radio][value="${value}"]`).check();
	await expect(card.locator('[data-status="saved"]')).toBeVisible();
}

/** Both charts as images. */
function pictures(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('canvas')].map((c) => (c as HTMLCanvasElement).toDataURL())
	);
}

/** The charts of `live` equal those of a results window opened now (once its first animation ends). */
async function sameAsFresh(live: Page) {
	const shown = await pictures(live);
	const fresh = await live.context().newPage();
	await fresh.goto(`/results?id=${ID}`);
	await expect(fresh.locator('canvas[data-ready]')).toHaveCount(2);
	await expect.poll(() => pictures(fresh), { timeout: 5000 }).toEqual(shown);
	await fresh.close();
}

test('live results: charts updated in place draw exactly what a fresh window draws', async ({
	page,
	context
}) => {
	await openHome(page, 'en');
	// only F1.1 answered: every other item has no score (dashed axis, "–" after its label)
	await seed(page, [live({ 'F1.1': 0 })]);
	await page.goto(`/assess?id=${ID}&item=F1`);
	const results = await context.newPage();
	await slowDown(page);
	await slowDown(results);
	await results.goto(`/results?id=${ID}`);
	await expect(results.locator('canvas[data-ready]')).toHaveCount(2);
	const score = results.getByTestId('overall-score');

	// values alone change: the layout is kept
	for (const [level, overall] of [
		['1', '25'],
		['3', '75']
	] as const) {
		await choose(page, 'F1.1', level);
		await expect(score).toHaveText(new RegExp(`^${overall}\\s*/ 100$`));
	}
	await expect(results.getByTestId('radar').locator('canvas')).toHaveAttribute(
		'data-labels',
		/"F2 –"/
	);
	await sameAsFresh(results);

	// F2 gets a score: its axis label changes, so the chart is laid out again
	await page.goto(`/assess?id=${ID}&item=F2`);
	await choose(page, 'F2.1', '4');
	await expect(results.getByTestId('radar').locator('canvas')).not.toHaveAttribute(
		'data-labels',
		/"F2 –"/
	);
	// and values alone again after it
	await page.goto(`/assess?id=${ID}&item=F1`);
	await choose(page, 'F1.1', '2');
	await expect(
		results.getByTestId('item-table').locator('tr[data-item="F1"] td').nth(0)
	).toHaveText('50');
	await sameAsFresh(results);
});

test('a chosen level: its database write starts before the page redraws', async ({ page }) => {
	await openHome(page, 'en');
	await seed(page, [live({})]);
	await page.goto(`/assess?id=${ID}&item=F1`);
	const card = page.locator('[data-question="F1.1"]');
	await card.locator('input[type=radio][value="0"]').check();
	await expect(card.locator('[data-status="saved"]')).toBeVisible();
	// what the card shows when the save reads the stored answer: still the last save's "saved",
	// not yet redrawn as "saving" (the redraw waits for the write to start)
	const shownAtRead = await page.evaluate(async () => {
		const seen: (string | undefined)[] = [];
		const get = IDBObjectStore.prototype.get;
		IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
			if (this.name === 'answers')
				seen.push(
					document.querySelector<HTMLElement>('[data-question="F1.1"] [data-status]')?.dataset
						.status
				);
			return get.call(this, key);
		};
		(document.querySelector('[data-question="F1.1"] input[value="3"]') as HTMLElement).click();
		await new Promise((resolve) => setTimeout(resolve, 500));
		IDBObjectStore.prototype.get = get;
		return seen;
	});
	expect(shownAtRead[0]).toBe('saved');
	await expect(card.locator('[data-status="saved"]')).toBeVisible();
	await page.reload();
	await expect(card.locator('input[type=radio][value="3"]')).toBeChecked();
});

test('a hidden home tab reads nothing after answers saved elsewhere; shown again, it shows them', async ({
	page,
	context
}) => {
	// every read transaction the home page opens is counted, and what the count was
	// when each change signal from another tab arrived (Dexie's own channel; its
	// handler runs first and starts any re-read in the same task, before ours)
	await page.addInitScript(() => {
		const w = window as unknown as { __reads: number; __atSignal: number[] };
		w.__reads = 0;
		w.__atSignal = [];
		const open = IDBDatabase.prototype.transaction;
		IDBDatabase.prototype.transaction = function (
			this: IDBDatabase,
			...args: Parameters<IDBDatabase['transaction']>
		) {
			if ((args[1] ?? 'readonly') === 'readonly') w.__reads++;
			return open.apply(this, args);
		};
		addEventListener('load', () => {
			new BroadcastChannel('x-storagemutated-1').onmessage = () => w.__atSignal.push(w.__reads);
		});
	});
	await openHome(page, 'en');
	await seed(page, [live({ 'F1.1': 0 })]);
	await page.reload();
	const bar = page.getByRole('progressbar', { name: /Kraków.*Live/ });
	await expect(bar).toHaveAttribute('aria-valuenow', '1');
	const assess = await context.newPage();
	await assess.goto(`/assess?id=${ID}&item=F1`);
	const state = () =>
		page.evaluate(() => {
			const w = window as unknown as { __reads: number; __atSignal: number[] };
			return { reads: w.__reads, signals: w.__atSignal.length };
		});

	// shown: an answer saved in the other tab is read and shown at once
	let before = await state();
	await choose(assess, 'F1.2', '2');
	await expect(bar).toHaveAttribute('aria-valuenow', '2');
	expect((await state()).reads).toBeGreaterThan(before.reads);

	// hidden (a background tab): the change signals arrive, no read starts
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	before = await state();
	await choose(assess, 'F1.3', '4');
	await expect.poll(async () => (await state()).signals).toBeGreaterThan(before.signals);
	expect((await state()).reads).toBe(before.reads);
	await expect(bar).toHaveAttribute('aria-valuenow', '2');

	// shown again: read afresh, the answer saved meanwhile is there
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', {
			configurable: true,
			get: () => 'visible'
		});
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await expect(bar).toHaveAttribute('aria-valuenow', '3');
	// and it follows the other tab again
	await assess.goto(`/assess?id=${ID}&item=F2`);
	await choose(assess, 'F2.1', '1');
	await expect(bar).toHaveAttribute('aria-valuenow', '4');
});
