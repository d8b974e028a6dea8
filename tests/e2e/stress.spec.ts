/**
 * Nothing lost, on a slow laptop and under fast hands (R5, R5b). Every test
 * here repeats the timing-sensitive path many times, with the page's CPU
 * slowed through the DevTools protocol, and asserts that not one round lost
 * anything. A guarantee that holds only on a lucky schedule fails here.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createAssessment, openHome, question } from './helpers';
import { dumpDb } from './quality-helpers';
import { FRA_ITEMS } from './seed';

const ROUNDS = 20;

async function slowDown(page: Page, rate: number) {
	if (rate === 1) return;
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

async function openItem(context: BrowserContext, id: string, item: string) {
	const page = await context.newPage();
	await page.goto(`/assess?id=${id}&item=${item}`);
	await expect(question(page, `${item}.1`)).toBeVisible();
	return page;
}

const LEVELS = ['0', '1', '2', '3', '4'];

for (const rate of [1, 4, 6])
	test(`type a comment, choose a level and close the tab at once, ${ROUNDS} rounds at ${rate}× CPU: nothing lost`, async ({
		page,
		context
	}) => {
		test.setTimeout(240_000);
		await openHome(page);
		const id = await createAssessment(page, `Kraków ${rate}`, 'Baseline 2026');
		await page.close();
		const lost: string[] = [];
		for (let round = 0; round < ROUNDS; round++) {
			const item = FRA_ITEMS[round % FRA_ITEMS.length]!;
			const text = `Runda ${round} przy ${rate}× — zażółć gęślą jaźń`;
			const level = LEVELS[round % LEVELS.length]!;
			const tab = await openItem(context, id, item);
			await slowDown(tab, rate);
			await question(tab, `${item}.1`).getByLabel('Comment').fill(text);
			await question(tab, `${item}.2`)
				.getByRole('radio', { name: new RegExp(`^${level} —`) })
				.check();
			await tab.close({ runBeforeUnload: true });

			const again = await openItem(context, id, item);
			const comment = question(again, `${item}.1`).getByLabel('Comment');
			const radio = question(again, `${item}.2`).getByRole('radio', {
				name: new RegExp(`^${level} —`)
			});
			try {
				await expect(comment).toHaveValue(text, { timeout: 5000 });
			} catch {
				lost.push(`round ${round}: comment`);
			}
			try {
				await expect(radio).toBeChecked({ timeout: 5000 });
			} catch {
				lost.push(`round ${round}: level ${level}`);
			}
			await again.close();
		}
		const roundsLost = new Set(lost.map((l) => l.split(':')[0])).size;
		console.log(`closes survived at ${rate}× CPU: ${ROUNDS - roundsLost}/${ROUNDS}`);
		expect(lost, `lost at ${rate}× CPU`).toEqual([]);
	});

test('six arrow-key presses back to back end on the last level, never a false conflict (10 runs, 1× and 4× CPU)', async ({
	page
}) => {
	test.setTimeout(180_000);
	await openHome(page);
	const id = await createAssessment(page, 'Poznań', 'Baseline 2026');
	const wrong: string[] = [];
	for (let run = 0; run < 10; run++) {
		const item = FRA_ITEMS[run]!;
		await page.goto(`/assess?id=${id}&item=${item}`);
		const q = question(page, `${item}.3`);
		await expect(q).toBeVisible();
		await slowDown(page, run % 2 ? 4 : 1);
		// 0 → 1 → 2 → 3 → 4 → N/A → don't know
		await q.getByRole('radio', { name: /^0 —/ }).focus();
		await page.keyboard.press('Space');
		for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
		const last = q.getByRole('radio').nth(6);
		await expect(last).toBeChecked();
		await expect(q.getByRole('status')).toHaveText(/Saved/);
		if (await q.getByText('Changed in another window').count())
			wrong.push(`run ${run}: conflict shown`);
		const stored = ((await dumpDb(page)).answers as { questionId: string; value: unknown }[]).find(
			(a) => a.questionId === `${item}.3`
		);
		if (stored?.value !== 'dk') wrong.push(`run ${run}: stored ${String(stored?.value)}`);
	}
	console.log(`arrow-key runs right: ${10 - wrong.length}/10`);
	expect(wrong).toEqual([]);
});

test('typing, then a level in the same card within the autosave pause: both kept, no conflict', async ({
	page
}) => {
	await openHome(page);
	const id = await createAssessment(page, 'Szczecin', 'Baseline 2026');
	await page.goto(`/assess?id=${id}&item=S1`);
	const q = question(page, 'S1.1');
	await slowDown(page, 4);
	await q.getByLabel('Comment').fill('Typed, then a level at once');
	await q.getByLabel('Comment').blur();
	await q.getByRole('radio', { name: /^2 —/ }).check();
	await expect(q.getByRole('status')).toHaveText(/Saved/);
	await expect(q.getByRole('alert')).toHaveCount(0);
	expect((await dumpDb(page)).answers).toEqual([
		expect.objectContaining({
			questionId: 'S1.1',
			value: 2,
			comment: 'Typed, then a level at once'
		})
	]);
});

test('a journal that cannot be replayed: a clear message, the data kept, and "Try again" works', async ({
	page,
	context
}) => {
	await openHome(page);
	const id = await createAssessment(page, 'Kielce', 'Baseline 2026');
	// a page that closed with an answer it had not saved yet, as the journal keeps it
	await page.evaluate((id) => {
		const entry = {
			assessmentId: id,
			questionId: 'F3.1',
			text: {
				comment: 'Left by a closed window',
				evidence: [],
				baseComment: '',
				baseEvidence: [],
				at: Date.now()
			}
		};
		localStorage.setItem(`hrc-wal:closedTab1:${id}|F3.1`, JSON.stringify(entry));
	}, id);
	// the database refuses writes to answers, as a full disk does
	const next = await context.newPage();
	await next.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
			if (this.name === 'answers' && !(window as unknown as { diskFreed?: boolean }).diskFreed)
				throw new DOMException('The disk is full', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	await next.goto(`/assess?id=${id}&item=F3`);
	const banner = next.getByTestId('banner-journal');
	await expect(banner).toContainText('could not yet be written');
	await expect(banner).toContainText('The device storage is full');
	expect(
		await next.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hrc-wal:')))
	).toHaveLength(1);

	await next.evaluate(() => ((window as unknown as { diskFreed?: boolean }).diskFreed = true));
	await banner.getByRole('button', { name: 'Try again' }).click();
	await expect(banner).toHaveCount(0);
	await expect(question(next, 'F3.1').getByLabel('Comment')).toHaveValue('Left by a closed window');
	expect(
		await next.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hrc-wal:')))
	).toEqual([]);
});
