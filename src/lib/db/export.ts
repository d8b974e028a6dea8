/**
 * Export files: one assessment, one city or everything on this device, with
 * the user-loaded definitions their assessments need (bundled ones are left
 * out), read in one transaction. The file format is $lib/domain/exchange.
 */
import type { Answer, Assessment, City } from '$lib/domain/assessment';
import { isBundledFramework } from '$lib/domain/bundled';
import type { Respondent, RespondentAnswer } from '$lib/domain/team';
import { buildExport, type ExportFile, type ExportScope } from '$lib/domain/exchange/format';
import type { Framework } from '$lib/domain/framework';
import { markExported } from './backup';
import { db } from './db';
import { ValidationError, guard } from './errors';

declare const __APP_VERSION__: string | undefined;
const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

type Collected = {
	scope: ExportScope;
	cities: City[];
	assessments: Assessment[];
	answers: Answer[];
	respondents: Respondent[];
	respondentAnswers: RespondentAnswer[];
	definitions: Framework[];
};

/** The answers and loaded definitions of `assessments`. Runs inside a read transaction. */
async function collect(
	scope: ExportScope,
	cities: City[],
	assessments: Assessment[]
): Promise<Collected> {
	const ids = assessments.map((a) => a.id);
	const answers = ids.length ? await db.answers.where('assessmentId').anyOf(ids).toArray() : [];
	const respondents = ids.length
		? await db.respondents.where('assessmentId').anyOf(ids).toArray()
		: [];
	const respondentAnswers = ids.length
		? await db.respondentAnswers.where('assessmentId').anyOf(ids).toArray()
		: [];
	const needed = new Map<string, [string, string]>();
	for (const a of assessments)
		if (!isBundledFramework(a.frameworkId, a.frameworkVersion))
			needed.set(`${a.frameworkId}@${a.frameworkVersion}`, [a.frameworkId, a.frameworkVersion]);
	// in key order, as the table holds them
	const keys = [...needed.values()].sort(([ai, av], [bi, bv]) =>
		ai !== bi ? (ai < bi ? -1 : 1) : av < bv ? -1 : av > bv ? 1 : 0
	);
	const definitions = (await db.frameworks.bulkGet(keys)).flatMap((f) => (f ? [f.definition] : []));
	return { scope, cities, assessments, answers, respondents, respondentAnswers, definitions };
}

async function finish(c: Collected): Promise<ExportFile> {
	// hashing runs outside the read transaction (crypto.subtle is not an IndexedDB operation)
	return buildExport({
		scope: c.scope,
		appVersion: APP_VERSION,
		cities: c.cities,
		assessments: c.assessments,
		answers: c.answers,
		respondents: c.respondents,
		respondentAnswers: c.respondentAnswers,
		frameworkDefinitions: c.definitions
	});
}

const readTables = () => [
	db.cities,
	db.assessments,
	db.answers,
	db.frameworks,
	db.respondents,
	db.respondentAnswers
];

export async function exportAssessment(id: string): Promise<ExportFile> {
	const c = await guard(() =>
		db.transaction('r', readTables(), async () => {
			const assessment = await db.assessments.get(id);
			if (!assessment) throw new ValidationError('id', 'invalid');
			const city = await db.cities.get(assessment.cityId);
			if (!city) throw new ValidationError('cityId', 'invalid');
			return await collect('assessment', [city], [assessment]);
		})
	);
	return finish(c);
}

export async function exportCity(id: string): Promise<ExportFile> {
	const c = await guard(() =>
		db.transaction('r', readTables(), async () => {
			const city = await db.cities.get(id);
			if (!city) throw new ValidationError('id', 'invalid');
			const assessments = await db.assessments.where('cityId').equals(id).toArray();
			return await collect('city', [city], assessments);
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
			const [cities, assessments] = await Promise.all([
				db.cities.toArray(),
				db.assessments.toArray()
			]);
			return await collect('all', cities, assessments);
		})
	);
	const file = await finish(c);
	if (backup) await markExported(file.exportedAt);
	return file;
}
