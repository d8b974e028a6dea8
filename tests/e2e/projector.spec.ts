/**
 * Workshop on a projector (issue 12): projector mode fits four common screens
 * with nothing to scroll, in English and Polish; its keys; the item-by-item
 * walk-through; "no score" drawn as a gap with "–" on the radar's axis; and the
 * compare picker's search, filters and sort with 200 assessments.
 * Set SHOTS=/some/dir to keep screenshots of each projector screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openHome } from './helpers';
import { answersBy, FRA_ITEMS, seed, type SeedAssessment, type Value } from './seed';

const SHOTS = process.env.SHOTS;
const VIEWPORTS = [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 720 },
	{ width: 1366, height: 768 },
	{ width: 1920, height: 1080 }
];

/** F4 has no score anywhere (N/A, don't know, unanswered); S5 scores 0 everywhere. */
function workshop(): SeedAssessment[] {
	const cities = ['Kraków', 'Gdańsk', 'Lublin'];
	return cities.map((name, c) => ({
		id: `proj-${c}`,
		cityId: `proj-city-${c}`,
		cityName: name,
		label: `Warsztat ${2024 + c}`,
		createdAt: Date.UTC(2024 + c, 3, 1),
		answers: answersBy((q): Value | undefined => {
			if (q === 'F4.1') return 'na';
			if (q === 'F4.2') return 'dk';
			if (q.startsWith('F4')) return undefined;
			if (q.startsWith('S5')) return 0;
			return ((q.charCodeAt(0) + Number(q.at(-1)) + c) % 5) as Value;
		})
	}));
}

