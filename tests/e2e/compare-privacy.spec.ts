/**
 * Anonymising on the compare page (issue 14): the charts and the
 * change-over-time cards redraw after the toggle has painted, each in a task
 * of its own. Until they do they are hidden, so no city name stays on screen
 * for even one frame after anonymising — on the projector nor off it.
 * Every frame is sampled (requestAnimationFrame runs just before its paint).
 * The first test anonymises with the other charts drawn beforehand (swapped
 * in); the projector one right after entering it, before they are (redrawn).
 */
import { expect, test, type Page } from '@playwright/test';
import { openHome } from './helpers';
import { inSight, recordFrames, stopRecording } from './seen-frames';
import { answersBy, seed, type SeedAssessment, type Value } from './seed';

const CITIES = ['Kraków', 'Gdańsk', 'Lublin'];

/** Kraków and Gdańsk twice (change cards), Lublin once: five series, a legend on each chart. */
function assessments(): SeedAssessment[] {
	return [0, 0, 1, 1, 2].map((c, i) => ({
		id: `priv-${i}`,
		cityId: `priv-city-${c}`,
		cityName: CITIES[c]!,
		label: `Runda ${i}`,
		createdAt: Date.UTC(2024, i, 1),
		answers: answersBy((q): Value => ((q.charCodeAt(0) + Number(q.at(-1)) + i) % 5) as Value)
	}));
}

async function redrawn(page: Page) {
	await expect(page.locator('canvas[data-pending]')).toHaveCount(0);
	await expect(page.getByTestId('changes')).not.toHaveClass(/late/);
	await expect(page.getByTestId('compare-item-table')).not.toHaveClass(/late/);
	await expect(page.getByTestId('compare-table')).not.toHaveClass(/late/);
}

async function open(page: Page) {
	await openHome(page, 'en');
	const list = assessments();
	await seed(page, list);
	await page.goto(`/compare?ids=${list.map((a) => a.id).join(',')}`);
	await expect(page.locator('canvas[data-ready]')).toHaveCount(2);
	await expect(page.getByTestId('change')).toHaveCount(2);
	// named: the sampling sees the names (it can fail)
	await expect(
		page.getByTestId('compare-radar').locator('canvas:not([data-spare])')
	).toHaveAttribute('data-series', /Kraków/);
}

test('after anonymising no name is painted again, not for one frame', async ({ page }) => {
	await open(page);
	// the anonymised charts drawn beforehand (idle time) on canvases under the named ones:
	// anonymising swaps them
	await expect(page.locator('canvas[data-spare-ready]')).toHaveCount(2);
	await expect(page.locator('[aria-hidden=true] > canvas[data-spare]')).toHaveCount(2);
	await recordFrames(page, CITIES);
	await page.waitForFunction(() => (window as unknown as { __frames: [] }).__frames.length > 2);
	const before = await stopRecording(page);
	expect(before.flat().filter((s) => /^(chart|card): Kraków\b/.test(s)).length).toBeGreaterThan(0);

	await recordFrames(page, CITIES);
	await page.getByTestId('anonymise').check();
	await redrawn(page);
	const after = await stopRecording(page);
	expect(after.length).toBeGreaterThan(0);
	expect(after.flat()).toEqual([]);
	// and the charts and cards are back, with letters
	await expect(page.getByTestId('compare-radar').locator('canvas:not([data-spare])')).toBeVisible();
	await expect(
		page.getByTestId('compare-radar').locator('canvas:not([data-spare])')
	).toHaveAttribute('data-series', /^\["[A-Z]( · \d)?"/);
	await expect(page.getByTestId('change').first()).toBeVisible();
	await expect(page.getByTestId('change').first().locator('h3')).toHaveText(/^[A-Z]$/);
	// the named charts, kept for showing the names again, are out of sight (under the
	// anonymised ones), out of the accessibility tree, and their names not in the page
	// (results.spec checks every attribute)
	const namedSpare = page.getByTestId('compare-radar').locator('canvas[data-spare-ready]');
	expect(await inSight(namedSpare)).toBe(false);
	await expect(namedSpare).not.toHaveAttribute('data-series');
	await expect(page.locator('[aria-hidden=true] > canvas[data-spare]')).toHaveCount(2);
	// so are the named cards, kept too: shelved, neither painted nor read out
	await expect(page.locator('section.change')).toHaveCount(4);
	expect(
		await page.evaluate(() =>
			[...document.querySelectorAll('section.change')].map((card) => [
				card.querySelector('h3')!.textContent,
				card.checkVisibility()
			])
		)
	).toEqual([
		['Gdańsk', false],
		['Kraków', false],
		[expect.stringMatching(/^[A-Z]$/), true],
		[expect.stringMatching(/^[A-Z]$/), true]
	]);
	await expect(page.getByRole('heading', { name: /Kraków|Gdańsk/ })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: /^[A-Z]$/ })).toHaveCount(2);
	// and the named tables: kept, shelved, not read out
	const tables = page.locator('[role=region] table');
	await expect(tables).toHaveCount(4);
	expect(await tables.evaluateAll((ts) => ts.map((t) => t.checkVisibility()))).toEqual([
		false,
		true,
		false,
		true
	]);
	await expect(page.getByRole('rowheader', { name: /Kraków|Gdańsk|Lublin/ })).toHaveCount(0);

	// names shown again: charts and cards follow
	await page.getByTestId('anonymise').uncheck();
	await redrawn(page);
	await expect(
		page.getByTestId('compare-radar').locator('canvas:not([data-spare])')
	).toHaveAttribute('data-series', /Kraków/);
	await expect(page.getByTestId('change').first().locator('h3')).toHaveText(/Gdańsk/);
});

