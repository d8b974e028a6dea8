/** Helpers shared by the reliability and security browser tests. */
import { expect, type Page } from '@playwright/test';

/** Every row of every object store, read with the plain IndexedDB API. */
export async function dumpDb(page: Page) {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const req = indexedDB.open('hrc-self-assessment');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const idb = req.result;
					const names = [...idb.objectStoreNames];
					const tx = idb.transaction(names, 'readonly');
					const out: Record<string, unknown[]> = {};
					for (const n of names) {
						const r = tx.objectStore(n).getAll();
						r.onsuccess = () => (out[n] = r.result);
					}
					tx.oncomplete = () => {
						idb.close();
						resolve(out);
					};
				};
			})
	);
}

/** Collect uncaught page errors; call the returned function at the end to assert there were none. */
export function failOnPageErrors(page: Page) {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return () => expect(errors, 'uncaught errors in the page').toEqual([]);
}

/** Create a city (with an optional country) and an assessment through the UI; returns the assessment id. */
export async function newAssessment(
	page: Page,
	city: string,
	label: string,
	extra: { country?: string; participants?: string } = {}
): Promise<string> {
	await page.locator('#new-city-name').fill(city);
	if (extra.country !== undefined) await page.locator('#new-city-country').fill(extra.country);
	await page.getByRole('button', { name: 'Add city' }).click();
	const card = page
		.getByTestId('city-card')
		.filter({ has: page.getByRole('heading', { name: city, exact: true }) });
	await expect(card).toBeVisible();
	await card.getByRole('button', { name: 'New assessment' }).click();
	await card.locator('input[name=label]').fill(label);
	if (extra.participants !== undefined)
		await card.locator('[name=participants]').fill(extra.participants);
	await card.getByRole('button', { name: 'Start assessment' }).click();
	await page.waitForURL(/\/assess\?id=/);
	return new URL(page.url()).searchParams.get('id')!;
}
