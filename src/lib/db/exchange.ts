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
import { allQuestions, frameworkKey, type Framework } from '$lib/domain/framework';
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
// Import

export type ImportStrategy = 'keep' | 'replace' | 'copy';

export interface AssessmentPlan {
	/** id in the file */
	fileId: string;
	label: string;
	cityName: string;
	frameworkKey: string;
	answered: number;
	/** questions in its framework, when the framework is known */
	total: number | undefined;
	/** an assessment with this id, or this label in the same city, is already stored */
	conflict: { kind: 'id' | 'label'; label: string } | null;
	/** what happened / would happen */
	outcome: 'added' | 'kept' | 'replaced' | 'copied';
	/** id it is stored under after import */
	id: string;
	/** label it is stored under after import */
	finalLabel: string;
}

export interface CityPlan {
	fileId: string;
	name: string;
	/**
	 * 'new': added; 'same': this city (same id) is stored; 'merged': a city with
	 * this name is stored; 'skipped': not on this device, but not added either,
	 * because every assessment of it in the file was skipped ("keep")
	 */
	match: 'new' | 'same' | 'merged' | 'skipped';
}

export interface ImportPlan {
	cities: CityPlan[];
	assessments: AssessmentPlan[];
	conflicts: number;
	frameworksAdded: string[];
}

/** `label (2)`, `label (3)`… whichever is free; `taken` holds `nameKey`s. */
function uniqueLabel(label: string, taken: Set<string>): string {
	for (let n = 2; ; n++) {
		const suffix = ` (${n})`;
		const candidate = label.slice(0, NAME_MAX - suffix.length) + suffix;
		if (!taken.has(nameKey(candidate))) return candidate;
	}
}

/** Bundled first (a file never replaces it), then the file's definitions, then loaded ones. */
async function knownFramework(id: string, version: string, file: ExportFile) {
	return (
		findFramework(id, version, file.frameworkDefinitions) ??
		(await db.frameworks.get([id, version]))?.definition
	);
}

