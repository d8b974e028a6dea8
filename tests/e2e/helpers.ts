import { expect, type Page } from '@playwright/test';

/** Start every test in English with an empty database (fresh browser context per test). */
export async function openHome(page: Page, lang: 'en' | 'pl' = 'en') {
	await page.goto('/');
	await expect(page.locator('main h1')).toBeVisible();
	const name = lang === 'en' ? 'English' : 'Polski';
	await page.getByRole('button', { name, exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Create a city and an assessment through the UI; ends on the questionnaire. Returns the assessment id. */
export async function createAssessment(page: Page, city: string, label: string): Promise<string> {
	await page.locator('#new-city-name').fill(city);
	await page.locator('#new-city-name').press('Enter');
	const card = page
		.getByTestId('city-card')
		.filter({ has: page.getByRole('heading', { name: city, exact: true }) });
	await expect(card).toBeVisible();
	await card.getByRole('button', { name: /New assessment|Nowa ocena/ }).click();
	await card.locator('input[name=label]').fill(label);
	await card.locator('input[name=label]').press('Enter');
	await page.waitForURL(/\/assess\?id=/);
	return new URL(page.url()).searchParams.get('id')!;
}

/** Wait until the service worker controls the page (after the first visit). */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
		await page.reload();
	}
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
		.toBe('activated');
}

export function question(page: Page, id: string) {
	return page.locator(`[data-question="${id}"]`);
}

/** `E2E_CPU_SLOWDOWN=4`: the CPU slow-down (CDP) the specs that take it set on their pages. */
const SLOWDOWN = Number(process.env.E2E_CPU_SLOWDOWN ?? 1);

/** Slow the page's CPU down by E2E_CPU_SLOWDOWN (nothing when it is 1, the default). */
export async function slowDown(page: Page) {
	if (SLOWDOWN === 1) return;
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
}
