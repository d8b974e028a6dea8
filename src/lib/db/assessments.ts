/** Assessments of a city against a framework id + version. */
import type {
	Answer,
	Assessment,
	AssessmentFields,
	AssessmentStatus,
	City
} from '$lib/domain/assessment';
import { NAME_MAX, NOTES_MAX } from '$lib/domain/constants';
import type { Framework } from '$lib/domain/framework';
import { newId } from '$lib/domain/records';
import type { Respondent, RespondentAnswer } from '$lib/domain/team/respondent';
import { sortRespondents } from '$lib/domain/team/target';
import { isBlankName, nameKey, normalizeName } from '$lib/domain/text';
import { Dexie, type PromiseExtended } from 'dexie';
import { rowsOf } from './by-assessment';
import { db } from './db';
import { ValidationError, guard } from './errors';
import * as frameworks from './frameworks';
import { schemas } from './schemas';
import { deleteTeamsOf } from './teams';

export type { AssessmentFields };

function clean(fields: AssessmentFields) {
	const label = normalizeName(fields.label);
	const participants = (fields.participants ?? '').trim();
	if (isBlankName(label)) throw new ValidationError('label', 'required');
	if (label.length > NAME_MAX) throw new ValidationError('label', 'tooLong', NAME_MAX);
	if (participants.length > NOTES_MAX)
		throw new ValidationError('participants', 'tooLong', NOTES_MAX);
	return { label, participants };
}

async function assertUniqueLabel(cityId: string, label: string, exceptId?: string) {
	const key = nameKey(label);
	const clash = await db.assessments
		.where('cityId')
		.equals(cityId)
		.filter((a) => a.id !== exceptId && nameKey(a.label) === key)
		.first();
	if (clash) throw new ValidationError('label', 'duplicate');
}

export function list(): Promise<Assessment[]> {
	return guard(() => db.assessments.toArray());
}

export function listByCity(cityId: string): Promise<Assessment[]> {
	return guard(() => db.assessments.where('cityId').equals(cityId).sortBy('createdAt'));
}

export function get(id: string): Promise<Assessment | undefined> {
	return guard(() => db.assessments.get(id));
}

/** The assessments with these ids, in the same order; undefined for an id not on the device. */
export function getMany(ids: string[]): Promise<(Assessment | undefined)[]> {
	return guard(() => db.assessments.bulkGet(ids));
}

/** One assessment with its city, framework and answers: what the questionnaire and results show. */
export interface AssessmentBundle {
	assessment: Assessment;
	city: City | undefined;
	framework: Framework | undefined;
	/** the team's consensus: what scores, results, compare and reports use */
	answers: Answer[];
	/** the team's respondents, in the order added (absent: none) */
	respondents?: Respondent[];
	/** every respondent's answers, each naming its respondent */
	respondentAnswers?: RespondentAnswer[];
}

/**
 * Each assessment's city id as last read here: a bundle read asks for the city
 * in the same round trip as the assessment (an assessment keeps its city), and
 * only when the assessment names another one reads that one after it.
 */
const cityOf = new Map<string, string>();

/**
 * Read one assessment's bundle; null when the assessment is not on the device.
 * One read transaction (a live view re-reads it after every answer, in any tab),
 * one round trip to the database once the assessment's city is known.
 */
export function loadBundle(id: string): Promise<AssessmentBundle | null> {
	// once the bundled frameworks are loaded (every refresh but the first), Dexie
	// promises only, no async function: Dexie then need not carry the live query's
	// zone across native awaits (zone echoes), nor deliver its result in a task of its own
	const { ready, load } = frameworks.frameworkLookup();
	return ready
		? guard(() => readBundle(id, ready))
		: guard(() => load().then((find) => readBundle(id, find)));
}

function readBundle(
	id: string,
	find: frameworks.LookupFramework
): PromiseExtended<AssessmentBundle | null> {
	const knownCity = cityOf.get(id);
	return db.transaction(
		'r',
		[db.assessments, db.answers, db.cities, db.frameworks, db.respondents, db.respondentAnswers],
		() =>
			Dexie.Promise.all([
				db.assessments.get(id),
				rowsOf(db.answers, id),
				db.respondents.where('assessmentId').equals(id).toArray(),
				rowsOf(db.respondentAnswers, id),
				knownCity === undefined ? undefined : db.cities.get(knownCity)
			]).then(([assessment, answers, respondents, respondentAnswers, guessed]) => {
				if (!assessment) return null;
				cityOf.set(id, assessment.cityId);
				return Dexie.Promise.all([
					assessment.cityId === knownCity ? guessed : db.cities.get(assessment.cityId),
					find(assessment.frameworkId, assessment.frameworkVersion)
				]).then(([city, framework]): AssessmentBundle => ({
					assessment,
					city,
					framework,
					answers,
					respondents: sortRespondents(respondents),
					respondentAnswers
				}));
			})
	);
}

export function create(
	cityId: string,
	framework: { id: string; version: string },
	fields: AssessmentFields
): Promise<Assessment> {
	return guard(async () => {
		const { Assessment } = await schemas();
		return db.transaction('rw', db.cities, db.assessments, async () => {
			if (!(await db.cities.get(cityId))) throw new ValidationError('cityId', 'invalid');
			const f = clean(fields);
			await assertUniqueLabel(cityId, f.label);
			const now = Date.now();
			const assessment = Assessment.parse({
				id: newId(),
				cityId,
				frameworkId: framework.id,
				frameworkVersion: framework.version,
				...f,
				status: 'draft',
				createdAt: now,
				updatedAt: now
			});
			await db.assessments.add(assessment);
			return assessment;
		});
	});
}

export function update(id: string, fields: AssessmentFields): Promise<Assessment> {
	return guard(() =>
		db.transaction('rw', db.assessments, async () => {
			const existing = await db.assessments.get(id);
			if (!existing) throw new ValidationError('id', 'invalid');
			const f = clean(fields);
			await assertUniqueLabel(existing.cityId, f.label, id);
			const next = { ...existing, ...f, updatedAt: Date.now() };
			await db.assessments.put(next);
			return next;
		})
	);
}

export function setStatus(id: string, status: AssessmentStatus): Promise<void> {
	return guard(async () => {
		await db.assessments.update(id, { status, updatedAt: Date.now() });
	});
}

/** Delete an assessment with its answers and its team's, in one transaction. */
export function remove(id: string): Promise<void> {
	return guard(() =>
		db.transaction(
			'rw',
			db.assessments,
			db.answers,
			db.respondents,
			db.respondentAnswers,
			async () => {
				await db.answers.where('assessmentId').equals(id).delete();
				await deleteTeamsOf([id]);
				await db.assessments.delete(id);
			}
		)
	);
}
