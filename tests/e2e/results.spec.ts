import { expect, test, type Page } from '@playwright/test';
import {
	CURRENT_QUESTIONS,
	CURRENT_QUESTION_IDS,
	CURRENT_VERSION,
	answersBy,
	seed,
	type SeedAssessment,
	type Value
} from './seed';

// seeded on the current version, like the assessment created through the UI (compare needs one version)
const current = (rule: (q: string) => Value | undefined) => answersBy(rule, CURRENT_QUESTION_IDS);
const count = (prefix: string) => CURRENT_QUESTION_IDS.filter((q) => q.startsWith(prefix)).length;
const pct = (n: number) => `${Math.round((n / CURRENT_QUESTIONS) * 100)}%`;

const W = 'city-wroclaw';
const L = 'city-lodz';
const seeded: SeedAssessment[] = [
	// every question at level 2 → 50 everywhere
	{
		id: 'asmt-wro-2023',
		cityId: W,
		cityName: 'Wrocław',
		label: 'Wiosna 2023',
		createdAt: Date.UTC(2023, 3, 1),
		answers: current(() => 2),
		frameworkVersion: CURRENT_VERSION
	},
	// foundations 4 (100), structures 2 (50), tools N/A (no score) → overall 75
	{
		id: 'asmt-wro-2025',
		cityId: W,
		cityName: 'Wrocław',
		label: 'Jesień 2025',
		createdAt: Date.UTC(2025, 9, 1),
		answers: current((q) => (q.startsWith('F') ? 4 : q.startsWith('S') ? 2 : 'na')),
		frameworkVersion: CURRENT_VERSION
	},
	// foundations unanswered, structures 3 (75), tools 1 (25) with T5 "don't know" → overall 50
	{
		id: 'asmt-lodz-spring',
		cityId: L,
		cityName: 'Łódź',
		label: 'Spring review',
		createdAt: Date.UTC(2025, 4, 1),
		answers: current((q) =>
			q.startsWith('F') ? undefined : q.startsWith('S') ? 3 : q.startsWith('T5') ? 'dk' : 1
		),
		frameworkVersion: CURRENT_VERSION
	}
];
const NAMES = [
	'Gdańsk',
	'Wrocław',
	'Łódź',
	'Baseline',
	'Wiosna 2023',
	'Jesień 2025',
	'Spring review'
];

async function answer(page: Page, questionId: string, value: string) {
	const card = page.locator(`[data-question="${questionId}"]`);
	await card.locator(`input[type=radio][value="${value}"]`).check();
	await expect(card.locator('[data-status="saved"]')).toBeVisible();
}

