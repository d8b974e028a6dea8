/**
 * Security (quality.md R16, R18, R19, P10): hostile text stays text, a strict
 * Content-Security-Policy with no violation in a full walk, no request to
 * another origin, and "delete all my data" leaves nothing behind.
 */
import { expect, test, type BrowserContext, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { question, waitForServiceWorker } from './helpers';
import { dumpDb, failOnPageErrors, newAssessment } from './quality-helpers';

const HOSTILE =
	'<script>alert(1)</script><img src=x onerror=alert(1)> javascript:alert(1) \u202Eevil';
const texts = {
	city: `City ${HOSTILE}`,
	country: `Land ${HOSTILE}`,
	label: `Label ${HOSTILE}`,
	participants: `People ${HOSTILE}`,
	comment: `Comment ${HOSTILE}`,
	evidence: `javascript:alert(document.cookie)`
};

/** Fail on any dialog; collect CSP violations, console errors and foreign requests. */
async function watch(page: Page) {
	const problems = {
		dialogs: [] as string[],
		csp: [] as string[],
		console: [] as string[],
		foreign: [] as string[]
	};
	const origin = new URL(test.info().project.use.baseURL!).origin;
	page.on('dialog', (d) => {
		problems.dialogs.push(`${d.type()}: ${d.message()}`);
		void d.dismiss();
	});
	page.on('console', (m) => {
		if (m.type() === 'error') problems.console.push(m.text());
	});
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
			problems.foreign.push(url);
	});
	await page.exposeBinding('__reportCsp', (_source, v: string) => problems.csp.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
				`${e.violatedDirective} ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber} on ${e.target instanceof Element ? e.target.outerHTML.slice(0, 80) : location.pathname}`
			)
		);
	});
	return problems;
}

/** Nothing in the page was made from the hostile strings. */
async function expectInert(page: Page, where: string) {
	const found = await page.evaluate(() => ({
		img: document.querySelectorAll('img[src="x"], img[onerror]').length,
		handlers: [...document.querySelectorAll('*')].filter((el) =>
			[...el.attributes].some((a) => a.name.startsWith('on'))
		).length,
		scripts: [...document.scripts].filter((s) => s.textContent?.includes('alert(')).length,
		jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length
	}));
	expect(found, where).toEqual({ img: 0, handlers: 0, scripts: 0, jsLinks: 0 });
	// a right-to-left override typed by a user reorders nothing outside the user's text:
	// it sits between isolate marks, or an isolating element holds exactly what was typed
	const typed = [...Object.values(texts), HOSTILE];
	const leaking = await page.evaluate((typed) => {
		const out: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const text = n.textContent ?? '';
			if (!text.includes('\u202E')) continue;
			const el = n.parentElement!;
			if (el.closest('[hidden], script, style') || el.tagName === 'TEXTAREA') continue;
			const marked = /\u2068[^\u2069]*\u202E[^\u2069]*\u2069/.test(text);
			const alone =
				getComputedStyle(el).unicodeBidi === 'isolate' &&
				typed.includes((el.textContent ?? '').trim());
			if (!marked && !alone)
				out.push(`<${el.tagName.toLowerCase()}> ${JSON.stringify(el.textContent)}`);
		}
		return out;
	}, typed);
	expect(leaking, `${where}: user text not isolated`).toEqual([]);
}

