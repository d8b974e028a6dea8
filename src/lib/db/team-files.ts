/**
 * Team files on this device (issue 13, answering on separate devices): export
 * an invitation or a response, import an invitation (the assessment shell)
 * or a response (one respondent's answers). The file kinds and the decisions
 * are pure code in $lib/domain/exchange/team-files; each import reads what it
 * decides on and writes in the SAME read-write transaction, so a response is
 * written whole or not at all.
 */
import { allQuestions } from '$lib/domain/framework-tree';
import {
	buildInvitation,
	buildResponse,
	planResponse,
	type InvitationFile,
	type ResponseDecision,
	type ResponseFile,
	type ResponsePlan
} from '$lib/domain/exchange/team-files';
import type { RespondentAnswer, RespondentFields } from '$lib/domain/team';
import { Respondent } from '$lib/domain/team/respondent';
import { newId } from '$lib/domain/records';
import { db } from './db';
import { ValidationError, guard } from './errors';
import { frameworkFinder } from './frameworks';
import { inSlices } from './slices';

declare const __APP_VERSION__: string | undefined;
const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

async function shell(assessmentId: string) {
	const assessment = await db.assessments.get(assessmentId);
	if (!assessment) throw new ValidationError('assessmentId', 'invalid');
	const city = await db.cities.get(assessment.cityId);
	if (!city) throw new ValidationError('cityId', 'invalid');
	return { assessment, city };
}

/** An invitation to answer `assessmentId`: general, or for one named respondent of it. */
export async function exportInvitation(
	assessmentId: string,
	respondentId?: string
): Promise<InvitationFile> {
	const parts = await guard(() =>
		db.transaction('r', db.cities, db.assessments, db.respondents, db.frameworks, async () => {
			const s = await shell(assessmentId);
			const respondent = respondentId ? await db.respondents.get(respondentId) : undefined;
			if (respondentId && respondent?.assessmentId !== assessmentId)
				throw new ValidationError('respondentId', 'invalid');
			// a definition loaded on this device travels with the invitation; a built-in one does not
			// (a built-in version is never stored in this table: loadFramework refuses it)
			const loaded = await db.frameworks.get([
				s.assessment.frameworkId,
				s.assessment.frameworkVersion
			]);
			return { ...s, respondent, definition: loaded?.definition };
		})
	);
	// the shell only: a draft with nobody's answers and no participants' notes
	return buildInvitation({
		appVersion: APP_VERSION,
		city: parts.city,
		assessment: { ...parts.assessment, status: 'draft', participants: '' },
		respondent: parts.respondent,
		definition: parts.definition
	});
}

/** One respondent's response file: their record and answers. */
export async function exportResponse(
	assessmentId: string,
	respondentId: string
): Promise<ResponseFile> {
	const parts = await guard(() =>
		db.transaction(
			'r',
			db.cities,
			db.assessments,
			db.respondents,
			db.respondentAnswers,
			async () => {
				const s = await shell(assessmentId);
				const respondent = await db.respondents.get(respondentId);
				if (respondent?.assessmentId !== assessmentId)
					throw new ValidationError('respondentId', 'invalid');
				const answers = await db.respondentAnswers
					.where('[assessmentId+respondentId]')
					.equals([assessmentId, respondentId])
					.toArray();
				return { ...s, respondent, answers };
			}
		)
	);
	return buildResponse({ appVersion: APP_VERSION, ...parts });
}

export interface InvitationResult {
	assessmentId: string;
	/** the invitation's named respondent (created here if new); undefined for a general one */
	respondentId?: string;
	/** false when the assessment was already on this device (only the respondent may be new) */
	created: boolean;
}

/**
 * Import an invitation: the city (matched by id), the assessment shell, the
 * named respondent and the framework definition it carries (when this device
 * has no definition of that version), in one transaction. An assessment or a
 * definition already on this device is left as it is (as an import of an
 * export does). Refused when its framework is neither on this device nor in
 * the file.
 */
export async function importInvitation(file: InvitationFile): Promise<InvitationResult> {
	const find = await frameworkFinder();
	const known = await find(file.framework.id, file.framework.version);
	if (!known && !file.definition) throw new ValidationError('frameworkId', 'invalid');
	const definition = known ? undefined : file.definition;
	return guard(() =>
		db.transaction('rw', db.cities, db.assessments, db.respondents, db.frameworks, async () => {
			if (definition && !(await db.frameworks.get([definition.id, definition.version])))
				await db.frameworks.add({
					id: definition.id,
					version: definition.version,
					definition,
					loadedAt: Date.now()
				});
			const existing = await db.assessments.get(file.assessment.id);
			if (!existing) {
				if (!(await db.cities.get(file.city.id))) await db.cities.add(file.city);
				await db.assessments.add(file.assessment);
			}
			const r = file.respondent;
			if (r && !(await db.respondents.get(r.id))) await db.respondents.add(r);
			return { assessmentId: file.assessment.id, respondentId: r?.id, created: !existing };
		})
	);
}

