/**
 * Team self-assessment: respondents answer in turn on one device ("Odpowiedzi
 * w imieniu"), nothing of one shows in another's form, the team view ranks the
 * disagreements and the coordinator agrees a consensus, in Polish.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createAssessment, openHome, question } from './helpers';

async function answerAs(page: Page, who: string) {
	await page.getByLabel('Odpowiedzi w imieniu').selectOption({ label: who });
	await expect(page.getByTestId('answering-as').getByRole('status')).toContainText(who);
}

async function addRespondent(page: Page, name: string, department: string) {
	const box = page.getByTestId('answering-as');
	if ((await box.locator('details').getAttribute('open')) === null)
		await box.getByText('Dodaj respondenta').click();
	await box.getByLabel('Imię i nazwisko lub funkcja (opcjonalnie)').fill(name);
	await box.getByLabel('Wydział (opcjonalnie)').fill(department);
	await box.getByRole('button', { name: 'Dodaj', exact: true }).click();
	await expect(page).toHaveURL(/[?&]as=/);
}

async function choose(page: Page, q: string, value: string, comment?: string) {
	const card = question(page, q);
	await card.locator(`input[type=radio][value="${value}"]`).check();
	if (comment !== undefined) {
		await card.locator('textarea').first().fill(comment);
		await card.locator('textarea').first().blur();
	}
	await expect(card.getByRole('status')).toHaveText(/Zapisano/);
}

test('in turn on one device: respondents apart, disagreements ranked, consensus agreed (pl)', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openHome(page, 'pl');
	const id = await createAssessment(page, 'Łódź', 'Ocena zespołowa 2026');

	await addRespondent(page, 'Anna Nowak', 'Wydział Polityki Społecznej');
	await choose(page, 'F1.1', '4', 'Deklaracja przyjęta uchwałą rady – „wdrożona”.');
	await choose(page, 'F1.2', '2');
	await choose(page, 'F1.3', '0');

	await addRespondent(page, 'Jan Kowalski', 'Biuro Rady Miejskiej');
	// nothing of Anna's answers shows in Jan's form
	await expect(question(page, 'F1.1').locator('input[type=radio]:checked')).toHaveCount(0);
	await expect(question(page, 'F1.1').locator('textarea').first()).toHaveValue('');
	await choose(page, 'F1.1', '0', 'Nigdy o tej deklaracji nie słyszałem.');
	await choose(page, 'F1.2', '3');
	await choose(page, 'F1.3', '3');

	// back to Anna: her answers, not Jan's
	await answerAs(page, 'Anna Nowak (Wydział Polityki Społecznej)');
	await expect(question(page, 'F1.1').locator('input[type=radio][value="4"]')).toBeChecked();
	await expect(question(page, 'F1.1').locator('textarea').first()).toHaveValue(
		'Deklaracja przyjęta uchwałą rady – „wdrożona”.'
	);
	// the consensus has nothing yet
	await page.getByLabel('Odpowiedzi w imieniu').selectOption({ index: 0 });
	await expect(page).not.toHaveURL(/[?&]as=/);
	await expect(question(page, 'F1.1').locator('input[type=radio]:checked')).toHaveCount(0);

	// the team view: largest disagreement first, comments with their authors
	await page.goto(`/team?assessment=${id}`);
	await expect(page).toHaveTitle(/Widok zespołu/);
	await expect(page.getByTestId('team-summary')).toContainText('2 respondentów');
	// every question is drawn: a screenful at once, then more after each paint (InSteps)
	const framework = JSON.parse(readFileSync('frameworks/fra-hrc/framework.json', 'utf8')) as {
		elements: { items: { questions: unknown[] }[] }[];
	};
	const questions = framework.elements.flatMap((e) => e.items.flatMap((i) => i.questions)).length;
	expect(questions).toBeGreaterThan(8);
	await expect(page.locator('.team-question')).toHaveCount(questions);
	// each card's controls are a form of their own: a change in one card must not make Chromium's
	// autofill re-read every card's controls (they would all be one page-wide form otherwise)
	const cardForms = await page.locator('.team-question').evaluateAll((cards) =>
		cards.map((card) =>
			[...card.querySelectorAll('select, textarea, input')].every((c) => {
				const form = (c as HTMLSelectElement).form;
				return form !== null && card.contains(form);
			})
		)
	);
	expect(cardForms.length).toBeGreaterThan(0);
	expect(cardForms.every(Boolean)).toBe(true);
	// and no control sits inside a `content-visibility: auto` box: to read a form, autofill lays out
	// each such box it finds a control in, one forced layout per card (a 300–630 ms task at 4× CPU)
	const inSkippable = await page.locator('.team-question').evaluateAll(
		(cards) =>
			cards.flatMap((card) =>
				[...card.querySelectorAll('select, textarea, input, button')].filter((c) => {
					for (let e: Element | null = c; e; e = e.parentElement)
						if (getComputedStyle(e).contentVisibility === 'auto') return true;
					return false;
				})
			).length
	);
	expect(inSkippable).toBe(0);
	// the comments and spread still are: 56 cards' answers are not laid out off screen
	await expect(page.locator('.team-question .views').first()).toHaveCSS(
		'content-visibility',
		'auto'
	);
	// the order on screen (the cards may keep their DOM order and move by CSS `order`)
	const shown = () =>
		page.locator('.team-question').evaluateAll((cards) =>
			cards
				.map((c) => ({ id: (c as HTMLElement).dataset.question, y: c.getBoundingClientRect().top }))
				.sort((a, b) => a.y - b.y)
				.map((c) => c.id)
				.slice(0, 3)
		);
	await expect.poll(shown).toEqual(['F1.1', 'F1.3', 'F1.2']);
	// the keyboard follows the order shown: from F1.1's last field to F1.3's first
	await page.locator('[data-question="F1.1"] textarea').focus();
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-question="F1.3"] select')).toBeFocused();
	await page.getByTestId('team-order').selectOption('framework');
	await expect.poll(shown).toEqual(['F1.1', 'F1.2', 'F1.2b']);
	await page.getByTestId('team-order').selectOption('disagreement');
	await expect.poll(shown).toEqual(['F1.1', 'F1.3', 'F1.2']);
	const first = page.locator('.team-question[data-question="F1.1"]');
	await expect(first.getByTestId('disagreement')).toContainText('100');
	await expect(first).toContainText('Anna Nowak (Wydział Polityki Społecznej)');
	await expect(first).toContainText('Nigdy o tej deklaracji nie słyszałem.');
	// a large spread is never prefilled
	await expect(first.locator('select')).toHaveValue('');
	await expect(first).toContainText('uzgodniony poziom wybiera zespół');
	// a small spread (2 and 3) offers the median
	const f12 = page.locator('.team-question[data-question="F1.2"]');
	await expect(f12.locator('select')).toHaveValue('2');
	// an honest median for two answers: 0 and 4 give level 2, 2 and 3 lie between
	await expect(first.getByTestId('median')).toHaveText('Mediana: poziom 2');
	await expect(f12.getByTestId('median')).toHaveText('Mediana: między poziomem 2 a 3');

	expect(
		(await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`)
	).toEqual([]);

	// anonymised: letters instead of names
	await page.getByLabel('Ukryj nazwiska (Respondent A, B…)').check();
	await expect(first).toContainText('Respondent A');
	await expect(first).not.toContainText('Anna Nowak');

	// agree: level 2 for F1.1 with a note, through the normal editor
	await first.locator('select').selectOption('2');
	await first.getByRole('button', { name: 'Zapisz uzgodniony poziom' }).click();
	await expect(first.getByRole('status')).toContainText('Zapisano uzgodniony poziom');
	await first
		.getByLabel('Uzasadnienie (opcjonalnie)')
		.fill('Deklaracja przyjęta, wdrożenie częściowe.');
	await first.getByLabel('Uzasadnienie (opcjonalnie)').blur();
	await expect(first).toContainText('Obecne stanowisko zespołu: 2');

	// the consensus is the assessment's answer: the questionnaire shows it
	await page.goto(`/assess?id=${id}`);
	await expect(question(page, 'F1.1').locator('input[type=radio][value="2"]')).toBeChecked();
	await expect(question(page, 'F1.1').locator('textarea').first()).toHaveValue(
		'Deklaracja przyjęta, wdrożenie częściowe.'
	);

	// the bilingual report has the team section: names, the top disagreement, its comments, the note
	await page.goto(`/results?id=${id}`);
	const report = page.getByTestId('report-button');
	await report.getByLabel('oba (EN + PL)').check();
	const pdf = async () => {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			report.getByRole('button', { name: 'Pobierz raport PDF' }).click()
		]);
		await expect(report.getByRole('status')).toContainText('Raport gotowy');
		return execFileSync('pdftotext', ['-enc', 'UTF-8', await file.path(), '-'], {
			encoding: 'utf8'
		}).replace(/\s+/g, ' ');
	};
	const named = await pdf();
	expect(named).toContain('Team self-assessment / Samoocena zespołowa');
	expect(named).toContain('Anna Nowak (Wydział Polityki Społecznej)');
	expect(named).toContain('1. F1.1 · Disagreement 100% / Rozbieżność 100%');
	expect(named).toContain('Nigdy o tej deklaracji nie słyszałem.');
	expect(named).toContain('Deklaracja przyjęta, wdrożenie częściowe.');
	// names hidden on request
	await report.getByLabel('Ukryj nazwiska (Respondent A, B…)').check();
	const anonymous = await pdf();
	expect(anonymous).toContain('W ocenie wzięło udział 2 respondentów; nazwisk nie podano.');
	expect(anonymous).toContain(
		'Respondent B – Level / Poziom 0: Nigdy o tej deklaracji nie słyszałem.'
	);
	expect(anonymous).not.toContain('Anna Nowak');
	expect(anonymous).not.toContain('Jan Kowalski');
	expect(
		(await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`)
	).toEqual([]);

	// the respondents over the results radar: off by default, one series each, named or lettered
	const radar = page.getByTestId('radar').locator('canvas');
	const seriesDrawn = async () =>
		(JSON.parse((await radar.getAttribute('data-gaps')) ?? '[]') as unknown[]).length;
	await expect(radar).toHaveAttribute('data-ready', 'true');
	expect(await seriesDrawn()).toBe(1);
	const show = page.getByRole('checkbox', { name: 'Pokaż respondentów' });
	await expect(show).not.toBeChecked();
	await show.focus();
	await page.keyboard.press('Space');
	await expect(show).toBeChecked();
	await expect.poll(seriesDrawn).toBe(3);
	const tables = page.getByTestId('overlay-tables');
	await expect(tables.getByTestId('compare-item-table').locator('tbody tr')).toHaveCount(3);
	await expect(tables).toContainText('(stanowisko zespołu)');
	await expect(tables).toContainText('Anna Nowak (Wydział Polityki Społecznej)');
	await expect(page.getByTestId('radar').getByRole('img')).toHaveAttribute(
		'aria-label',
		/Jan Kowalski/
	);
	await page.getByTestId('overlay-hide-names').check();
	await expect(tables).toContainText('Respondent B');
	await expect(tables).not.toContainText('Anna Nowak');
	expect(
		(await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`)
	).toEqual([]);

	// in compare: the assessment's respondents as series beside it, in projector mode too
	await page.goto(`/compare?ids=${id}`);
	const teams = page.getByTestId('compare-teams');
	const pick = teams.getByLabel(/Pokaż respondentów oceny .*\(2 osoby\)/);
	await expect(pick).not.toBeChecked();
	await pick.focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/[?&]team=/);
	const rows = page.getByTestId('compare-table').locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(1)).toContainText('Ocena zespołowa 2026 · Anna Nowak');
	expect(
		(await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`)
	).toEqual([]);
	await page.getByTestId('projector').click();
	const key = page.getByTestId('series-key');
	await expect(key.locator('li')).toHaveCount(3);
	await expect(key).toContainText('Jan Kowalski');
	// A: letters for the city and the respondents alike
	await page.keyboard.press('a');
	await expect(key).toContainText('A · Respondent B');
	await expect(key).not.toContainText('Jan Kowalski');
});

test('a version 1 export from app 0.2.0 still imports (pl)', async ({ page }) => {
	await openHome(page, 'pl');
	await page.goto('/data');
	await page
		.getByTestId('import-input')
		.setInputFiles('tests/unit/fixtures/export-v1-assessment.json');
	await expect(page.getByTestId('import-entry')).toHaveAttribute('data-status', 'ready');
	await page.getByTestId('import-run').click();
	await expect(page.getByTestId('import-entry')).toHaveAttribute('data-status', 'imported');
	await page.goto('/assess?id=asmtv1fixture');
	await expect(question(page, 'F1.1').locator('input[type=radio][value="3"]')).toBeChecked();
	await expect(question(page, 'F1.1').locator('textarea').first()).toHaveValue(
		'Zażółć gęślą jaźń „cytat” – 🇵🇱'
	);
	// no team yet: the team view says how to start one
	await page.goto('/team?assessment=asmtv1fixture');
	await expect(page.getByText('Ta ocena nie ma jeszcze respondentów.')).toBeVisible();
});