/** Every axe violation, of any impact. */
async function violations(page: Page) {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.length}`);
}

async function openCompare(page: Page, lang: 'en' | 'pl') {
	await openHome(page, lang);
	const list = workshop();
	await seed(page, list);
	await page.goto(`/compare?ids=${list.map((a) => a.id).join(',')}`);
	await expect(page.locator('canvas[data-ready]')).toHaveCount(2);
}

async function enterProjector(page: Page) {
	await page.getByTestId('projector').click();
	await expect(page.getByTestId('compare-root')).toHaveClass(/projector/);
}

async function expectInside(page: Page, testid: string, w: number, h: number) {
	const box = await page.getByTestId(testid).boundingBox();
	expect(box, testid).not.toBeNull();
	expect(box!.x, `${testid} left`).toBeGreaterThanOrEqual(0);
	expect(box!.y, `${testid} top`).toBeGreaterThanOrEqual(0);
	expect(box!.x + box!.width, `${testid} right`).toBeLessThanOrEqual(w);
	expect(box!.y + box!.height, `${testid} bottom`).toBeLessThanOrEqual(h);
	return box!;
}

for (const lang of ['en', 'pl'] as const) {
	test(`projector mode fits 1024×768 to 1920×1080 without scrolling (${lang})`, async ({
		page
	}) => {
		await page.setViewportSize(VIEWPORTS[0]!);
		await openCompare(page, lang);
		await enterProjector(page);
		for (const vp of VIEWPORTS) {
			await page.setViewportSize(vp);
			// the charts follow the new size (Chart.js resizes on its own)
			await expect
				.poll(async () => {
					const b = await page.getByTestId('compare-radar').boundingBox();
					return b ? b.y + b.height : Infinity;
				})
				.toBeLessThanOrEqual(vp.height);
			// each chart at the size of its box, give or take Chart.js's rounding (not one it had before)
			for (const id of ['compare-radar', 'compare-bars'])
				await expect
					.poll(
						() =>
							page.locator(`[data-testid=${id}] canvas[data-ready]`).evaluate((c) => {
								const box = c.parentElement!.getBoundingClientRect();
								const canvas = c as HTMLCanvasElement;
								const fits =
									Math.abs(canvas.width - box.width) < 1.5 &&
									Math.abs(canvas.height - box.height) < 1.5;
								return `${canvas.width}×${canvas.height} in ${box.width}×${box.height}: ${fits}`;
							}),
						{ message: id }
					)
					.toMatch(/: true$/);
			for (const id of ['compare-radar', 'compare-bars', 'series-key', 'projector-keys']) {
				const box = await expectInside(page, id, vp.width, vp.height);
				if (id.startsWith('compare-')) expect(box.height, `${id} is large`).toBeGreaterThan(300);
			}
			// the canvases themselves, legend included, are inside too (those of the page,
			// shelved under the projector screen, are not shown)
			for (const canvas of await page
				.locator('[data-testid=compare-radar] canvas, [data-testid=compare-bars] canvas')
				.all()) {
				const b = (await canvas.boundingBox())!;
				expect(b.y + b.height).toBeLessThanOrEqual(vp.height);
				expect(b.x + b.width).toBeLessThanOrEqual(vp.width);
			}
			const sizes = await page.evaluate(() => ({
				scroll: document.documentElement.scrollHeight,
				inner: innerHeight,
				scrollW: document.documentElement.scrollWidth,
				innerW: innerWidth
			}));
			expect(sizes.scroll).toBeLessThanOrEqual(sizes.inner);
			expect(sizes.scrollW).toBeLessThanOrEqual(sizes.innerW);
			// every city is in the key; no picker, no download controls on screen
			await expect(page.getByTestId('series-key').locator('li')).toHaveText([
				/Gdańsk/,
				/Kraków/,
				/Lublin/
			]);
			await expect(page.getByTestId('picker')).toBeHidden();
			await expect(page.locator('[data-slot=report-actions]')).toBeHidden();
			await expect(page.getByTestId('compare-table')).toBeHidden();
			if (SHOTS)
				await page.screenshot({ path: `${SHOTS}/projector-${lang}-${vp.width}x${vp.height}.png` });
		}
	});
}

test('projector keys: A anonymises, W walks item by item, arrows step, Esc leaves', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await openCompare(page, 'en');
	await enterProjector(page);
	// the keys work at once: focus is on the stage, not left on the (hidden) button
	await expect(page.getByTestId('compare-root')).toBeFocused();
	const key = page.getByTestId('series-key');
	const keys = page.getByTestId('projector-keys');
	await expect(keys).toContainText('Esc');
	await expect(keys).toContainText('A');

	await page.keyboard.press('a');
	await expect(page).toHaveURL(/anon=1/);
	await expect(key).not.toContainText('Kraków');
	await expect(key.locator('li')).toHaveText(['A', 'B', 'C']);
	await page.keyboard.press('a');
	await expect(page).not.toHaveURL(/anon=1/);
	await expect(key).toContainText('Kraków');

	// walk-through: one item at a time, the charts out of the way
	await page.keyboard.press('w');
	const walk = page.getByTestId('walk');
	await expect(walk).toHaveAttribute('data-item', 'F1');
	await expect(walk).toContainText(`1 / ${FRA_ITEMS.length}`);
	await expect(page.getByTestId('compare-radar')).toBeHidden();
	await expect(walk.locator('li')).toHaveCount(3);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(walk).toHaveAttribute('data-item', 'F3');
	await expect(walk).toContainText(`3 / ${FRA_ITEMS.length}`);
	await page.getByTestId('walk-next').click();
	// F4 has no score in any assessment: "–" and "no score", no bar
	await expect(walk).toHaveAttribute('data-item', 'F4');
	for (const row of await walk.locator('li').all()) {
		await expect(row).toHaveAttribute('data-score', '');
		await expect(row).toContainText('–');
		await expect(row.locator('.bar')).toHaveCount(0);
	}
	await page.keyboard.press('ArrowLeft');
	await expect(walk).toHaveAttribute('data-item', 'F3');
	await page.getByTestId('walk-previous').click();
	await expect(walk).toHaveAttribute('data-item', 'F2');
	await expect(walk).toBeInViewport({ ratio: 1 });
	expect(await violations(page), 'walk-through').toEqual([]);
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/walk-en-1366x768.png` });

	await page.keyboard.press('w');
	await expect(walk).toHaveCount(0);
	await expect(page.getByTestId('compare-radar')).toBeVisible();

	await page.keyboard.press('Escape');
	await expect(page.getByTestId('compare-root')).not.toHaveClass(/projector/);
	await expect(page.getByTestId('picker')).toBeVisible();
	await expect(page.getByTestId('projector')).toBeFocused();
});

