/**
 * A device holding many assessments (a large import holds thousands): the
 * lists that named every assessment at once are drawn a page at a time
 * (compare's picker) or choose the city first (the data page's framework move
 * and its export of one assessment), and nothing is out of reach.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openHome } from './helpers';
import { answersBy, seed, type SeedAssessment } from './seed';

/** 130 assessments in 40 cities ("Miasto 00" … "Miasto 39"), on framework 1.0.0 */
const MANY: SeedAssessment[] = Array.from({ length: 130 }, (_, i) => ({
	id: `large-${String(i).padStart(3, '0')}`,
	cityId: `city-${i % 40}`,
	cityName: `Miasto ${String(i % 40).padStart(2, '0')}`,
	label: `Ocena ${i}`,
	createdAt: Date.UTC(2026, 0, 1) + i * 1000,
	answers: answersBy((q) => (q === 'F1.1' ? 2 : undefined))
}));

test.beforeEach(async ({ page }) => {
	await openHome(page);
	await seed(page, MANY);
});

test("compare's picker draws 100 rows, then the rest a page at a time; a search reaches every one", async ({
	page
}) => {
	await page.goto('/compare');
	const rows = page.getByTestId('picker-list').locator('li');
	await expect(page.getByTestId('picker-count')).toContainText('130 assessments shown of 130');
	await expect(rows).toHaveCount(100);
	await expect(page.getByTestId('picker-more')).toHaveText('Show 30 more');
	await page.getByTestId('picker-more').click();
	await expect(rows).toHaveCount(130);
	await expect(page.getByTestId('picker-more')).toHaveCount(0);
	// by city name, then date: Miasto 39's last assessment ends the list
	await expect(rows.last()).toContainText(/Miasto 39.*Ocena 119/);

	// a search narrows what is drawn, and a row past the first page can be chosen
	await page.reload();
	await page.getByTestId('picker-search').fill('Ocena 127');
	await expect(rows).toHaveCount(1);
	await expect(page.getByTestId('picker-more')).toHaveCount(0);
	await rows.filter({ hasText: 'Ocena 127' }).getByRole('checkbox').check();
	await expect(page.getByTestId('picker-count')).toContainText('1 selected');
});

test('the data page: the framework move and the export of one assessment choose the city first', async ({
	page
}) => {
	await page.goto('/data');

	// moving to another framework version: 40 cities, then that city's assessments
	const city = page.locator('#mig-city');
	const assessment = page.locator('#mig-assessment');
	await expect(city.locator('option')).toHaveCount(40);
	await expect(page.getByLabel('City', { exact: true })).toHaveCount(1);
	await expect(assessment.locator('option')).toHaveCount(4);
	await city.selectOption({ label: 'Miasto 07' });
	await expect(assessment.locator('option')).toHaveText([
		/Miasto 07.*Ocena 7\b/,
		/Miasto 07.*Ocena 47\b/,
		/Miasto 07.*Ocena 87\b/,
		/Miasto 07.*Ocena 127\b/
	]);
	await assessment.selectOption({ label: await assessment.locator('option').nth(3).innerText() });
	await page.getByRole('button', { name: 'Create the new assessment' }).click();
	const done = page.getByTestId('migration-preview').locator('p.ok');
	await expect(done).toContainText('Ocena 127');
	expect(await done.getByRole('link', { name: 'Open it' }).getAttribute('href')).toMatch(
		/^\/assess\?id=/
	);
	// the city chosen stays, its new assessment (on the current version) is not offered again
	await expect(city).toHaveValue('city-7');

	// exporting one assessment: the city, then its assessment
	await page.getByLabel('One assessment').check();
	const exportCity = page.locator('#export-assessment-city');
	const exportOne = page.locator('#export-assessment');
	await expect(exportCity.locator('option')).toHaveCount(40);
	await expect(exportOne.locator('option')).toHaveCount(4);
	await exportCity.selectOption({ label: 'Miasto 12' });
	await expect(exportOne.locator('option')).toHaveCount(3);
	await exportOne.selectOption({ label: await exportOne.locator('option').nth(1).innerText() });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-download').click()
	]);
	const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(exported.assessments.map((a: { id: string }) => a.id)).toEqual(['large-052']);
});
