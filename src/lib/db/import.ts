/**
 * Importing export files: check a file's text, preview what importing it
 * would do, import it. The conflict policy is the pure `planImport` of
 * $lib/domain/exchange/plan; this module reads the snapshot it needs and
 * writes its result in the SAME read-write transaction, so nothing can change
 * between deciding and writing, and the file is imported whole or not at all.
 */
import { bundledFrameworks } from '$lib/domain/bundled';
import type { ExportFile } from '$lib/domain/exchange/format';
import type { ImportError, ImportWarning } from '$lib/domain/exchange/errors';
import {
	planImport,
	snapshotQuery,
	type ImportPlan,
	type ImportSnapshot,
	type ImportStrategy,
	type ImportWrites
} from '$lib/domain/exchange/plan';
import { parseExportText, type ParseResult } from '$lib/domain/exchange/read';
import type { Framework } from '$lib/domain/framework';
import { db } from './db';
import { guard } from './errors';
import { listAll } from './frameworks';
import { inSlices } from './slices';
import { deleteTeamsOf } from './teams';

export type {
	AssessmentPlan,
	CityPlan,
	ImportPlan,
	ImportStrategy
} from '$lib/domain/exchange/plan';

/** The definitions a file is checked against: bundled and loaded on this device. Never throws. */
export async function checkFrameworks(): Promise<Framework[]> {
	try {
		return await listAll();
	} catch {
		// storage unavailable: check against the bundled definitions only
		return bundledFrameworks;
	}
}

/** Check a file's text against the frameworks on this device (bundled and loaded). Never throws. */
export async function checkText(text: string, maxBytes?: number): Promise<ParseResult> {
	return parseExportText(text, { maxBytes, frameworks: await checkFrameworks() });
}

const tables = () => [
	db.cities,
	db.assessments,
	db.answers,
	db.frameworks,
	db.respondents,
	db.respondentAnswers
];

/** What `planImport` needs to know of this device. Runs inside a transaction. */
async function readSnapshot(file: ExportFile): Promise<ImportSnapshot> {
	const cities = await db.cities.toArray();
	const query = snapshotQuery(file, cities);
	// every stored assessment in one request, kept if the query names it: a file of 1,786
	// assessments asked bulkGet for 1,786 keys, one request each, in one 140 ms task at 4×
	const [stored, frameworks] = await Promise.all([
		db.assessments.toArray(),
		db.frameworks.bulkGet(query.frameworks)
	]);
	const cityIds = new Set(query.cityIds);
	const ids = new Set(query.assessmentIds);
	return {
		cities,
		assessments: stored.filter((a) => cityIds.has(a.cityId) || ids.has(a.id)),
		frameworks: frameworks.flatMap((f) => (f ? [f.definition] : []))
	};
}

/** Carry out a plan's writes. Runs inside the read-write transaction that read its snapshot. */
async function write(w: ImportWrites, onProgress?: ImportProgress): Promise<void> {
	const loadedAt = Date.now();
	const total =
		w.citiesToAdd.length +
		w.assessmentsToAdd.length +
		w.answersToPut.length +
		w.respondentAnswersToPut.length;
	let written = 0;
	/** `put` a slice, then tell how many rows of the file are written */
	const counted =
		<T>(put: (rows: T[]) => Promise<unknown>) =>
		async (rows: T[]) => {
			await put(rows);
			written += rows.length;
			onProgress?.(written, total);
		};
	onProgress?.(0, total);
	await db.frameworks.bulkAdd(
		w.frameworks.map((fw) => ({ id: fw.id, version: fw.version, definition: fw, loadedAt }))
	);
	await db.cities.bulkPut(w.citiesToPut);
	if (w.assessmentsToDelete.length) {
		await db.answers.where('assessmentId').anyOf(w.assessmentsToDelete).delete();
		await deleteTeamsOf(w.assessmentsToDelete);
		await db.assessments.bulkDelete(w.assessmentsToDelete);
	}
	// in slices too: a file of 447 new cities put them in the task that planned the import
	await inSlices(
		w.citiesToAdd,
		counted((rows) => db.cities.bulkAdd(rows))
	);
	await inSlices(
		w.assessmentsToAdd,
		counted((rows) => db.assessments.bulkAdd(rows))
	);
	await inSlices(
		w.answersToPut,
		counted((rows) => db.answers.bulkPut(rows))
	);
	await db.respondents.bulkPut(w.respondentsToPut);
	await inSlices(
		w.respondentAnswersToPut,
		counted((rows) => db.respondentAnswers.bulkPut(rows))
	);
}

/** Told as an import's rows are written: how many so far, of how many (cities, assessments, answers). */
export type ImportProgress = (written: number, total: number) => void;

/** What importing `file` would do: matching cities, conflicting assessments, completion. */
export function previewImport(
	file: ExportFile,
	strategy: ImportStrategy = 'keep'
): Promise<ImportPlan> {
	return guard(() =>
		db.transaction('r', tables(), async () => {
			return planImport(file, await readSnapshot(file), strategy).plan;
		})
	);
}

/** A file's text checked, with what importing it would do now when it is valid. */
export type Previewed =
	| { ok: true; file: ExportFile; warnings: ImportWarning[]; plan: ImportPlan }
	| { ok: false; errors: ImportError[] };

/**
 * Check a file's text (`checkText`) and preview importing a valid one (`previewImport`):
 * in the import's worker, or on the page where there are no workers.
 */
export async function checkAndPreview(
	text: string,
	strategy: ImportStrategy,
	maxBytes?: number
): Promise<Previewed> {
	const r = await checkText(text, maxBytes);
	if (!r.ok) return r;
	return { ...r, plan: await previewImport(r.file, strategy) };
}

/**
 * Import a validated file in ONE read-write transaction over every table: all
 * of it is written, or (on any error, e.g. storage full) none of it.
 * `onProgress` is told as its rows are written (the commit comes after the last).
 */
export function applyImport(
	file: ExportFile,
	strategy: ImportStrategy,
	onProgress?: ImportProgress
): Promise<ImportPlan> {
	return guard(() =>
		db.transaction('rw', tables(), async () => {
			const { plan, writes } = planImport(file, await readSnapshot(file), strategy);
			await write(writes, onProgress);
			return plan;
		})
	);
}
