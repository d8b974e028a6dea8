import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createAssessment, openHome, question } from './helpers';

/** Every axe violation, of any impact, as "rule: targets". */
async function violations(page: Page) {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map(
		(v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

const words = {
	en: { del: 'Delete', cancel: 'Cancel', deleteAll: 'Delete all', projector: 'Projector mode' },
	pl: { del: 'Usuń', cancel: 'Anuluj', deleteAll: 'Usuń wszystko', projector: 'Tryb projektora' }
};

/** Łódź with an assessment and one answer, so results, charts and tables have content; its id. */
async function seeded(page: Page, lang: 'en' | 'pl') {
	await openHome(page, lang);
	const id = await createAssessment(page, 'Łódź', 'Baseline 2026');
	await question(page, 'F1.1').locator('input[type=radio][value="3"]').check();
	await expect(question(page, 'F1.1').getByRole('status')).toHaveText(/Saved|Zapisano/);
	return id;
}

// Two walks per language, so that each is well within its time on a slow machine: axe took
// 78–120 s for pages and dialogs together here (2026-12-02, two workers), against ~35 s once
for (const lang of ['en', 'pl'] as const) {
	test(`axe: no violation on any page (${lang})`, async ({ page }) => {
		test.setTimeout(120_000);
		const id = await seeded(page, lang);

		const pages = [
			'/',
			`/assess?id=${id}`,
			`/results?id=${id}`,
			'/compare',
			`/compare?ids=${id}`,
			`/compare?ids=${id}&anon=1`,
			'/data',
			'/about'
		];
		for (const url of pages) {
			await page.goto(url);
			await expect(page.locator('main h1')).toBeVisible();
			await page.waitForTimeout(300);
			expect(await violations(page), `${url} (${lang})`).toEqual([]);
		}

		// projector mode
		await page.goto(`/compare?ids=${id}`);
		await page.getByTestId('projector').click();
		await expect(page.getByTestId('compare-root')).toHaveClass(/projector/);
		expect(await violations(page), `projector (${lang})`).toEqual([]);
	});

	test(`axe: no violation in a dialog or an inline error (${lang})`, async ({ page }) => {
		test.setTimeout(120_000);
		const w = words[lang];
		await seeded(page, lang);

		// home: an inline form error and the two delete confirmations
		await page.goto('/');
		await page.locator('#new-city-name').fill('ŁÓDŹ');
		await page.locator('#new-city-name').press('Enter');
		await expect(page.locator('.field-error, [role=alert]').first()).toBeVisible();
		expect(await violations(page), `home, duplicate name (${lang})`).toEqual([]);
		const card = page.getByTestId('city-card').first();
		await card.getByRole('button', { name: w.del, exact: true }).first().click();
		await expect(page.getByRole('dialog')).toBeVisible();
		expect(await violations(page), `delete city dialog (${lang})`).toEqual([]);
		await page.getByRole('dialog').getByRole('button', { name: w.cancel }).click();
		await page
			.getByTestId('assessment-row')
			.getByRole('button', { name: w.del, exact: true })
			.click();
		await expect(page.getByRole('dialog')).toBeVisible();
		expect(await violations(page), `delete assessment dialog (${lang})`).toEqual([]);
		await page.getByRole('dialog').getByRole('button', { name: w.cancel }).click();

		// data: the delete-all confirmation and a rejected import file
		await page.goto('/data');
		await page.getByTestId('delete-all').click();
		await expect(page.getByRole('dialog')).toBeVisible();
		expect(await violations(page), `delete all dialog (${lang})`).toEqual([]);
		await page.getByRole('dialog').getByRole('button', { name: w.cancel }).click();
		await page.getByTestId('import-input').setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format": "hrc-self-assessment", "truncated')
		});
		await expect(page.getByTestId('import-entry')).toHaveAttribute('data-status', 'rejected');
		expect(await violations(page), `rejected import (${lang})`).toEqual([]);
	});
}
