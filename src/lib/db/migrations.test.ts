/**
 * Migration fixtures (R10): for every released schema version, a database
 * built with raw IndexedDB exactly as that version of the app left it, opened
 * with today's HrcDatabase. See "Adding a schema version" in db.ts.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { HrcDatabase, SCHEMA_VERSION } from './db';

type StoreSpec = { keyPath: string | string[]; indexes: [string, string | string[]][] };

/** Create a database with raw IndexedDB at `idbVersion`, with these stores and rows. */
function createRaw(
	name: string,
	idbVersion: number,
	stores: Record<string, StoreSpec>,
	rows: Record<string, unknown[]>
): Promise<void> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(name, idbVersion);
		req.onupgradeneeded = () => {
			for (const [store, spec] of Object.entries(stores)) {
				const os = req.result.createObjectStore(store, { keyPath: spec.keyPath });
				for (const [index, keyPath] of spec.indexes) os.createIndex(index, keyPath);
			}
		};
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const idb = req.result;
			const tx = idb.transaction(Object.keys(rows), 'readwrite');
			for (const [store, list] of Object.entries(rows))
				for (const row of list) tx.objectStore(store).put(row);
			tx.oncomplete = () => {
				idb.close();
				resolve();
			};
			tx.onerror = () => reject(tx.error);
		};
	});
}

// ---------------------------------------------------------------------------
// v1 (app 0.1.0): the first release. IndexedDB version 10 (Dexie stores N as N*10).
const V1_STORES: Record<string, StoreSpec> = {
	cities: {
		keyPath: 'id',
		indexes: [
			['name', 'name'],
			['updatedAt', 'updatedAt']
		]
	},
	assessments: {
		keyPath: 'id',
		indexes: [
			['cityId', 'cityId'],
			['updatedAt', 'updatedAt']
		]
	},
	answers: {
		keyPath: ['assessmentId', 'questionId'],
		indexes: [
			['assessmentId', 'assessmentId'],
			['updatedAt', 'updatedAt']
		]
	},
	frameworks: { keyPath: ['id', 'version'], indexes: [['id', 'id']] },
	meta: { keyPath: 'key', indexes: [] }
};
const V1_ROWS = {
	cities: [
		{ id: 'city000001', name: 'Łódź', country: 'Polska', notes: '', createdAt: 1, updatedAt: 2 }
	],
	assessments: [
		{
			id: 'asmt000001',
			cityId: 'city000001',
			frameworkId: 'fra-hrc',
			frameworkVersion: '1.0.0',
			label: 'Ocena wyjściowa 2026',
			status: 'draft',
			participants: 'Wydział Zdrowia i Spraw Społecznych',
			createdAt: 3,
			updatedAt: 4
		}
	],
	answers: [
		{
			assessmentId: 'asmt000001',
			questionId: 'F1.1',
			value: 3,
			comment: 'Zażółć gęślą jaźń 🇵🇱',
			evidence: ['https://bip.uml.lodz.pl/'],
			updatedAt: 5,
			rev: 2
		},
		{
			assessmentId: 'asmt000001',
			questionId: 'F1.2',
			value: 'na',
			comment: '',
			evidence: [],
			updatedAt: 6,
			rev: 1
		}
	],
	frameworks: [],
	meta: [
		{ key: 'lastExportAt', value: 7 },
		{ key: 'locale', value: 'pl' }
	]
};

let name = '';
afterEach(async () => {
	await Dexie.delete(name);
});

describe('database migrations', () => {
	it('the current schema version is covered by the fixtures below', () => {
		// raise this together with a new fixture for the version released before
		expect(SCHEMA_VERSION).toBe(2);
	});

	it('v1 database opens with every row intact', async () => {
		name = 'fixture-v1';
		await createRaw(name, 10, V1_STORES, V1_ROWS);
		const db = new HrcDatabase(name);
		await db.open();
		expect(db.backendDB().version).toBe(SCHEMA_VERSION * 10);
		expect(await db.cities.toArray()).toEqual(V1_ROWS.cities);
		expect(await db.assessments.toArray()).toEqual(V1_ROWS.assessments);
		expect(await db.answers.where('assessmentId').equals('asmt000001').toArray()).toEqual(
			V1_ROWS.answers
		);
		expect(await db.answers.get(['asmt000001', 'F1.1'])).toEqual(V1_ROWS.answers[0]);
		expect(await db.meta.toArray()).toEqual(V1_ROWS.meta);
		// v2's team tables arrive empty: the v1 answers stay the consensus
		expect(await db.respondents.count()).toBe(0);
		expect(await db.respondentAnswers.count()).toBe(0);
		// and it can be written to
		await db.cities.put({ ...V1_ROWS.cities[0]!, id: 'city000002', name: 'Graz' });
		expect(await db.cities.where('name').equals('Graz').count()).toBe(1);
		await db.respondentAnswers.put({
			...V1_ROWS.answers[0]!,
			respondentId: 'resp000001',
			value: 1
		});
		expect(await db.answers.get(['asmt000001', 'F1.1'])).toEqual(V1_ROWS.answers[0]);
		expect(await db.respondentAnswers.get(['asmt000001', 'resp000001', 'F1.1'])).toMatchObject({
			value: 1
		});
		db.close();
	});

	it('a failing upgrade leaves the data untouched', async () => {
		name = 'fixture-failing-upgrade';
		await createRaw(name, 10, V1_STORES, V1_ROWS);
		class Broken extends HrcDatabase {
			constructor() {
				super(name);
				this.version(SCHEMA_VERSION + 1)
					.stores({ cities: 'id, name, updatedAt, country' })
					.upgrade(async (tx) => {
						await tx.table('cities').toCollection().modify({ name: 'changed' });
						throw new Error('upgrade bug');
					});
			}
		}
		const broken = new Broken();
		await expect(broken.open()).rejects.toThrow();
		broken.close();
		// the failed upgrade left the database at version 1 (IndexedDB 10)…
		const raw = new Dexie(name);
		await raw.open();
		expect(raw.verno).toBe(1);
		raw.close();
		// …and today's app still upgrades it with every row intact
		const db = new HrcDatabase(name);
		await db.open();
		expect(db.backendDB().version).toBe(SCHEMA_VERSION * 10);
		expect(await db.cities.toArray()).toEqual(V1_ROWS.cities);
		expect(await db.answers.count()).toBe(2);
		db.close();
	});
});
