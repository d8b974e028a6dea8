import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import { defaultFramework } from '$lib/domain/bundled';
import type { CityOverview } from '$lib/domain/overview';
import * as assessments from './assessments';
import * as cities from './cities';
import { db } from './db';
import { saveAnswer } from './answers.test-util';
import { readRecorder } from './reads.test-util';
import { keepUnchanged, liveOverview, mutatedOverview, overview } from './overview';

/** Every `answers` query the database is asked, as "index=value" (a full read: "all"). */
const asked: string[] = [];
const recorder = readRecorder('answers', (method, { index, range }) => {
	if (method === 'query') asked.push(index.name ? `${index.name}=${String(range.lower)}` : 'all');
});

beforeEach(async () => {
	await db.delete();
	db.use(recorder);
	await db.open();
	asked.length = 0;
});
afterEach(() => {
	db.unuse(recorder);
});

/** Watch the live overview; `next()` resolves to the next value reported. */
function watch() {
	const values: CityOverview[][] = [];
	let wake: (() => void) | undefined;
	const stop = liveOverview.watch({
		next: (v) => {
			values.push(v);
			wake?.();
		},
		error: (e) => {
			throw e;
		}
	});
	const next = async (until: (v: CityOverview[]) => boolean = () => true) => {
		for (;;) {
			const last = values.at(-1);
			if (last && until(last)) return last;
			await new Promise<void>((resolve) => (wake = resolve));
		}
	};
	return { next, stop, values };
}

const counts = (v: CityOverview[]) =>
	v.flatMap((c) =>
		c.assessments.map((s) => `${c.city.name}/${s.assessment.label}:${s.answered}/${s.rows}`)
	);

describe('liveOverview', () => {
	it('follows saves, new and deleted assessments as overview() reads them', async () => {
		const c = await cities.create({ name: 'Wrocław' });
		const a = await assessments.create(c.id, defaultFramework, { label: 'A' });
		await saveAnswer(a.id, 'F1.1', { value: 2 });
		const live = watch();
		expect(counts(await live.next())).toEqual(['Wrocław/A:1/1']);
		await saveAnswer(a.id, 'F1.2', { value: 3 });
		// comment only: a row, not an answer
		await saveAnswer(a.id, 'F1.3', { comment: 'notatka' });
		expect(counts(await live.next((v) => counts(v)[0] === 'Wrocław/A:2/3'))).toEqual([
			'Wrocław/A:2/3'
		]);
		const b = await assessments.create(c.id, defaultFramework, { label: 'B' });
		await saveAnswer(b.id, 'S1.1', { value: 1 });
		await live.next((v) => counts(v).join() === 'Wrocław/A:2/3,Wrocław/B:1/1');
		await assessments.remove(a.id);
		const last = await live.next((v) => counts(v).join() === 'Wrocław/B:1/1');
		expect(last).toEqual(await overview());
		live.stop();
	});

	it("after an answer, reads that assessment's answers again, not every answer", async () => {
		const c = await cities.create({ name: 'Opole' });
		const ids: string[] = [];
		for (const label of ['A', 'B', 'C']) {
			const a = await assessments.create(c.id, defaultFramework, { label });
			ids.push(a.id);
			await saveAnswer(a.id, 'F1.1', { value: 1 });
		}
		const live = watch();
		await live.next();
		// let any other query that was going to run do so
		await new Promise((resolve) => setTimeout(resolve, 50));
		// the first value: one read of every answer, and no query per assessment
		expect(asked).toEqual(['all']);
		asked.length = 0;
		await saveAnswer(ids[1]!, 'F1.2', { value: 4 });
		await live.next((v) => v[0]!.assessments[1]!.answered === 2);
		// let any other query that was going to run do so
		await new Promise((resolve) => setTimeout(resolve, 50));
		// the save's own read of the stored answer (by key), then B's answers alone
		expect(asked.filter((q) => q.startsWith('assessmentId') || q === 'all')).toEqual([
			`assessmentId=${ids[1]}`
		]);
		live.stop();
	});
});

describe('liveOverview, writes of many rows and other windows', () => {
	it('follows a write of many answers at once (the whole table marked) by reading every answer', async () => {
		const c = await cities.create({ name: 'Gdańsk' });
		const a = await assessments.create(c.id, defaultFramework, { label: 'A' });
		const b = await assessments.create(c.id, defaultFramework, { label: 'B' });
		await saveAnswer(a.id, 'F1.1', { value: 1 });
		const live = watch();
		await live.next();
		asked.length = 0;
		// 60 rows in one bulkPut: Dexie names no keys (over 50), only the whole table
		const row = (assessmentId: string, i: number) => ({
			assessmentId,
			questionId: `Q${i}`,
			value: i % 3 === 0 ? null : (1 as const),
			comment: '',
			evidence: [],
			updatedAt: 1,
			rev: 0
		});
		await db.answers.bulkPut([
			...Array.from({ length: 30 }, (_, i) => row(a.id, i)),
			...Array.from({ length: 30 }, (_, i) => row(b.id, i))
		]);
		const v = await live.next((v) => counts(v).join() === 'Gdańsk/A:21/31,Gdańsk/B:20/30');
		expect(v).toEqual(await overview());
		expect(asked).toContain('all');
		live.stop();
	});

	it("follows another window's signal, which arrives as a plain copy", async () => {
		const c = await cities.create({ name: 'Lublin' });
		const a = await assessments.create(c.id, defaultFramework, { label: 'A' });
		await saveAnswer(a.id, 'F1.1', { value: 1 });
		const live = watch();
		await live.next();
		// written by "another window" (raw IndexedDB: no Dexie signal here but the one it broadcasts)
		await new Promise<void>((resolve, reject) => {
			const open = indexedDB.open(db.name);
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const tx = open.result.transaction('answers', 'readwrite');
				tx.objectStore('answers').put({
					assessmentId: a.id,
					questionId: 'F1.2',
					value: 3,
					comment: '',
					evidence: [],
					updatedAt: 1,
					rev: 0
				});
				tx.oncomplete = () => {
					open.result.close();
					resolve();
				};
				tx.onerror = () => reject(tx.error);
			};
		});
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(counts(live.values.at(-1)!)).toEqual(['Lublin/A:1/1']);
		asked.length = 0;
		const key = `idb://${db.name}/answers/`;
		Dexie.on.storagemutated.fire(
			structuredClone({ [key]: new RangeSet().addKey([a.id, 'F1.2']) }) as ObservabilitySet
		);
		expect(counts(await live.next((v) => counts(v)[0] === 'Lublin/A:2/2'))).toEqual([
			'Lublin/A:2/2'
		]);
		expect(asked.filter((q) => q !== 'all')).toContain(`assessmentId=${a.id}`);
		live.stop();
	});
});

