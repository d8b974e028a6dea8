import { test, expect } from '@playwright/test';
import { openHome } from './helpers';
import { answersBy, seed, FRA_QUESTIONS } from './seed';
import { readFileSync, writeFileSync } from 'node:fs';

test('polish screenshots', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 900 });
	await openHome(page, 'pl');
	const a = { id: 'asmt-krakow-1', cityId: 'city-krakow', cityName: 'Kraków', label: 'Ocena 2026', createdAt: Date.now() - 86400000 * 30,
		answers: answersBy((q) => (q.startsWith('T') ? undefined : q.endsWith('.3') ? 'dk' : q.startsWith('S5') ? 'na' : (Number(q[1]) % 5) as 0|1|2|3|4)) };
	const b = { id: 'asmt-krakow-2', cityId: 'city-krakow', cityName: 'Kraków', label: 'Ocena 2027', createdAt: Date.now(),
		answers: answersBy((q) => (Number(q[1]) + 1) % 5 as 0|1|2|3|4) };
	await seed(page, [a, b]);
	await page.reload();
	await expect(page.locator('main h1')).toBeVisible();
	const titles: string[] = [];
	const shot = async (name: string) => {
		await page.waitForTimeout(600);
		titles.push(`${name}: ${await page.title()}`);
		await page.screenshot({ path: `/tmp/i11-polish/shots/${name}.png`, fullPage: true });
	};
	await shot('home');
	await page.goto('/assess?id=asmt-krakow-1&item=F1');
	await expect(page.locator('main h1')).toContainText('Kraków');
	await shot('assess');
	await page.goto('/results?id=asmt-krakow-1');
	await expect(page.locator('main h1')).toContainText('Kraków');
	await shot('results');
	await page.goto('/compare?ids=asmt-krakow-1,asmt-krakow-2');
	await shot('compare');
	await page.goto('/data');
	await shot('data');
	await page.goto('/about');
	await shot('about');
	// a PDF in Polish
	await page.goto('/results?id=asmt-krakow-1');
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('report-button').getByRole('button', { name: /Pobierz raport/ }).click()
	]);
	titles.push(`pdf: ${dl.suggestedFilename()}`);
	await dl.saveAs('/tmp/i11-polish/shots/report.pdf');
	await page.waitForTimeout(500);
	titles.push(`status: ${await page.getByTestId('report-button').innerText()}`);
	writeFileSync('/tmp/i11-polish/shots/titles.txt', titles.join('\n'));
	void readFileSync;
});
