/**
 * Offline and updates (quality.md R11, R12): a cold start with no network on
 * every route, and an app update while a form is half filled. Moved out of
 * reliability.spec.ts.
 */
import { expect, test } from '@playwright/test';
import {
	appendFileSync,
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { question, waitForServiceWorker } from './helpers';
import { dumpDb, failOnPageErrors, newAssessment } from './quality-helpers';

test('R11 cold offline start: every route, the PDF chunk and font, export and import', async ({
	page,
	context
}) => {
	test.setTimeout(30_000);
	await page.goto('/');
	const id = await newAssessment(page, 'Gdynia', 'Baseline 2026');
	await question(page, 'F1.1').getByRole('radio', { name: /^3 —/ }).check();
	await expect(question(page, 'F1.1').getByRole('status')).toHaveText(/Saved/);
	await waitForServiceWorker(page);
	await page.close();

	await context.setOffline(true);
	const p = await context.newPage();
	const noErrors = failOnPageErrors(p);
	const routes: [string, string | RegExp][] = [
		['/', 'Self-assessments'],
		[`/assess?id=${id}&item=F1`, /Gdynia/],
		[`/results?id=${id}`, /./],
		['/compare', /./],
		['/data', 'Data and backup'],
		['/about', 'About the FRA framework']
	];
	for (const [path, title] of routes) {
		const response = await p.goto(path);
		expect(response?.fromServiceWorker(), path).toBe(true);
		await expect(p.locator('main h1').first(), path).toHaveText(title);
	}
	await p.goto(`/results?id=${id}`);
	const report = p.getByTestId('report-button');
	await report.getByLabel('Polish').check();
	const [pdf] = await Promise.all([
		p.waitForEvent('download'),
		report.getByRole('button', { name: 'Download PDF report' }).click()
	]);
	const bytes = readFileSync(await pdf.path());
	expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	// the embedded font came from the cache: Polish text is in the PDF as text
	expect(bytes.includes(Buffer.from('NotoSans'))).toBe(true);

	await p.goto('/data');
	const [json] = await Promise.all([
		p.waitForEvent('download'),
		p.getByTestId('export-download').click()
	]);
	const exported = JSON.parse(readFileSync(await json.path(), 'utf8'));
	expect(exported.cities[0].name).toBe('Gdynia');
	await p.getByTestId('import-input').setInputFiles(await json.path());
	await expect(p.getByTestId('import-entry')).toHaveAttribute('data-status', 'ready');
	await p.getByLabel('Import them as copies (with a new label)').check();
	await p.getByTestId('import-run').click();
	await expect(p.getByTestId('import-entry')).toHaveAttribute('data-status', 'imported');
	expect(((await dumpDb(p)).assessments as unknown[]).length).toBe(2);
	noErrors();
});

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ttf': 'font/ttf',
	'.ico': 'image/x-icon'
};

/** A tiny static server for a copy of build/ (routes without extension → .html, else 200.html). */
/** Serve `dir` on a free port of its own (two copies of a test at once must not collide). */
function serveStatic(dir: string): Promise<Server> {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const candidates = [join(dir, path), join(dir, `${path}.html`), join(dir, path, 'index.html')];
		const file =
			candidates.find((f) => f.startsWith(dir) && existsSync(f) && statSync(f).isFile()) ??
			join(dir, '200.html');
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		res.end(readFileSync(file));
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(server));
	});
}

test('R12 an app update while a form is half filled: a prompt, no reload, nothing lost', async ({
	page
}) => {
	test.setTimeout(30_000);
	const dir = mkdtempSync(join(tmpdir(), 'hrc-update-'));
	cpSync('build', dir, { recursive: true });
	const server = await serveStatic(dir);
	try {
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		await page.goto(`${origin}/`);
		await newAssessment(page, 'Elbląg', 'Baseline 2026');
		await waitForServiceWorker(page);
		const box = question(page, 'F1.1').getByLabel('Comment');
		await box.fill('First part, saved.');
		await expect(question(page, 'F1.1').getByRole('status')).toHaveText(/Saved/);
		await box.press('End');
		await page.keyboard.type(' Second part, typed');
		await page.evaluate(() => ((window as unknown as { __marker: string }).__marker = 'same page'));

		// a new version is deployed: the service worker script changes
		appendFileSync(join(dir, 'sw.js'), `\n// new version ${Date.now()}\n`);
		await page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});
		await expect(page.getByTestId('banner-update')).toBeVisible({ timeout: 15_000 });
		await page.waitForTimeout(1000);
		// no automatic reload: the same document, the text as typed
		expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBe(
			'same page'
		);
		await expect(box).toHaveValue('First part, saved. Second part, typed');
		await box.press('End');
		await page.keyboard.type(' while the update waited.');

		// "Update now" saves what was typed, then the new version takes over and the page reloads
		await Promise.all([
			page.waitForEvent('load'),
			page.getByTestId('banner-update').getByRole('button', { name: 'Update now' }).click()
		]);
		await expect(box).toHaveValue('First part, saved. Second part, typed while the update waited.');
		expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBe(
			undefined
		);
		await expect(page.getByTestId('banner-update')).toHaveCount(0);
		const sw = await page.evaluate(async () => {
			const r = await navigator.serviceWorker.getRegistration();
			return { waiting: !!r?.waiting, active: !!navigator.serviceWorker.controller };
		});
		expect(sw).toEqual({ waiting: false, active: true });
	} finally {
		await page.close();
		await new Promise((resolve) => server.close(resolve));
		rmSync(dir, { recursive: true, force: true });
	}
});
