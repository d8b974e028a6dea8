import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import type { Answer } from '$lib/domain/assessment';
import { defaultFramework } from '$lib/domain/bundled';
import { listByAssessments } from './answers';
import * as assessments from './assessments';
import { rowsByAssessment } from './by-assessment';
import * as cities from './cities';
import { db } from './db';
import { readRecorder } from './reads.test-util';
import { listTeams } from './team-overlay';

/** How the answers table is read: 'cursor' for each cursor opened, 'query' for each getAll. */
const reads: string[] = [];
const recorder = readRecorder('answers', (method) =>
	reads.push(method === 'openCursor' ? 'cursor' : 'query')
);

function answer(assessmentId: string, questionId: string, value: Answer['value'] = 2): Answer {
	return { assessmentId, questionId, value, comment: '', evidence: [], updatedAt: 1, rev: 1 };
}

beforeEach(async () => {
	await db.delete();
	db.use(recorder);
	await db.open();
	await db.answers.bulkPut([
		answer('a', 'F1.2'),
		answer('a', 'F1.1'),
		// ids that begin with another's: not among its rows
		answer('ab', 'F1.1'),
		answer('a b', 'F1.1'),
		answer('b', 'S1.1')
	]);
	reads.length = 0;
});
afterEach(() => {
	db.unuse(recorder);
});

describe('rowsByAssessment', () => {
	it("gives each id's rows in the order asked, by question, and none of another id", async () => {
		const rows = await rowsByAssessment(db.answers, ['b', 'a', 'missing', 'ab']);
		expect(rows.map((list) => list.map((r) => `${r.assessmentId}/${r.questionId}`))).toEqual([
			['b/S1.1'],
			['a/F1.1', 'a/F1.2'],
			[],
			['ab/F1.1']
		]);
	});

	it('reads each assessment at once, with no cursor (one request per row)', async () => {
		await rowsByAssessment(db.answers, ['a', 'b', 'ab']);
		expect(reads).toEqual(['query', 'query', 'query']);
	});

	it('runs a live query again when one of its rows changes, and not for another row', async () => {
		const seen: number[] = [];
		const next = () =>
			new Promise<void>((resolve) => {
				const length = seen.length;
				const check = () => (seen.length > length ? resolve() : setTimeout(check, 5));
				check();
			});
		const sub = liveQuery(() => listByAssessments(['a'])).subscribe((m) =>
			seen.push(m.get('a')!.length)
		);
		try {
			await next();
			expect(seen).toEqual([2]);
			await db.answers.put(answer('b', 'S1.2'));
			await db.answers.put(answer('a', 'F2.1'));
			await next();
			expect(seen).toEqual([2, 3]);
		} finally {
			sub.unsubscribe();
		}
	});
});

describe('listTeams', () => {
	it("gives each assessment's respondents and their answers once, the same id asked twice", async () => {
		const at = { createdAt: 1, updatedAt: 1, rev: 0 };
		await db.respondents.bulkPut([
			{ id: 'resp-1', assessmentId: 'team-a', name: 'Ewa', department: '', ...at },
			{ id: 'resp-2', assessmentId: 'team-b', name: 'Łukasz', department: '', ...at }
		]);
		await db.respondentAnswers.bulkPut([
			{ ...answer('team-a', 'F1.1'), respondentId: 'resp-1' },
			{ ...answer('team-a', 'F1.2'), respondentId: 'resp-1' },
			{ ...answer('team-b', 'F1.1'), respondentId: 'resp-2' }
		]);
		const teams = await listTeams(['team-a', 'team-a', 'a']);
		expect([...teams.keys()]).toEqual(['team-a']);
		expect(teams.get('team-a')!.respondents.map((r) => r.id)).toEqual(['resp-1']);
		expect(teams.get('team-a')!.answers.map((r) => r.questionId)).toEqual(['F1.1', 'F1.2']);
	});
});

describe("loadBundle: one assessment's answers and its team's", () => {
	/** The index each read of the answers and team answers goes by ('' for the primary key). */
	const byIndex: string[] = [];
	const recorders = ['answers', 'respondentAnswers'].map((table) =>
		readRecorder(table, (_method, query) =>
			byIndex.push(`${table}:${query.index.isPrimaryKey ? '' : query.index.name}`)
		)
	);
	beforeEach(async () => {
		db.close();
		for (const r of recorders) db.use(r);
		await db.open();
		byIndex.length = 0;
	});
	afterEach(() => {
		for (const r of recorders) db.unuse(r);
	});

	it('reads them by primary-key ranges, and a live query runs again on a team answer', async () => {
		const city = await cities.create({ name: 'Łódź' });
		const { id } = await assessments.create(city.id, defaultFramework, { label: 'Ocena' });
		const at = { createdAt: 1, updatedAt: 1, rev: 0 };
		await db.respondents.put({
			id: 'resp-1',
			assessmentId: id,
			name: 'Ewa',
			department: '',
			...at
		});
		await db.answers.put(answer(id, 'F1.1'));
		// the frameworks loaded first, as on a page: a live query is observed once they are
		await assessments.loadBundle(id);
		byIndex.length = 0;
		const seen: number[] = [];
		const sub = liveQuery(() => assessments.loadBundle(id)).subscribe((b) =>
			seen.push(b ? (b.respondentAnswers?.length ?? 0) : -1)
		);
		const next = (n: number) =>
			new Promise<void>((resolve) => {
				const check = () => (seen.length >= n ? resolve() : setTimeout(check, 5));
				check();
			});
		try {
			await next(1);
			// not by the assessmentId index: Dexie records every row's key of such a read in a live query
			expect(byIndex.sort()).toEqual(['answers:', 'respondentAnswers:']);
			await db.respondentAnswers.put({ ...answer(id, 'F1.1'), respondentId: 'resp-1' });
			await next(2);
			expect(seen).toEqual([0, 1]);
		} finally {
			sub.unsubscribe();
		}
	});
});
