/**
 * Moving data between devices: export files, import (one transaction per
 * file, all or nothing), user-loaded framework definitions, moving an
 * assessment to a newer framework version, the backup reminder and
 * "delete all my data".
 *
 * The file format and its checks are pure code in $lib/domain/exchange.
 */
import { Assessment, NAME_MAX, newId, type Answer, type City } from '$lib/domain/assessment';
import { bundledFrameworks, findFramework, isBundledFramework } from '$lib/domain/bundled';
import {
	buildExport,
	canonicalJson,
	parseExportText,
	type ExportFile,
	type ExportScope,
	type ParseResult
} from '$lib/domain/exchange';
import {
	planImport as decide,
	snapshotQuery,
	type ImportPlan,
	type ImportSnapshot,
	type ImportStrategy,
	type ImportWrites
} from '$lib/domain/exchange/plan';
import type { Framework } from '$lib/domain/framework';
import { freeLabel } from '$lib/domain/labels';
import { nameKey } from '$lib/domain/text';
import { planAnswerMigration, type AnswerMigrationPlan } from '$lib/domain/versions';
import { markExported } from './backup';
import { DB_NAME, db, type StoredFramework } from './db';
import { ValidationError, guard } from './errors';
import { listAll } from './frameworks';

declare const __APP_VERSION__: string | undefined;
const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

// ---------------------------------------------------------------------------
// Export

const isBundled = isBundledFramework;

type Collected = {
	scope: ExportScope;
	cities: City[];
	assessments: Assessment[];
	answers: Answer[];
	definitions: Framework[];
};

async function build(
	scope: ExportScope,
	cities: City[],
	assessments: Assessment[]
): Promise<Collected> {
	const ids = assessments.map((a) => a.id);
	const answers = ids.length ? await db.answers.where('assessmentId').anyOf(ids).toArray() : [];
	const needed = new Set(
		assessments
			.filter((a) => !isBundled(a.frameworkId, a.frameworkVersion))
			.map((a) => `${a.frameworkId}@${a.frameworkVersion}`)
	);
	const definitions = (await db.frameworks.toArray())
		.filter((f) => needed.has(`${f.id}@${f.version}`))
		.map((f) => f.definition);
	return { scope, cities, assessments, answers, definitions };
}

async function finish(c: Collected): Promise<ExportFile> {
	// hashing runs outside the read transaction (crypto.subtle is not an IndexedDB operation)
	return buildExport({
		scope: c.scope,
		appVersion: APP_VERSION,
		cities: c.cities,
		assessments: c.assessments,
		answers: c.answers,
		frameworkDefinitions: c.definitions
	});
}

const readTables = () => [db.cities, db.assessments, db.answers, db.frameworks];

export async function exportAssessment(id: string): Promise<ExportFile> {
	const c = await guard(() =>
		db.transaction('r', readTables(), async () => {
			const a = await db.assessments.get(id);
			if (!a) throw new ValidationError('id', 'invalid');
			const city = await db.cities.get(a.cityId);
			if (!city) throw new ValidationError('cityId', 'invalid');
			return await build('assessment', [city], [a]);
		})
	);
	return finish(c);
}

export async function exportCity(id: string): Promise<ExportFile> {
	const c = await guard(() =>
		db.transaction('r', readTables(), async () => {
			const city = await db.cities.get(id);
			if (!city) throw new ValidationError('id', 'invalid');
			const as = await db.assessments.where('cityId').equals(id).toArray();
			return await build('city', [city], as);
		})
	);
	return finish(c);
}

/**
 * Everything on this device. Unless `backup` is false (e.g. for a CSV table),
 * the time is recorded as the last full backup.
 */
export async function exportAll({ backup = true }: { backup?: boolean } = {}): Promise<ExportFile> {
	const c = await guard(() =>
		db.transaction('r', readTables(), async () => {
			const [cities, as] = await Promise.all([db.cities.toArray(), db.assessments.toArray()]);
			return await build('all', cities, as);
		})
	);
	const file = await finish(c);
	if (backup) await markExported(file.exportedAt);
	return file;
}

// ---------------------------------------------------------------------------
// Import: the conflict policy is the pure `planImport` of
// $lib/domain/exchange/plan; the snapshot it needs is read, and its result
// written, in the SAME read-write transaction.

export type {
	AssessmentPlan,
	CityPlan,
	ImportPlan,
	ImportStrategy
} from '$lib/domain/exchange/plan';

