import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { makeData, makeExportFile, questionIds } from '../../scripts/fixtures.mjs';
import { waitForServiceWorker } from './helpers';

/** Every row of every object store, read with the plain IndexedDB API. */
async function dumpDb(page: Page) {
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

async function importFiles(
	page: Page,
	files: { name: string; mimeType: string; buffer: Buffer }[] | string
) {
	await page.getByTestId('import-input').setInputFiles(files);
}

test('export a city, delete all data, import it again: the city is back with its answers', async ({
	page
}) => {
	const data = makeData({ cities: 2, assessmentsPerCity: 1, commentLength: 400 });
	const seed = await makeExportFile(data);
	await page.goto('/data');
	// the app has been installed for offline use (its caches exist) before the user deletes everything
	await waitForServiceWorker(page);
	expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
	await importFiles(page, [
		{ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed)) }
	]);
	await expect(page.getByTestId('import-entry')).toHaveAttribute('data-status', 'ready');
	await page.getByTestId('import-run').click();
	await expect(page.getByTestId('import-entry')).toHaveAttribute('data-status', 'imported');
	const before = await dumpDb(page);
	const city = data.cities[0]!;
	const cityAnswers = data.answers.filter((a) =>
		data.assessments.some((s) => s.cityId === city.id && s.id === a.assessmentId)
	);

	// export one city via the UI
	await page.getByLabel('One city with all its assessments').check();
	await page.getByLabel('City', { exact: true }).selectOption({ label: city.name });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-download').click()
	]);
	expect(download.suggestedFilename()).toMatch(/^hrc_Lodz_\d{4}-\d{2}-\d{2}\.json$/);
	const path = await download.path();
	const exported = JSON.parse(readFileSync(path, 'utf8'));
	expect(exported.cities).toHaveLength(1);
	expect(exported.answers).toHaveLength(cityAnswers.length);

	// delete everything via the UI
	await page.getByTestId('delete-all').click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByTestId('delete-done')).toBeVisible();
	const empty = await dumpDb(page);
	expect(empty.cities).toEqual([]);
	expect(empty.answers).toEqual([]);
	expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);

	// import the exported file via the file input
	await importFiles(page, path);
	await expect(page.getByTestId('import-entry')).toHaveAttribute('data-status', 'ready');
	await expect(page.getByTestId('import-entry')).toContainText(city.name);
	await page.getByTestId('import-run').click();
	await expect(page.getByTestId('import-entry')).toHaveAttribute('data-status', 'imported');

	const after = await dumpDb(page);
	expect(after.cities).toEqual((before.cities as { id: string }[]).filter((c) => c.id === city.id));
	const key = (a: { assessmentId: string; questionId: string }) =>
		`${a.assessmentId}/${a.questionId}`;
	const sort = (xs: unknown[]) =>
		[...(xs as { assessmentId: string; questionId: string }[])].sort((a, b) =>
			key(a).localeCompare(key(b))
		);
	expect(sort(after.answers!)).toEqual(
		sort(
			(before.answers as { assessmentId: string }[]).filter((a) =>
				cityAnswers.some((c) => c.assessmentId === a.assessmentId)
			)
		)
	);

	await page.getByRole('link', { name: 'Cities', exact: true }).click();
	const card = page.getByTestId('city-card');
	await expect(card).toHaveCount(1);
	await expect(card).toContainText(city.name);
	const answered = cityAnswers.filter((a) => a.value !== null).length;
	await expect(card).toContainText(`${answered} of ${questionIds.length} answered`);
});

