import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultFramework } from '$lib/domain/bundled';
import { respondentTarget } from '$lib/domain/team';
import * as answers from './answers';
import * as assessments from './assessments';
import * as cities from './cities';
import { db } from './db';
import { Journal } from './journal';
import { FakeLocks, MemoryStorage } from './journal.test-util';
import * as respondents from './respondents';

let assessmentId: string;
let cityId: string;

beforeEach(async () => {
	await db.delete();
	await db.open();
	cityId = (await cities.create({ name: 'Gdańsk' })).id;
	assessmentId = (await assessments.create(cityId, defaultFramework, { label: '2026' })).id;
});

const choose = (value: 0 | 1 | 2 | 3 | 4 | 'na' | 'dk') => ({
	choice: { value, at: Date.now() }
});

describe('respondents', () => {
	it('are added anonymous or named, renamed, and listed in the order added', async () => {
		const a = await respondents.create(assessmentId);
		const b = await respondents.create(assessmentId, {
			name: ' Skarbnik ',
			department: 'Wydział Finansów'
		});
		expect([a.name, a.department, b.name]).toEqual(['', '', 'Skarbnik']);
		const renamed = await respondents.update(a.id, { name: 'Pełnomocniczka ds. praw człowieka' });
		expect(renamed.rev).toBe(1);
		expect((await respondents.list(assessmentId)).map((r) => r.name)).toEqual([
			'Pełnomocniczka ds. praw człowieka',
			'Skarbnik'
		]);
		await expect(respondents.create('nosuchassessment')).rejects.toMatchObject({
			field: 'assessmentId'
		});
		await expect(respondents.create(assessmentId, { name: 'x'.repeat(121) })).rejects.toMatchObject(
			{ field: 'name' }
		);
	});

	it('keep the order added when the clock does not move (added within one millisecond)', async () => {
		const clock = vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
		try {
			const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
			for (const name of names) await respondents.create(assessmentId, { name });
			expect((await respondents.list(assessmentId)).map((r) => r.name)).toEqual(names);
		} finally {
			clock.mockRestore();
		}
	});

	it('answer apart: each respondent, and the consensus, has its own row', async () => {
		const a = await respondents.create(assessmentId);
		const b = await respondents.create(assessmentId);
		await answers.sync(assessmentId, 'F1.1', choose(4), respondentTarget(a.id));
		await answers.sync(assessmentId, 'F1.1', choose(0), respondentTarget(b.id));
		await answers.sync(assessmentId, 'F1.1', choose(2));
		expect((await answers.get(assessmentId, 'F1.1'))?.value).toBe(2);
		const ofA = await respondents.answersOf(assessmentId, a.id);
		expect(ofA).toEqual([
			expect.objectContaining({ questionId: 'F1.1', value: 4, respondentId: a.id, rev: 1 })
		]);
		expect((await respondents.answersOf(assessmentId, b.id)).map((x) => x.value)).toEqual([0]);
		expect(await respondents.listAnswers(assessmentId)).toHaveLength(2);
		expect(await answers.listByAssessment(assessmentId)).toHaveLength(1);
	});

	it('refuse a respondent of another assessment, and nothing is written', async () => {
		const other = await assessments.create(cityId, defaultFramework, { label: '2027' });
		const stranger = await respondents.create(other.id);
		await expect(
			answers.sync(assessmentId, 'F1.1', choose(1), respondentTarget(stranger.id))
		).rejects.toMatchObject({ field: 'respondentId' });
		expect(await db.respondentAnswers.count()).toBe(0);
	});

	it('go with their answers when removed, or when their assessment or city is deleted', async () => {
		const a = await respondents.create(assessmentId);
		const b = await respondents.create(assessmentId);
		await answers.sync(assessmentId, 'F1.1', choose(4), respondentTarget(a.id));
		await answers.sync(assessmentId, 'F1.1', choose(3), respondentTarget(b.id));
		await respondents.remove(a.id);
		expect((await respondents.list(assessmentId)).map((r) => r.id)).toEqual([b.id]);
		expect(await db.respondentAnswers.count()).toBe(1);
		await assessments.remove(assessmentId);
		expect(await db.respondents.count()).toBe(0);
		expect(await db.respondentAnswers.count()).toBe(0);

		const again = await assessments.create(cityId, defaultFramework, { label: '2028' });
		const c = await respondents.create(again.id);
		await answers.sync(again.id, 'F1.1', choose(1), respondentTarget(c.id));
		await cities.remove(cityId);
		expect(await db.respondents.count()).toBe(0);
		expect(await db.respondentAnswers.count()).toBe(0);
	});
});

