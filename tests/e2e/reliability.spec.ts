/**
 * Reliability (quality.md R1, R4–R12): storage persistence, a full disk, a
 * crash right after saving, IndexedDB missing, two tabs, schema upgrades, cold
 * offline start and an app update under a half-filled form.
 */
import { expect, test, type Page } from '@playwright/test';
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
import { makeData, makeExportFile } from '../../scripts/fixtures.mjs';
import { question, waitForServiceWorker } from './helpers';
import { dumpDb, failOnPageErrors, newAssessment } from './quality-helpers';

/** Make navigator.storage.persisted() answer `persisted`, and persist() answer `grant`. */
async function fakePersistence(page: Page, persisted: boolean, grant: boolean) {
	await page.addInitScript(
		({ persisted, grant }) => {
			const w = window as unknown as { __persistCalls: number };
			w.__persistCalls = 0;
			let state = persisted;
			navigator.storage.persisted = async () => state;
			navigator.storage.persist = async () => {
				w.__persistCalls++;
				state = grant;
				return grant;
			};
		},
		{ persisted, grant }
	);
}

test.describe('R1 persistent storage', () => {
	test('denied: the app says so and recommends installing and exporting a backup', async ({
		page
	}) => {
		await fakePersistence(page, false, false);
		await page.goto('/');
		await expect(page.getByTestId('storage-status')).toContainText('may be cleared by the browser');
		// nothing has been asked yet, so nothing has been denied yet
		await expect(page.getByTestId('banner-not-persisted')).toHaveCount(0);
		await newAssessment(page, 'Kraków', 'Baseline 2026');
		const banner = page.getByTestId('banner-not-persisted');
		await expect(banner).toBeVisible();
		await expect(banner).toContainText('Install the app');
		await expect(banner).toContainText('export a backup');
		expect(
			await page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls)
		).toBe(1);
		await expect(page.getByTestId('storage-status')).toContainText('may be cleared by the browser');
		// it is remembered: the next visit shows the advice at once
		await page.goto('/');
		await expect(page.getByTestId('banner-not-persisted')).toBeVisible();
	});

	test('granted on the first save: status "persistent", no warning', async ({ page }) => {
		await fakePersistence(page, false, true);
		await page.goto('/');
		await newAssessment(page, 'Kraków', 'Baseline 2026');
		await expect(page.getByTestId('storage-status')).toContainText('persistent');
		await expect(page.getByTestId('storage-status')).not.toContainText('may be cleared');
		await expect(page.getByTestId('banner-not-persisted')).toHaveCount(0);
		expect(
			await page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls)
		).toBe(1);
	});
});

/** Writes to IndexedDB throw QuotaExceededError once `window.__quota.after` writes have passed. */
async function fakeQuota(page: Page) {
	await page.addInitScript(() => {
		const q = { on: false, after: 0, count: 0 };
		(window as unknown as { __quota: typeof q }).__quota = q;
		for (const m of ['put', 'add'] as const) {
			const original = IDBObjectStore.prototype[m];
			IDBObjectStore.prototype[m] = function (
				this: IDBObjectStore,
				...args: [unknown, IDBValidKey?]
			) {
				if (q.on && q.count++ >= q.after)
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return original.apply(this, args);
			};
		}
	});
}

const quota = (page: Page, after: number) =>
	page.evaluate((after) => {
		const q = (window as unknown as { __quota: { on: boolean; after: number; count: number } })
			.__quota;
		Object.assign(q, { on: after >= 0, after, count: 0 });
	}, after);

