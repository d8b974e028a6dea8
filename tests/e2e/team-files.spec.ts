/**
 * Team self-assessment on separate devices (issue 13), in Polish: the
 * coordinator exports an invitation; three browser contexts (three devices)
 * import it, answer as three respondents and download their response files;
 * the coordinator imports the three files at once, sees the disagreements
 * ranked, agrees a consensus and exports a bilingual PDF with the team
 * section. Also: a hand-edited response is refused with nothing written, and
 * the same respondent's file twice asks before anything is replaced.
 *
 * `E2E_CPU_SLOWDOWN=4` runs it with every page's CPU slowed (CDP).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createAssessment, openHome, question, slowDown } from './helpers';

async function saved(download: Download, dir: string): Promise<string> {
	const path = `${dir}/${download.suggestedFilename()}`;
	await download.saveAs(path);
	return path;
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

async function downloadResponse(page: Page, dir: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Pobierz plik z odpowiedziami' }).click()
	]);
	await expect(page.getByTestId('response-done')).toBeVisible();
	return saved(file, dir);
}

const axe = async (page: Page) =>
	(await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`);

test('three devices answer one invitation; the coordinator imports their files at once (pl)', async ({
	page,
	browser
}, info) => {
	test.setTimeout(180_000);
	await slowDown(page);
	await openHome(page, 'pl');
	const id = await createAssessment(page, 'Kraków', 'Ocena zespołowa 2026');

	// the coordinator: one general invitation for everyone
	await page.goto(`/team?assessment=${id}`);
	await expect(page).toHaveTitle(/Widok zespołu/);
	await expect(page.getByTestId('invite-for')).toHaveValue('');
	const [inviteDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Pobierz zaproszenie' }).click()
	]);
	expect(inviteDownload.suggestedFilename()).toBe('Krakow_Ocena-zespolowa-2026_invitation.json');
	const invitation = await saved(inviteDownload, info.outputDir);
	await expect(page.getByTestId('invite-done')).toContainText('Zapisano zaproszenie');

	// three respondents, each on their own device (a browser context of its own)
	const team = [
		{
			name: 'Anna Nowak',
			department: 'Wydział Edukacji',
			f11: '4',
			f12: '2',
			note: 'Deklaracja jest „wdrożona” – uchwała rady.'
		},
		{
			name: 'Jan Kowalski',
			department: 'Biuro Rady Miejskiej',
			f11: '0',
			f12: '3',
			note: 'Nigdy o tej deklaracji nie słyszałem.'
		},
		{
			name: 'Ewa Wiśniewska',
			department: 'Skarbnik',
			f11: '2',
			f12: '2',
			note: 'Przyjęta, ale bez budżetu.'
		}
	];
	const responses: string[] = [];
	for (const who of team) {
		const device = await browser.newContext();
		const p = await device.newPage();
		await slowDown(p);
		await openHome(p, 'pl');
		await p.goto('/data');
		await p.getByTestId('import-input').setInputFiles(invitation);
		const entry = p.getByTestId('team-file');
		await expect(entry).toHaveAttribute('data-status', 'invited');
		await expect(entry).toContainText(
			'Zaimportowano zaproszenie: „Ocena zespołowa 2026” (Kraków).'
		);
		await entry.getByLabel('Imię i nazwisko lub funkcja (opcjonalnie)').fill(who.name);
		await entry.getByLabel('Wydział (opcjonalnie)').fill(who.department);
		await entry.getByRole('button', { name: 'Rozpocznij odpowiadanie' }).click();
		await p.waitForURL(/\/assess\?id=.*&as=/);
		expect(new URL(p.url()).searchParams.get('id')).toBe(id);
		await expect(p.getByTestId('answering-as').getByRole('status')).toContainText(who.name);
		await choose(p, 'F1.1', who.f11, who.note);
		await choose(p, 'F1.2', who.f12);
		const path = await downloadResponse(p, info.outputDir);
		expect(path).toMatch(/Krakow_Ocena-zespolowa-2026_response_[A-Za-z-]+\.json$/);
		// the response holds this respondent's answers only, with their id on every answer
		const file = JSON.parse(readFileSync(path, 'utf8'));
		expect(file.kind).toBe('response');
		expect(file.answers).toHaveLength(2);
		expect(new Set(file.answers.map((a: { respondentId: string }) => a.respondentId))).toEqual(
			new Set([file.respondent.id])
		);
		responses.push(path);
		await device.close();
	}

	// the coordinator imports the three files at once
	await page.reload();
	await page.getByTestId('responses-input').setInputFiles(responses);
	const entries = page.getByTestId('team-file');
	await expect(entries).toHaveCount(3);
	for (const e of await entries.all()) await expect(e).toHaveAttribute('data-status', 'imported');
	await expect(page.getByTestId('team-files-summary')).toHaveText(
		'Zaimportowano: 3 pliki; pominięto: 0 plików; do decyzji: 0 plików.'
	);
	await expect(page.getByTestId('team-summary')).toContainText('3 respondentów');
	expect(await axe(page)).toEqual([]);

	// the disagreements, ranked: F1.1 (4, 0, 2) first
	const first = page.locator('.team-question').first();
	await expect(first).toHaveAttribute('data-question', 'F1.1');
	await expect(first).toContainText('Anna Nowak (Wydział Edukacji)');
	await expect(first).toContainText('Nigdy o tej deklaracji nie słyszałem.');
	await expect(first.locator('select')).toHaveValue('');
	await first.locator('select').selectOption('2');
	await first.getByRole('button', { name: 'Zapisz uzgodniony poziom' }).click();
	await expect(first.getByRole('status')).toContainText('Zapisano uzgodniony poziom');
	await first
		.getByLabel('Uzasadnienie (opcjonalnie)')
		.fill('Uzgodniono: przyjęta, wdrożenie częściowe.');
	await first.getByLabel('Uzasadnienie (opcjonalnie)').blur();
	await expect(first).toContainText('Obecne stanowisko zespołu: 2');

	// the bilingual PDF shows the team section
	await page.goto(`/results?id=${id}`);
	const report = page.getByTestId('report-button');
	await report.getByLabel('oba (EN + PL)').check();
	const [pdf] = await Promise.all([
		page.waitForEvent('download'),
		report.getByRole('button', { name: 'Pobierz raport PDF' }).click()
	]);
	await expect(report.getByRole('status')).toContainText('Raport gotowy');
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await pdf.path(), '-'], {
		encoding: 'utf8'
	}).replace(/\s+/g, ' ');
	expect(text).toContain('Team self-assessment / Samoocena zespołowa');
	for (const who of team) expect(text).toContain(who.name);
	expect(text).toContain('1. F1.1 · Disagreement');
	expect(text).toContain('Nigdy o tej deklaracji nie słyszałem.');
	expect(text).toContain('Uzgodniono: przyjęta, wdrożenie częściowe.');
});

test('a hand-edited response is refused; the same respondent twice asks first (pl)', async ({
	page
}, info) => {
	test.setTimeout(180_000);
	await slowDown(page);
	await openHome(page, 'pl');
	const id = await createAssessment(page, 'Gdańsk', 'Ocena 2026');
	// a respondent answers on this device and downloads their response file
	const box = page.getByTestId('answering-as');
	await box.getByText('Dodaj respondenta').click();
	await box.getByLabel('Imię i nazwisko lub funkcja (opcjonalnie)').fill('Anna Nowak');
	await box.getByRole('button', { name: 'Dodaj', exact: true }).click();
	await expect(page).toHaveURL(/[?&]as=/);
	await choose(page, 'F1.1', '3', 'Pierwsza wersja.');
	const first = await downloadResponse(page, info.outputDir);

	// edited by hand: refused, with a clear message, nothing written
	const edited = `${info.outputDir}/edited.json`;
	writeFileSync(edited, readFileSync(first, 'utf8').replace('"value": 3', '"value": 4'));
	await page.goto(`/team?assessment=${id}`);
	await page.getByTestId('responses-input').setInputFiles(edited);
	const entry = page.getByTestId('team-file').first();
	await expect(entry).toHaveAttribute('data-status', 'rejected');
	await expect(entry).toContainText('suma kontrolna się nie zgadza');
	await expect(page.locator('.team-question[data-question="F1.1"]')).toContainText(
		'Pierwsza wersja.'
	);

	// the same respondent's file while they have answers here: both dates, a choice, no merge
	await page.goto(`/assess?id=${id}&as=${new URL(page.url()).searchParams.get('as') ?? ''}`);
	await page.goto(`/team?assessment=${id}`);
	await page.getByTestId('responses-input').setInputFiles(first);
	const twice = page.getByTestId('team-file').first();
	await expect(twice).toHaveAttribute('data-status', 'decide');
	await expect(twice).toContainText('Na tym urządzeniu są już odpowiedzi osoby: Anna Nowak.');
	await expect(twice).toContainText('Ostatnia zmiana na tym urządzeniu:');
	await expect(twice).toContainText('W pliku:');
	expect(await axe(page)).toEqual([]);
	await twice.getByRole('button', { name: 'Zachowaj odpowiedzi z tego urządzenia' }).click();
	await expect(twice).toHaveAttribute('data-status', 'kept');
	// the buttons are gone: focus moves to the file's line, not to the page
	await expect(twice).toBeFocused();
	await expect(twice).toContainText('zachowano odpowiedzi z tego urządzenia');

	// a newer file (the respondent changed their answer) replaces the device's whole after the prompt
	await page.goto(`/assess?id=${id}`);
	await page.getByLabel('Odpowiedzi w imieniu').selectOption({ label: 'Anna Nowak' });
	await choose(page, 'F1.1', '1', 'Druga wersja.');
	const second = await downloadResponse(page, info.outputDir);
	await choose(page, 'F1.1', '0', 'Zmiana tylko na tym urządzeniu.');
	await page.goto(`/team?assessment=${id}`);
	await page.getByTestId('responses-input').setInputFiles(second);
	const again = page.getByTestId('team-file').first();
	await expect(again).toHaveAttribute('data-status', 'decide');
	await expect(page.locator('.team-question[data-question="F1.1"]')).toContainText(
		'Zmiana tylko na tym urządzeniu.'
	);
	await again.getByRole('button', { name: 'Użyj odpowiedzi z pliku' }).click();
	await expect(again).toHaveAttribute('data-status', 'imported');
	await expect(again).toContainText(
		'odpowiedzi na tym urządzeniu zastąpiono odpowiedziami z pliku'
	);
	await expect(page.locator('.team-question[data-question="F1.1"]')).toContainText('Druga wersja.');
});

test('an invitation for a named respondent opens the questionnaire as them; their response needs no prompt (pl)', async ({
	page,
	browser
}, info) => {
	test.setTimeout(90_000);
	await slowDown(page);
	await openHome(page, 'pl');
	const id = await createAssessment(page, 'Poznań', 'Ocena 2026');
	const box = page.getByTestId('answering-as');
	await box.getByText('Dodaj respondenta').click();
	await box.getByLabel('Imię i nazwisko lub funkcja (opcjonalnie)').fill('Jan Kowalski');
	await box.getByRole('button', { name: 'Dodaj', exact: true }).click();
	await expect(page).toHaveURL(/[?&]as=/);
	const jan = new URL(page.url()).searchParams.get('as')!;

	await page.goto(`/team?assessment=${id}`);
	await page.getByTestId('invite-for').selectOption({ label: 'Jan Kowalski' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Pobierz zaproszenie' }).click()
	]);
	expect(download.suggestedFilename()).toBe('Poznan_Ocena-2026_invitation_Jan-Kowalski.json');
	const invitation = await saved(download, info.outputDir);

	const device = await browser.newContext();
	const p = await device.newPage();
	await slowDown(p);
	await openHome(p, 'pl');
	await p.goto('/data');
	await p.getByTestId('import-input').setInputFiles(invitation);
	await p.waitForURL(new RegExp(`/assess\\?id=${id}&as=${jan}`));
	await expect(p.getByTestId('answering-as').getByRole('status')).toContainText('Jan Kowalski');
	await choose(p, 'F1.1', '1', 'Odpowiedź z własnego urządzenia.');
	const response = await downloadResponse(p, info.outputDir);
	await device.close();

	await page.getByTestId('responses-input').setInputFiles(response);
	const entry = page.getByTestId('team-file').first();
	await expect(entry).toHaveAttribute('data-status', 'imported');
	await expect(entry).toContainText('Jan Kowalski: zaimportowano 1 odpowiedź.');
	await expect(page.locator('.team-question[data-question="F1.1"]')).toContainText(
		'Odpowiedź z własnego urządzenia.'
	);
});

test('the team page refuses a response for another assessment, naming it; a nameless respondent keeps their letter (pl)', async ({
	page
}, info) => {
	test.setTimeout(90_000);
	await slowDown(page);
	await openHome(page, 'pl');
	const krakow = await createAssessment(page, 'Kraków', 'Ocena 2026');
	const box = page.getByTestId('answering-as');
	await box.getByText('Dodaj respondenta').click();
	await box.getByLabel('Imię i nazwisko lub funkcja (opcjonalnie)').fill('Anna Nowak');
	await box.getByRole('button', { name: 'Dodaj', exact: true }).click();
	await expect(page).toHaveURL(/[?&]as=/);
	await choose(page, 'F1.1', '2');
	// the second respondent gives no name: "Respondent B" in the team view
	const anna = new URL(page.url()).searchParams.get('as');
	if ((await box.locator('details').getAttribute('open')) === null)
		await box.getByText('Dodaj respondenta').click();
	await box.getByRole('button', { name: 'Dodaj', exact: true }).click();
	await expect(page).not.toHaveURL(new RegExp(`[?&]as=${anna}`));
	await choose(page, 'F1.1', '4', 'Bez nazwiska.');
	const response = await downloadResponse(page, info.outputDir);

	// the coordinator opens another assessment's team page and imports that response there
	await page.goto('/');
	const gdansk = await createAssessment(page, 'Gdańsk', 'Ocena 2027');
	await page.goto(`/team?assessment=${gdansk}`);
	await expect(
		page.getByText('Ta ocena nie ma jeszcze respondentów', { exact: false })
	).toBeVisible();
	await page.getByTestId('responses-input').setInputFiles(response);
	const entry = page.getByTestId('team-file').first();
	await expect(entry).toHaveAttribute('data-status', 'rejected');
	await expect(entry.getByTestId('team-file-reason')).toContainText(
		'odpowiedzi dotyczą oceny „Ocena 2026” (Kraków), a nie oceny otwartej na tej stronie'
	);
	await expect(entry.getByTestId('team-file-reason')).toContainText(
		'należy otworzyć widok zespołu oceny „Ocena 2026”'
	);
	await expect(entry.getByRole('link', { name: /Dane i kopia zapasowa/ })).toHaveAttribute(
		'href',
		'/data'
	);
	// nothing was written to Gdańsk's assessment
	await page.reload();
	await expect(
		page.getByText('Ta ocena nie ma jeszcze respondentów', { exact: false })
	).toBeVisible();
	expect(await axe(page)).toEqual([]);

	// on its own team page the nameless respondent is named by their letter, as in the team view
	await page.goto(`/team?assessment=${krakow}`);
	await expect(page.locator('.team-question[data-question="F1.1"]')).toContainText('Respondent B');
	await page.getByTestId('responses-input').setInputFiles(response);
	const own = page.getByTestId('team-file').first();
	await expect(own).toHaveAttribute('data-status', 'decide');
	await expect(own).toContainText('Na tym urządzeniu są już odpowiedzi osoby: Respondent B.');
	await expect(own).not.toContainText('Respondent A');
});

test('keyboard: invitation and response import are reachable and usable without a mouse (pl)', async ({
	page
}) => {
	await openHome(page, 'pl');
	const id = await createAssessment(page, 'Lublin', 'Ocena 2026');
	await page.goto(`/team?assessment=${id}`);
	await page.getByTestId('invite-for').focus();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Pobierz zaproszenie' })).toBeFocused();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Enter')
	]);
	expect(download.suggestedFilename()).toBe('Lublin_Ocena-2026_invitation.json');
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('responses-input')).toBeFocused();
	// the drop zone shows where the focus is
	const outline = await page
		.locator('label[for=response-files]')
		.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).toBe('solid');
});

test('the response check starts as the coordinator reaches for files, not before (pl)', async ({
	page
}) => {
	await openHome(page, 'pl');
	const id = await createAssessment(page, 'Lublin', 'Ocena 2026');
	const checkers: string[] = [];
	page.on('worker', (w) => {
		if (w.url().includes('team-check')) checkers.push(w.url());
	});
	await page.goto(`/team?assessment=${id}`);
	await expect(page.getByTestId('responses-input')).toBeAttached();
	// a page that is only looked at starts no worker
	await page.waitForTimeout(1500);
	expect(checkers).toEqual([]);
	// pressing the button: the check's worker starts while the file dialog is open
	const [chooser] = await Promise.all([
		page.waitForEvent('filechooser'),
		page.locator('label[for=response-files]').click()
	]);
	await expect.poll(() => checkers.length).toBe(1);
	await chooser.setFiles([]);
	// by keyboard too: the focus reaching the file picker starts it on a fresh page
	await page.reload();
	await page.getByTestId('invite-download').focus();
	await page.waitForTimeout(500);
	expect(checkers).toHaveLength(1);
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('responses-input')).toBeFocused();
	await expect.poll(() => checkers.length).toBe(2);
});
