/**
 * The questionnaire on a phone (390×844): one question a screen, made for
 * thumbs; and on a laptop (1366×768) the option to collapse answered
 * questions to their chosen level. In English and Polish.
 * Set PHONE_SHOTS=<folder> to keep screenshots of the screens checked here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createAssessment, openHome, question, waitForServiceWorker } from './helpers';

type Text = Record<'en' | 'pl', string>;
const framework = JSON.parse(readFileSync('frameworks/fra-hrc/framework.json', 'utf8')) as {
	scale: {
		levels: { description: Text }[];
		special: { description: Text }[];
	};
	elements: { items: { id: string; questions: { id: string; anchors?: Text[] }[] }[] }[];
};
const items = framework.elements.flatMap((e) => e.items);
/** the question ids of an item, in order (computed from the definition new assessments use) */
const questionsOf = (item: string) => items.find((i) => i.id === item)!.questions.map((q) => q.id);
const questionOf = (id: string) => items.flatMap((i) => i.questions).find((q) => q.id === id)!;
const F1 = questionsOf('F1');
const S3 = questionsOf('S3');
/** the picker's progress at the end of an option, e.g. "· 1/4" */
const progressOf = (answered: number, total: number) => new RegExp(`· ${answered}/${total}$`);

const words = {
	en: {
		next: 'Next',
		prev: 'Previous',
		nextOpen: 'Next unanswered',
		levels: 'What do the levels mean?',
		saved: 'Saved',
		comment: 'Comment',
		na: /^Not applicable/,
		show: 'Show all levels'
	},
	pl: {
		next: 'Następne',
		prev: 'Poprzednie',
		nextOpen: 'Następne bez odpowiedzi',
		levels: 'Co oznaczają poziomy?',
		saved: 'Zapisano',
		comment: 'Komentarz',
		na: /^Nie dotyczy/,
		show: 'Pokaż wszystkie poziomy'
	}
};

async function shot(page: Page, name: string, fullPage = false) {
	const dir = process.env.PHONE_SHOTS;
	if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage });
}

