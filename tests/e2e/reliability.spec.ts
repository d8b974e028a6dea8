/**
 * Reliability (quality.md R1, R4–R6): storage persistence, a full disk, a
 * crash right after saving, IndexedDB missing. Two tabs and schema upgrades
 * (R7–R9) are in two-tabs.spec.ts; a cold offline start and an app update
 * (R11, R12) in offline-update.spec.ts.
 */
import { expect, test, type Page, type Worker } from '@playwright/test';
import { makeData, makeExportFile } from '../../scripts/fixtures.mjs';
import { question } from './helpers';
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
/** The fake storage full of a scope (a page or a worker), off until `quota` turns it on. */
function installQuota() {
	const q = { on: false, after: 0, count: 0 };
	(globalThis as unknown as { __quota: typeof q }).__quota = q;
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
}

const fakeQuota = (page: Page) => page.addInitScript(installQuota);

/**
 * The file check's worker, with the fake storage full: an import writes there (the page
 * runs none of it). It is started when the data page is idle, or by the first check.
 */
async function fakeQuotaInChecker(page: Page): Promise<Worker> {
	let worker: Worker | undefined;
	await expect
		.poll(() => (worker = page.workers().find((w) => w.url().includes('import-check'))))
		.toBeTruthy();
	await worker!.evaluate(installQuota);
	return worker!;
}

/** Storage is full after `after` more rows are put (-1: not full). */
function setQuota(after: number) {
	const q = (globalThis as unknown as { __quota: { on: boolean; after: number; count: number } })
		.__quota;
	Object.assign(q, { on: after >= 0, after, count: 0 });
}

const quota = (scope: Page | Worker, after: number) =>
	'addInitScript' in scope ? scope.evaluate(setQuota, after) : scope.evaluate(setQuota, after);

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
		const first = await makeExportFile(makeData({ cities: 1, assessmentsPerCity: 1, seed: 3 }));
		const second = await makeExportFile(makeData({ cities: 2, assessmentsPerCity: 2, seed: 9 }));
		await page.goto('/data');
		const checker = await fakeQuotaInChecker(page);
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
		await quota(checker, 20);
		await page.getByTestId('import-input').setInputFiles([file('second.json', second)]);
		await expect(page.getByTestId('import-entry')).toHaveAttribute('data-status', 'ready');
		await page.getByTestId('import-run').click();
		const entry = page.getByTestId('import-entry');
		await expect(entry).toHaveAttribute('data-status', 'failed');
		await expect(entry.getByRole('alert')).toContainText('The device storage is full');
		expect(
			await checker.evaluate(
				() => (globalThis as unknown as { __quota: { count: number } }).__quota.count
			)
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