/** Check a file's text against the frameworks on this device (bundled and loaded). Never throws. */
export async function checkText(text: string, maxBytes?: number): Promise<ParseResult> {
	let frameworks: Framework[] = bundledFrameworks;
	try {
		frameworks = await listAll();
	} catch {
		// storage unavailable: check against the bundled definitions only
	}
	return parseExportText(text, { maxBytes, frameworks });
}

const allTables = () => [db.cities, db.assessments, db.answers, db.frameworks];

/** What `planImport` needs to know of this device. Runs inside a transaction. */
async function readSnapshot(file: ExportFile): Promise<ImportSnapshot> {
	const cities = await db.cities.toArray();
	const query = snapshotQuery(file, cities);
	const [inCities, byId, frameworks] = await Promise.all([
		db.assessments.where('cityId').anyOf(query.cityIds).toArray(),
		db.assessments.bulkGet(query.assessmentIds),
		db.frameworks.bulkGet(query.frameworks)
	]);
	return {
		cities,
		assessments: [...inCities, ...byId.filter((a) => a !== undefined)],
		frameworks: frameworks.flatMap((f) => (f ? [f.definition] : []))
	};
}

/** Carry out a plan's writes. Runs inside the read-write transaction that read its snapshot. */
async function write(w: ImportWrites): Promise<void> {
	const loadedAt = Date.now();
	await db.frameworks.bulkAdd(
		w.frameworks.map((fw) => ({ id: fw.id, version: fw.version, definition: fw, loadedAt }))
	);
	await db.cities.bulkPut(w.citiesToPut);
	if (w.assessmentsToDelete.length) {
		await db.answers.where('assessmentId').anyOf(w.assessmentsToDelete).delete();
		await db.assessments.bulkDelete(w.assessmentsToDelete);
	}
	await db.cities.bulkAdd(w.citiesToAdd);
	await db.assessments.bulkAdd(w.assessmentsToAdd);
	await db.answers.bulkPut(w.answersToPut);
}

/** What importing `file` would do: matching cities, conflicting assessments, completion. */
export function planImport(
	file: ExportFile,
	strategy: ImportStrategy = 'keep'
): Promise<ImportPlan> {
	return guard(() =>
		db.transaction('r', allTables(), async () => {
			return decide(file, await readSnapshot(file), strategy).plan;
		})
	);
}

/**
 * Import a validated file in ONE read-write transaction over every table: all
 * of it is written, or (on any error, e.g. storage full) none of it.
 */
export function applyImport(file: ExportFile, strategy: ImportStrategy): Promise<ImportPlan> {
	return guard(() =>
		db.transaction('rw', allTables(), async () => {
			const { plan, writes } = decide(file, await readSnapshot(file), strategy);
			await write(writes);
			return plan;
		})
	);
}

// ---------------------------------------------------------------------------
// Framework definitions loaded by the user

export type LoadFrameworkResult =
	| { ok: true; status: 'added' | 'alreadyLoaded'; framework: Framework }
	| { ok: false; code: 'bundledVersion' | 'versionExists'; framework: Framework };

/**
 * Store a validated framework definition. A version is never overwritten: a
 * corrected definition must carry a higher version.
 */
export function loadFramework(fw: Framework): Promise<LoadFrameworkResult> {
	return guard(() =>
		db.transaction('rw', db.frameworks, async () => {
			const bundled = findFramework(fw.id, fw.version);
			if (bundled)
				return canonicalJson(bundled) === canonicalJson(fw)
					? { ok: true as const, status: 'alreadyLoaded' as const, framework: fw }
					: { ok: false as const, code: 'bundledVersion' as const, framework: fw };
			const stored = await db.frameworks.get([fw.id, fw.version]);
			if (stored)
				return canonicalJson(stored.definition) === canonicalJson(fw)
					? { ok: true as const, status: 'alreadyLoaded' as const, framework: fw }
					: { ok: false as const, code: 'versionExists' as const, framework: fw };
			await db.frameworks.add({
				id: fw.id,
				version: fw.version,
				definition: fw,
				loadedAt: Date.now()
			});
			return { ok: true as const, status: 'added' as const, framework: fw };
		})
	);
}

export interface LoadedFramework {
	stored: StoredFramework;
	/** assessments answered against it */
	used: number;
}