function pdfText(path: string) {
	return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

async function saved(download: Promise<Download>) {
	const d = await download;
	return { path: await d.path(), name: d.suggestedFilename() };
}

test('hostile text in every field renders inert in every view, the PDF and under a strict CSP', async ({
	page
}) => {
	test.setTimeout(40_000);
	const problems = await watch(page);
	const noErrors = failOnPageErrors(page);
	await page.goto('/');
	const id = await newAssessment(page, texts.city, texts.label, {
		country: texts.country,
		participants: texts.participants
	});
	// questionnaire
	const q = question(page, 'F1.1');
	await q.getByRole('radio', { name: /^2 —/ }).check();
	await q.getByLabel('Comment').fill(texts.comment);
	await q.getByLabel('Evidence').fill(`${texts.evidence}\n${HOSTILE}`);
	await q.getByLabel('Evidence').blur();
	await expect(q.getByRole('status')).toHaveText(/Saved/);
	await page.reload();
	await expect(page.locator('main h1')).toContainText(texts.city);
	await expect(page.locator('main h1')).toContainText(texts.label);
	await expect(q.getByLabel('Comment')).toHaveValue(texts.comment);
	await expectInert(page, 'questionnaire');

	// home
	await page.goto('/');
	const main = page.locator('main');
	for (const s of [texts.city, texts.country, texts.label, texts.participants])
		await expect(main).toContainText(s);
	await expectInert(page, 'home');
	// the delete confirmation names the city
	await page.getByTestId('city-card').getByRole('button', { name: 'Delete' }).first().click();
	await expect(page.getByRole('dialog')).toContainText(texts.city);
	await expectInert(page, 'confirm dialog');
	await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

	// results + PDF
	await page.goto(`/results?id=${id}`);
	const report = page.getByTestId('report-button');
	await expect(report).toBeVisible();
	await expectInert(page, 'results');
	const pdf = await saved(
		Promise.all([
			page.waitForEvent('download'),
			report.getByRole('button', { name: 'Download PDF report' }).click()
		]).then(([d]) => d)
	);
	// pdftotext wraps right-to-left runs in its own embedding marks (U+202B…U+202C): compare without them
	const bidi = /[\u202A-\u202E\u2066-\u2069]/g;
	const raw = pdfText(pdf.path);
	expect(raw).toContain('\u202E');
	const text = raw.replace(bidi, '').replace(/\s+/g, ' ');
	for (const s of [
		texts.city,
		texts.country,
		texts.label,
		texts.participants,
		texts.comment,
		texts.evidence
	])
		expect(text, 'PDF text').toContain(s.replace(bidi, ''));

	// compare, data (export, import), about
	await page.goto(`/compare?ids=${id}`);
	await expectInert(page, 'compare');
	await page.goto('/data');
	await expect(page.getByLabel('City', { exact: true }))
		.toBeVisible()
		.catch(() => undefined);
	await expectInert(page, 'data');
	const json = await saved(
		Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]).then(
			([d]) => d
		)
	);
	await page.getByTestId('import-input').setInputFiles(json.path);
	const entry = page.getByTestId('import-entry');
	await expect(entry).toHaveAttribute('data-status', 'ready');
	await expect(entry).toContainText(texts.city);
	await expect(entry).toContainText(texts.label);
	await expectInert(page, 'import list');
	await page.getByTestId('import-run').click();
	await expect(entry).toHaveAttribute('data-status', 'imported');
	await page.goto('/about');
	await expect(page.locator('main h1')).toBeVisible();

	expect(problems.dialogs, 'dialogs').toEqual([]);
	expect(problems.csp, 'CSP violations').toEqual([]);
	expect(problems.console, 'console errors').toEqual([]);
	expect(problems.foreign, 'requests to other origins').toEqual([]);
	expect(
		await page.evaluate(() =>
			document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')
		)
	).toMatch(/script-src 'self' 'sha256-[^']+'; style-src 'self'/);
	noErrors();
});

test('the CSP is enforced: an injected inline script does not run', async ({ page }) => {
	const problems = await watch(page);
	await page.goto('/about');
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__ran = 1';
		document.body.append(s);
	});
	expect(
		await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)
	).toBeUndefined();
	await expect.poll(() => problems.csp.length).toBeGreaterThan(0);
});

/**
 * The entries left in all Cache Storage caches. Chromium may re-create a deleted cache by
 * name, empty, when it stores the compiled code of a script it has just run from it
 * (docs/export-format.md): what must be gone is what was in them.
 */
