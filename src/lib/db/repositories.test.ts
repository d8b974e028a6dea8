import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultFramework } from '$lib/domain/bundled';
import * as answers from './answers';
import * as assessments from './assessments';
import * as cities from './cities';
import { db } from './db';
import { ValidationError, toStorageError } from './errors';
import { saveAnswer } from './answers.test-util';
import { overview, readOverview } from './overview';

beforeEach(async () => {
	await db.delete();
	await db.open();
});

describe('cities', () => {
	it('creates, lists sorted, renames and refuses bad names', async () => {
		await cities.create({ name: '  Łódź ', country: 'Polska' });
		await cities.create({ name: 'Graz', country: 'Österreich' });
		const list = await cities.list();
		expect(list.map((c) => c.name)).toEqual(['Graz', 'Łódź']);
		await expect(cities.create({ name: '' })).rejects.toMatchObject({
			field: 'name',
			code: 'required'
		});
		await expect(cities.create({ name: 'ŁÓDŹ' })).rejects.toMatchObject({ code: 'duplicate' });
		await expect(cities.create({ name: 'x'.repeat(121) })).rejects.toMatchObject({
			code: 'tooLong',
			limit: 120
		});
		const graz = list[0]!;
		await expect(cities.update(graz.id, { name: 'łódź' })).rejects.toBeInstanceOf(ValidationError);
		const renamed = await cities.update(graz.id, { name: 'Graz (AT)', country: 'Austria' });
		expect(renamed.name).toBe('Graz (AT)');
		expect((await cities.get(graz.id))?.country).toBe('Austria');
		expect(await db.cities.count()).toBe(2);
	});

	it('deletes a city with its assessments and answers, nothing else', async () => {
		const a = await cities.create({ name: 'Gdańsk' });
		const b = await cities.create({ name: 'Sopot' });
		const fa = await assessments.create(a.id, defaultFramework, { label: 'Baseline 2026' });
		const fb = await assessments.create(b.id, defaultFramework, { label: 'Baseline 2026' });
		await saveAnswer(fa.id, 'F1.1', { value: 3 });
		await saveAnswer(fb.id, 'F1.1', { value: 2 });
		await cities.remove(a.id);
		expect(await db.cities.count()).toBe(1);
		expect(await db.assessments.count()).toBe(1);
		expect((await db.answers.toArray()).map((x) => x.assessmentId)).toEqual([fb.id]);
	});
});

describe('assessments', () => {
	it('keeps the framework id and version, refuses duplicate labels within a city', async () => {
		const c = await cities.create({ name: 'Wrocław' });
		const a = await assessments.create(c.id, defaultFramework, {
			label: 'Baseline 2026',
			participants: 'Anna, Paweł'
		});
		expect(a.frameworkId).toBe(defaultFramework.id);
		expect(a.frameworkVersion).toBe(defaultFramework.version);
		expect(a.status).toBe('draft');
		await expect(
			assessments.create(c.id, defaultFramework, { label: 'baseline 2026' })
		).rejects.toMatchObject({ field: 'label', code: 'duplicate' });
		await assessments.setStatus(a.id, 'complete');
		expect((await assessments.get(a.id))?.status).toBe('complete');
		await expect(
			assessments.create('nonexistent', defaultFramework, { label: 'X' })
		).rejects.toBeInstanceOf(ValidationError);
	});

	it('reads a bundle (record, city, framework, answers) and several records by id', async () => {
		const c = await cities.create({ name: 'Kraków' });
		const a = await assessments.create(c.id, defaultFramework, { label: '2026' });
		await saveAnswer(a.id, 'F1.1', { value: 2 });
		const bundle = await assessments.loadBundle(a.id);
		expect(bundle?.assessment.id).toBe(a.id);
		expect(bundle?.city?.name).toBe('Kraków');
		expect(bundle?.framework?.version).toBe(defaultFramework.version);
		expect(bundle?.answers.map((x) => [x.questionId, x.value])).toEqual([['F1.1', 2]]);
		expect(await assessments.loadBundle('nonexistent')).toBeNull();
		expect((await assessments.getMany(['nonexistent', a.id])).map((x) => x?.id)).toEqual([
			undefined,
			a.id
		]);
		expect((await cities.getMany([c.id, 'nonexistent'])).map((x) => x?.name)).toEqual([
			'Kraków',
			undefined
		]);
	});

	it('reads the city a bundle names, also after the assessment moved to another city', async () => {
		const first = await cities.create({ name: 'Kraków' });
		const second = await cities.create({ name: 'Gdańsk' });
		const a = await assessments.create(first.id, defaultFramework, { label: '2026' });
		// read twice: the second read asks for the city it knows from the first
		expect((await assessments.loadBundle(a.id))?.city?.name).toBe('Kraków');
		expect((await assessments.loadBundle(a.id))?.city?.name).toBe('Kraków');
		await cities.update(first.id, { name: 'Kraków-Podgórze' });
		expect((await assessments.loadBundle(a.id))?.city?.name).toBe('Kraków-Podgórze');
		// not something the app does, but a record restored from elsewhere may: the city it names now
		await db.assessments.update(a.id, { cityId: second.id });
		expect((await assessments.loadBundle(a.id))?.city?.name).toBe('Gdańsk');
		expect((await assessments.loadBundle(a.id))?.city?.name).toBe('Gdańsk');
		await db.cities.delete(second.id);
		expect((await assessments.loadBundle(a.id))?.city).toBeUndefined();
	});
});

