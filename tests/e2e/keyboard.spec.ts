import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openHome } from './helpers';
import { CURRENT_QUESTIONS } from './seed';

/** Press Tab (or Shift+Tab) until the focused element matches, like a keyboard user would. */
async function tabTo(page: Page, selector: string, { max = 80, back = false } = {}) {
	for (let i = 0; i < max; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`keyboard focus never reached ${selector}`);
}

/** The focused element shows a visible focus indicator (its own outline or its option's). */
async function focusIsVisible(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el) return false;
		const target = el.matches('input[type=radio]') ? (el.closest('label') ?? el) : el;
		const s = getComputedStyle(target);
		return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
	});
}

test('keyboard only: create a city, complete the whole assessment, export the PDF report', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openHome(page);
	await page.locator('body').click({ position: { x: 1, y: 1 } });
	await tabTo(page, '#new-city-name');
	expect(await focusIsVisible(page)).toBe(true);
	await page.keyboard.type('Kraków');
	await page.keyboard.press('Enter');
	await tabTo(page, '[data-testid=city-card] button.primary');
	await page.keyboard.press('Enter');
	await tabTo(page, 'input[name=label]');
	await page.keyboard.type('Forum 2026');
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/assess\?id=/);
	await expect(page.locator('[data-question="F1.1"]')).toBeVisible();

	// answer every question: Tab to an unanswered question's answers, pick a level with the arrows
	let answered = 0;
	for (let guard = 0; guard < 200 && answered < CURRENT_QUESTIONS; guard++) {
		const unansweredRadio = '[data-question]:not(:has(input:checked)) input[type=radio]';
		if (await page.locator(unansweredRadio).count()) {
			await tabTo(page, unansweredRadio);
			expect(await focusIsVisible(page)).toBe(true);
			await page.keyboard.press('Space');
			for (let k = 0; k < answered % 5; k++) await page.keyboard.press('ArrowDown');
			answered++;
		} else {
			await tabTo(page, 'a[rel=next]');
			await page.keyboard.press('Enter');
			await expect(page.locator('[data-question]:not(:has(input:checked))').first()).toBeVisible();
		}
	}
	expect(answered).toBe(CURRENT_QUESTIONS);
	await expect(page.getByText('All questions are answered.')).toBeVisible();
	await expect(page.getByRole('progressbar', { name: 'Overall' })).toHaveAttribute(
		'aria-valuenow',
		String(CURRENT_QUESTIONS)
	);

	await tabTo(page, '[data-testid=complete-assessment]');
	await page.keyboard.press('Enter');
	await expect(
		page.getByText('This assessment is marked complete. Answers can still be changed.')
	).toBeVisible();

	await tabTo(page, 'main .notice a.button');
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/results\?id=/);
	await expect(page.getByTestId('overall-score')).toBeVisible();

	await tabTo(page, '[data-testid=report-button] button');
	expect(await focusIsVisible(page)).toBe(true);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Enter')
	]);
	expect(download.suggestedFilename()).toMatch(/^Krakow_Forum-2026_report_en\.pdf$/);
	const bytes = readFileSync(await download.path());
	expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
});
