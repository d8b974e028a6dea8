import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultFramework } from '$lib/domain/bundled';
import type { JournalEntry } from '$lib/domain/journal';
import * as answers from './answers';
import { saveAnswer } from './answers.test-util';
import * as assessments from './assessments';
import * as cities from './cities';
import { db } from './db';
import { Journal, replayLegacyJournal } from './journal';
import { FakeLocks, MemoryStorage } from './journal.test-util';

let storage: MemoryStorage;
let locks: FakeLocks;
let assessmentId: string;

beforeEach(async () => {
	await db.delete();
	await db.open();
	storage = new MemoryStorage();
	locks = new FakeLocks();
	const c = await cities.create({ name: 'Gdańsk' });
	assessmentId = (await assessments.create(c.id, defaultFramework, { label: '2026' })).id;
});

const POLISH = 'Zapisane przy zamykaniu — zażółć gęślą jaźń';

function entry(questionId: string, parts: Partial<JournalEntry>): JournalEntry {
	return { assessmentId, questionId, ...parts };
}

function typed(comment: string, base = ''): JournalEntry['text'] {
	return { comment, evidence: [], baseComment: base, baseEvidence: [], at: Date.now() };
}

/** Resolves when the journal has replayed a closed tab (or failed to). */
function started(j: Journal) {
	return new Promise<{ count?: number; error?: unknown }>((resolve) =>
		j.start({
			onReplayed: (count) => resolve({ count }),
			onReplayError: (error) => resolve({ error })
		})
	);
}