test.describe('R4 storage full', () => {
	test('an answer: clear message, retry works once there is space, earlier answer intact', async ({
		page
	}) => {
		const noErrors = failOnPageErrors(page);
		await fakeQuota(page);
		await page.goto('/');
		const id = await newAssessment(page, 'Toruń', 'Baseline 2026');
		const q = question(page, 'F1.1');
		await q.getByRole('radio', { name: /^2 —/ }).check();
		await expect(q.getByRole('status')).toHaveText(/Saved/);

		await quota(page, 0);
		await q.getByRole('radio', { name: /^4 —/ }).check();
		await expect(q.getByRole('status')).toHaveText('Not saved');
		await expect(q.getByRole('alert')).toContainText('The device storage is full');
		await q.getByLabel('Comment').fill('Typed while the disk is full');
		await q.getByLabel('Comment').blur();
		await expect(q.getByRole('alert')).toContainText('The device storage is full');
		const stored = (await dumpDb(page)).answers as { value: unknown; comment: string }[];
		expect(stored).toEqual([expect.objectContaining({ value: 2, comment: '' })]);

		// space is freed: "Try again" saves both the level and the text
		await quota(page, -1);
		await q.getByRole('button', { name: 'Try again' }).click();
		await expect(q.getByRole('status')).toHaveText(/Saved/);
		await expect(q.getByRole('alert')).toHaveCount(0);
		await page.goto(`/assess?id=${id}&item=F1`);
		await expect(q.getByRole('radio', { name: /^4 —/ })).toBeChecked();
		await expect(q.getByLabel('Comment')).toHaveValue('Typed while the disk is full');
		noErrors();
	});

	test('an import: clear message, nothing half-written', async ({ page }) => {
		await fakeQuota(page);
		const first = await makeExportFile(makeData({ cities: 1, assessmentsPerCity: 1, seed: 3 }));
		const second = await makeExportFile(makeData({ cities: 2, assessmentsPerCity: 2, seed: 9 }));
		await page.goto('/data');
		const file = (name: string, f: unknown) => ({
			name,
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(f))
		});
		await page.getByTestId('import-input').setInputFiles([file('first.json', first)]);
		await page.getByTestId('import-run').click();
		await expect(page.getByTestId('import-entry')).toHaveAttribute('data-status', 'imported');
		await page.getByRole('button', { name: 'Clear the list' }).click();
		const before = await dumpDb(page);

		// the disk fills up in the middle of the second file
		await quota(page, 20);
		await page.getByTestId('import-input').setInputFiles([file('second.json', second)]);
		await expect(page.getByTestId('import-entry')).toHaveAttribute('data-status', 'ready');
		await page.getByTestId('import-run').click();
		const entry = page.getByTestId('import-entry');
		await expect(entry).toHaveAttribute('data-status', 'failed');
		await expect(entry.getByRole('alert')).toContainText('The device storage is full');
		expect(
			await page.evaluate(() => (window as unknown as { __quota: { count: number } }).__quota.count)
		).toBeGreaterThan(20);
		expect(await dumpDb(page)).toEqual(before);
	});
});

type SaveTrace =
	| { kind: 'complete'; t: number; questions: string[] }
	| { kind: 'saved'; t: number; question: string };

/**
 * Record when each transaction that wrote answers completes (with the questions
 * it wrote) and when a question's status turns to "Saved".
 */
async function traceSaves(page: Page) {
	await page.addInitScript(() => {
		const log: SaveTrace[] = [];
		(window as unknown as { __log: typeof log }).__log = log;
		// the listener goes on before the app's own (Dexie adds its own after creating the
		// transaction), so a commit is logged before anything the app does on it
		const written = new WeakMap<IDBTransaction, Set<string>>();
		const transaction = IDBDatabase.prototype.transaction;
		IDBDatabase.prototype.transaction = function (
			this: IDBDatabase,
			...args: Parameters<IDBDatabase['transaction']>
		) {
			const tx = transaction.apply(this, args);
			if (tx.mode === 'readwrite' && [...tx.objectStoreNames].includes('answers')) {
				const questions = new Set<string>();
				written.set(tx, questions);
				tx.addEventListener('complete', () => {
					if (questions.size > 0)
						log.push({ kind: 'complete', t: performance.now(), questions: [...questions] });
				});
			}
			return tx;
		};
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			const questionId = (args[0] as { questionId?: unknown } | null)?.questionId;
			if (this.name === 'answers' && typeof questionId === 'string')
				written.get(this.transaction)?.add(questionId);
			return put.apply(this, args);
		};
		new MutationObserver((records) => {
			for (const r of records) {
				if (!(r.target instanceof Element) || r.oldValue === 'saved') continue;
				if (r.target.getAttribute('data-status') !== 'saved') continue;
				const question = r.target.closest('[data-question]')?.getAttribute('data-question');
				if (question) log.push({ kind: 'saved', t: performance.now(), question });
			}
		}).observe(document, {
			subtree: true,
			attributes: true,
			attributeFilter: ['data-status'],
			attributeOldValue: true
		});
	});
}