test('a hostile file shows a readable error and changes nothing', async ({ page }) => {
	const seed = await makeExportFile(
		makeData({ cities: 1, assessmentsPerCity: 1, commentLength: 50 })
	);
	await page.goto('/data');
	await importFiles(page, [
		{ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed)) }
	]);
	await page.getByTestId('import-run').click();
	await expect(page.getByTestId('import-entry')).toHaveAttribute('data-status', 'imported');
	await page.getByRole('button', { name: 'Clear the list' }).click();
	const before = await dumpDb(page);

	const other = await makeExportFile(
		makeData({ cities: 1, assessmentsPerCity: 1, seed: 7, commentLength: 50 })
	);
	const polluted = JSON.stringify(other).replace(
		'"cities":[{',
		'"cities":[{"__proto__":{"isAdmin":true},'
	);
	const altered = JSON.stringify({
		...other,
		cities: [{ ...other.cities[0], name: '<img src=x onerror="window.__xss=1">' }]
	});
	const truncated = JSON.stringify(other).slice(0, 300);
	await importFiles(page, [
		{ name: 'polluted.json', mimeType: 'application/json', buffer: Buffer.from(polluted) },
		{ name: 'altered.json', mimeType: 'application/json', buffer: Buffer.from(altered) },
		{ name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from(truncated) }
	]);
	const entries = page.getByTestId('import-entry');
	await expect(entries).toHaveCount(3);
	for (let i = 0; i < 3; i++)
		await expect(entries.nth(i)).toHaveAttribute('data-status', 'rejected');
	await expect(entries.nth(0)).toContainText('forbidden field name “__proto__”');
	await expect(entries.nth(1)).toContainText('changed or damaged after it was exported');
	await expect(entries.nth(2)).toContainText('not valid JSON');
	await expect(page.getByTestId('import-run')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
	expect(await page.evaluate(() => (({}) as Record<string, unknown>).isAdmin)).toBeUndefined();
	expect(await dumpDb(page)).toEqual(before);
});

test('a large file is written off the page: its progress is shown, and the page counts it once imported', async ({
	page
}) => {
	const data = makeData({ answers: 20_000, cities: 3, assessmentsPerCity: 4, commentLength: 0 });
	const rows = data.cities.length + data.assessments.length + data.answers.length;
	await page.goto('/data');
	// installed for offline use first: the notice that says so pushes the page down as it
	// appears, and a click at that moment can land beside the button it aimed at (missed
	// "Import" once in 60 runs with both cores busy)
	await waitForServiceWorker(page);
	await importFiles(page, [
		{
			name: 'large.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(await makeExportFile(data)))
		}
	]);
	const entry = page.getByTestId('import-entry');
	await expect(entry).toHaveAttribute('data-status', 'ready');
	// every value the progress bar shows, from the first on
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { __seen: string[] }).__seen = seen;
		new MutationObserver(() => {
			const bar = document.querySelector('[data-testid="import-entry"] [role="progressbar"]');
			const text =
				bar &&
				`${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')} ${bar.getAttribute('aria-valuetext')}`;
			if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document.body, { subtree: true, childList: true, attributes: true });
	});
	await page.getByTestId('import-run').click();
	await expect(entry.getByRole('progressbar', { name: 'Saving on this device' })).toBeVisible();
	await expect(entry).toHaveAttribute('data-status', 'imported', { timeout: 60_000 });
	await expect(entry.getByRole('progressbar')).toHaveCount(0);

	const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
	const written = seen.map((s) => Number(s.split('/')[0]));
	// the values, and the text read out, with the thousands grouped as people read them
	const max = rows.toLocaleString('en-GB');
	expect(seen.every((s) => s.includes(`/${rows} `) && s.endsWith(`/${max}`))).toBe(true);
	expect(written.length).toBeGreaterThan(1);
	expect(written.every((w, i) => i === 0 || w > written[i - 1]!)).toBe(true);
	expect(written.at(-1)).toBeLessThanOrEqual(rows);

	// written in the worker: the page learns of it as of another tab's writes
	const stored = await dumpDb(page);
	expect(stored.answers).toHaveLength(data.answers.length);
	expect(stored.assessments).toHaveLength(data.assessments.length);
	await expect(page.locator('dialog')).toContainText(`${data.assessments.length} assessments`);
});
