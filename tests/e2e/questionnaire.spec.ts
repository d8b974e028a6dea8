import { expect, test } from '@playwright/test';
import { createAssessment, openHome, question, waitForServiceWorker } from './helpers';
import { CURRENT_QUESTIONS } from './seed';

const POLISH = 'Uchwała Rady Miasta Łodzi — zażółć gęślą jaźń, ĄĘŁŚŻŹĆŃÓ';

test('an official creates Łódź, answers in Polish, and everything survives a reload', async ({
	page
}) => {
	await openHome(page, 'pl');
	const id = await createAssessment(page, 'Łódź', 'Ocena wyjściowa 2026');
	await expect(page.locator('main h1')).toContainText('Łódź');

	const q1 = question(page, 'F1.1');
	await q1.getByRole('radio', { name: /^3 —/ }).check();
	await expect(q1.getByRole('status')).toHaveText(/Zapisano/);
	await q1.getByLabel('Komentarz').fill(POLISH);
	await q1.getByLabel('Dowody').fill('https://bip.uml.lodz.pl/uchwala\nUchwała nr XII/34/2026');
	await expect(q1.getByRole('status')).toHaveText(/Zapisano/);
	await question(page, 'F1.2')
		.getByRole('radio', { name: /Nie dotyczy/ })
		.check();
	await expect(question(page, 'F1.2').getByRole('status')).toHaveText(/Zapisano/);

	await page.reload();
	await expect(q1.getByRole('radio', { name: /^3 —/ })).toBeChecked();
	await expect(q1.getByLabel('Komentarz')).toHaveValue(POLISH);
	await expect(q1.getByLabel('Dowody')).toHaveValue(
		'https://bip.uml.lodz.pl/uchwala\nUchwała nr XII/34/2026'
	);
	await expect(question(page, 'F1.2').getByRole('radio', { name: /Nie dotyczy/ })).toBeChecked();
	await expect(page.getByRole('progressbar', { name: 'Łącznie' })).toHaveAttribute(
		'aria-valuenow',
		'2'
	);

	// the home page shows the completion
	await page.goto('/');
	await expect(page.getByTestId('assessment-row')).toContainText(
		`odpowiedzi: 2 z ${CURRENT_QUESTIONS}`
	);
	expect(id).toMatch(/^[A-Za-z0-9_-]{6,}$/);
});

test('typing is saved without a save button, even when the page is closed right after', async ({
	page,
	context
}) => {
	await openHome(page);
	const id = await createAssessment(page, 'Gdańsk', 'Baseline 2026');
	await page.goto(`/assess?id=${id}&item=F2`);
	const box = question(page, 'F2.1').getByLabel('Comment');
	await box.fill('Typed just before closing the tab');
	await question(page, 'F2.2').getByRole('radio', { name: /^4 —/ }).check();
	// close the page immediately: the journal holds the text and the choice; the next page saves them
	await page.close({ runBeforeUnload: true });
	const again = await context.newPage();
	await again.goto(`/assess?id=${id}&item=F2`);
	await expect(question(again, 'F2.1').getByLabel('Comment')).toHaveValue(
		'Typed just before closing the tab'
	);
	await expect(question(again, 'F2.2').getByRole('radio', { name: /^4 —/ })).toBeChecked();
});

test('offline: reload, keep answering, come back online — nothing lost', async ({
	page,
	context
}) => {
	await openHome(page);
	const id = await createAssessment(page, 'Sopot', 'Baseline 2026');
	await waitForServiceWorker(page);
	await question(page, 'F1.1').getByRole('radio', { name: /^2 —/ }).check();
	await expect(question(page, 'F1.1').getByRole('status')).toHaveText(/Saved/);

	await context.setOffline(true);
	await page.reload();
	await expect(question(page, 'F1.1').getByRole('radio', { name: /^2 —/ })).toBeChecked();
	// a deep link to another item, offline
	await page.goto(`/assess?id=${id}&item=S3`);
	await expect(page.locator('#item-title')).toContainText('S3');
	await question(page, 'S3.1').getByRole('radio', { name: /^4 —/ }).check();
	await question(page, 'S3.1').getByLabel('Comment').fill('Written offline');
	await expect(question(page, 'S3.1').getByRole('status')).toHaveText(/Saved/);
	await page.goto('/about');
	await expect(page.locator('main h1')).toHaveText('About the FRA framework');

	await context.setOffline(false);
	await page.goto(`/assess?id=${id}&item=S3`);
	await expect(question(page, 'S3.1').getByRole('radio', { name: /^4 —/ })).toBeChecked();
	await expect(question(page, 'S3.1').getByLabel('Comment')).toHaveValue('Written offline');
	await page.goto(`/assess?id=${id}&item=F1`);
	await expect(question(page, 'F1.1').getByRole('radio', { name: /^2 —/ })).toBeChecked();
});