/**
 * Each "Saved" of a question is paired with the commit of its own write, by
 * counting: the n-th "Saved" of a question must come after the n-th completed
 * transaction that wrote that question (an earlier write's commit does not count).
 */
function expectEachSavedAfterItsCommit(log: SaveTrace[]) {
	const saved = log.filter((e) => e.kind === 'saved');
	for (const question of new Set(saved.map((s) => s.question))) {
		const commits = log.filter((e) => e.kind === 'complete' && e.questions.includes(question));
		saved
			.filter((s) => s.question === question)
			.forEach((s, n) => {
				const commit = commits[n];
				expect(commit, `"Saved" #${n + 1} of ${question} has no commit of its own`).toBeDefined();
				expect(
					commit!.t,
					`"Saved" #${n + 1} of ${question} at ${s.t} ms, before its commit`
				).toBeLessThanOrEqual(s.t);
			});
	}
}

test('R5 "Saved" appears only after the commit; a crash right after loses nothing', async ({
	page,
	context
}) => {
	await traceSaves(page);
	await page.goto('/');
	const id = await newAssessment(page, 'Lublin', 'Baseline 2026');
	const q = question(page, 'F2.1');
	await page.goto(`/assess?id=${id}&item=F2`);
	await q.getByRole('radio', { name: /^3 —/ }).check();
	await expect(q.getByRole('status')).toHaveText(/Saved/);
	await q.getByLabel('Comment').fill('Written just before the crash');
	await q.getByLabel('Comment').blur();
	await expect(q.getByRole('status')).toHaveText(/Saved/);
	const log = await page.evaluate(() => (window as unknown as { __log: SaveTrace[] }).__log);
	// the level, then the comment: two writes of F2.1, each shown as saved
	expect(log.filter((e) => e.kind === 'saved' && e.question === 'F2.1').length).toBe(2);
	expectEachSavedAfterItsCommit(log);

	// the tab is killed at once, without beforeunload (CDP Page.crash takes the whole
	// headless browser down here, so closing the target stands in for a crash)
	await page.close({ runBeforeUnload: false });
	const again = await context.newPage();
	await again.goto(`/assess?id=${id}&item=F2`);
	await expect(question(again, 'F2.1').getByRole('radio', { name: /^3 —/ })).toBeChecked();
	await expect(question(again, 'F2.1').getByLabel('Comment')).toHaveValue(
		'Written just before the crash'
	);
});

test.describe('R6 IndexedDB unavailable', () => {
	const variants: [string, () => void][] = [
		[
			'no indexedDB at all',
			() => Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true })
		],
		[
			'indexedDB.open fails',
			() => {
				IDBFactory.prototype.open = () => {
					throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
				};
			}
		]
	];
	for (const [name, script] of variants)
		test(`${name}: a clear banner on every page, no crash`, async ({ page }) => {
			const noErrors = failOnPageErrors(page);
			await page.addInitScript(script);
			for (const path of [
				'/',
				'/assess?id=abcdefgh&item=F1',
				'/results?id=abcdefgh',
				'/data',
				'/about'
			]) {
				await page.goto(path);
				const banner = page.getByTestId('banner-unavailable');
				await expect(banner, path).toBeVisible();
				await expect(banner).toContainText('does not let the app store data');
				// the page does not hang on "Loading…"
				await expect(page.getByText('Loading…'), path).toHaveCount(0);
			}
			await expect(page.locator('main h1')).toHaveText('About the FRA framework');
			// on the home page the attempt to read data explains itself
			await page.goto('/');
			await expect(page.locator('main p[role=alert]:not([data-testid])')).toContainText(
				'device storage cannot be used'
			);
			noErrors();
		});
});

