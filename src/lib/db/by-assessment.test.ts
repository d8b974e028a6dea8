import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import type { Answer } from '$lib/domain/assessment';
import { listByAssessments } from './answers';
import { rowsByAssessment } from './by-assessment';
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