describe('the journal with respondents', () => {
	it("replays a closed tab's respondent entry into that respondent's answer, and an old entry as the consensus", async () => {
		const a = await respondents.create(assessmentId);
		const storage = new MemoryStorage();
		const locks = new FakeLocks();
		const closed = new Journal(storage, locks, 'tabOld1');
		closed.write({
			assessmentId,
			questionId: 'F1.2',
			respondentId: a.id,
			choice: { value: 1, at: Date.now() }
		});
		// an entry as written before respondents existed: no respondent in key or entry
		storage.setItem(
			`hrc-wal:tabOld1:${assessmentId}|F1.2`,
			JSON.stringify({ assessmentId, questionId: 'F1.2', choice: { value: 3, at: Date.now() } })
		);
		expect(storage.keys().sort()).toEqual([
			`hrc-wal:tabOld1:${assessmentId}|F1.2`,
			`hrc-wal:tabOld1:${assessmentId}|F1.2|${a.id}`
		]);
		closed.close();
		const next = new Journal(storage, locks, 'tabNew1');
		expect(await next.replayTab('tabOld1')).toBe(2);
		expect((await answers.get(assessmentId, 'F1.2'))?.value).toBe(3);
		expect((await answers.get(assessmentId, 'F1.2', respondentTarget(a.id)))?.value).toBe(1);
		expect(storage.keys()).toEqual([]);
	});

	it('drops the entry of a respondent removed since, touching nothing else', async () => {
		const a = await respondents.create(assessmentId);
		const storage = new MemoryStorage();
		const closed = new Journal(storage, new FakeLocks(), 'tabOld2');
		closed.write({
			assessmentId,
			questionId: 'F1.1',
			respondentId: a.id,
			choice: { value: 2, at: Date.now() }
		});
		closed.close();
		await respondents.remove(a.id);
		expect(await new Journal(storage, new FakeLocks(), 'tabNew2').replayTab('tabOld2')).toBe(0);
		expect(await db.respondentAnswers.count()).toBe(0);
		expect(await db.answers.count()).toBe(0);
	});
});

describe('export format 2 with a team', () => {
	it('round trip: respondents and their answers come back exactly, apart from the consensus', async () => {
		const { exportAssessment, checkText, applyImport, deleteAllData } = await import('./exchange');
		const { serializeExport } = await import('$lib/domain/exchange');
		const a = await respondents.create(assessmentId, { name: 'Anna Nowak', department: 'MOPS' });
		const b = await respondents.create(assessmentId);
		await answers.sync(assessmentId, 'F1.1', choose(4), respondentTarget(a.id));
		await answers.sync(assessmentId, 'F1.1', choose('dk'), respondentTarget(b.id));
		await answers.sync(assessmentId, 'F1.1', choose(2));
		const before = {
			respondents: await db.respondents.toArray(),
			respondentAnswers: await db.respondentAnswers.toArray(),
			answers: await db.answers.toArray()
		};
		const file = await exportAssessment(assessmentId);
		expect(file.formatVersion).toBe(2);
		expect(file.respondents).toHaveLength(2);
		await deleteAllData();
		const read = await checkText(serializeExport(file));
		if (!read.ok) throw new Error(JSON.stringify(read.errors));
		await applyImport(read.file, 'keep');
		expect(await db.respondents.toArray()).toEqual(before.respondents);
		expect(await db.respondentAnswers.toArray()).toEqual(before.respondentAnswers);
		expect(await db.answers.toArray()).toEqual(before.answers);
	});

	it('a version 1 file made by app 0.2.0 still imports, as the consensus with no team', async () => {
		const { readFileSync } = await import('node:fs');
		const { checkText, applyImport } = await import('./exchange');
		const text = readFileSync('tests/unit/fixtures/export-v1-assessment.json', 'utf8');
		const read = await checkText(text);
		if (!read.ok) throw new Error(JSON.stringify(read.errors));
		expect(read.file.formatVersion).toBe(2);
		await applyImport(read.file, 'keep');
		expect((await answers.listByAssessment('asmtv1fixture')).map((x) => x.value)).toEqual([
			3,
			'na',
			1
		]);
		expect(await respondents.list('asmtv1fixture')).toEqual([]);
	});

	it('refuses a respondent answer whose respondent is not in the file, writing nothing', async () => {
		const { exportAssessment, checkText } = await import('./exchange');
		const { checksum } = await import('$lib/domain/exchange');
		const r = await respondents.create(assessmentId);
		await answers.sync(assessmentId, 'F1.1', choose(1), respondentTarget(r.id));
		const file = await exportAssessment(assessmentId);
		const payload: Record<string, unknown> = {
			...file,
			respondents: [],
			checksum: undefined
		};
		delete payload.checksum;
		const bad = { ...payload, checksum: await checksum(payload) };
		const read = await checkText(JSON.stringify(bad));
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.errors[0]?.path).toBe('respondentAnswers[0].respondentId');
	});
});