async function createGdanskThroughUi(page: Page): Promise<string> {
	await page.goto('/');
	await page.getByLabel('City name').fill('Gdańsk');
	await page.getByRole('button', { name: 'Add city' }).click();
	const card = page.getByTestId('city-card').filter({ hasText: 'Gdańsk' });
	await card.getByRole('button', { name: 'New assessment' }).click();
	await card.getByLabel('Label').fill('Baseline');
	await card.getByRole('button', { name: 'Start assessment' }).click();
	await page.waitForURL(/\/assess\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;
	await answer(page, 'F1.1', '4');
	await answer(page, 'F1.2', '2');
	await answer(page, 'F1.3', 'dk');
	// F1.2b is new in 2.0.0: "not applicable" keeps the scores below as they were
	await answer(page, 'F1.2b', 'na');
	return id;
}

test('results of one assessment: scores, coverage, live recompute', async ({ page, context }) => {
	const id = await createGdanskThroughUi(page);

	const results = await context.newPage();
	await results.goto(`/results?id=${id}`);
	// F1 = (100 + 50) / 2 = 75, "don't know" left out; the only scored item → overall 75
	await expect(results.getByTestId('overall-score')).toHaveText(/^75\s*\/ 100$/);
	await expect(results.getByTestId('overall-coverage')).toHaveText(
		`4 of ${CURRENT_QUESTIONS} questions answered (${Math.round((4 / CURRENT_QUESTIONS) * 100)}%)`
	);
	await expect(results.getByTestId('overall-dk')).toHaveText('1');
	await expect(results.getByTestId('element-foundations')).toContainText('75');
	// an element with nothing answered has no score, not zero
	await expect(results.getByTestId('element-tools')).toContainText('–');
	await expect(results.getByTestId('element-tools')).toContainText('no score');
	const f1 = results.getByTestId('item-table').locator('tr[data-item="F1"] td');
	await expect(f1.nth(0)).toHaveText('75');
	await expect(f1.nth(1)).toHaveText('100%');
	await expect(f1.nth(2)).toHaveText('1');
	await expect(
		results.getByTestId('item-table').locator('tr[data-item="S1"] td').nth(0)
	).toContainText('–');
	await expect(results.getByTestId('unanswered')).toContainText('F2');
	await expect(results.getByTestId('unanswered')).not.toContainText('F1 ');
	await expect(results.locator('canvas[data-ready]')).toHaveCount(2);
	await expect(results.locator('[data-slot="report-actions"]')).toHaveCount(1);
	await expect(results.getByRole('heading', { name: 'How scores are computed' })).toBeVisible();

	// change an answer in the questionnaire window: the results window follows
	const t0 = Date.now();
	await answer(page, 'F1.2', '4');
	await expect(results.getByTestId('overall-score')).toHaveText(/^100\s*\/ 100$/);
	console.log(
		`results followed an answer in another window after ${Date.now() - t0} ms (incl. save)`
	);
	await expect(f1.nth(0)).toHaveText('100');
});

test('compare: overlay, change over time, anonymise hides every city name', async ({ page }) => {
	const gdansk = await createGdanskThroughUi(page);
	await seed(page, seeded);
	const ids = [gdansk, ...seeded.map((s) => s.id)].join(',');
	await page.goto(`/compare?ids=${ids}`);
	await expect(page.locator('canvas[data-ready]')).toHaveCount(2);

	const row = (label: string) =>
		page.getByTestId('compare-table').locator(`tr[data-series="${label}"]`);
	const expectRow = async (label: string, values: string[]) => {
		const cells = row(label).locator('td');
		for (const [i, v] of values.entries()) await expect(cells.nth(i)).toHaveText(v);
	};
	// overall, foundations, structures, tools, coverage, don't know, N/A
	await expectRow('Gdańsk — Baseline', ['75', '75', '–no score', '–no score', '7%', '1', '1']);
	await expectRow('Wrocław — Wiosna 2023', ['50', '50', '50', '50', '100%', '0', '0']);
	await expectRow('Wrocław — Jesień 2025', [
		'75',
		'100',
		'50',
		'–no score',
		'100%',
		'0',
		String(count('T'))
	]);
	await expectRow('Łódź — Spring review', [
		'50',
		'–no score',
		'75',
		'25',
		pct(count('S') + count('T')),
		String(count('T5')),
		'0'
	]);
	await expect(
		page
			.getByTestId('compare-item-table')
			.locator('tr[data-series="Łódź — Spring review"] td[data-col="T5"]')
	).toContainText('no score');
	// as screen readers read them: the dash as "no score", a number alone
	const gdanskCells = row('Gdańsk — Baseline').locator('td');
	await expect(gdanskCells.nth(2)).toHaveAccessibleName('no score');
	await expect(gdanskCells.nth(0)).toHaveAccessibleName('75');
	await expect(
		page
			.getByTestId('compare-item-table')
			.locator('tr[data-series="Łódź — Spring review"] td[data-col="T5"]')
	).toHaveAccessibleName('no score');

	// change over time for Wrocław (two assessments selected)
	const change = page.getByTestId('change');
	await expect(change).toHaveCount(1);
	await expect(change.locator('tr[data-element="foundations"] [data-delta]')).toHaveAttribute(
		'data-delta',
		'50'
	);
	await expect(change.locator('tr[data-element="structures"] [data-delta]')).toHaveAttribute(
		'data-delta',
		'0'
	);
	await expect(change.locator('tr[data-element="tools"] [data-delta]')).toHaveAttribute(
		'data-delta',
		''
	);
	await expect(change.locator('tr[data-element="overall"] [data-delta]')).toHaveAttribute(
		'data-delta',
		'25'
	);
	await expect(change.getByTestId('gains')).toContainText('F1');
	await expect(change.getByTestId('losses')).toHaveCount(0);

	// selection is in the URL: unticking one removes it
	await page
		.getByTestId('picker')
		.getByRole('checkbox', { name: /Spring review/ })
		.uncheck();
	await expect(page).toHaveURL(new RegExp(`ids=${gdansk},asmt-wro-2023,asmt-wro-2025$`));
	await expect(row('Łódź — Spring review')).toHaveCount(0);
	await page.getByRole('button', { name: 'Select all' }).click();
	await expect(row('Łódź — Spring review')).toHaveCount(1);

	// anonymise
	await page.getByTestId('anonymise').check();
	await expect(page).toHaveURL(/anon=1/);
	await expect(page.locator('canvas[data-ready]')).toHaveCount(2);
	const labels = await page.getByTestId('compare-table').locator('tbody th').allInnerTexts();
	expect(labels.sort()).toHaveLength(4);
	const letters = new Set(labels.map((l) => l[0]));
	expect(letters.size).toBe(3);
	expect(labels.filter((l) => / · [12]$/.test(l))).toHaveLength(2);
	// overall scores are still there, whatever the letters
	const overall = await page
		.getByTestId('compare-table')
		.locator('td[data-col="overall"]')
		.allInnerTexts();
	expect(overall.sort()).toEqual(['50', '50', '75', '75']);

	const leaks = await page.evaluate((names) => {
		const texts = [document.title, document.body.innerText];
		for (const el of document.querySelectorAll('*'))
			for (const attr of el.attributes) texts.push(attr.value);
		const all = texts.join('\n');
		return names.filter((n) => all.includes(n));
	}, NAMES);
	expect(leaks).toEqual([]);
	const chartLabels = await page
		.locator('[role=img]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
	expect(chartLabels).toHaveLength(2);
	for (const l of chartLabels) expect(l).toMatch(/: [A-C]/);

	// reload keeps the anonymised view
	await page.reload();
	await expect(page.getByTestId('compare-table').locator('tbody tr')).toHaveCount(4);
	const afterReload = await page.evaluate(() => document.body.innerText);
	for (const n of NAMES) expect(afterReload).not.toContain(n);

	// projector mode
	await page.getByTestId('projector').click();
	await expect(page.getByTestId('compare-root')).toHaveClass(/projector/);
});
