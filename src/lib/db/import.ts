/**
 * Importing export files: check a file's text, preview what importing it
 * would do, import it. The conflict policy is the pure `planImport` of
 * $lib/domain/exchange/plan; this module reads the snapshot it needs and
 * writes its result in the SAME read-write transaction, so nothing can change
 * between deciding and writing, and the file is imported whole or not at all.
 */
import { bundledFrameworks } from '$lib/domain/bundled';
import type { ExportFile } from '$lib/domain/exchange/format';
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
		await deleteTeamsOf(w.assessmentsToDelete);
		await db.assessments.bulkDelete(w.assessmentsToDelete);
	}
	await db.cities.bulkAdd(w.citiesToAdd);
	await db.assessments.bulkAdd(w.assessmentsToAdd);
	// in slices, each issued once the previous one is written: the page stays responsive during a
	// large import (no long task: putting a row clones it on the page's thread, so a slice of
	// 2,000 took 200–300 ms on a 4× slower CPU), and it is still the one transaction (all of the
	// file or none): awaiting the transaction's own requests keeps it open
	for (let i = 0; i < w.answersToPut.length; i += ANSWER_SLICE)
		await db.answers.bulkPut(w.answersToPut.slice(i, i + ANSWER_SLICE));
	await db.respondents.bulkPut(w.respondentsToPut);
	await db.respondentAnswers.bulkPut(w.respondentAnswersToPut);
}

const ANSWER_SLICE = 500;

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

/**
 * Import a validated file in ONE read-write transaction over every table: all
 * of it is written, or (on any error, e.g. storage full) none of it.
 */
export function applyImport(file: ExportFile, strategy: ImportStrategy): Promise<ImportPlan> {
	return guard(() =>
		db.transaction('rw', tables(), async () => {
			const { plan, writes } = planImport(file, await readSnapshot(file), strategy);
			await write(writes);
			return plan;
		})
	);
}