async function cacheEntries(page: Page): Promise<number> {
	return page.evaluate(async () => {
		let n = 0;
		for (const key of await caches.keys()) n += (await (await caches.open(key)).keys()).length;
		return n;
	});
}

/** After a reload the app starts empty; reloaded once online as the message says, it works offline again. */
async function expectFreshStart(page: Page, context: BrowserContext) {
	await page.goto('/');
	await expect(page.getByText('No cities yet')).toBeVisible();
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto('/about');
	await expect(page.locator('main h1')).toHaveText('About the FRA framework');
	await context.setOffline(false);
}

test('R19 "Delete all" starts no worker while it deletes: none is left loading to write to the deleted offline copy', async ({
	page
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	// the data page starts the file check's worker at its first idle moment: held back here
	await page.clock.install();
	await page.goto('/data');
	await page.clock.pauseAt(Date.now() + 60_000);
	await page.getByTestId('delete-all').click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
	// and let go while the data is being deleted
	await page.clock.runFor(5000);
	await page.clock.resume();
	await expect(page.getByTestId('delete-done')).toBeVisible();
	await page.waitForTimeout(1000);
	expect(
		await page.evaluate(async () => ({
			caches: await caches.keys(),
			serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length
		}))
	).toEqual({ caches: [], serviceWorkers: 0 });
});

test('R19 "Delete all my data" empties IndexedDB, caches, localStorage and sessionStorage', async ({
	page,
	context
}) => {
	await page.goto('/');
	await newAssessment(page, 'Katowice', 'Baseline 2026');
	await question(page, 'F1.1').getByRole('radio', { name: /^1 —/ }).check();
	await expect(question(page, 'F1.1').getByRole('status')).toHaveText(/Saved/);
	await page.evaluate(async () => {
		localStorage.setItem('left-behind', '1');
		sessionStorage.setItem('left-behind', '1');
		await (await caches.open('test-cache')).put('/probe', new Response('x'));
	});
	// the service worker has finished precaching: it will not write caches after the delete
	await waitForServiceWorker(page);
	await page.goto('/data');
	await page.getByTestId('delete-all').click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByTestId('delete-done')).toBeVisible();
	const left = await page.evaluate(async () => ({
		local: localStorage.length,
		session: sessionStorage.length,
		serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
		databases: (await indexedDB.databases()).map((d) => d.name)
	}));
	expect({ ...left, cacheEntries: await cacheEntries(page) }).toEqual({
		local: 0,
		session: 0,
		cacheEntries: 0,
		serviceWorkers: 0,
		databases: ['hrc-self-assessment']
	});
	const rows = await dumpDb(page);
	for (const [store, list] of Object.entries(rows)) expect(list, store).toEqual([]);
	await expectFreshStart(page, context);
});

test('R19 "Delete all" at once after opening the data page from another page: no cache entry, no registration, no data; offline again after one reload online', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await newAssessment(page, 'Gdańsk', 'Spring 2026');
	await question(page, 'F1.1').getByRole('radio', { name: /^2 —/ }).check();
	await expect(question(page, 'F1.1').getByRole('status')).toHaveText(/Saved/);
	// fast hands: the data page's scripts have only just come from the offline copy
	await page.getByRole('navigation').getByRole('link', { name: 'Data & backup' }).click();
	await page.getByTestId('delete-all').click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByTestId('delete-done')).toBeVisible();
	await page.waitForTimeout(1000);
	// Chromium may re-create the offline copy's cache, empty, when it stores the compiled code
	// of a script it has just run from it (seen in 5 of 12 runs): nothing is in it
	const left = await page.evaluate(async () => ({
		serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
		local: localStorage.length
	}));
	expect({ ...left, cacheEntries: await cacheEntries(page) }).toEqual({
		cacheEntries: 0,
		serviceWorkers: 0,
		local: 0
	});
	for (const [store, list] of Object.entries(await dumpDb(page))) expect(list, store).toEqual([]);
	await expectFreshStart(page, context);
});
