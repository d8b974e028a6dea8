/**
 * Answer save latency (P5) and live refresh (P6) on the questionnaire page.
 *
 * An assessment is created through the UI; then, in the page, N answers are
 * given one after the other on the three questions of item F1, alternating
 * "choose a level" (0–4 in turn) and "Clear" on each question, so that every
 * save changes the overall progress. For each save, times from the click (performance.now() just
 * before `input.click()`, which runs the app's change handler synchronously):
 *   commit   the readwrite IndexedDB transaction on `answers` fires `complete`
 *            (observed by a listener the bench adds to IDBDatabase.transaction;
 *            the app is not changed)
 *   "Saved"  the question's status element says saved (data-status="saved")
 *   refresh  the live progress bar (a liveQuery over the answers) shows the new
 *            count — reported as time after the commit (P6)
 * Each save is awaited before the next; 50 ms pause between saves. The first
 * save comes 1 s after the page is drawn (a person reads the question first),
 * and is also reported alone: it is the first of the page's life, so what any
 * save needs and the page has not loaded yet is paid there.
 */
import { createAssessmentThroughUi, percentile, round } from './_lib.mjs';

export const title = 'Answer save latency (questionnaire, in the page)';

const N = 40;

function instrument() {
	const done = (window.__txDone = []);
	const open = IDBDatabase.prototype.transaction;
	IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
		const tx = open.call(this, stores, mode, ...rest);
		const names = typeof stores === 'string' ? [stores] : [...stores];
		if (mode === 'readwrite' && names.includes('answers'))
			tx.addEventListener('complete', () => done.push(performance.now()));
		return tx;
	};
}

async function measure(n) {
	const cards = [...document.querySelectorAll('main [data-question]')];
	const overall = document.querySelector('main section.progress [role="progressbar"]');
	if (cards.length === 0 || !overall) throw new Error('questionnaire not found');
	const pause = (ms) => new Promise((r) => setTimeout(r, ms));
	const until = (el, test, what) =>
		new Promise((resolve, reject) => {
			if (test()) return resolve(performance.now());
			const timer = setTimeout(() => {
				mo.disconnect();
				reject(new Error(`timed out waiting for ${what}`));
			}, 10_000);
			const mo = new MutationObserver(() => {
				if (!test()) return;
				clearTimeout(timer);
				mo.disconnect();
				resolve(performance.now());
			});
			mo.observe(el, { attributes: true, childList: true, subtree: true, characterData: true });
		});
	const out = [];
	for (let i = 0; i < n; i++) {
		const card = cards[i % cards.length];
		const round = Math.floor(i / cards.length);
		const status = card.querySelector('.save-status');
		const count = Number(overall.getAttribute('aria-valuenow'));
		const answer = !card.querySelector('input[type="radio"]:checked');
		const control = answer
			? card.querySelectorAll('input[type="radio"]')[Math.floor(round / 2) % 5]
			: card.querySelector('button.clear');
		if (!control) throw new Error(`no control for save ${i}`);
		const txBefore = window.__txDone.length;
		// the status goes to "saving" and then out of it: take the first change away from "saving"
		const statusChanged = new Promise((resolve) => {
			const mo = new MutationObserver((records) => {
				if (!records.some((r) => r.oldValue === 'saving')) return;
				const at = performance.now();
				mo.disconnect();
				resolve({ state: status.dataset.status, at });
			});
			mo.observe(status, {
				attributes: true,
				attributeFilter: ['data-status'],
				attributeOldValue: true
			});
		});
		const t0 = performance.now();
		control.click();
		const expected = String(count + (answer ? 1 : -1));
		const [{ state: savedState, at: shown }, refreshed] = await Promise.all([
			statusChanged,
			until(overall, () => overall.getAttribute('aria-valuenow') === expected, 'progress')
		]);
		if (savedState !== 'saved') throw new Error(`save ${i} ended as "${savedState}"`);
		const commits = window.__txDone.slice(txBefore);
		if (commits.length === 0) throw new Error(`save ${i}: no answers transaction completed`);
		out.push({
			commit: commits[0] - t0,
			shown: shown - t0,
			refresh: refreshed - commits[0],
			savedBeforeCommit: shown < commits[0],
			transactions: commits.length
		});
		await pause(50);
	}
	return out;
}

export async function run({ profile, baseUrl, cpu, throttle, log }) {
	const rows = [];
	const context = await profile({ serviceWorkers: 'block' });
	try {
		await context.addInitScript(instrument);
		const page = await context.newPage();
		await createAssessmentThroughUi(page, baseUrl, 'Gdańsk', 'Save latency');
		await page.locator('main [data-question]').first().waitFor();
		for (const rate of cpu) {
			await page.reload();
			await page.locator('main section.progress').waitFor();
			const cdp = await throttle(page, rate);
			await page.waitForTimeout(1000);
			const samples = await page.evaluate(measure, N);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			const pick = (k) => samples.map((s) => s[k]);
			const tx = Math.max(...pick('transactions'));
			const early = samples.filter((s) => s.savedBeforeCommit).length;
			log(`${rate}×: ${samples.length} saves, up to ${tx} answers transaction(s) each`);
			const p5 = rate === 1 ? 50 : rate === 4 ? 100 : undefined;
			rows.push(
				{
					name: 'save: click → IndexedDB commit, p50',
					cpu: rate,
					value: round(percentile(pick('commit'), 50)),
					unit: 'ms',
					note: `${N} saves; transaction 'complete' event`
				},
				{
					name: 'save: click → IndexedDB commit, p95',
					cpu: rate,
					value: round(percentile(pick('commit'), 95)),
					unit: 'ms',
					budget: p5 ? 'P5' : undefined,
					target: p5
				},
				{
					name: 'save: the first answer, 1 s after the page opened: click → commit',
					cpu: rate,
					value: round(samples[0].commit),
					unit: 'ms',
					target: p5,
					note: 'the first save of the page'
				},
				{
					name: 'save: click → "Saved" shown, p50',
					cpu: rate,
					value: round(percentile(pick('shown'), 50)),
					unit: 'ms',
					note: `status element in the DOM (before paint); shown before the commit: ${early} of ${N}`
				},
				{
					name: 'save: click → "Saved" shown, p95',
					cpu: rate,
					value: round(percentile(pick('shown'), 95)),
					unit: 'ms'
				},
				{
					name: 'live progress refresh after commit, p95',
					cpu: rate,
					value: round(percentile(pick('refresh'), 95)),
					unit: 'ms',
					budget: 'P6',
					target: 100,
					note: `p50 ${round(percentile(pick('refresh'), 50))} ms; progress bar (liveQuery) shows the new count`
				}
			);
		}
	} finally {
		await context.close();
	}
	return rows;
}