/** Work out (and with `write`, carry out) an import. Runs inside a transaction. */
async function resolveImport(
	file: ExportFile,
	strategy: ImportStrategy,
	write: boolean
): Promise<ImportPlan> {
	const plan: ImportPlan = { cities: [], assessments: [], conflicts: 0, frameworksAdded: [] };

	for (const fw of file.frameworkDefinitions) {
		if (isBundled(fw.id, fw.version) || (await db.frameworks.get([fw.id, fw.version]))) continue;
		plan.frameworksAdded.push(frameworkKey(fw));
		if (write)
			await db.frameworks.add({
				id: fw.id,
				version: fw.version,
				definition: fw,
				loadedAt: Date.now()
			});
	}

	// names are compared by nameKey, many times over: compute each once
	const keys = new Map<string, string>();
	const keyOf = (name: string) => {
		let key = keys.get(name);
		if (key === undefined) keys.set(name, (key = nameKey(name)));
		return key;
	};

	const cityTarget = new Map<string, { id: string; name: string }>();
	/** cities of the file not on this device, by nameKey */
	const newCities = new Map<string, City>();
	for (const city of file.cities) {
		const same = await db.cities.get(city.id);
		if (same) {
			plan.cities.push({ fileId: city.id, name: same.name, match: 'same' });
			cityTarget.set(city.id, same);
			if (write && strategy === 'replace' && canonicalJson(same) !== canonicalJson(city)) {
				const key = keyOf(city.name);
				const clash = await db.cities
					.filter((c) => c.id !== city.id && keyOf(c.name) === key)
					.first();
				await db.cities.put(clash ? { ...city, name: same.name } : city);
			}
			continue;
		}
		const key = keyOf(city.name);
		const byName =
			(await db.cities.filter((c) => keyOf(c.name) === key).first()) ?? newCities.get(key);
		if (byName) {
			plan.cities.push({ fileId: city.id, name: byName.name, match: 'merged' });
			cityTarget.set(city.id, byName);
			continue;
		}
		// added after the assessments are resolved: only if something of the file uses it
		plan.cities.push({ fileId: city.id, name: city.name, match: 'new' });
		cityTarget.set(city.id, city);
		newCities.set(key, city);
	}

	const answersOf = new Map<string, Answer[]>();
	for (const a of file.answers) {
		const list = answersOf.get(a.assessmentId) ?? [];
		list.push(a);
		answersOf.set(a.assessmentId, list);
	}

	// Read stored assessments once and keep the copy in step with what is written.
	const stored = new Map((await db.assessments.toArray()).map((a) => [a.id, a]));
	const totals = new Map<string, number | undefined>();
	const toAdd: Assessment[] = [];
	const answersToAdd: Answer[] = [];

	for (const a of file.assessments) {
		const target = cityTarget.get(a.cityId)!;
		const answers = answersOf.get(a.id) ?? [];
		const fwKey = `${a.frameworkId}@${a.frameworkVersion}`;
		if (!totals.has(fwKey)) {
			const fw = await knownFramework(a.frameworkId, a.frameworkVersion, file);
			totals.set(fwKey, fw ? allQuestions(fw).length : undefined);
		}
		const siblings = [...stored.values()].filter((s) => s.cityId === target.id);
		const byId = stored.get(a.id);
		const labelKey = keyOf(a.label);
		const byLabel = siblings.find((s) => s.id !== a.id && keyOf(s.label) === labelKey);
		const conflict = byId
			? { kind: 'id' as const, label: byId.label }
			: byLabel
				? { kind: 'label' as const, label: byLabel.label }
				: null;
		const entry: AssessmentPlan = {
			fileId: a.id,
			label: a.label,
			cityName: target.name,
			frameworkKey: fwKey,
			answered: answers.filter((x) => x.value !== null).length,
			total: totals.get(fwKey),
			conflict,
			outcome: 'added',
			id: a.id,
			finalLabel: a.label
		};
		plan.assessments.push(entry);
		if (conflict) plan.conflicts++;

		let record: Assessment = { ...a, cityId: target.id };
		if (conflict && strategy === 'keep') {
			entry.outcome = 'kept';
			entry.id = (byId ?? byLabel)!.id;
			entry.finalLabel = (byId ?? byLabel)!.label;
			continue;
		}
		if (conflict && strategy === 'replace') {
			entry.outcome = 'replaced';
			for (const old of [byId, byLabel])
				if (old) {
					stored.delete(old.id);
					if (write) {
						await db.answers.where('assessmentId').equals(old.id).delete();
						await db.assessments.delete(old.id);
					}
				}
		}
		if (conflict && strategy === 'copy') {
			entry.outcome = 'copied';
			const id = byId ? newId() : a.id;
			const taken = new Set(siblings.map((s) => keyOf(s.label)));
			const label = taken.has(labelKey) ? uniqueLabel(a.label, taken) : a.label;
			record = { ...record, id, label };
			entry.id = id;
			entry.finalLabel = label;
		}
		stored.set(record.id, record);
		toAdd.push(record);
		for (const x of answers)
			answersToAdd.push(record.id === x.assessmentId ? x : { ...x, assessmentId: record.id });
	}
	// A new city is added unless all its assessments in the file were skipped
	// ("keep"): a city exported without assessments is still added.
	const used = new Set(toAdd.map((a) => a.cityId));
	const skipped = new Set(file.assessments.map((a) => a.cityId).filter((id) => !used.has(id)));
	for (const c of plan.cities) if (c.match === 'new' && skipped.has(c.fileId)) c.match = 'skipped';
	if (write) {
		await db.cities.bulkAdd([...newCities.values()].filter((c) => !skipped.has(c.id)));
		await db.assessments.bulkAdd(toAdd);
		await db.answers.bulkPut(answersToAdd);
	}
	return plan;
}

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

/** What importing `file` would do: matching cities, conflicting assessments, completion. */
export function planImport(
	file: ExportFile,
	strategy: ImportStrategy = 'keep'
): Promise<ImportPlan> {
	return guard(() => db.transaction('r', allTables(), () => resolveImport(file, strategy, false)));
}

/**
 * Import a validated file in ONE read-write transaction over every table: all
 * of it is written, or (on any error, e.g. storage full) none of it.
 */
export function applyImport(file: ExportFile, strategy: ImportStrategy): Promise<ImportPlan> {
	return guard(() => db.transaction('rw', allTables(), () => resolveImport(file, strategy, true)));
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
			const base = `${a.label} (${toVersion})`.slice(0, NAME_MAX);
			const label = taken.has(nameKey(base)) ? uniqueLabel(base, taken) : base;
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