test('on the projector, A anonymises without a frame of names in between', async ({ page }) => {
	await open(page);
	await page.getByTestId('projector').click();
	await expect(page.getByTestId('compare-root')).toHaveClass(/projector/);
	await redrawn(page);
	await expect(page.getByTestId('projector-keys')).toBeVisible();
	await recordFrames(page, CITIES);
	await page.keyboard.press('a');
	await redrawn(page);
	const after = await stopRecording(page);
	expect(after.length).toBeGreaterThan(0);
	expect(after.flat()).toEqual([]);
	await expect(page.getByTestId('compare-bars').locator('canvas:not([data-spare])')).toBeVisible();
	await expect(
		page.getByTestId('compare-bars').locator('canvas:not([data-spare])')
	).toHaveAttribute('data-series', /^\["[A-Z]( · \d)?"/);
});

test('anonymising shows the other cards, built beforehand: no card rewritten nor moved, and what was picked follows its city', async ({
	page
}) => {
	await openHome(page, 'en');
	// three cities twice: anonymised, their cards come in another order (Lublin first)
	const list = [0, 0, 1, 1, 2, 2].map((c, i) => ({
		id: `priv-${i}`,
		cityId: `priv-city-${c}`,
		cityName: CITIES[c]!,
		label: `Runda ${i}`,
		createdAt: Date.UTC(2024, i, 1),
		answers: answersBy((q): Value => ((q.charCodeAt(0) + Number(q.at(-1)) * i) % 5) as Value)
	}));
	await seed(page, list);
	await page.goto(`/compare?ids=${list.map((a) => a.id).join(',')}`);
	await expect(page.getByTestId('change')).toHaveCount(3);
	const cards = page.getByTestId('change');
	// a city's card, found by its assessments' ids (option values), whatever its name
	const card = (first: string) => cards.filter({ has: page.locator(`option[value="${first}"]`) });
	const order = () =>
		cards.evaluateAll((els) => els.map((el) => el.querySelector('option')?.value ?? ''));
	await expect(card('priv-0').locator('h3')).toHaveText('Kraków');
	expect(await order()).toEqual(['priv-2', 'priv-0', 'priv-4']);
	// no form control of the page inside a `content-visibility: auto` box: each time form
	// controls are added (the spare cards, in idle time), autofill reads the page's forms and
	// lays out every such box it finds a control in (tasks of 160–450 ms at 4× CPU with 25
	// cards). A card's scores and lists still are in one: 25 cards are not laid out off screen
	const inSkippable = await page.evaluate(
		() =>
			[...document.querySelectorAll('select, textarea, input, button')].filter((c) => {
				for (let e: Element | null = c; e; e = e.parentElement)
					if (getComputedStyle(e).contentVisibility === 'auto') return true;
				return false;
			}).length
	);
	expect(inSkippable).toBe(0);
	await expect(cards.first().locator('.body')).toHaveCSS('content-visibility', 'auto');

	// picks on two cards: Kraków compared with itself, Gdańsk's item table open
	await card('priv-0').getByTestId('change-to').selectOption('priv-0');
	await expect(card('priv-0')).toContainText('Choose two different assessments.');
	await card('priv-2').locator('summary').click();
	await expect(card('priv-2').locator('tr[data-item]').first()).toBeVisible();

	// the anonymised cards, built in idle time, shelved: anonymising shows them as they
	// are. No card nor select is moved, inserted or rewritten (moving form controls makes
	// Chromium's autofill lay out every card of the page again; rewriting 25 cards was
	// most of anonymising's time)
	await expect(page.locator('div[data-spare][data-spare-ready]')).toHaveCount(3);
	await page.evaluate(() => {
		const w = window as unknown as { __selects: Element[]; __changed: string[] };
		w.__selects = [...document.querySelectorAll('section.change select')];
		w.__changed = [];
		const observer = new MutationObserver((records) => {
			for (const r of records) w.__changed.push(`${r.type} in ${r.target.parentElement?.tagName}`);
		});
		for (const box of document.querySelectorAll('section.change'))
			observer.observe(box, { childList: true, subtree: true, characterData: true });
	});
	const untouched = () =>
		page.evaluate(() => {
			const w = window as unknown as { __selects: Element[]; __changed: string[] };
			const now = [...document.querySelectorAll('section.change select')];
			return {
				changed: w.__changed,
				selects: now.length === 12 && now.every((s, i) => s === w.__selects[i])
			};
		});

	for (const anonymise of [true, false]) {
		await page.getByTestId('anonymise').setChecked(anonymise);
		await redrawn(page);
		expect(await order()).toEqual(
			anonymise ? ['priv-4', 'priv-2', 'priv-0'] : ['priv-2', 'priv-0', 'priv-4']
		);
		expect(await untouched()).toEqual({ changed: [], selects: true });
		await expect(card('priv-0').locator('h3')).toHaveText(anonymise ? /^[A-Z]$/ : 'Kraków');
		await expect(card('priv-0').getByTestId('change-from')).toHaveValue('priv-0');
		await expect(card('priv-0').getByTestId('change-to')).toHaveValue('priv-0');
		await expect(card('priv-0')).toContainText('Choose two different assessments.');
		await expect(card('priv-2').getByTestId('change-from')).toHaveValue('priv-2');
		await expect(card('priv-2').getByTestId('change-to')).toHaveValue('priv-3');
		await expect(card('priv-2').locator('details')).toHaveAttribute('open');
		await expect(card('priv-2').locator('tr[data-item]').first()).toBeVisible();
		await expect(card('priv-4').locator('details')).not.toHaveAttribute('open');
		await expect(card('priv-4').locator('table.scores')).toHaveCount(1);
	}

	// a pick made on an anonymised card follows its city back to the named one
	await page.getByTestId('anonymise').check();
	await redrawn(page);
	await card('priv-4').getByTestId('change-from').selectOption('priv-5');
	await expect(card('priv-4')).toContainText('Choose two different assessments.');
	await page.getByTestId('anonymise').uncheck();
	await redrawn(page);
	await expect(card('priv-4').locator('h3')).toHaveText('Lublin');
	await expect(card('priv-4').getByTestId('change-from')).toHaveValue('priv-5');
	await expect(card('priv-4')).toContainText('Choose two different assessments.');
});

test('the element table: laid out after the paint while off screen, in the click on screen; never a name in it once anonymised', async ({
	page
}) => {
	await open(page);
	const wrap = page.locator('[role=region]:has([data-testid=compare-table])');
	const viewport = page.viewportSize()!;
	expect((await wrap.boundingBox())!.y).toBeGreaterThan(viewport.height);
	/** each frame from the next key press: the table's box late (not laid out), and a name in its text */
	const sample = () =>
		page.evaluate((cities) => {
			const w = window as unknown as { __table: { late: boolean; name: boolean }[] };
			w.__table = [];
			let n = 0;
			document.addEventListener(
				'keyup',
				() => {
					const frame = () => {
						const table = document.querySelector('[data-testid=compare-table]')!;
						w.__table.push({
							late: table.closest('[role=region]')!.classList.contains('late'),
							name: cities.some((c) => (table.textContent ?? '').includes(c))
						});
						if (++n < 30) requestAnimationFrame(frame);
					};
					requestAnimationFrame(frame);
				},
				{ capture: true, once: true }
			);
		}, CITIES);
	type Frame = { late: boolean; name: boolean };
	const frames = async (): Promise<Frame[]> => {
		await page.waitForFunction(
			() => (window as unknown as { __table: Frame[] }).__table.length >= 30
		);
		return page.evaluate(() => (window as unknown as { __table: Frame[] }).__table);
	};
	// toggled from the keyboard, the page staying where it is
	const toggle = () =>
		page
			.evaluate(() =>
				(document.querySelector('[data-testid=anonymise]') as HTMLElement).focus({
					preventScroll: true
				})
			)
			.then(() => page.keyboard.press('Space'));

	// off screen: its new text at once (no name from the first frame), laid out after the paint
	await sample();
	await toggle();
	await expect(page.getByTestId('anonymise')).toBeChecked();
	let seen = await frames();
	expect(seen.every((f) => !f.name)).toBe(true);
	expect(seen[0]!.late).toBe(true);
	await expect(wrap).not.toHaveClass(/late/);
	await redrawn(page);
	await expect(page.getByTestId('compare-table').locator('tbody th').first()).toHaveText(
		/^[A-Z]( · \d)?$/
	);

	// on screen: laid out in the click, never late
	await wrap.scrollIntoViewIfNeeded();
	// seen on screen by an observer made after the page's: told after it, in the same task
	await wrap.evaluate(
		(el) =>
			new Promise<void>((resolve) => {
				const observer = new IntersectionObserver(([entry]) => {
					if (!entry?.isIntersecting) return;
					observer.disconnect();
					resolve();
				});
				observer.observe(el);
			})
	);
	await sample();
	await toggle();
	await expect(page.getByTestId('anonymise')).not.toBeChecked();
	seen = await frames();
	expect(seen.some((f) => f.late)).toBe(false);
	expect(seen[0]!.name).toBe(true);
	await expect(wrap).toBeInViewport();
});

test('with many assessments the page is drawn in steps: the tables after the charts, the item table and cards in parts; anonymising before they are complete shows every row, lettered', async ({
	page
}) => {
	await openHome(page, 'en');
	// 30 assessments, 15 cities twice: more item table rows than drawn at once (10), 15 cards
	const list = Array.from({ length: 30 }, (_, i) => ({
		id: `step-${String(i).padStart(2, '0')}`,
		cityId: `step-city-${i >> 1}`,
		cityName: `Miasto ${String.fromCharCode(65 + (i >> 1))}`,
		label: `Runda ${i}`,
		createdAt: Date.UTC(2024, i % 12, 1),
		answers: answersBy((q): Value => ((q.charCodeAt(0) + i) % 5) as Value)
	}));
	await seed(page, list);
	const address = `/compare?ids=${list.map((a) => a.id).join(',')}`;
	// left alone: the item table is completed after the first paint (10 rows are drawn at once)
	await page.goto(address);
	await expect(page.locator('canvas[data-ready]')).toHaveCount(2);
	await expect(page.getByTestId('compare-item-table').locator('tbody tr')).toHaveCount(30);
	await expect(page.getByTestId('change')).toHaveCount(15);
	// anonymised at once, as a facilitator might, before the item table and cards are complete
	await page.goto(address);
	await expect(page.locator('canvas[data-ready]')).toHaveCount(2);
	await page.getByTestId('anonymise').check();
	const rows = (testId: string) =>
		page
			.getByTestId(testId)
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-series') ?? ''));
	for (const anonymised of [true, false, true]) {
		if (!anonymised) await page.getByTestId('anonymise').uncheck();
		else if ((await page.getByTestId('anonymise').isChecked()) === false)
			await page.getByTestId('anonymise').check();
		await redrawn(page);
		await expect(page.getByTestId('compare-item-table').locator('tbody tr')).toHaveCount(30);
		await expect(page.getByTestId('compare-table').locator('tbody tr')).toHaveCount(30);
		await expect(page.getByTestId('change')).toHaveCount(15);
		const items = await rows('compare-item-table');
		expect(items).toEqual(await rows('compare-table'));
		expect(new Set(items).size).toBe(30);
		for (const label of items)
			expect(label).toMatch(anonymised ? /^[A-Z] · [12]$/ : /^Miasto [A-O] — Runda \d+$/);
		// nothing of the item table left drawing once both versions are complete
		await expect(page.locator('[data-drawing]')).toHaveCount(0);
	}
});
