/**
 * The team view (/team) of one assessment with 12 respondents who answered
 * every question (seeded pseudo-random levels, N/A, don't know and comments):
 *  - load: from navigation until every question is drawn, painted;
 *  - re-render after a consensus choice: from clicking "save the agreed level"
 *    on the first question until its "consensus now" line shows it, painted;
 *  - re-order: switching the order (framework ↔ largest disagreement), painted.
 * Medians of 3 loads at each CPU rate. Target (issue 13): ≤ 100 ms at 1×.
 */
import { median } from './_lib.mjs';

export const title = 'Team view: 12 respondents × every question';

const ITEMS = ['F1', 'F2', 'F3', 'F4', 'S1', 'S2', 'S3', 'S4', 'S5', 'T1', 'T2', 'T3', 'T4', 'T5'];
const QUESTIONS = ITEMS.flatMap((i) => [1, 2, 3].map((n) => `${i}.${n}`));
const VALUES = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 'na', 'dk'];
const RESPONDENTS = 12;
const ID = 'bench-team';

async function seedTeam(page) {
	await page.evaluate(
		async ({ questions, values, n, id }) => {
			let s = 4242;
			const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
			const db = await new Promise((resolve, reject) => {
				const req = indexedDB.open('hrc-self-assessment');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			const tx = db.transaction(
				['cities', 'assessments', 'respondents', 'respondentAnswers'],
				'readwrite'
			);
			tx.objectStore('cities').put({
				id: 'bench-team-city',
				name: 'Łódź',
				country: '',
				notes: '',
				createdAt: 1,
				updatedAt: 1
			});
			tx.objectStore('assessments').put({
				id,
				cityId: 'bench-team-city',
				frameworkId: 'fra-hrc',
				frameworkVersion: '1.0.0',
				label: 'Team bench',
				status: 'draft',
				participants: '',
				createdAt: 1,
				updatedAt: 1
			});
			for (let r = 0; r < n; r++) {
				const rid = `bench-resp-${r}`;
				tx.objectStore('respondents').put({
					id: rid,
					assessmentId: id,
					name: `Osoba ${r + 1}`,
					department: `Wydział ${(r % 4) + 1}`,
					createdAt: r + 1,
					updatedAt: r + 1,
					rev: 0
				});
				for (const questionId of questions)
					tx.objectStore('respondentAnswers').put({
						assessmentId: id,
						respondentId: rid,
						questionId,
						value: values[Math.floor(rnd() * values.length)],
						comment: rnd() < 0.3 ? 'Zażółć gęślą jaźń – uwagi do pytania. '.repeat(3) : '',
						evidence: [],
						updatedAt: 1,
						rev: 1
					});
			}
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ questions: QUESTIONS, values: VALUES, n: RESPONDENTS, id: ID }
	);
}

const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function measure(page, baseUrl, rate, throttle) {
	const cdp = await throttle(page, rate);
	const loads = [];
	const agree = [];
	const reorder = [];
	for (let run = 0; run < 3; run++) {
		await page.goto(`${baseUrl}/`);
		await page.waitForSelector('main h1');
		await page.goto(`${baseUrl}/team?assessment=${ID}`);
		await page.waitForFunction(
			(n) => document.querySelectorAll('.team-question').length === n,
			QUESTIONS.length,
			{ timeout: 60_000 }
		);
		loads.push(
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => r(performance.now())))
			)
		);
		// consensus on the first (most disputed) question, a new level each run
		agree.push(
			await page.evaluate(
				(level) =>
					new Promise((resolve) => {
						const q = document.querySelector('.team-question');
						const select = q.querySelector('select');
						select.value = String(level);
						select.dispatchEvent(new Event('change', { bubbles: true }));
						const current = q.querySelector('.current');
						const before = current.textContent;
						let t = 0;
						const done = () => {
							if (current.textContent !== before)
								requestAnimationFrame(() => resolve(performance.now() - t));
							else if (performance.now() - t > 10_000) resolve(Number.NaN);
							else requestAnimationFrame(done);
						};
						// the button is enabled once the choice has rendered
						requestAnimationFrame(() => {
							t = performance.now();
							q.querySelector('button.primary').click();
							requestAnimationFrame(done);
						});
					}),
				run + 1
			)
		);
		reorder.push(
			await page.evaluate(
				() =>
					new Promise((resolve) => {
						const select = document.querySelector('[data-testid=team-order]');
						// the card shown first (the cards may keep their DOM order and move by CSS `order`)
						const shownFirst = () => {
							let best;
							let top = Infinity;
							for (const el of document.querySelectorAll('.team-question')) {
								const y = el.getBoundingClientRect().top;
								if (y < top) [best, top] = [el, y];
							}
							return best.dataset.question;
						};
						const first = shownFirst();
						const t = performance.now();
						select.value = 'framework';
						select.dispatchEvent(new Event('change', { bubbles: true }));
						const done = () => {
							const now = shownFirst();
							if (now !== first || now === 'F1.1')
								requestAnimationFrame(() => resolve(performance.now() - t));
							else if (performance.now() - t > 10_000) resolve(Number.NaN);
							else requestAnimationFrame(done);
						};
						requestAnimationFrame(done);
					})
			)
		);
		await page.evaluate(painted);
	}
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await cdp.detach();
	return { load: median(loads), agree: median(agree), reorder: median(reorder) };
}

export async function run(ctx) {
	const context = await ctx.browser.newContext({
		viewport: { width: 1366, height: 900 },
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	await page.goto(ctx.baseUrl);
	await page.waitForSelector('[data-testid=storage-status]');
	await seedTeam(page);
	const rows = [];
	for (const rate of ctx.cpu) {
		ctx.log?.(`team view, ${RESPONDENTS} respondents, CPU ${rate}×`);
		const m = await measure(page, ctx.baseUrl, rate, ctx.throttle);
		rows.push(
			{
				name: `team view, ${RESPONDENTS} respondents × ${QUESTIONS.length} questions: page load to painted`,
				value: Math.round(m.load),
				unit: 'ms',
				cpu: rate,
				note: 'from navigation start (includes app start-up)'
			},
			{
				name: 'team view: re-render after a consensus choice',
				value: Math.round(m.agree),
				unit: 'ms',
				cpu: rate,
				budget: 'P6',
				target: 100,
				note: 'click → saved through the editor → painted'
			},
			{
				name: 'team view: re-order (framework ↔ disagreement)',
				value: Math.round(m.reorder),
				unit: 'ms',
				cpu: rate,
				budget: 'P6',
				target: 100
			}
		);
	}
	await context.close();
	return rows;
}