test('leaving projector mode draws both charts exactly as before it, anonymised or not', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await openCompare(page, 'en');
	const canvases = ['compare-radar', 'compare-bars'].map((id) =>
		page.locator(`[data-testid=${id}] canvas[data-ready]`)
	);
	const drawn = async () => {
		await expect(page.locator('canvas[data-pending], canvas[data-stale]')).toHaveCount(0);
		await expect(page.locator('canvas[data-ready]')).toHaveCount(2);
		return Promise.all(canvases.map((c) => c.screenshot()));
	};
	for (const anonymise of [false, true]) {
		if (anonymise) await page.getByTestId('anonymise').check();
		const before = await drawn();
		await enterProjector(page);
		// the projector look (heavier lines and bar borders, larger type) is drawn, then left
		await expect(page.locator('canvas[data-pending]')).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('compare-root')).not.toHaveClass(/projector/);
		const after = await drawn();
		expect(after[0]!.equals(before[0]!), `radar, anonymised: ${anonymise}`).toBe(true);
		expect(after[1]!.equals(before[1]!), `bars, anonymised: ${anonymise}`).toBe(true);
	}
});

/**
 * Count every full draw of a canvas from now on (Chart.js clears the whole
 * canvas before each), as `[testid of its chart, spare?, width, height]`.
 */
async function countDraws(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __draws: [string, boolean, number, number][] };
		w.__draws = [];
		const clear = CanvasRenderingContext2D.prototype.clearRect;
		CanvasRenderingContext2D.prototype.clearRect = function (x, y, width, height) {
			const c = this.canvas;
			if (x === 0 && y === 0 && width >= c.width && height >= c.height)
				w.__draws.push([
					c.closest<HTMLElement>('[data-testid]')?.dataset.testid ?? '',
					'spare' in c.dataset,
					c.width,
					c.height
				]);
			return clear.call(this, x, y, width, height);
		};
	});
}

/** Until no canvas has been drawn for three frames (a first draw's animation, a resize). */
async function untilDrawsStop(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const w = window as unknown as { __draws: unknown[] };
				let last = -1;
				let still = 0;
				const frame = () => {
					still = w.__draws.length === last ? still + 1 : 0;
					last = w.__draws.length;
					if (still >= 3) resolve();
					else requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			})
	);
}

/** Counting from now on, with the page's charts all drawn and still. */
async function startCounting(page: Page) {
	await expect(page.locator('canvas[data-pending]')).toHaveCount(0);
	await expect(page.locator('canvas[data-ready]')).toHaveCount(2);
	await untilDrawsStop(page);
	await page.evaluate(() => ((window as unknown as { __draws: unknown[] }).__draws = []));
}

/**
 * Each chart drawn (since startCounting) `times` times (0: shown as drawn
 * beforehand; 1: once at the size it ends at, not at a passing size first or
 * again after), and the size it is shown at is its box's.
 */
async function expectDrawn(page: Page, times: 0 | 1) {
	await expect(page.locator('canvas[data-pending]')).toHaveCount(0);
	await expect(page.locator('canvas[data-ready]')).toHaveCount(2);
	// until full screen has settled, and the frames after it: a resize by Chart.js itself would be drawn by then
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					document.fullscreenElement === null ||
					document.fullscreenElement.classList.contains('projector')
			)
		)
		.toBe(true);
	await untilDrawsStop(page);
	const draws = await page.evaluate(
		() => (window as unknown as { __draws: [string, boolean, number, number][] }).__draws
	);
	for (const id of ['compare-radar', 'compare-bars']) {
		// the sizes it was drawn at, in order
		const sizes = draws
			.filter(([chart, spare]) => chart === id && !spare)
			.map(([, , width, height]) => `${width}×${height}`);
		expect(sizes, `${id} drawn at ${sizes.join(', ')}`).toHaveLength(times);
		// the size it is shown at: that of the box it fills (Chart.js takes whole pixels)
		const now = await page.locator(`[data-testid=${id}] canvas[data-ready]`).evaluate((c) => {
			const box = c.parentElement!.getBoundingClientRect();
			const canvas = c as HTMLCanvasElement;
			return {
				drawn: `${canvas.width}×${canvas.height}`,
				box: `${Math.floor(box.width)}×${Math.floor(box.height)}`
			};
		});
		if (times) expect(sizes.at(-1), id).toBe(now.drawn);
		expect(now.drawn, id).toBe(now.box);
	}
}