export function listLoadedFrameworks(): Promise<LoadedFramework[]> {
	return guard(() =>
		db.transaction('r', db.frameworks, db.assessments, async () => {
			const [stored, as] = await Promise.all([db.frameworks.toArray(), db.assessments.toArray()]);
			return stored
				.sort((a, b) => b.loadedAt - a.loadedAt)
				.map((s) => ({
					stored: s,
					used: as.filter((a) => a.frameworkId === s.id && a.frameworkVersion === s.version).length
				}));
		})
	);
}

/** Remove a loaded definition no assessment uses. */
export function removeFramework(id: string, version: string): Promise<void> {
	return guard(() =>
		db.transaction('rw', db.frameworks, db.assessments, async () => {
			const used = await db.assessments
				.filter((a) => a.frameworkId === id && a.frameworkVersion === version)
				.count();
			if (used > 0) throw new ValidationError('framework', 'invalid');
			await db.frameworks.delete([id, version]);
		})
	);
}

async function resolveInTx(id: string, version: string): Promise<Framework | undefined> {
	return findFramework(id, version) ?? (await db.frameworks.get([id, version]))?.definition;
}

/** What moving an assessment to `toVersion` would carry over and leave behind. */
export function planMigration(
	assessmentId: string,
	toVersion: string
): Promise<AnswerMigrationPlan> {
	return guard(() =>
		db.transaction('r', db.assessments, db.answers, db.frameworks, async () => {
			const a = await db.assessments.get(assessmentId);
			if (!a) throw new ValidationError('id', 'invalid');
			const to = await resolveInTx(a.frameworkId, toVersion);
			if (!to) throw new ValidationError('framework', 'invalid');
			const from = await resolveInTx(a.frameworkId, a.frameworkVersion);
			const answers = await db.answers.where('assessmentId').equals(a.id).toArray();
			return planAnswerMigration(from, to, answers);
		})
	);
}

/**
 * Create a NEW assessment answered against `toVersion` of the same framework,
 * copying answers whose question id exists there. The original assessment is
 * left as it was.
 */
export function migrateAssessment(
	assessmentId: string,
	toVersion: string
): Promise<{ assessment: Assessment; plan: AnswerMigrationPlan }> {
	return guard(() =>
		db.transaction('rw', db.assessments, db.answers, db.frameworks, async () => {
			const a = await db.assessments.get(assessmentId);
			if (!a) throw new ValidationError('id', 'invalid');
			const to = await resolveInTx(a.frameworkId, toVersion);
			if (!to) throw new ValidationError('framework', 'invalid');
			const from = await resolveInTx(a.frameworkId, a.frameworkVersion);
			const answers = await db.answers.where('assessmentId').equals(a.id).toArray();
			const plan = planAnswerMigration(from, to, answers);
			const siblings = await db.assessments.where('cityId').equals(a.cityId).toArray();
			const taken = new Set(siblings.map((s) => nameKey(s.label)));
			const label = freeLabel(`${a.label} (${toVersion})`.slice(0, NAME_MAX), taken);
			const now = Date.now();
			const assessment = Assessment.parse({
				...a,
				id: newId(),
				frameworkVersion: toVersion,
				label,
				status: 'draft',
				createdAt: now,
				updatedAt: now
			});
			await db.assessments.add(assessment);
			await db.answers.bulkAdd(plan.carried.map((x) => ({ ...x, assessmentId: assessment.id })));
			return { assessment, plan };
		})
	);
}

// ---------------------------------------------------------------------------
// Deleting everything

/**
 * Delete everything this app keeps on the device: the IndexedDB database, the
 * Cache Storage (offline copies of the app), localStorage and sessionStorage.
 * The database is then reopened, empty.
 */
export async function deleteAllData(): Promise<void> {
	await guard(async () => {
		db.close();
		await db.delete();
		if (typeof caches !== 'undefined')
			for (const key of await caches.keys()) await caches.delete(key);
		if (typeof localStorage !== 'undefined') localStorage.clear();
		if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
		await db.open();
	});
}

/** Every row of every table (tests, diagnostics). */
export function dump(): Promise<Record<string, unknown[]>> {
	return guard(() =>
		db.transaction(
			'r',
			[db.cities, db.assessments, db.answers, db.frameworks, db.meta],
			async () => ({
				cities: await db.cities.toArray(),
				assessments: await db.assessments.toArray(),
				answers: await db.answers.toArray(),
				frameworks: await db.frameworks.toArray(),
				meta: await db.meta.toArray()
			})
		)
	);
}

export { DB_NAME };
