/**
 * The cities, compare and data pages show one overview of the device (every
 * city, assessment and answer count), kept for a while after the last of
 * them closes (db/overview.ts, sharedOverview) so that going from one to
 * another does not read every answer again. Kept or not, each shows the
 * device as it stands: answers saved meanwhile on another page, and nothing
 * of before after "Delete all" (the database, created again, signals every
 * table changed).
 */
import { expect, test, type Page } from '@playwright/test';
import { createAssessment, openHome, question } from './helpers';

/** Open a page from the main menu (client-side navigation: the kept overview is used). */
async function fromMenu(page: Page, name: 'Cities' | 'Compare' | 'Data & backup') {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
	await expect(page.locator('main h1')).toBeVisible();
}

test('moving between the pages from the menu: counts saved on another page show, and "Delete all" leaves none of before', async ({
	page
}) => {
	await openHome(page);
	await createAssessment(page, 'Łódź', 'Baseline 2026');
	await question(page, 'F1.1').locator('input[type=radio][value="3"]').check();
	await expect(question(page, 'F1.1').getByRole('status')).toHaveText(/Saved/);

	await fromMenu(page, 'Cities');
	const card = page.getByTestId('city-card').filter({ hasText: 'Łódź' });
	await expect(card.getByTestId('assessment-row')).toContainText('1 of 56 answered');
	await fromMenu(page, 'Compare');
	await expect(page.getByTestId('picker-list')).toContainText('Łódź — Baseline 2026');

	// an answer saved on the questionnaire (no overview page shown meanwhile)
	await fromMenu(page, 'Cities');
	await card.getByRole('link', { name: 'Continue' }).click();
	await question(page, 'F1.2').locator('input[type=radio][value="2"]').check();
	await expect(question(page, 'F1.2').getByRole('status')).toHaveText(/Saved/);
	await fromMenu(page, 'Cities');
	await expect(card.getByTestId('assessment-row')).toContainText('2 of 56 answered');

	// "Delete all" on the data page, then the other pages at once
	await fromMenu(page, 'Data & backup');
	await page.getByTestId('delete-all').click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByTestId('delete-done')).toBeVisible();
	await fromMenu(page, 'Cities');
	await expect(page.getByText('No cities yet.')).toBeVisible();
	await expect(page.getByTestId('city-card')).toHaveCount(0);
	await fromMenu(page, 'Compare');
	await expect(page.getByText('There are no assessments on this device yet.')).toBeVisible();
	await expect(page.getByTestId('picker-list')).toHaveCount(0);
});