test('entering projector mode shows its charts drawn beforehand, at its size: nothing drawn', async ({
	page
}) => {
	await countDraws(page);
	await page.setViewportSize({ width: 1366, height: 900 });
	await openCompare(page, 'en');
	// the other anonymise state's charts, and the projector screen's (both states), are
	// drawn beforehand in idle time: wait for them, then start counting
	await expect(page.locator('canvas[data-spare-ready]')).toHaveCount(2);
	await expect(page.locator('canvas[data-prepared-ready]')).toHaveCount(4);
	await startCounting(page);
	// from the keyboard: no pointer over a chart to redraw its hover state
	await page.getByTestId('projector').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('compare-root')).toHaveClass(/projector/);
	await expectDrawn(page, 0);
	// what is drawn is the projector's: its charts, larger type
	await expect(page.locator('.show canvas[data-ready]')).toHaveCount(2);
});

test('entering projector mode before its charts are drawn draws each once at its size', async ({
	page
}) => {
	await countDraws(page);
	// no idle time: nothing is drawn beforehand
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
	await page.setViewportSize({ width: 1366, height: 900 });
	await openCompare(page, 'en');
	await expect(page.locator('canvas[data-prepared]')).toHaveCount(4);
	await expect(page.locator('canvas[data-prepared-ready]')).toHaveCount(0);
	await startCounting(page);
	await page.getByTestId('projector').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('compare-root')).toHaveClass(/projector/);
	await expectDrawn(page, 1);
});

/**
 * Leaving, whichever way: the page's Esc key (the look and full screen both
 * go), also with a browser slow to leave full screen (its exit three frames
 * late, as a window's animation may make it), or full screen left by the
 * browser itself (its own Esc), the look going after it. The page's charts,
 * kept as they were under the projector screen, are shown again as they are.
 */
for (const how of ['Esc key', 'Esc key, slow exit', 'browser'] as const)
	test(`leaving projector mode shows the page's charts as they were, nothing drawn (${how})`, async ({
		page
	}) => {
		await countDraws(page);
		if (how === 'Esc key, slow exit')
			await page.addInitScript(() => {
				const exit = Document.prototype.exitFullscreen;
				Document.prototype.exitFullscreen = function () {
					const frame = () => new Promise((r) => requestAnimationFrame(r));
					return frame()
						.then(frame)
						.then(frame)
						.then(() => exit.call(this));
				};
			});
		await page.setViewportSize({ width: 1366, height: 900 });
		await openCompare(page, 'en');
		await expect(page.locator('canvas[data-spare-ready]')).toHaveCount(2);
		await page.getByTestId('projector').focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('compare-root')).toHaveClass(/projector/);
		// in full screen (when the browser grants it: Playwright's Chromium does)
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await startCounting(page);
		if (how === 'browser') await page.evaluate(() => document.exitFullscreen());
		else await page.keyboard.press('Escape');
		await expect(page.getByTestId('compare-root')).not.toHaveClass(/projector/);
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
		await expectDrawn(page, 0);
		await expect(page.locator('.show canvas[data-ready]')).toHaveCount(0);
		await expect(page.getByTestId('projector')).toBeFocused();
	});

test('the radar marks an item without a score with "–" and leaves a gap, not 0', async ({
	page
}) => {
	await openCompare(page, 'en');
	const radar = page.getByTestId('compare-radar').locator('canvas:not([data-spare])');
	const labels: string[] = JSON.parse((await radar.getAttribute('data-labels'))!);
	expect(labels).toHaveLength(FRA_ITEMS.length);
	const f4 = FRA_ITEMS.indexOf('F4');
	const s5 = FRA_ITEMS.indexOf('S5');
	expect(labels[f4]).toBe('F4 –');
	expect(labels[s5]).toBe('S5'); // 0 is a score
	expect(labels.filter((l) => l.includes('–'))).toEqual(['F4 –']);
	const gaps: number[][] = JSON.parse((await radar.getAttribute('data-gaps'))!);
	expect(gaps).toEqual([[f4], [f4], [f4]]);
	// the same on one assessment's results page
	await page.goto('/results?id=proj-0');
	const one = page.getByTestId('radar').locator('canvas[data-ready]');
	await expect(one).toHaveAttribute('data-labels', /"F4 –"/);
	expect(JSON.parse((await one.getAttribute('data-gaps'))!)).toEqual([[f4]]);
});