test('switching language mid-questionnaire keeps what is being typed', async ({ page }) => {
	await openHome(page);
	const id = await createAssessment(page, 'Warszawa', 'Baseline 2026');
	await page.goto(`/assess?id=${id}&item=F3`);
	const q = question(page, 'F3.1');
	await q.getByLabel('Comment').click();
	await page.keyboard.type('Started in English, ');
	await page.getByRole('button', { name: 'Polski', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expect(q.getByLabel('Komentarz')).toHaveValue('Started in English, ');
	await q.getByLabel('Komentarz').click();
	await q.getByLabel('Komentarz').press('End');
	await page.keyboard.type('dokończone po polsku — żółw');
	await expect(q.getByRole('status')).toHaveText(/Zapisano/);
	await expect(page.locator('#item-title')).toContainText('Zobowiązanie do realizacji celów');
	// the choice is remembered
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expect(q.getByLabel('Komentarz')).toHaveValue(
		'Started in English, dokończone po polsku — żółw'
	);
});

test('keyboard only: answer with arrows, jump to the next unanswered question', async ({
	page
}) => {
	await openHome(page);
	await createAssessment(page, 'Białystok', 'Baseline 2026');
	const next = page.getByTestId('next-unanswered');
	await next.focus();
	await page.keyboard.press('Enter');
	// focus lands on the first unanswered question's answers
	await expect(page.locator('[data-question="F1.1"] input[type=radio]').first()).toBeFocused();
	await page.keyboard.press('Space');
	await expect(question(page, 'F1.1').getByRole('status')).toHaveText(/Saved/);
	await page.keyboard.press('ArrowDown');
	await expect(question(page, 'F1.1').getByRole('radio', { name: /^1 —/ })).toBeChecked();
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-question="F1.2"] input[type=radio]').first()).toBeFocused();
});

test('forms explain empty, duplicate and over-long names', async ({ page }) => {
	await openHome(page);
	await page.getByRole('button', { name: 'Add city' }).click();
	await expect(page.locator('#new-city-name-err')).toHaveText('Please fill in this field.');
	await expect(page.locator('#new-city-name')).toHaveAttribute('aria-invalid', 'true');
	await page.locator('#new-city-name').fill('Szczecin');
	await page.getByRole('button', { name: 'Add city' }).click();
	await expect(page.getByTestId('city-card')).toHaveCount(1);
	await page.locator('#new-city-name').fill('szczecin ');
	await page.getByRole('button', { name: 'Add city' }).click();
	await expect(page.locator('#new-city-name-err')).toHaveText(
		'A city with this name already exists.'
	);
	await page.locator('#new-city-name').fill('x'.repeat(130));
	await page.getByRole('button', { name: 'Add city' }).click();
	await expect(page.locator('#new-city-name-err')).toContainText('at most 120 characters');
	await expect(page.getByTestId('city-card')).toHaveCount(1);
});

test('rename and delete a city with confirmation', async ({ page }) => {
	await openHome(page);
	await createAssessment(page, 'Poznan', 'Baseline 2026');
	await page.goto('/');
	const card = page.getByTestId('city-card');
	await card.getByRole('button', { name: 'Rename' }).click();
	await card.locator('input[name=name]').fill('Poznań');
	await card.getByRole('button', { name: 'Save' }).click();
	await expect(card.getByRole('heading', { level: 3 })).toHaveText('Poznań');
	await card.getByRole('button', { name: 'Delete' }).first().click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText('Delete Poznań?');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByTestId('city-card')).toHaveCount(1);
	await card.getByRole('button', { name: 'Delete' }).first().click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByTestId('city-card')).toHaveCount(0);
	await expect(page.getByText('No cities yet')).toBeVisible();
});