describe('answers', () => {
	it('saves levels, comments and evidence, bumping the revision', async () => {
		const c = await cities.create({ name: 'Poznań' });
		const a = await assessments.create(c.id, defaultFramework, { label: '2026' });
		const first = await saveAnswer(a.id, 'S1.1', { value: 4 });
		expect(first.rev).toBe(1);
		const second = await saveAnswer(a.id, 'S1.1', {
			comment: 'Uchwała nr XII/34/2026 — zażółć gęślą jaźń',
			evidence: ['https://bip.example/uchwala']
		});
		expect(second).toMatchObject({ value: 4, rev: 2, evidence: ['https://bip.example/uchwala'] });
		expect((await answers.get(a.id, 'S1.1'))?.comment).toContain('gęślą');
		const [row] = (await overview())[0]!.assessments;
		expect(row).toMatchObject({ answered: 1, rows: 1 });
	});

	it('counts answers per assessment page by page, every row once', async () => {
		const c = await cities.create({ name: 'Lublin' });
		const a = await assessments.create(c.id, defaultFramework, { label: 'A' });
		const b = await assessments.create(c.id, defaultFramework, { label: 'B' });
		for (const q of ['F1.1', 'F1.2', 'F1.3', 'F2.1', 'F2.2'])
			await saveAnswer(a.id, q, { value: 2 });
		for (const q of ['F1.1', 'F1.2']) await saveAnswer(b.id, q, { value: 1 });
		// comment only: a row, not an answer
		await saveAnswer(b.id, 'S1.1', { comment: 'notatka' });
		const counts = async (pageSize: number) =>
			(await readOverview(pageSize))[0]!.assessments.map(({ answered, rows }) => ({
				answered,
				rows
			}));
		const expected = [
			{ answered: 5, rows: 5 },
			{ answered: 2, rows: 3 }
		];
		// pages of 1, of 2, one page ending at the last row (8 rows / 4), and the default
		for (const size of [1, 2, 4, 3, 100]) expect(await counts(size)).toEqual(expected);
		expect(await overview()).toEqual(await readOverview(1));
	});

	it('lists every city and assessment page by page, each once, in the same order', async () => {
		const names = ['Łódź', 'Graz', 'Kraków', 'Gdańsk', 'Wien'];
		for (const [i, name] of names.entries()) {
			const c = await cities.create({ name });
			for (let k = 0; k <= i % 3; k++) {
				const a = await assessments.create(c.id, defaultFramework, { label: `${name} ${k}` });
				if (k === 0) await saveAnswer(a.id, 'F1.1', { value: ([0, 1, 2, 3, 4] as const)[i % 5] });
			}
		}
		const all = await readOverview(100);
		expect(all.map((e) => e.city.name)).toEqual(['Gdańsk', 'Graz', 'Kraków', 'Łódź', 'Wien']);
		expect(all.flatMap((e) => e.assessments)).toHaveLength(1 + 2 + 3 + 1 + 2);
		// pages of 1, 2 and 3 rows (9 assessments: a last page full, and not), and the default
		for (const size of [1, 2, 3]) expect(await readOverview(size)).toEqual(all);
		expect(await overview()).toEqual(all);
	});

	it('refuses a write based on an old revision (another tab wrote first)', async () => {
		const c = await cities.create({ name: 'Szczecin' });
		const a = await assessments.create(c.id, defaultFramework, { label: '2026' });
		const text = (comment: string) => ({
			comment,
			evidence: [],
			baseComment: '',
			baseEvidence: [],
			at: Date.now()
		});
		expect((await answers.sync(a.id, 'T1.1', { text: text('tab A') })).conflict).toBe(false);
		// tab B started from the same empty text: its different text is not written
		const b = await answers.sync(a.id, 'T1.1', { text: text('tab B') });
		expect(b.conflict).toBe(true);
		expect(b.answer.comment).toBe('tab A');
		expect((await answers.get(a.id, 'T1.1'))?.comment).toBe('tab A');
		// the same text is never a conflict
		expect((await answers.sync(a.id, 'T1.1', { text: text('tab A') })).conflict).toBe(false);
	});

	it('refuses invalid values and leaves storage unchanged', async () => {
		const c = await cities.create({ name: 'Bydgoszcz' });
		const a = await assessments.create(c.id, defaultFramework, { label: '2026' });
		await expect(saveAnswer(a.id, 'F1.1', { value: 7 as unknown as 4 })).rejects.toBeInstanceOf(
			ValidationError
		);
		await expect(saveAnswer(a.id, 'F1.1', { comment: 'x'.repeat(10_001) })).rejects.toMatchObject({
			field: 'comment',
			code: 'tooLong',
			limit: 10_000
		});
		expect(await db.answers.count()).toBe(0);
	});
});

describe('error mapping', () => {
	it('recognises a quota error wrapped by Dexie', () => {
		const inner = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
		const dexieAbort = Object.assign(new Error('aborted'), { name: 'AbortError', inner });
		expect(toStorageError(dexieAbort)).toMatchObject({ kind: 'quota' });
		expect(toStorageError(new Error('x'))).toMatchObject({ kind: 'other' });
	});
});
