/**
 * The team view (/team) of one assessment with 12 respondents who answered
 * every question (seeded pseudo-random levels, N/A, don't know and comments):
 *  - load: from navigation until every question is drawn, painted; and the
 *    longest main-thread task from navigation until 1 s after that;
 *  - re-render after a consensus choice: from clicking "save the agreed level"
 *    on the first question until its "consensus now" line shows it, painted;
 *  - re-order: switching the order (framework ↔ largest disagreement), painted.
 *  - import 12 response files at once (the team page's "Import responses"):
 *    from choosing the files until all 12 are listed as imported, painted.
 *    Chosen as a person does: the button is clicked, the file dialog opens
 *    and the files are chosen in it (Playwright's file chooser, at once).
 *    Until 2026-12-03 they were set on the input without a click, which no
 *    person can do: the page learnt of them only from the change event.
 * Medians of 3 runs at each CPU rate. Targets (issue 13): ≤ 100 ms at 1× for
 * the view, ≤ 1 s at 1× for the 12 files.
 *
 * The questions are the current bundled framework's (frameworks/fra-hrc/framework.json).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { median, recordLongTasks } from './_lib.mjs';

export const title = 'Team view: 12 respondents × every question';

const FRAMEWORK = JSON.parse(
	readFileSync(new URL('../../frameworks/fra-hrc/framework.json', import.meta.url), 'utf8')
);
const QUESTIONS = FRAMEWORK.elements.flatMap((e) =>
	e.items.flatMap((i) => i.questions.map((q) => q.id))
);
const VALUES = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 'na', 'dk'];
const RESPONDENTS = 12;
const ID = 'bench-team';

async function seedTeam(page) {
	await page.evaluate(
		async ({ questions, values, n, id, fw }) => {
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
				frameworkId: fw.id,
				frameworkVersion: fw.version,
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
		{
			questions: QUESTIONS,
			values: VALUES,
			n: RESPONDENTS,
			id: ID,
			fw: { id: FRAMEWORK.id, version: FRAMEWORK.version }
		}
	);
}

const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function measure(page, baseUrl, rate, throttle) {
	const cdp = await throttle(page, rate);
	const loads = [];
	const longest = [];
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
		// what follows the load: Chromium's autofill reads the page's forms ~100 ms after they appear
		await page.waitForTimeout(1000);
		longest.push(await page.evaluate(() => window.__longest));
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
	return {
		load: median(loads),
		longest: median(longest),
		agree: median(agree),
		reorder: median(reorder)
	};
}

// ---------------------------------------------------------------------------
// Importing 12 response files at once

const IMPORT_ID = 'bench-team-import';

/** Canonical JSON (keys sorted, no whitespace), as src/lib/domain/exchange/canonical.ts. */
function canonical(value) {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value !== null && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.filter((k) => value[k] !== undefined)
			.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

/** 12 response files (as the app writes them) of new respondents of `IMPORT_ID`; `tag` keeps runs apart. */
export function responseFiles(tag) {
	let s = 99 + tag.length;
	const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	return Array.from({ length: RESPONDENTS }, (_, r) => {
		const respondentId = `bench-${tag}-r${r}`;
		const payload = {
			format: 'hrc-export',
			formatVersion: 2,
			kind: 'response',
			appVersion: 'bench',
			exportedAt: 1_790_000_000_000,
			assessmentId: IMPORT_ID,
			cityName: 'Łódź',
			assessmentLabel: 'Import bench',
			framework: { id: FRAMEWORK.id, version: FRAMEWORK.version },
			respondent: {
				id: respondentId,
				assessmentId: IMPORT_ID,
				name: `Osoba ${r + 1}`,
				department: `Wydział ${(r % 4) + 1}`,
				createdAt: 1,
				updatedAt: 1,
				rev: 0
			},
			answers: [...QUESTIONS].sort().map((questionId) => ({
				assessmentId: IMPORT_ID,
				questionId,
				value: VALUES[Math.floor(rnd() * VALUES.length)],
				comment: rnd() < 0.3 ? 'Zażółć gęślą jaźń – uwagi do pytania. '.repeat(3) : '',
				evidence: [],
				updatedAt: 1_790_000_000_000,
				rev: 1,
				respondentId
			}))
		};
		const checksum = `sha256:${createHash('sha256').update(canonical(payload)).digest('hex')}`;
		return {
			name: `Lodz_Import-bench_response_Osoba-${r + 1}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify({ ...payload, checksum }, null, 2) + '\n')
		};
	});
}

export async function seedImportTarget(page) {
	await page.evaluate(
		async ({ id, fw }) => {
			const db = await new Promise((resolve, reject) => {
				const req = indexedDB.open('hrc-self-assessment');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			const tx = db.transaction(['assessments'], 'readwrite');
			tx.objectStore('assessments').put({
				id,
				cityId: 'bench-team-city',
				frameworkId: fw.id,
				frameworkVersion: fw.version,
				label: 'Import bench',
				status: 'draft',
				participants: '',
				createdAt: 1,
				updatedAt: 1
			});
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ id: IMPORT_ID, fw: { id: FRAMEWORK.id, version: FRAMEWORK.version } }
	);
}

/**
 * Median of 3: choosing 12 response files → all 12 listed as imported, painted.
 * The files are chosen through the file dialog that the button opens; timed
 * from the input's change event (the dialog closed), as before. Also the
 * median of the longest main-thread task from the change until painted
 * (PerformanceObserver longtask; 0: none over 50 ms).
 */
async function measureImport(page, baseUrl, rate, throttle) {
	const cdp = await throttle(page, rate);
	const times = [];
	const longest = [];
	for (let run = 0; run < 3; run++) {
		await page.goto(`${baseUrl}/team?assessment=${IMPORT_ID}`);
		await page.waitForSelector('[data-testid=responses-input]', { state: 'attached' });
		// as a coordinator who looks at the page first: the team's cards all drawn (they are
		// drawn a screenful per paint), or the notice that there is no respondent yet. Until
		// issue 14's 24th session the files were chosen at once, with the cards still coming
		await page.waitForFunction(
			(n) =>
				document.querySelectorAll('.team-question').length === n ||
				document.querySelector('[data-testid=team-empty]'),
			QUESTIONS.length
		);
		await page.waitForTimeout(500);
		const files = responseFiles(`c${rate}-${run}`);
		await page.evaluate((n) => {
			const input = document.querySelector('[data-testid=responses-input]');
			window.__benchImport = new Promise((resolve) => {
				let t = 0;
				input.addEventListener(
					'change',
					() => {
						t = performance.now();
						window.__benchImportFrom = t;
						const done = () => {
							const imported = document.querySelectorAll(
								'[data-testid=team-file][data-status=imported]'
							).length;
							if (imported === n) requestAnimationFrame(() => resolve(performance.now() - t));
							else if (
								document.querySelectorAll('[data-testid=team-file]:not([data-status=checking])')
									.length === n
							)
								resolve(Number.NaN);
							else requestAnimationFrame(done);
						};
						requestAnimationFrame(done);
					},
					{ capture: true, once: true }
				);
			});
		}, files.length);
		const [chooser] = await Promise.all([
			page.waitForEvent('filechooser'),
			page.locator('label:has([data-testid=responses-input])').click()
		]);
		await chooser.setFiles(files);
		times.push(await page.evaluate(() => window.__benchImport));
		// a long task is reported once it has ended, in a task after it
		await page.waitForTimeout(300);
		longest.push(
			await page.evaluate(() =>
				Math.max(
					0,
					...window.__tasks
						.filter((t) => t.start >= window.__benchImportFrom)
						.map((t) => t.duration)
				)
			)
		);
	}
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await cdp.detach();
	return { time: median(times), longest: median(longest) };
}

export async function run(ctx) {
	const context = await ctx.profile({
		viewport: { width: 1366, height: 900 },
		serviceWorkers: 'block'
	});
	// the longest main-thread task since the last navigation
	await recordLongTasks(context);
	const page = await context.newPage();
	await page.goto(ctx.baseUrl);
	await page.waitForSelector('[data-testid=storage-status]');
	await seedTeam(page);
	await seedImportTarget(page);
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
				name: 'team view load: longest main-thread task',
				value: Math.round(m.longest),
				unit: 'ms',
				cpu: rate,
				budget: 'P11',
				target: 200,
				note: 'from navigation until 1 s after every question is painted (PerformanceObserver longtask; 0: none over 50 ms)'
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
	for (const rate of ctx.cpu) {
		ctx.log?.(`team: import ${RESPONDENTS} response files at once, CPU ${rate}×`);
		const m = await measureImport(page, ctx.baseUrl, rate, ctx.throttle);
		rows.push({
			name: `team: import ${RESPONDENTS} response files at once (${QUESTIONS.length} answers each)`,
			value: Math.round(m.time),
			unit: 'ms',
			cpu: rate,
			target: 1000,
			note: 'files chosen in the dialog the button opens → checked in one worker message, one transaction for all → all listed, painted'
		});
		rows.push({
			name: 'team: import 12 response files: longest main-thread task',
			value: Math.round(m.longest),
			unit: 'ms',
			cpu: rate,
			budget: 'P11',
			target: 200,
			note: 'median of 3, from choosing the files until painted (PerformanceObserver longtask; 0: none over 50 ms)'
		});
	}
	await context.close();
	return rows;
}
