import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createAssessment, openHome } from './helpers';

for (const lang of ['en', 'pl'] as const) {
	test(`axe: no serious or critical violation on any page (${lang})`, async ({ page }) => {
		await openHome(page, lang);
		const id = await createAssessment(page, 'Łódź', 'Baseline 2026');
		const pages = ['/', `/assess?id=${id}`, `/results?id=${id}`, '/compare', '/data', '/about'];
		for (const url of pages) {
			await page.goto(url);
			await expect(page.locator('main h1')).toBeVisible();
			await page.waitForTimeout(300);
			const result = await new AxeBuilder({ page }).analyze();
			const bad = result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(bad, `${url} (${lang})`).toEqual([]);
		}
	});
}