test.describe('R7–R8 two tabs on one assessment', () => {
	async function twoTabs(context: import('@playwright/test').BrowserContext) {
		const a = await context.newPage();
		await a.goto('/');
		const id = await newAssessment(a, 'Opole', 'Baseline 2026');
		const b = await context.newPage();
		await b.goto(`/assess?id=${id}&item=F1`);
		await expect(question(b, 'F1.1')).toBeVisible();
		return { a, b, id };
	}
	const comment = (p: Page) => question(p, 'F1.1').getByLabel('Comment');
	const status = (p: Page) => question(p, 'F1.1').getByRole('status');

	test('edits in one tab appear in the other within 1 s', async ({ context }) => {
		const { a, b } = await twoTabs(context);
		await question(a, 'F1.1').getByRole('radio', { name: /^3 —/ }).check();
		await expect(status(a)).toHaveText(/Saved/);
		await expect(question(b, 'F1.1').getByRole('radio', { name: /^3 —/ })).toBeChecked({
			timeout: 1000
		});
		await comment(a).fill('Written in tab A');
		await comment(a).blur();
		await expect(status(a)).toHaveText(/Saved/);
		await expect(comment(b)).toHaveValue('Written in tab A', { timeout: 1000 });
		await expect(b.getByRole('progressbar', { name: 'Overall' })).toHaveAttribute(
			'aria-valuenow',
			'1',
			{ timeout: 1000 }
		);
	});

	test('typing in the same comment at once: a conflict prompt, never a silent overwrite', async ({
		context
	}) => {
		const { a, b } = await twoTabs(context);
		await comment(a).fill('Base text');
		await comment(a).blur();
		await expect(comment(b)).toHaveValue('Base text');

		/**
		 * Both tabs edit the comment at once; whichever saves second finds the other's
		 * text stored: a conflict prompt there, never a silent overwrite. Usually that
		 * is B (A saves on leaving the field, B's typing 600 ms after it stops), but on
		 * a busy machine B's pause can come first, so the outcome is asserted either
		 * way, not the schedule. When B's pause came even before A began (A then
		 * edited B's text, not at once), the edits are made again, up to 5 times: a
		 * silent overwrite, where no tab ever gets a prompt, still fails.
		 */
		async function bothEdit(editA: string, editB: string) {
			const changed = async (p: Page) =>
				(await status(p).textContent())?.includes('Changed in another window') ?? false;
			const saved = async (p: Page) => /Saved/.test((await status(p).textContent()) ?? '');
			for (let attempt = 1; ; attempt++) {
				const textA = attempt === 1 ? editA : `${editA} (${attempt})`;
				const textB = attempt === 1 ? editB : `${editB} (${attempt})`;
				await comment(b).fill(textB);
				await comment(a).fill(textA);
				await comment(a).blur();
				await comment(b).blur();
				let conflicts = 0;
				await expect
					.poll(
						async () => {
							conflicts = Number(await changed(a)) + Number(await changed(b));
							return conflicts > 0 || ((await saved(a)) && (await saved(b)));
						},
						{ timeout: 10_000 }
					)
					.toBe(true);
				expect(conflicts).toBeLessThanOrEqual(1);
				if (conflicts === 0) {
					expect(attempt, 'never a conflict prompt in 5 attempts').toBeLessThan(5);
					continue;
				}
				const second = (await changed(a)) ? a : b;
				const first = second === a ? b : a;
				const text = (p: Page) => (p === a ? textA : textB);
				await expect(status(first)).toHaveText(/Saved/);
				const prompt = question(second, 'F1.1').getByRole('alert');
				await expect(prompt).toContainText(
					'changed in another window while it was being edited here'
				);
				// the second one's text is still on screen, the first one's is what is stored
				await expect(comment(second)).toHaveValue(text(second));
				expect((await dumpDb(a)).answers).toEqual([
					expect.objectContaining({ comment: text(first) })
				]);
				return { first, second, prompt, text };
			}
		}

		// the tab with the prompt keeps its text
		const one = await bothEdit('Base text, edited in A', 'Base text, edited in B');
		await one.prompt.getByRole('button', { name: 'Keep my text' }).click();
		await expect(status(one.second)).toHaveText(/Saved/);
		await expect(comment(one.first)).toHaveValue(one.text(one.second), { timeout: 1000 });

		// the other way round: the tab with the prompt gives up its text for the other's
		const two = await bothEdit('Second edit in A', 'Second edit in B');
		await question(two.second, 'F1.1')
			.getByRole('button', { name: 'Use the other version' })
			.click();
		await expect(comment(two.second)).toHaveValue(two.text(two.first));
		await expect(question(two.second, 'F1.1').getByRole('alert')).toHaveCount(0);
		expect((await dumpDb(a)).answers).toEqual([
			expect.objectContaining({ comment: two.text(two.first) })
		]);
	});

	test('a tab closed with unsaved text after the other tab saved: both texts are kept', async ({
		context
	}) => {
		const { a, b } = await twoTabs(context);
		await comment(b).fill('Typed in B, tab closed at once');
		await comment(a).fill('Saved in A');
		await comment(a).blur();
		await expect(status(a)).toHaveText(/Saved/);
		await b.waitForTimeout(200); // B has seen A's version (well within B's 600 ms autosave pause)
		await b.close({ runBeforeUnload: true });
		await expect(comment(a)).toHaveValue(/Saved in A/, { timeout: 1000 });
		await expect(comment(a)).toHaveValue(/Typed in B, tab closed at once/);
	});
});