/** Every axe violation, of any impact, as "rule: targets". */
async function violations(page: Page) {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

/** The element's box lies inside the viewport and above the sticky question bar. */
async function onFirstScreen(page: Page, target: Locator) {
	const box = await target.boundingBox();
	const bar = await page.getByRole('navigation', { name: /Questions|Pytania/ }).boundingBox();
	const viewport = page.viewportSize()!;
	expect(box).not.toBeNull();
	expect(bar).not.toBeNull();
	expect(box!.x).toBeGreaterThanOrEqual(0);
	expect(box!.y).toBeGreaterThanOrEqual(0);
	expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
	expect(box!.y + box!.height).toBeLessThanOrEqual(bar!.y);
	expect(bar!.y + bar!.height).toBeLessThanOrEqual(viewport.height + 1);
}

/** A finger moving sideways (or mostly up/down) across the question. */
async function swipe(page: Page, dx: number, dy = 0, from = '[data-question] h2') {
	const target = page.locator(from);
	const init = { pointerId: 7, pointerType: 'touch', isPrimary: true, bubbles: true };
	await target.dispatchEvent('pointerdown', { ...init, clientX: 200, clientY: 400 });
	await target.dispatchEvent('pointermove', {
		...init,
		clientX: 200 + dx / 2,
		clientY: 400 + dy / 2
	});
	await target.dispatchEvent('pointerup', { ...init, clientX: 200 + dx, clientY: 400 + dy });
}

function shown(page: Page, id: string) {
	return expect(page.locator('[data-question]')).toHaveAttribute('data-question', id);
}

const picker = (page: Page) => page.getByTestId('item-picker');

for (const lang of ['en', 'pl'] as const) {
	const w = words[lang];

	test.describe(`phone 390×844 (${lang})`, () => {
		test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

		test(`first use: the first question's answers are on screen without scrolling, axe clean (${lang})`, async ({
			page
		}) => {
			await openHome(page, lang);
			await createAssessment(page, 'Łódź', 'Ocena wyjściowa 2026');
			// with whatever notices a first visit brings (offline-ready once the app is installed)
			await waitForServiceWorker(page);
			await shown(page, 'F1.1');
			const q = question(page, 'F1.1');
			await expect(q.locator('label.choice')).toHaveCount(7);
			for (const choice of await q.locator('label.choice').all()) await onFirstScreen(page, choice);
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
			await shot(page, `phone-first-${lang}`);
			expect(await violations(page)).toEqual([]);

			// the first answer may bring the storage notice; the next question still starts on screen
			await q.getByRole('radio', { name: /^2 —/ }).check();
			await expect(q.getByRole('status')).toHaveText(new RegExp(w.saved));
			await page.getByRole('button', { name: `${w.next} →` }).click();
			await shown(page, 'F1.2');
			await page.reload();
			await shown(page, 'F1.2');
			for (const choice of await question(page, 'F1.2').locator('label.choice').all())
				await onFirstScreen(page, choice);
		});

		test(`tap to answer, next/previous/swipe, next unanswered and the picker's progress (${lang})`, async ({
			page
		}) => {
			await openHome(page, lang);
			const id = await createAssessment(page, 'Gdańsk', 'Baseline 2026');
			await shown(page, 'F1.1');
			const position = page.getByTestId('position');
			await expect(position).toContainText(
				lang === 'en' ? `1 / ${F1.length} in this item` : `1 / ${F1.length} w tym obszarze`
			);
			await expect(picker(page).locator('option[value=F1]')).toHaveText(progressOf(0, F1.length));

			// a tap answers and saves: it survives a reload
			await question(page, 'F1.1')
				.locator('label.choice')
				.filter({ has: page.getByRole('radio', { name: /^2 —/ }) })
				.tap();
			await expect(question(page, 'F1.1').getByRole('radio', { name: /^2 —/ })).toBeChecked();
			await expect(question(page, 'F1.1').getByRole('status')).toHaveText(new RegExp(w.saved));
			await expect(picker(page).locator('option[value=F1]')).toHaveText(progressOf(1, F1.length));
			await page.reload();
			await expect(question(page, 'F1.1').getByRole('radio', { name: /^2 —/ })).toBeChecked();

			// buttons and swipes move one question; a mostly vertical movement does not
			await page.getByRole('button', { name: `${w.next} →` }).click();
			await shown(page, 'F1.2');
			await expect(position).toContainText(`${F1[1]} · 2 / ${F1.length}`);
			await swipe(page, -150);
			await shown(page, F1[2]!);
			await swipe(page, -150, 200);
			await swipe(page, -30);
			// a finger moving in a text field selects or scrolls text, never changes the question
			await swipe(page, -150, 0, '[data-question] textarea >> nth=0');
			await shown(page, F1[2]!);
			await swipe(page, 150);
			await shown(page, 'F1.2');
			await page.getByRole('button', { name: `← ${w.prev}` }).click();
			await shown(page, 'F1.1');
			await expect(page.getByRole('button', { name: `← ${w.prev}` })).toBeDisabled();

			// next unanswered skips what is answered
			await page.getByRole('button', { name: `${w.next} →` }).click();
			await question(page, 'F1.2').getByRole('radio', { name: w.na }).check();
			await expect(question(page, 'F1.2').getByRole('status')).toHaveText(new RegExp(w.saved));
			await page.getByRole('button', { name: `← ${w.prev}` }).click();
			await shown(page, 'F1.1');
			// every question of F1 after F1.2 in turn: next unanswered goes to each
			for (const q of F1.slice(2)) {
				await page.getByRole('button', { name: w.nextOpen }).click();
				await shown(page, q);
				await question(page, q).getByRole('radio', { name: /^4 —/ }).press('Space');
				await expect(question(page, q).getByRole('status')).toHaveText(new RegExp(w.saved));
				// arrow keys choose within the group, as on the laptop
				await question(page, q).getByRole('radio', { name: /^4 —/ }).press('ArrowLeft');
				await expect(question(page, q).getByRole('radio', { name: /^3 —/ })).toBeChecked();
			}
			await expect(picker(page).locator('option[value=F1]')).toHaveText(
				progressOf(F1.length, F1.length)
			);
			await page.getByRole('button', { name: w.nextOpen }).click();
			await shown(page, 'F2.1');

			// the picker goes to an item's first unanswered question; the address keeps it
			await picker(page).selectOption('S3');
			await shown(page, 'S3.1');
			await expect(page).toHaveURL(new RegExp(`id=${id}.*q=S3\\.1`));
			await swipe(page, -150);
			await shown(page, S3[1]!);
			await page.reload();
			await shown(page, S3[1]!);
			await expect(picker(page)).toHaveValue('S3');

			// the levels' descriptions on demand, per question (anchors when it has them)
			const help = page.getByTestId('level-help');
			const level0 = (questionOf(S3[1]!).anchors?.[0] ?? framework.scale.levels[0]!.description)[
				lang
			];
			await expect(help.getByText(level0)).toBeHidden();
			await help.getByText(w.levels).click();
			await expect(help.getByText(level0)).toBeVisible();
			await expect(help.locator('dd')).toHaveCount(7);
			await expect(help.locator('dd').last()).toHaveText(
				framework.scale.special[1]!.description[lang]
			);
			await question(page, S3[1]!)
				.locator('label.choice')
				.filter({ has: page.getByRole('radio', { name: /^3 —/ }) })
				.tap();
			await expect(question(page, S3[1]!).getByRole('status')).toHaveText(new RegExp(w.saved));
			await shot(page, `phone-mid-${lang}`, true);
			expect(await violations(page)).toEqual([]);
		});

		test(`quick taps on the answer buttons end on the last one, never a false conflict, at 4× CPU (${lang})`, async ({
			page
		}) => {
			await openHome(page, lang);
			await createAssessment(page, 'Opole', 'Baseline 2026');
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			const q = question(page, 'F1.1');
			const buttons = q.locator('label.choice');
			for (const i of [0, 1, 2, 3, 4, 6]) await buttons.nth(i).tap({ noWaitAfter: true });
			// settled on "Saved", not "Changed in another window"
			await expect(q.getByRole('status')).toHaveText(new RegExp(w.saved));
			await expect(q.locator('input[value=dk]')).toBeChecked();
			await expect(q.getByRole('alert')).toHaveCount(0);
			await page.reload();
			await expect(question(page, 'F1.1').locator('input[value=dk]')).toBeChecked();
		});

		test(`text typed, then "next" at once, then a reload: the text is kept, 4 rounds at 4× CPU (${lang})`, async ({
			page
		}) => {
			await openHome(page, lang);
			const id = await createAssessment(page, 'Lublin', 'Baseline 2026');
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			const lost: string[] = [];
			for (const item of ['F1', 'F2', 'S1', 'T1']) {
				const qid = `${item}.1`;
				const text = `Zażółć gęślą jaźń – ${item}, przed przejściem dalej`;
				await page.goto(`/assess?id=${id}&item=${item}&q=${qid}`);
				await shown(page, qid);
				await question(page, qid).getByLabel(w.comment).fill(text);
				await page.getByRole('button', { name: `${w.next} →` }).click();
				await page.reload();
				await page.goto(`/assess?id=${id}&item=${item}&q=${qid}`);
				const box = question(page, qid).getByLabel(w.comment);
				await expect(box).toBeVisible();
				// the journal is replayed at start-up; give the live query its moment
				await expect(box)
					.toHaveValue(text)
					.catch(() => lost.push(qid));
			}
			expect(lost).toEqual([]);
		});
	});

	test.describe(`tablet 768×1024 (${lang})`, () => {
		test.use({ viewport: { width: 768, height: 1024 } });

		test(`the item drop-down shows each item's progress too (${lang})`, async ({ page }) => {
			await openHome(page, lang);
			await createAssessment(page, 'Toruń', 'Baseline 2026');
			const select = page.getByRole('combobox', {
				name: lang === 'en' ? 'Go to item' : 'Przejdź do obszaru'
			});
			await expect(select.locator('option[value=F1]')).toHaveText(progressOf(0, F1.length));
			await question(page, 'F1.2').getByRole('radio', { name: /^1 —/ }).check();
			await expect(select.locator('option[value=F1]')).toHaveText(progressOf(1, F1.length));
			await expect(select.locator('option[value=F2]')).toHaveText(
				progressOf(0, questionsOf('F2').length)
			);
		});
	});

	test.describe(`laptop 1366×768 (${lang})`, () => {
		test.use({ viewport: { width: 1366, height: 768 } });

		test(`answered questions collapse to their chosen level, remembered across reloads (${lang})`, async ({
			page
		}) => {
			await openHome(page, lang);
			await createAssessment(page, 'Poznań', 'Baseline 2026');
			const q1 = question(page, 'F1.1');
			const q2 = question(page, 'F1.2');
			await q1.getByRole('radio', { name: /^3 —/ }).check();
			await expect(q1.getByRole('status')).toHaveText(new RegExp(w.saved));
			// off by default: the full view
			await expect(page.getByTestId('collapse-answered')).not.toBeChecked();
			await expect(q1.getByRole('radio')).toHaveCount(7);
			await expect(q1.locator('.desc')).toHaveCount(7);

			await page.getByTestId('collapse-answered').check();
			await expect(q1.getByRole('radio')).toHaveCount(1);
			await expect(q1.getByRole('radio', { name: /^3 —/ })).toBeChecked();
			await expect(q1.locator('.desc')).toHaveCount(1);
			await expect(q2.getByRole('radio')).toHaveCount(7);
			// a question answered now stays open while it is worked on
			await q2.getByRole('radio', { name: /^1 —/ }).check();
			await q2.getByRole('radio', { name: /^1 —/ }).press('ArrowRight');
			await expect(q2.getByRole('radio', { name: /^2 —/ })).toBeChecked();
			await expect(q2.getByRole('radio')).toHaveCount(7);
			await expect(q2.getByRole('status')).toHaveText(new RegExp(w.saved));

			await page.reload();
			await expect(page.getByTestId('collapse-answered')).toBeChecked();
			await expect(q1.getByRole('radio')).toHaveCount(1);
			await expect(q2.getByRole('radio')).toHaveCount(1);
			await expect(question(page, 'F1.3').getByRole('radio')).toHaveCount(7);
			await shot(page, `laptop-collapsed-${lang}`, true);
			expect(await violations(page)).toEqual([]);
			// all levels back on demand, focus on the chosen one
			await q1.getByRole('button', { name: w.show }).click();
			await expect(q1.getByRole('radio')).toHaveCount(7);
			await expect(q1.getByRole('radio', { name: /^3 —/ })).toBeFocused();

			await page.getByTestId('collapse-answered').uncheck();
			await expect(q2.getByRole('radio')).toHaveCount(7);
			await page.reload();
			await expect(page.getByTestId('collapse-answered')).not.toBeChecked();
			await expect(q2.getByRole('radio')).toHaveCount(7);
		});
	});
}
