/**
 * Issue 12, the home page for a busy facilitator, in English and Polish:
 * calm notices (a dismissal survives reloads and ends when the notice
 * changes), form focus, search/filter/sort with 200 cities, "Send" on the
 * results page, the orienting first screen with the example city, and the
 * scroll cue of a table on a 390 px phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { createAssessment, openHome } from './helpers';
import { CURRENT_QUESTIONS, answersBy, seed, type SeedAssessment } from './seed';

/** „pytanie” in the form Polish uses after n */
function plPytanie(n: number): string {
	const form = new Intl.PluralRules('pl').select(n);
	return form === 'one' ? 'pytanie' : form === 'few' ? 'pytania' : 'pytań';
}

const SHOTS = process.env.SCREENSHOTS_DIR;
async function shot(page: Page, name: string) {
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const T = {
	en: {
		close: 'Close',
		add: 'Add city',
		newAssessment: 'New assessment',
		cancel: 'Cancel',
		required: 'Please fill in this field.',
		questions: `The questionnaire has ${CURRENT_QUESTIONS} questions in 14 items.`,
		neutral: 'never count against the city',
		tryDemo: 'Try an example city',
		removeDemo: 'Delete the example city',
		demoCity: 'Example city (demo)',
		count: (shown: number, total: number) => `${shown} of ${total} cities`,
		none: 'No city matches',
		send: 'Send',
		downloaded: 'This device cannot share files',
		cancelled: 'Sending was cancelled',
		failed: 'The file could not be sent',
		scrollHint: 'scroll sideways'
	},
	pl: {
		close: 'Zamknij',
		add: 'Dodaj miasto',
		newAssessment: 'Nowa ocena',
		cancel: 'Anuluj',
		required: '',
		questions: `Kwestionariusz ma ${CURRENT_QUESTIONS} ${plPytanie(CURRENT_QUESTIONS)} w 14 obszarach.`,
		neutral: 'nigdy nie obniżają wyniku miasta',
		tryDemo: 'Wypróbuj na przykładowym mieście',
		removeDemo: 'Usuń przykładowe miasto',
		demoCity: 'Miasto przykładowe (demo)',
		count: (shown: number, total: number) => `${shown} z ${total} miast`,
		none: 'Żadne miasto nie pasuje',
		send: 'Wyślij',
		downloaded: 'To urządzenie nie udostępnia plików',
		cancelled: 'Wysyłanie anulowano',
		failed: 'Nie udało się wysłać pliku',
		scrollHint: 'przewijać w bok'
	}
} as const;

/** The browser refuses persistent storage (as headless Chromium does), so the warning shows. */
async function denyPersistence(page: Page) {
	await page.addInitScript(() => {
		navigator.storage.persisted = async () => false;
		navigator.storage.persist = async () => false;
	});
}

/** 200 cities, 1–2 assessments each, over three years, some complete, some not started. */
function twoHundred(): SeedAssessment[] {
	const out: SeedAssessment[] = [];
	for (let i = 0; i < 200; i++) {
		const n = String(i).padStart(3, '0');
		const cityName = i === 137 ? 'Gdańsk' : `City ${n}`;
		const years = i % 2 === 0 ? [2024] : [2025, 2026];
		years.forEach((year, k) =>
			out.push({
				id: `00000000-0000-4000-8000-${String(i * 2 + k).padStart(12, '0')}`,
				cityId: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
				cityName,
				label: i === 43 && k === 1 ? 'Workshop review' : `Baseline ${year}`,
				createdAt: new Date(year, 2, 1 + (i % 27)).getTime(),
				answers: i % 5 === 0 ? {} : answersBy((q) => (q.startsWith('F') ? 2 : undefined))
			})
		);
	}
	return out;
}

for (const lang of ['en', 'pl'] as const) {
	const L = T[lang];

	test.describe(`home (${lang})`, () => {
		test('a dismissed notice stays dismissed across reloads and comes back when it changes', async ({
			page
		}) => {
			await denyPersistence(page);
			await openHome(page, lang);
			await createAssessment(page, 'Kraków', 'Baseline 2026');
			const banner = page.getByTestId('banner-not-persisted');
			await expect(banner).toBeVisible();
			await banner.getByRole('button', { name: L.close }).click();
			await expect(banner).toHaveCount(0);
			for (const path of ['/', '/about', '/']) {
				await page.goto(path);
				await expect(page.locator('main h1')).toBeVisible();
				await expect(page.getByTestId('storage-status')).toBeVisible();
				await expect(page.getByTestId('banner-not-persisted')).toHaveCount(0);
			}
			// what the notice says changed (a new wording or a new cause): its version no longer matches
			await page.evaluate(() => {
				const key = 'hrc-dismissed-notices';
				const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>;
				if (!stored['not-persisted']) throw new Error('the dismissal was not stored');
				stored['not-persisted'] = 'an-older-version';
				localStorage.setItem(key, JSON.stringify(stored));
			});
			await page.reload();
			await expect(page.getByTestId('banner-not-persisted')).toBeVisible();
		});

		test('a notice of an active failure cannot be dismissed while it lasts', async ({ page }) => {
			await page.addInitScript(() =>
				Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true })
			);
			await page.goto('/');
			const banner = page.getByTestId('banner-unavailable');
			await expect(banner).toBeVisible();
			await expect(banner).toHaveAttribute('role', 'alert');
			await expect(banner.getByRole('button')).toHaveCount(0);
			await page.reload();
			await expect(banner).toBeVisible();
		});

		test('the backup reminder put off with "Later" stays off until the next day', async ({
			page
		}) => {
			await openHome(page, lang);
			await seed(page, twoHundred().slice(0, 1));
			await page.reload();
			const reminder = page.getByTestId('backup-reminder');
			await expect(reminder).toBeVisible();
			await page.getByTestId('backup-dismiss').click();
			await expect(reminder).toHaveCount(0);
			await page.reload();
			await expect(page.getByTestId('city-card')).toHaveCount(1);
			await expect(reminder).toHaveCount(0);
			// as if dismissed yesterday
			await page.evaluate(() => {
				const key = 'hrc-dismissed-notices';
				const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>;
				stored.backup = 'never:2000-01-01';
				localStorage.setItem(key, JSON.stringify(stored));
			});
			await page.reload();
			await expect(reminder).toBeVisible();
		});

		test('forms: focus to the first invalid field, into an opened form and back', async ({
			page
		}) => {
			await openHome(page, lang);
			const name = page.locator('#new-city-name');
			await page.getByRole('button', { name: L.add, exact: true }).click();
			await expect(name).toBeFocused();
			await expect(name).toHaveAttribute('aria-invalid', 'true');
			await expect(name).toHaveAttribute('aria-describedby', 'new-city-name-err');
			await expect(page.locator('#new-city-name-err')).not.toBeEmpty();
			if (L.required) await expect(page.locator('#new-city-name-err')).toHaveText(L.required);
			// the error is also said in a live region
			await expect(page.getByTestId('form-status').first()).toContainText(
				await page.locator('#new-city-name-err').innerText()
			);

			await name.fill('Lublin');
			await name.press('Enter');
			const card = page.getByTestId('city-card').filter({ hasText: 'Lublin' });
			const opener = card.getByRole('button', { name: L.newAssessment });
			await opener.focus();
			await page.keyboard.press('Enter');
			const label = card.locator('input[name=label]');
			await expect(label).toBeFocused();
			// an empty label: focus stays on the field, now invalid
			await label.press('Enter');
			await expect(label).toBeFocused();
			await expect(label).toHaveAttribute('aria-invalid', 'true');
			await card.getByRole('button', { name: L.cancel }).click();
			await expect(card.getByRole('button', { name: L.newAssessment })).toBeFocused();
		});

		test('search, filter and sort 200 cities', async ({ page }) => {
			await openHome(page, lang);
			await seed(page, twoHundred());
			await page.reload();
			const count = page.getByTestId('list-count');
			await expect(count).toHaveText(L.count(200, 200));
			const cards = page.getByTestId('city-card');
			// listed in pages of 40, so that typing stays fast
			await expect(cards).toHaveCount(40);
			await page.getByTestId('list-more').click();
			await expect(cards).toHaveCount(80);

			await page.getByTestId('list-search').fill('gdansk');
			await expect(count).toHaveText(L.count(1, 200));
			await expect(cards).toHaveCount(1);
			await expect(cards.first().locator('h3')).toHaveText('Gdańsk');

			await page.getByTestId('list-search').fill('workshop');
			await expect(count).toHaveText(L.count(1, 200));
			await expect(cards.first().getByTestId('assessment-row')).toHaveCount(1);

			await page.getByTestId('list-search').fill('');
			await page.locator('#list-year').selectOption('2024');
			await expect(count).toHaveText(L.count(100, 200));
			await page.locator('#list-completion').selectOption('notStarted');
			// even cities divisible by 5 have no answers: 0, 10, …, 190
			await expect(count).toHaveText(L.count(20, 200));
			await page.locator('#list-sort').selectOption('name');
			await expect(cards.first().locator('h3')).toHaveText('City 000');
			await shot(page, `home-200-filtered-${lang}`);

			await page.locator('#list-year').selectOption('');
			await page.locator('#list-completion').selectOption('all');
			await page.locator('#list-sort').selectOption('year');
			await expect(count).toHaveText(L.count(200, 200));
			await expect(cards.first().locator('h3')).toHaveText('City 001');

			await page.getByTestId('list-search').fill('no such place');
			await expect(count).toHaveText(L.count(0, 200));
			await expect(page.getByTestId('list-none')).toContainText(L.none);
			await page.getByTestId('list-none').getByRole('button').click();
			await expect(count).toHaveText(L.count(200, 200));
		});

		test('Send falls back to a download without the Web Share API', async ({ page }) => {
			await openHome(page, lang);
			const id = await createAssessment(page, 'Łódź', 'Baseline 2026');
			await page.goto(`/results?id=${id}`);
			expect(await page.evaluate(() => 'canShare' in navigator)).toBe(false);
			const download = page.waitForEvent('download');
			await page.getByTestId('send').click();
			const file = await download;
			expect(file.suggestedFilename()).toMatch(/^hrc_Lodz_Baseline-2026_\d{4}-\d{2}-\d{2}\.json$/);
			await expect(page.getByTestId('send-done')).toContainText(L.downloaded);
			await expect(page.getByTestId('send-done')).toContainText(file.suggestedFilename());
			await shot(page, `results-send-${lang}`);
		});

		test('Send shares a File where the device can; a cancel is not an error', async ({ page }) => {
			await page.addInitScript(() => {
				const w = window as unknown as { __shared: unknown[]; __shareError?: string };
				w.__shared = [];
				Object.assign(navigator, {
					canShare: (data: ShareData) => Array.isArray(data.files) && data.files.length > 0,
					share: async (data: ShareData) => {
						if (w.__shareError) throw new DOMException('share', w.__shareError);
						const f = data.files![0]!;
						w.__shared.push({
							name: f.name,
							type: f.type,
							isFile: f instanceof File,
							format: (JSON.parse(await f.text()) as { format?: string }).format,
							title: data.title
						});
					}
				});
			});
			await openHome(page, lang);
			const id = await createAssessment(page, 'Kraków', 'Workshop 1');
			await page.goto(`/results?id=${id}`);
			await page.getByTestId('send').click();
			await expect(page.getByTestId('send-done')).toBeVisible();
			const shared = await page.evaluate(
				() => (window as unknown as { __shared: unknown[] }).__shared
			);
			expect(shared).toHaveLength(1);
			expect(shared[0]).toMatchObject({
				name: expect.stringMatching(/^hrc_Krakow_Workshop-1_\d{4}-\d{2}-\d{2}\.json$/),
				type: 'application/json',
				isFile: true
			});
			expect((shared[0] as { title: string }).title).toContain('Kraków');

			await page.evaluate(
				() => ((window as unknown as { __shareError: string }).__shareError = 'AbortError')
			);
			await page.getByTestId('send').click();
			await expect(page.getByTestId('send-done')).toContainText(L.cancelled);
			await expect(page.getByTestId('send-error')).toHaveCount(0);

			await page.evaluate(
				() => ((window as unknown as { __shareError: string }).__shareError = 'NotAllowedError')
			);
			await page.getByTestId('send').click();
			await expect(page.getByTestId('send-error')).toContainText(L.failed);
		});

		test('first screen: question count, reassurance, example city in and out in one click', async ({
			page
		}) => {
			await openHome(page, lang);
			await expect(page.getByTestId('orient-questions')).toHaveText(L.questions);
			await expect(page.getByTestId('orientation')).toContainText(L.neutral);
			await shot(page, `home-empty-${lang}`);
			await page.getByRole('button', { name: L.tryDemo }).click();
			const card = page.getByTestId('city-card');
			await expect(card).toHaveCount(1);
			await expect(card.locator('h3')).toHaveText(L.demoCity);
			await expect(card.getByTestId('demo-badge')).toBeVisible();
			await expect(card.getByRole('progressbar')).toBeVisible();
			await shot(page, `home-demo-${lang}`);
			await page.getByRole('button', { name: L.removeDemo }).click();
			await expect(card).toHaveCount(0);
			await expect(page.getByRole('button', { name: L.tryDemo })).toBeVisible();
		});

		test('a table wider than a 390 px phone shows a scroll cue', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await openHome(page, lang);
			const id = await createAssessment(page, 'Gdańsk', 'Baseline 2026');
			await page.goto(`/results?id=${id}`);
			const hint = page.getByTestId('scroll-hint').first();
			await expect(hint).toBeVisible();
			await expect(hint).toContainText(L.scrollHint);
			const region = page
				.getByRole('region')
				.filter({ has: page.locator('table') })
				.first();
			await expect(region).toHaveAttribute('aria-describedby', /scroll-hint-/);
			await hint.scrollIntoViewIfNeeded();
			await shot(page, `results-390-scroll-cue-${lang}`);
		});
	});
}
