/**
 * PDF export from the results page, offline: the report worker, jsPDF and the
 * fonts come from the service worker's precache.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import framework from '../../frameworks/fra-hrc/framework.json' with { type: 'json' };

async function controlledBySw(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	for (let i = 0; i < 3; i++) {
		if (await page.evaluate(() => navigator.serviceWorker.controller?.state === 'activated'))
			return;
		await page.reload();
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	}
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

async function download(page: Page, lang: 'English' | 'Polish' | 'Both (EN + PL)') {
	const report = page.getByTestId('report-button');
	await report.getByLabel(lang).check();
	const started = Date.now();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		report.getByRole('button', { name: 'Download PDF report' }).click()
	]);
	const ms = Date.now() - started;
	const path = await file.path();
	const bytes = readFileSync(path);
	await expect(report.getByRole('status')).toContainText('Report ready');
	return {
		name: file.suggestedFilename(),
		bytes,
		ms,
		text: execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {
			encoding: 'utf8'
		}).replace(/\s+/g, ' ')
	};
}

test('a report is exported from the results page while offline', async ({ page, context }) => {
	await page.goto('/');
	await page.getByLabel('City name').fill('Łódź');
	await page.getByRole('button', { name: 'Add city' }).click();
	await page.getByRole('button', { name: 'New assessment' }).click();
	await page.getByLabel('Label').fill('Baseline 2026');
	await page.getByRole('button', { name: 'Start assessment' }).click();
	await expect(page).toHaveURL(/\/assess\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;

	const first = page.locator('[data-question="F1.1"]');
	await first.getByLabel(/Partly in place/).check();
	await first.getByLabel('Comment').fill('Zażółć gęślą jaźń <script>alert(1)</script>');
	await first.getByLabel('Comment').blur();
	await expect(first.getByText('Saved')).toBeVisible();

	await page.goto(`/results?id=${id}`);
	await controlledBySw(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('report-button')).toBeVisible();

	const r = await download(page, 'Both (EN + PL)');
	expect(r.name).toBe('Lodz_Baseline-2026_report_en-pl.pdf');
	expect(r.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	expect(r.text).toContain('Łódź');
	expect(r.text).toContain('Zażółć gęślą jaźń <script>alert(1)</script>');
	expect(r.text).toContain('Level 2 – Partly in place / Poziom 2 – Częściowo wdrożone');
	expect(r.text).toContain('Raport z samooceny');

	const pl = await download(page, 'Polish');
	expect(pl.name).toBe('Lodz_Baseline-2026_report_pl.pdf');
	expect(pl.text).toContain('Metodyka');
	expect(pl.text).not.toContain('Methodology');
});

test('full bilingual FRA report: complete, and within the size budget', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('City name').fill('Łódź');
	await page.getByRole('button', { name: 'Add city' }).click();
	await page.getByRole('button', { name: 'New assessment' }).click();
	await page.getByLabel('Label').fill('Full 2026');
	await page.getByRole('button', { name: 'Start assessment' }).click();
	await expect(page).toHaveURL(/\/assess\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;

	// every question answered, with comments and evidence, written straight into IndexedDB
	const questions = framework.elements.flatMap((e) =>
		e.items.flatMap((i) => i.questions.map((q) => q.id))
	);
	await page.evaluate(
		async ({ id, questions }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open('hrc-self-assessment');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			const tx = db.transaction('answers', 'readwrite');
			const values = [0, 1, 2, 3, 4, 'na', 'dk'];
			questions.forEach((q, k) =>
				tx.objectStore('answers').put({
					assessmentId: id,
					questionId: q,
					value: values[k % values.length],
					comment: `Zażółć gęślą jaźń – komentarz ${k}. `.repeat(8),
					evidence: [`https://bip.example.pl/uchwala-${k}`],
					updatedAt: Date.now(),
					rev: 1
				})
			);
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ id, questions }
	);
	await page.goto(`/results?id=${id}`);
	const cold = await download(page, 'Both (EN + PL)');
	const warm = await download(page, 'Both (EN + PL)');
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const slow = await download(page, 'Both (EN + PL)');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	console.log(
		`bilingual FRA report in Chromium: first ${cold.ms} ms, again ${warm.ms} ms, at 4× CPU ${slow.ms} ms; ${Math.round(cold.bytes.length / 1024)} KB`
	);
	expect(cold.text).toContain('komentarz 41');
	expect(cold.bytes.length).toBeLessThanOrEqual(300 * 1024);
	// times are logged, not asserted: they are measured against their targets by `npm run bench`
	// (P8), because a timed assertion fails on a busy machine without anything being wrong
});