describe('mutatedOverview', () => {
	const name = 'hrc';
	const part = (table: string) => `idb://${name}/${table}/`;
	const plain = (r: RangeSet) => structuredClone(r) as RangeSet;

	it('names the assessments whose answer keys changed, one or a range of them', () => {
		const keys = new RangeSet().addKeys([
			['a1', 'F1.1'],
			['a1', 'F1.2'],
			['b2', 'S1.1']
		]);
		const m = mutatedOverview({ [part('answers')]: plain(keys) }, name);
		expect([...m.ids].sort()).toEqual(['a1', 'b2']);
		expect(m).toMatchObject({ list: false, all: false, ranges: [] });
		// a range of keys within one assessment (its answers deleted by range)
		const one = new RangeSet(['a1', -Infinity], ['a1', [[]]]);
		expect([...mutatedOverview({ [part('answers')]: one }, name).ids]).toEqual(['a1']);
		// across assessments
		const across = new RangeSet(['a1', 'F1.1'], ['c3', 'F1.1']);
		expect(mutatedOverview({ [part('answers')]: across }, name).ranges).toEqual([['a1', 'c3']]);
	});

	it('asks for everything when the whole table or the whole database changed', () => {
		const whole = new RangeSet(-Infinity, [[]]);
		expect(mutatedOverview({ [part('answers')]: plain(whole) }, name).all).toBe(true);
		expect(mutatedOverview({ all: whole }, name)).toMatchObject({ list: true, all: true });
	});

	it('asks for the list when cities or assessments changed, and ignores other tables and databases', () => {
		const k = new RangeSet().addKey('x');
		expect(mutatedOverview({ [part('cities')]: k }, name).list).toBe(true);
		expect(mutatedOverview({ [part('assessments')]: k }, name).list).toBe(true);
		const none = mutatedOverview(
			{
				[part('settings')]: k,
				[`idb://other/answers/`]: k,
				[part('answers')]: new RangeSet()
			},
			name
		);
		expect(none).toEqual({ list: false, all: false, ids: new Set(), ranges: [] });
	});
});

describe('keepUnchanged', () => {
	const city = (id: string, name = id) => ({
		id,
		name,
		country: '',
		notes: '',
		createdAt: 1,
		updatedAt: 1
	});
	const row = (id: string, cityId: string, answered: number, updatedAt = 1) => ({
		assessment: {
			id,
			cityId,
			frameworkId: 'fra-hrc',
			frameworkVersion: '1.0.0',
			label: id,
			status: 'draft' as const,
			participants: '',
			createdAt: 1,
			updatedAt
		},
		answered,
		rows: answered
	});
	const read = (aAnswered: number, aAt: number, bName = 'b') => [
		{ city: city('a'), assessments: [row('a1', 'a', aAnswered, aAt), row('a2', 'a', 3)] },
		{ city: city('b', bName), assessments: [row('b1', 'b', 5)] }
	];

	it('keeps what did not change as the same objects, and takes what did', () => {
		const before = read(1, 1);
		const after = keepUnchanged(before, read(2, 2));
		expect(after).toEqual(read(2, 2));
		expect(after[1]).toBe(before[1]);
		expect(after[0]).not.toBe(before[0]);
		expect(after[0]!.assessments[1]).toBe(before[0]!.assessments[1]);
		expect(after[0]!.assessments[0]).not.toBe(before[0]!.assessments[0]);
		// the same answers, another record (updated): new
		expect(keepUnchanged(before, read(1, 5))[0]!.assessments[0]).not.toBe(
			before[0]!.assessments[0]
		);
		// a renamed city
		const renamed = keepUnchanged(before, read(1, 1, 'B'));
		expect(renamed[1]!.city.name).toBe('B');
		expect(renamed[0]).toBe(before[0]);
		// an assessment gone
		const fewer = read(1, 1);
		fewer[0]!.assessments.pop();
		expect(keepUnchanged(before, fewer)[0]!.assessments).toHaveLength(1);
		expect(keepUnchanged(undefined, fewer)).toBe(fewer);
	});
});
