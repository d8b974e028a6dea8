/**
 * The device database. This folder is the only code that imports Dexie.
 *
 * What is saved where (IndexedDB database "hrc-self-assessment"):
 * - cities       one row per city (id, name, country, notes)
 * - assessments  one row per self-assessment of a city against a framework id + version
 * - answers      one row per answered question, keyed [assessmentId+questionId]
 * - frameworks   framework definitions loaded by the user (bundled ones are in the app)
 * - meta         small settings: locale, last export time, persistence prompt state
 * - respondents        (v2) the members of a team self-assessment, per assessment
 * - respondentAnswers  (v2) one row per respondent and answered question, keyed
 *                      [assessmentId+respondentId+questionId]; `answers` stays the
 *                      team's consensus
 *
 * Not here: the write-ahead journal of answers not yet committed lives in
 * localStorage until they are (see journal.ts).
 *
 * Every schema version stays listed below so that older databases migrate.
 *
 * Adding a schema version (R10):
 * 1. Add `this.version(N).stores({...}).upgrade(tx => ...)` below the last one
 *    and raise SCHEMA_VERSION to N. Never edit or remove an older version.
 * 2. In src/lib/db/migrations.test.ts add a fixture for the version that was
 *    released before it: create that database with raw IndexedDB exactly as the
 *    released app left it (stores, indexes, IDB version = N_old * 10, sample
 *    rows), open it with HrcDatabase and assert every row arrives intact and
 *    upgraded. Keep the fixtures of all earlier versions: each released version
 *    must upgrade straight to the current one.
 * 3. Keep the "failing upgrade leaves the data untouched" test passing.
 *
 * Dexie stores version N as IndexedDB version N * 10. A database whose
 * IndexedDB version is higher than SCHEMA_VERSION * 10 was written by a newer
 * app: Dexie opens it anyway, so openDb() checks and this window goes
 * read-only (status 'newer') instead of writing into a schema it does not know.
 */
import { Dexie, type DBCore, type EntityTable, type Table } from 'dexie';
import type { Answer, Assessment, City } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import type { Respondent, RespondentAnswer } from '$lib/domain/team';

export const DB_NAME = 'hrc-self-assessment';
/** The newest schema version declared below. */
export const SCHEMA_VERSION = 2;

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
	respondents!: EntityTable<Respondent, 'id'>;
	respondentAnswers!: Table<RespondentAnswer, [string, string, string]>;

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
		// v2 — team self-assessment: respondents and their answers, apart from the consensus
		// (new tables only: no row of v1 changes)
		this.version(2).stores({
			respondents: 'id, assessmentId, updatedAt',
			respondentAnswers:
				'[assessmentId+respondentId+questionId], [assessmentId+respondentId], assessmentId, updatedAt'
		});
		// Refuse every write while this window must not write (see DbStatus).
		this.use({
			stack: 'dbcore',
			name: 'write-guard',
			create: (down: DBCore): DBCore => ({
				...down,
				table: (name) => {
					const table = down.table(name);
					return {
						...table,
						mutate: (req) =>
							writable() ? table.mutate(req) : Promise.reject(new NotWritableError(status))
					};
				}
			})
		});
	}
}

/** A write was refused because this window is outdated or the data is newer than the app. */
export class NotWritableError extends Error {
	constructor(readonly status: DbStatus) {
		super(`the database is not writable in this window (${status})`);
		this.name = 'NotWritableError';
	}
}

export const db = new HrcDatabase();

/**
 * ok: usable. outdated: another tab upgraded the schema, this one must reload.
 * deleted: another tab deleted all data ("Delete all my data"); this one must reload.
 * newer: the data was written by a newer app version; read-only until updated.
 * unavailable: IndexedDB cannot be used at all (private window, blocked).
 */
export type DbStatus = 'ok' | 'outdated' | 'deleted' | 'newer' | 'unavailable';
type Listener = (status: DbStatus, error?: unknown) => void;
const listeners = new Set<Listener>();
let status: DbStatus = 'ok';

/** The database status as last reported (before openDb() settles: 'ok'). */
export function dbStatus(): DbStatus {
	return status;
}

/** Whether writes may go to the database from this window. */
export function writable(): boolean {
	return status === 'ok';
}

/** Be told when another tab upgrades the database or IndexedDB cannot be opened. */
export function onDbStatus(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function emit(next: DbStatus, error?: unknown) {
	status = next;
	for (const l of listeners) l(next, error);
}

// Another tab opened a newer schema (R9) or deleted the database (no new version):
// stop writing here and ask for a reload.
db.on('versionchange', (event: IDBVersionChangeEvent) => {
	db.close();
	emit(event.newVersion === null ? 'deleted' : 'outdated');
	return false;
});

/** Open the database; resolves to false (and tells the listeners) when IndexedDB is unusable. */
export async function openDb(): Promise<boolean> {
	try {
		if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
		await db.open();
		if (db.backendDB().version > SCHEMA_VERSION * 10) {
			emit('newer');
			return false;
		}
		return true;
	} catch (error) {
		emit('unavailable', error);
		return false;
	}
}
