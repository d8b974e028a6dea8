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

for (const lang of ['en', 'pl'] as const) {
	test(`axe: no violation on any page, dialog or inline error (${lang})`, async ({ page }) => {
		// a walk over every page with axe: ~35 s alone, over 60 s beside another worker
		test.setTimeout(120_000);
		const w = words[lang];
		await openHome(page, lang);
		const id = await createAssessment(page, 'Łódź', 'Baseline 2026');
		// one answer with a comment, so results, charts and tables have content
		await question(page, 'F1.1').locator('input[type=radio][value="3"]').check();
		await expect(question(page, 'F1.1').getByRole('status')).toHaveText(/Saved|Zapisano/);

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