test('compare picker: search, filter and sort 200 assessments, from the keyboard', async ({
	page
}) => {
	await openHome(page, 'en');
	const list: SeedAssessment[] = [];
	for (let c = 0; c < 100; c++)
		for (let k = 0; k < 2; k++)
			list.push({
				id: `many-${c}-${k}`,
				cityId: `many-city-${c}`,
				cityName: c === 42 ? 'Łódź' : `City ${String(c).padStart(3, '0')}`,
				label: k === 0 ? 'Baseline' : 'Follow-up',
				createdAt: Date.UTC(2023 + k + (c % 2), 4, 1),
				// city 7's follow-up is complete, city 8 has not started
				answers:
					c === 8
						? {}
						: answersBy((q) => (c === 7 && k === 1 ? 3 : q.startsWith('F') ? 2 : undefined))
			});
	await seed(page, list);
	await page.goto('/compare');
	const picker = page.getByTestId('picker');
	const rows = page.getByTestId('picker-list').locator('li');
	// drawn 100 at a time (a device may hold thousands): the count says all 200 are shown
	await expect(rows).toHaveCount(100);
	await expect(page.getByTestId('picker-count')).toContainText('200 assessments shown of 200');
	await page.getByTestId('picker-more').click();
	await expect(rows).toHaveCount(200);
	await expect(page.getByTestId('picker-more')).toHaveCount(0);

	// search, diacritics ignored, every word must match
	await page.getByTestId('picker-search').fill('lodz follow');
	await expect(rows).toHaveCount(1);
	await expect(rows).toHaveText(/Łódź — Follow-up/);
	// each word on its own: "city" and "01" (City 001, City 010–019)
	await page.getByTestId('picker-search').fill('city 01');
	await expect(rows).toHaveCount(22);
	await page.getByTestId('picker-search').fill('');

	// filter by year and completion
	await page.getByTestId('picker-year').selectOption('2025');
	await expect(rows).toHaveCount(50);
	await page.getByTestId('picker-year').selectOption('');
	await page.getByTestId('picker-completion').selectOption('complete');
	await expect(rows).toHaveCount(1);
	await expect(rows).toHaveText(/City 007 — Follow-up/);
	await page.getByTestId('picker-completion').selectOption('empty');
	await expect(rows).toHaveCount(2);
	await page.getByTestId('picker-completion').selectOption('');

	// sort: completion (most first), label, year (newest first)
	await page.getByTestId('picker-sort').selectOption('completion');
	await expect(rows.first()).toHaveText(/City 007 — Follow-up/);
	await expect(rows.last()).toHaveText(/City 008/);
	await page.getByTestId('picker-sort').selectOption('label');
	await expect(rows.first()).toHaveText(/Baseline/);
	await expect(rows.last()).toHaveText(/Follow-up/);
	await page.getByTestId('picker-sort').selectOption('year');
	await expect(rows.first()).toContainText('2025');
	expect(await violations(page), 'picker').toEqual([]);
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/picker-en.png` });

	// keyboard: type a search, Tab to "Select shown", Enter selects what is shown
	await page.getByTestId('picker-search').focus();
	await page.keyboard.type('city 09');
	await expect(rows).toHaveCount(22);
	const selectShown = picker.getByRole('button', { name: 'Select shown' });
	for (let i = 0; i < 6 && !(await selectShown.evaluate((b) => b === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(selectShown).toBeFocused();
	await page.keyboard.press('Enter');
	const expected = [9, ...Array.from({ length: 10 }, (_, i) => 90 + i)]
		.flatMap((c) => [`many-${c}-0`, `many-${c}-1`])
		.sort();
	await expect
		.poll(() => (new URL(page.url()).searchParams.get('ids') ?? '').split(',').sort())
		.toEqual(expected);
	await expect(page.getByTestId('compare-table').locator('tbody tr')).toHaveCount(22);
	await expect(picker).toContainText('22 selected');
});
