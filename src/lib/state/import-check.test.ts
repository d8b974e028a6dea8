/**
 * The import list: a file is checked, previewed and kept until it is imported.
 * (No workers in Node: the file is kept on this thread and imported here, with
 * the same progress; the worker's failures come back as the page's own errors.)
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeData, makeExportFile } from '../../../scripts/fixtures.mjs';
import { db } from '$lib/db/db';
import { CheckLostError, StorageError } from '$lib/domain/errors';
import { ImportSession } from './exchange.svelte';
import { failureError } from './import-check';

beforeEach(async () => {
	await db.delete();
	await db.open();
});

describe('ImportSession without workers', () => {
	it('checks a file, keeps it, imports it with progress, and then keeps only the summary', async () => {
		const data = makeData({ cities: 2, assessmentsPerCity: 2, answers: 400 });
		const text = JSON.stringify(await makeExportFile(data));
		const session = new ImportSession();
		await session.add([new File([text], 'backup.json', { type: 'application/json' })]);
		const [ready] = session.entries;
		expect(ready?.status).toBe('ready');
		expect(ready?.held && 'file' in ready.held).toBe(true);
		expect(ready?.plan?.assessments).toHaveLength(data.assessments.length);

		const seen: { written: number; total: number }[] = [];
		const run = session.run();
		// progress is kept on the entry while it is written
		while (session.busy) {
			const p = session.entries[0]?.progress;
			if (p && seen.at(-1)?.written !== p.written) seen.push(p);
			await new Promise((r) => setTimeout(r, 0));
		}
		await run;
		const [done] = session.entries;
		expect(done?.status).toBe('imported');
		expect(done?.held).toBeUndefined();
		expect(done?.progress).toBeUndefined();
		expect(seen.length).toBeGreaterThan(0);
		expect(await db.answers.count()).toBe(data.answers.length);
	});

	it('a file that is not an export is rejected and nothing is kept', async () => {
		const session = new ImportSession();
		await session.add([new File(['{"hello": 1}'], 'other.json')]);
		expect(session.entries[0]?.status).toBe('rejected');
		expect(session.entries[0]?.held).toBeUndefined();
	});
});

describe('failures told by the worker', () => {
	it('are the errors the page itself would throw', () => {
		const quota = failureError({ storage: 'quota' });
		expect(quota).toBeInstanceOf(StorageError);
		expect((quota as StorageError).kind).toBe('quota');
		expect(failureError({ lost: true })).toBeInstanceOf(CheckLostError);
		const other = failureError({ message: 'boom' });
		expect(other).not.toBeInstanceOf(StorageError);
		expect(other.message).toBe('boom');
	});
});
