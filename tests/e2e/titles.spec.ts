/**
 * Every page has its own tab title in the UI language, naming the city and the
 * assessment where there is one (issue 11 point 5, issue 12 point 5), and the
 * title follows a language switch without a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { createAssessment, openHome } from './helpers';

const WORDS = {
	en: {
		app: 'Self-assessment – human rights cities',
		home: 'Cities',
		assess: 'Questions',
		results: 'Results',
		compare: 'Compare assessments',
		data: 'Data and backup',
		about: 'About the FRA framework',
		nav: { compare: 'Compare', data: 'Data & backup', about: 'About the FRA framework' }
	},
	pl: {
		app: 'Samoocena – miasta praw człowieka',
		home: 'Miasta',
		assess: 'Pytania',
		results: 'Wyniki',
		compare: 'Porównanie ocen',
		data: 'Dane i kopia zapasowa',
		about: 'O ramach FRA',
		nav: { compare: 'Porównanie', data: 'Dane i kopia zapasowa', about: 'O ramach FRA' }
	}
} as const;

async function navTo(page: Page, name: string) {
	await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

for (const lang of ['en', 'pl'] as const) {
	test(`${lang}: every page has its own title`, async ({ page }) => {
		const w = WORDS[lang];
		const label = lang === 'en' ? 'Baseline 2026' : 'Ocena 2026';
		await openHome(page, lang);
		await expect(page).toHaveTitle(`${w.home} · ${w.app}`);

		await createAssessment(page, 'Kraków', label);
		await expect(page).toHaveTitle(`Kraków – ${label} · ${w.assess} · ${w.app}`);

		await page.getByRole('main').getByRole('link', { name: w.results, exact: true }).click();
		await page.waitForURL(/\/results\?id=/);
		await expect(page).toHaveTitle(`Kraków – ${label} · ${w.results} · ${w.app}`);

		await navTo(page, w.nav.compare);
		await expect(page).toHaveTitle(`${w.compare} · ${w.app}`);
		await navTo(page, w.nav.data);
		await expect(page).toHaveTitle(`${w.data} · ${w.app}`);
		await navTo(page, w.nav.about);
		await expect(page).toHaveTitle(`${w.about} · ${w.app}`);

		// a fresh load of a deep link gets the same title
		await page.goto('/data');
		await expect(page).toHaveTitle(`${w.data} · ${w.app}`);
	});
}

test('the title follows a language switch on the page', async ({ page }) => {
	await openHome(page, 'en');
	await createAssessment(page, 'Łódź', 'Baseline 2026');
	await expect(page).toHaveTitle(`Łódź – Baseline 2026 · Questions · ${WORDS.en.app}`);
	await page.getByRole('button', { name: 'Polski', exact: true }).click();
	await expect(page).toHaveTitle(`Łódź – Baseline 2026 · Pytania · ${WORDS.pl.app}`);
	await page.getByRole('button', { name: 'English', exact: true }).click();
	await expect(page).toHaveTitle(`Łódź – Baseline 2026 · Questions · ${WORDS.en.app}`);
});