/** Add the respondent who answers a general invitation on this device. */
export function joinAsRespondent(assessmentId: string, fields: RespondentFields) {
	return guard(() =>
		db.transaction('rw', db.assessments, db.respondents, async () => {
			if (!(await db.assessments.get(assessmentId)))
				throw new ValidationError('assessmentId', 'invalid');
			const now = Date.now();
			const r = Respondent.parse({
				id: newId(),
				assessmentId,
				name: fields.name ?? '',
				department: fields.department ?? '',
				createdAt: now,
				updatedAt: now,
				rev: 0
			});
			await db.respondents.add(r);
			return r;
		})
	);
}

/**
 * Import a response: checked against this device and written in ONE
 * read-write transaction (the respondent and all their answers, or nothing).
 * Returns what was done or why nothing was: an unknown assessment, unknown
 * questions, or a decision to take when the respondent already has answers
 * here (then call again with `decision`).
 */
export async function importResponse(
	file: ResponseFile,
	decision?: ResponseDecision
): Promise<ResponsePlan> {
	const [plan] = await importResponses([file], decision);
	return plan!;
}

/**
 * Import many responses at once, each decided and written as `importResponse`
 * does, one after the other, in ONE read-write transaction: each file is
 * written whole or not at all, and the page's live queries re-run once for
 * the lot, not once per file (12 files: 12 re-reads of the whole team). A
 * file of a respondent that an earlier file of the batch already wrote asks,
 * as it would one at a time. If the transaction fails, nothing of the batch
 * is written.
 *
 * What the decisions need is read first, all at once (the assessments, the
 * respondents and each one's answers here), and the decisions are then taken
 * in the files' order against that state, kept up to date with each write
 * decided; the writes follow, the answers in slices (`inSlices`: no long
 * task). Read and written file by file, 12 response files were about 60
 * requests awaited one after the other in the transaction, each round trip to
 * IndexedDB a pause of the page's work.
 */
export async function importResponses(
	files: readonly ResponseFile[],
	decision?: ResponseDecision
): Promise<ResponsePlan[]> {
	const find = await frameworkFinder();
	return guard(() =>
		db.transaction(
			'rw',
			[db.assessments, db.respondents, db.respondentAnswers, db.frameworks],
			async () => {
				const pair = (f: ResponseFile) => [f.assessmentId, f.respondent.id] as const;
				const pairKey = (f: ResponseFile) => JSON.stringify(pair(f));
				const assessmentIds = [...new Set(files.map((f) => f.assessmentId))];
				const respondentIds = [...new Set(files.map((f) => f.respondent.id))];
				const pairs = [...new Map(files.map((f) => [pairKey(f), f])).values()];
				const [assessmentRows, respondentRows, answerRows] = await Promise.all([
					db.assessments.bulkGet(assessmentIds),
					db.respondents.bulkGet(respondentIds),
					Promise.all(
						pairs.map((f) =>
							db.respondentAnswers.where('[assessmentId+respondentId]').equals(pair(f)).toArray()
						)
					)
				]);
				const assessments = new Map(assessmentIds.map((id, i) => [id, assessmentRows[i]]));
				const questionIds = new Map<string, ReadonlySet<string> | undefined>();
				for (const a of assessmentRows) {
					if (!a) continue;
					const framework = await find(a.frameworkId, a.frameworkVersion);
					questionIds.set(
						a.id,
						framework ? new Set(allQuestions(framework).map((q) => q.question.id)) : undefined
					);
				}
				// the state the decisions see: this device's, then each decided write's
				const respondents = new Map(respondentIds.map((id, i) => [id, respondentRows[i]]));
				const onDevice = new Map(pairs.map((f, i) => [pairKey(f), answerRows[i]!]));
				const existing = new Map(onDevice);
				const written = new Map<string, { respondent: Respondent; answers: RespondentAnswer[] }>();
				const plans: ResponsePlan[] = [];
				for (const file of files) {
					const assessment = assessments.get(file.assessmentId);
					const respondent = respondents.get(file.respondent.id);
					if (respondent && respondent.assessmentId !== file.assessmentId)
						throw new ValidationError('respondentId', 'invalid');
					const key = pairKey(file);
					const plan = planResponse(
						file,
						{
							assessment,
							questionIds: assessment ? questionIds.get(assessment.id) : undefined,
							respondent,
							existing: existing.get(key)!
						},
						decision
					);
					plans.push(plan);
					if (plan.kind !== 'write') continue;
					respondents.set(plan.respondent.id, plan.respondent);
					existing.set(key, plan.answers);
					written.set(key, plan);
				}
				// a respondent's answers here are replaced: the old ones deleted, by their keys
				const replaced = [...written.keys()].flatMap((key) => onDevice.get(key)!);
				if (replaced.length)
					await db.respondentAnswers.bulkDelete(
						replaced.map((a) => [a.assessmentId, a.respondentId, a.questionId])
					);
				const writes = [...written.values()];
				await db.respondents.bulkPut(writes.map((w) => w.respondent));
				await inSlices(
					writes.flatMap((w) => w.answers),
					(rows) => db.respondentAnswers.bulkPut(rows)
				);
				return plans;
			}
		)
	);
}
