/**
 * A corrected version of the framework, loaded from a file on the data page, and an assessment
 * moved to it (in Polish): what a coordinator does when FRA's framework is revised between two
 * releases of the app. Bad files are refused with the reason, nothing half-stored.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createAssessment, openHome, question } from './helpers';

const bundled = JSON.parse(
	readFileSync(new URL('../../frameworks/fra-hrc/framework.json', import.meta.url), 'utf8')
);

/** version 2.1.0: F1.3 gone, a new F1.4 in the same item, everything else as built in */
function nextVersion() {
	const fw = structuredClone(bundled);
	fw.version = '2.1.0';
	const item = fw.elements[0].items[0];
	const f13 = item.questions.find((q: { id: string }) => q.id === 'F1.3');
	item.questions = item.questions.filter((q: { id: string }) => q.id !== 'F1.3');
	item.questions.push({
		...structuredClone(f13),
		id: 'F1.4',
		text: {
			en: 'Does the city report every year on how it applies the Charter?',
			pl: 'Czy miasto co roku informuje, jak stosuje Kartę?'
		}
	});
	return fw;
}

function file(name: string, content: unknown) {
	const text = typeof content === 'string' ? content : JSON.stringify(content, null, '\t');
	return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

async function load(page: Page, name: string, content: unknown) {
	await page.locator('#fw-file').setInputFiles(file(name, content));
}

test('a corrected framework version is loaded from a file and an assessment moved to it, answers carried (pl)', async ({
	page
}) => {
	await openHome(page, 'pl');
	const original = await createAssessment(page, 'Gdańsk', 'Ocena 2025');
	await question(page, 'F1.1').getByRole('radio', { name: /^3 —/ }).check();
	await expect(question(page, 'F1.1').getByRole('status')).toHaveText(/Zapisano/);
	await question(page, 'F1.3').getByRole('radio', { name: /^2 —/ }).check();
	await expect(question(page, 'F1.3').getByRole('status')).toHaveText(/Zapisano/);

	await page.goto('/data');
	const panel = page.locator('section', {
		has: page.getByRole('heading', { name: 'Definicje ram' })
	});
	const list = panel.getByTestId('framework-list');
	const loaded = list.locator('li', { hasText: '2.1.0' });
	// the versions built into the app: the current one and the one older assessments were answered with
	await expect(list.locator('li')).toHaveCount(2);
	await expect(list).toContainText('2.0.0 · wbudowana w aplikację');

	// the new version
	await load(page, 'fra-hrc-2.1.0.json', nextVersion());
	await expect(panel).toContainText('Wczytano: Ramy FRA dla miast praw człowieka, wersja 2.1.0.');
	await expect(list.locator('li')).toHaveCount(3);
	await expect(loaded).toContainText('nieużywana w żadnej ocenie');
	await expect(loaded.getByRole('button', { name: 'Usuń' })).toBeVisible();

	// the same file again: nothing new
	await load(page, 'fra-hrc-2.1.0.json', nextVersion());
	await expect(panel).toContainText(
		'Ramy „Ramy FRA dla miast praw człowieka” w wersji 2.1.0 są już na tym urządzeniu.'
	);
	// another definition under a version already loaded, and one under the built-in version: refused
	const changed = nextVersion();
	changed.elements[0].items[0].questions[0].text.pl = 'Zmienione pytanie';
	await load(page, 'changed.json', changed);
	await expect(panel.getByRole('alert')).toHaveText(
		'Wczytano już inną definicję w wersji 2.1.0. Poprawiona definicja musi mieć wyższy numer wersji.'
	);
	await load(page, 'bundled-changed.json', { ...changed, version: '2.0.0' });
	await expect(panel.getByRole('alert')).toHaveText(
		'Wersja 2.0.0 jest wbudowana w aplikację i różni się od tego pliku. Poprawiona definicja musi mieć wyższy numer wersji.'
	);
	// not a framework at all, and a damaged one: the reasons, nothing stored
	await load(page, 'notes.json', 'to nie jest JSON');
	await expect(panel.getByRole('alert')).toContainText('Definicja ram została odrzucona:');
	const broken = nextVersion();
	broken.version = '3.0.0';
	delete broken.scale;
	await load(page, 'broken.json', broken);
	await expect(panel.getByRole('alert')).toContainText('Definicja ram została odrzucona:');
	await expect(panel.getByRole('alert').locator('li')).toHaveText([
		'Brak wymaganego pola. (miejsce: skala)'
	]);
	await expect(list.locator('li')).toHaveCount(3);
	await expect(list).not.toContainText('3.0.0');

	// what carries over, then the move
	await expect(page.getByLabel('Ocena', { exact: true })).toContainText('Gdańsk');
	await expect(page.getByLabel('Wersja docelowa')).toHaveValue('2.1.0');
	await panel.getByRole('button', { name: 'Sprawdź, co zostanie przeniesione' }).click();
	// the refused file's message belongs to that attempt: it goes with the next action
	await expect(panel.getByRole('alert')).toHaveCount(0);
	const preview = panel.getByTestId('migration-preview');
	await expect(preview).toContainText(
		'1 odpowiedź zostanie przeniesiona. 1 odpowiedź nie ma odpowiednika w wersji 2.1.0 (zostaje tylko w pierwotnej ocenie). 1 pytanie jest nowe.'
	);
	await expect(preview.locator('li')).toHaveText([
		`F1.3 ${bundled.elements[0].items[0].questions.find((q: { id: string }) => q.id === 'F1.3').text.pl}`
	]);
	await panel.getByRole('button', { name: 'Utwórz nową ocenę' }).click();
	await expect(preview).toContainText(
		'Utworzono ocenę „Ocena 2025 (2.1.0)”. Pierwotna ocena pozostała bez zmian.'
	);
	// in use now: it cannot be removed
	await expect(loaded).toContainText('używana w 1 ocenie');
	await expect(loaded.getByRole('button', { name: 'Usuń' })).toHaveCount(0);

	// the new assessment: the carried answer, the new question, no F1.3
	await preview.getByRole('link', { name: 'Otwórz ją' }).click();
	await page.waitForURL(/\/assess\?id=/);
	expect(new URL(page.url()).searchParams.get('id')).not.toBe(original);
	await expect(question(page, 'F1.1').getByRole('radio', { name: /^3 —/ })).toBeChecked();
	await expect(question(page, 'F1.4')).toContainText(
		'Czy miasto co roku informuje, jak stosuje Kartę?'
	);
	await expect(question(page, 'F1.3')).toHaveCount(0);

	// the loaded version stays on the device; the original assessment is unchanged
	await page.goto('/data');
	await expect(loaded).toHaveCount(1);
	await page.goto(`/assess?id=${original}&item=F1`);
	await expect(question(page, 'F1.3').getByRole('radio', { name: /^2 —/ })).toBeChecked();
	await expect(question(page, 'F1.4')).toHaveCount(0);
});

test('a loaded framework version that no assessment uses can be removed (en)', async ({ page }) => {
	await openHome(page, 'en');
	await page.goto('/data');
	const panel = page.locator('section', {
		has: page.getByRole('heading', { name: 'Framework definitions' })
	});
	const list = panel.getByTestId('framework-list');
	const loaded = list.locator('li', { hasText: '2.1.0' });
	await load(page, 'fra-hrc-2.1.0.json', nextVersion());
	await expect(panel).toContainText('Loaded FRA human rights cities framework, version 2.1.0.');
	await expect(loaded).toContainText('not used by any assessment');
	await loaded.getByRole('button', { name: 'Remove' }).click();
	await expect(loaded).toHaveCount(0);
	await expect(list.locator('li')).toHaveCount(2);
	await page.reload();
	await expect(list.locator('li')).toHaveCount(2);
	await expect(loaded).toHaveCount(0);
});

test('an invitation to an assessment on a loaded version carries it: a device without it answers the new question (pl)', async ({
	page,
	browser
}, info) => {
	test.setTimeout(120_000);
	await openHome(page, 'pl');
	await createAssessment(page, 'Gdańsk', 'Ocena 2025');
	await page.goto('/data');
	await load(page, 'fra-hrc-2.1.0.json', nextVersion());
	await expect(
		page.getByText('Wczytano: Ramy FRA dla miast praw człowieka, wersja 2.1.0.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Utwórz nową ocenę' }).click();
	await page.getByRole('link', { name: 'Otwórz ją' }).click();
	await page.waitForURL(/\/assess\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;

	await page.goto(`/team?assessment=${id}`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Pobierz zaproszenie' }).click()
	]);
	const invitation = `${info.outputDir}/${download.suggestedFilename()}`;
	await download.saveAs(invitation);

	// a colleague's device: only the built-in versions
	const device = await browser.newContext();
	const p = await device.newPage();
	await openHome(p, 'pl');
	await p.goto('/data');
	await p.getByTestId('import-input').setInputFiles(invitation);
	const entry = p.getByTestId('team-file');
	await expect(entry).toHaveAttribute('data-status', 'invited');
	await entry.getByLabel('Imię i nazwisko lub funkcja (opcjonalnie)').fill('Ewa Wiśniewska');
	await entry.getByRole('button', { name: 'Rozpocznij odpowiadanie' }).click();
	await p.waitForURL(/\/assess\?id=.*&as=/);
	const answering = p.url();
	await expect(question(p, 'F1.4')).toContainText(
		'Czy miasto co roku informuje, jak stosuje Kartę?'
	);
	await question(p, 'F1.4').getByRole('radio', { name: /^4 —/ }).check();
	await expect(question(p, 'F1.4').getByRole('status')).toHaveText(/Zapisano/);
	// the version came with the invitation: listed on the colleague's device, in use
	await p.goto('/data');
	await expect(p.getByTestId('framework-list').locator('li', { hasText: '2.1.0' })).toContainText(
		'używana w 1 ocenie'
	);
	await p.goto(answering);
	const [response] = await Promise.all([
		p.waitForEvent('download'),
		p.getByRole('button', { name: 'Pobierz plik z odpowiedziami' }).click()
	]);
	const responseFile = `${info.outputDir}/${response.suggestedFilename()}`;
	await response.saveAs(responseFile);
	await device.close();

	// back at the coordinator: the answer to the new question arrives
	await page.reload();
	await page.getByTestId('responses-input').setInputFiles(responseFile);
	await expect(page.getByTestId('team-file')).toHaveAttribute('data-status', 'imported');
	await expect(page.getByTestId('team-summary')).toContainText('1 respondent');
	await expect(page.locator('.team-question[data-question="F1.4"]')).toContainText(
		'Mediana: poziom 4'
	);
});