describe('the write-ahead journal', () => {
	it('writes an entry synchronously under the tab’s own key and removes it when empty', () => {
		const j = new Journal(storage, locks, 'tabA12');
		expect(j.write(entry('F1.1', { choice: { value: 3, at: Date.now() } }))).toBe(true);
		expect(storage.keys()).toEqual([`hrc-wal:tabA12:${assessmentId}|F1.1`]);
		expect(j.own()).toHaveLength(1);
		expect(j.write(entry('F1.1', {}))).toBe(true);
		expect(storage.keys()).toEqual([]);
	});

	it('says so when localStorage refuses the write', () => {
		const j = new Journal(storage, locks, 'tabA12');
		storage.failWrites = true;
		expect(j.write(entry('F1.1', { text: typed('x') }))).toBe(false);
		expect(new Journal(undefined, locks).write(entry('F1.1', { text: typed('x') }))).toBe(false);
	});

	it('a closed tab’s entries are replayed by the next page, in one go, and then removed', async () => {
		const dead = new Journal(storage, locks, 'deadTab');
		dead.start();
		dead.write(entry('F2.1', { text: typed(POLISH) }));
		dead.write(entry('F2.2', { choice: { value: 4, at: Date.now() } }));
		dead.close();

		const next = new Journal(storage, locks, 'nextTab');
		expect(await started(next)).toEqual({ count: 2 });
		expect(await answers.get(assessmentId, 'F2.1')).toMatchObject({ comment: POLISH, rev: 1 });
		expect(await answers.get(assessmentId, 'F2.2')).toMatchObject({ value: 4, comment: '' });
		expect(storage.keys()).toEqual([]);
	});

	it('a live tab’s entries wait until that tab closes, then another tab replays them', async () => {
		const a = new Journal(storage, locks, 'liveTab');
		a.start();
		a.write(entry('F1.1', { text: typed('typed in A') }));
		const b = new Journal(storage, locks, 'otherTab');
		const replayed = started(b);
		await new Promise((r) => setTimeout(r, 20));
		// A is alive: nothing written behind its back
		expect(await answers.get(assessmentId, 'F1.1')).toBeUndefined();
		expect(storage.keys()).toHaveLength(1);
		a.close();
		expect(await replayed).toEqual({ count: 1 });
		expect((await answers.get(assessmentId, 'F1.1'))?.comment).toBe('typed in A');
	});

	it('a page holds its lock from the start, before it has journalled or started anything', async () => {
		const a = new Journal(storage, locks, 'early1');
		a.hold();
		a.hold(); // once is enough
		expect(locks.held('hrc-tab:early1')).toBe(true);
		a.write(entry('F1.2', { text: typed('typed before start') }));
		const b = new Journal(storage, locks, 'other2');
		const replayed = started(b);
		await new Promise((r) => setTimeout(r, 20));
		expect(storage.keys()).toHaveLength(1);
		a.close();
		expect(await replayed).toEqual({ count: 1 });
	});

	it('a tab seen through the storage event is replayed when it closes', async () => {
		const target = new EventTarget();
		const b = new Journal(storage, locks, 'watcher');
		const done = new Promise<number>((resolve) =>
			b.start({ onReplayed: resolve }, target as unknown as Window)
		);
		const a = new Journal(storage, locks, 'lateTab');
		a.start();
		a.write(entry('F3.1', { choice: { value: 2, at: Date.now() } }));
		const key = storage.keys()[0]!;
		target.dispatchEvent(
			Object.assign(new Event('storage'), { key, newValue: storage.getItem(key) })
		);
		a.close();
		expect(await done).toBe(1);
		expect((await answers.get(assessmentId, 'F3.1'))?.value).toBe(2);
	});

	it('text another window saved meanwhile is kept beside the closed tab’s text', async () => {
		await saveAnswer(assessmentId, 'F1.1', { value: 2, comment: 'Saved in A' });
		const dead = new Journal(storage, locks, 'deadTab');
		const closing = entry('F1.1', {
			text: typed('Typed in B'),
			choice: { value: 3, at: Date.now() }
		});
		dead.write(closing);
		const n = await new Journal(storage, locks, 'next').replayTab('deadTab');
		expect(n).toBe(1);
		expect(await answers.get(assessmentId, 'F1.1')).toMatchObject({
			value: 3,
			comment: 'Saved in A\n\nTyped in B',
			rev: 2
		});
		// replaying the same entry again changes nothing
		dead.write(closing);
		expect(await new Journal(storage, locks, 'again').replayTab('deadTab')).toBe(0);
	});

	it('a failed replay keeps the entries and reports the error; a retry writes them', async () => {
		const dead = new Journal(storage, locks, 'deadTab');
		dead.write(entry('F1.1', { text: typed(POLISH) }));
		const put = vi
			.spyOn(db.answers, 'put')
			.mockRejectedValueOnce(
				Object.assign(new Error('full'), { name: 'QuotaExceededError' }) as never
			);
		const next = new Journal(storage, locks, 'next');
		const result = await started(next);
		expect(result.error).toMatchObject({ name: 'StorageError', kind: 'quota' });
		expect(next.failedTabs).toBe(1);
		expect(storage.keys()).toHaveLength(1);
		expect(await answers.get(assessmentId, 'F1.1')).toBeUndefined();
		put.mockRestore();
		expect(await next.retry()).toBe(1);
		expect(next.failedTabs).toBe(0);
		expect((await answers.get(assessmentId, 'F1.1'))?.comment).toBe(POLISH);
		expect(storage.keys()).toEqual([]);
	});

	it('drops unreadable entries and entries of deleted assessments', async () => {
		storage.setItem('hrc-wal:deadTab:x|F1.1', '{not json');
		storage.setItem(
			'hrc-wal:deadTab:gone00|F1.1',
			JSON.stringify({ assessmentId: 'gone00', questionId: 'F1.1', text: typed('orphan') })
		);
		storage.setItem('unrelated', 'kept');
		expect(await new Journal(storage, locks, 'next').replayTab('deadTab')).toBe(0);
		expect(storage.keys()).toEqual(['unrelated']);
		expect(await db.answers.count()).toBe(0);
	});

	it('replays what app version 0.1.0 left in the meta store, once', async () => {
		await db.meta.put({
			key: `unload:${assessmentId}|F2.2`,
			value: {
				answer: {
					assessmentId,
					questionId: 'F2.2',
					value: 4,
					comment: POLISH,
					evidence: [],
					updatedAt: 1_800_000_000_000,
					rev: 1
				},
				unsaved: { choice: true, text: true }
			}
		});
		await db.meta.put({ key: 'unload:broken|F1.1', value: { answer: { nonsense: true } } });
		expect(await replayLegacyJournal()).toBe(1);
		expect(await answers.get(assessmentId, 'F2.2')).toMatchObject({ value: 4, comment: POLISH });
		expect(await db.meta.where('key').startsWith('unload:').count()).toBe(0);
		expect(await replayLegacyJournal()).toBe(0);
	});
});
