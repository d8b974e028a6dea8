/**
 * The device database. This folder is the only code that imports Dexie.
 *
 * What is saved where (IndexedDB database "hrc-self-assessment"):
 * - cities       one row per city (id, name, country, notes)
 * - assessments  one row per self-assessment of a city against a framework id + version
 * - answers      one row per answered question, keyed [assessmentId+questionId]
 * - frameworks   framework definitions loaded by the user (bundled ones are in the app)
 * - meta         small settings: locale, last export time, persistence prompt state
 *
 * Every schema version stays listed below so that older databases migrate.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Answer, Assessment, City } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';

export const DB_NAME = 'hrc-self-assessment';

export interface StoredFramework {
	id: string;
	version: string;
	definition: Framework;
	loadedAt: number;
}

export interface MetaRow {
	key: string;
	value: unknown;
}

export class HrcDatabase extends Dexie {
	cities!: EntityTable<City, 'id'>;
	assessments!: EntityTable<Assessment, 'id'>;
	answers!: Table<Answer, [string, string]>;
	frameworks!: Table<StoredFramework, [string, string]>;
	meta!: Table<MetaRow, string>;

	constructor(name = DB_NAME) {
		super(name);
		// v1 — first release
		this.version(1).stores({
			cities: 'id, name, updatedAt',
			assessments: 'id, cityId, updatedAt',
			answers: '[assessmentId+questionId], assessmentId, updatedAt',
			frameworks: '[id+version], id',
			meta: 'key'
		});
	}
}

export const db = new HrcDatabase();

export type DbStatus = 'ok' | 'outdated' | 'unavailable';
type Listener = (status: DbStatus, error?: unknown) => void;
const listeners = new Set<Listener>();

/** Be told when another tab upgrades the database or IndexedDB cannot be opened. */
export function onDbStatus(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function emit(status: DbStatus, error?: unknown) {
	for (const l of listeners) l(status, error);
}

// Another tab opened a newer schema: stop writing here and ask for a reload (R9).
db.on('versionchange', () => {
	db.close();
	emit('outdated');
	return false;
});

/** Open the database; resolves to false (and tells the listeners) when IndexedDB is unusable. */
export async function openDb(): Promise<boolean> {
	try {
		if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
		await db.open();
		return true;
	} catch (error) {
		emit('unavailable', error);
		return false;
	}
}