/**
 * Open the app's database at a higher IndexedDB version from another page, as
 * a newer app would (one step above the version it is at now); resolves to
 * [the version before, the version after].
 */
function upgradeFromOtherTab(page: Page) {
	return page.evaluate(
		() =>
			new Promise<[number, number]>((resolve, reject) => {
				const probe = indexedDB.open('hrc-self-assessment');
				probe.onerror = () => reject(probe.error);
				probe.onsuccess = () => {
					const before = probe.result.version;
					probe.result.close();
					const r = indexedDB.open('hrc-self-assessment', before + 10);
					r.onupgradeneeded = () => r.result.createObjectStore('addedByNewerApp');
					r.onsuccess = () => {
						r.result.close();
						resolve([before, r.result.version]);
					};
					r.onerror = () => reject(r.error);
				};
			})
	);
}

test('R9 a schema upgrade in another tab: the old tab stops writing; an older app goes read-only', async ({
	context
}) => {
	const a = await context.newPage();
	const noErrors = failOnPageErrors(a);
	await a.goto('/');
	const id = await newAssessment(a, 'Rzeszów', 'Baseline 2026');
	const q = question(a, 'F1.1');
	await q.getByRole('radio', { name: /^2 —/ }).check();
	await expect(q.getByRole('status')).toHaveText(/Saved/);

	const b = await context.newPage();
	await b.goto('/about');
	// the upgrade is not blocked by the open tabs
	const [before, after] = await upgradeFromOtherTab(b);
	expect(after).toBe(before + 10);
	await expect(a.getByTestId('banner-outdated')).toBeVisible();
	await expect(a.getByTestId('banner-outdated')).toContainText('stopped saving');
	await q.getByRole('radio', { name: /^4 —/ }).check();
	await expect(q.getByRole('status')).toHaveText('Not saved');
	await expect(q.getByRole('alert')).toContainText('Reload this page');
	await b.close();

	// reloaded, this (older) app finds data from a newer schema: read-only, says so
	await a.goto(`/assess?id=${id}&item=F1`);
	await expect(a.getByTestId('banner-newer')).toBeVisible();
	await expect(a.getByTestId('banner-newer')).toContainText('read-only');
	await expect(q.getByRole('radio', { name: /^2 —/ })).toBeChecked();
	await q.getByRole('radio', { name: /^3 —/ }).check();
	await expect(q.getByRole('status')).toHaveText('Not saved');
	await expect(q.getByRole('alert')).toContainText('newer version of the app');
	await q.getByLabel('Comment').fill('Must not be written');
	await q.getByLabel('Comment').blur();
	await expect(q.getByRole('status')).toHaveText('Not saved');
	const rows = (await dumpDb(a)).answers as { value: unknown; comment: string }[];
	expect(rows).toEqual([expect.objectContaining({ value: 2, comment: '' })]);
	noErrors();
});

test('all data deleted in another window: this one says so (not "updated")', async ({
	context
}) => {
	const a = await context.newPage();
	const noErrors = failOnPageErrors(a);
	await a.goto('/');
	await newAssessment(a, 'Białystok', 'Baseline 2026');
	const q = question(a, 'F1.1');
	await q.getByRole('radio', { name: /^2 —/ }).check();
	await expect(q.getByRole('status')).toHaveText(/Saved/);

	const b = await context.newPage();
	await b.goto('/data');
	await b.getByTestId('delete-all').click();
	await b.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
	await expect(b.getByTestId('delete-done')).toBeVisible();

	await expect(a.getByTestId('banner-deleted')).toContainText('deleted in another window');
	await expect(a.getByTestId('banner-outdated')).toHaveCount(0);
	// the questionnaire can no longer be read: it says why, not "updated in another window"
	await expect(a.locator('main')).toContainText('All data was deleted in another window');
	await expect(a.locator('main')).not.toContainText('updated');
	expect((await dumpDb(b)).answers).toEqual([]);
	noErrors();
});

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
