/**
 * Respondents of a team self-assessment and their answers (tables
 * `respondents` and `respondentAnswers`). A respondent's answers are written
 * through answers.sync with the respondent as its target, like the consensus
 * answers; this module lists, adds, renames and removes respondents.
 */
import { NAME_MAX } from '$lib/domain/constants';
import { newId } from '$lib/domain/records';
import {
	RESPONDENTS_MAX,
	sortRespondents,
	type Respondent,
	type RespondentAnswer,
	type RespondentFields
} from '$lib/domain/team';
import { db } from './db';
import { schemas } from './schemas';
export { deleteTeamsOf } from './teams';
import { ValidationError, guard } from './errors';

function clean(fields: RespondentFields) {
	const name = (fields.name ?? '').normalize('NFC').trim();
	const department = (fields.department ?? '').normalize('NFC').trim();
	if (name.length > NAME_MAX) throw new ValidationError('name', 'tooLong', NAME_MAX);
	if (department.length > NAME_MAX) throw new ValidationError('department', 'tooLong', NAME_MAX);
	return { name, department };
}

/** The respondents of an assessment, in the order they were added. */
export function list(assessmentId: string): Promise<Respondent[]> {
	return guard(async () =>
		sortRespondents(await db.respondents.where('assessmentId').equals(assessmentId).toArray())
	);
}

/** Every respondent answer of an assessment. */
export function listAnswers(assessmentId: string): Promise<RespondentAnswer[]> {
	return guard(() => db.respondentAnswers.where('assessmentId').equals(assessmentId).toArray());
}

/** One respondent's answers (never another's: the index is [assessment + respondent]). */
export function answersOf(assessmentId: string, respondentId: string): Promise<RespondentAnswer[]> {
	return guard(() =>
		db.respondentAnswers
			.where('[assessmentId+respondentId]')
			.equals([assessmentId, respondentId])
			.toArray()
	);
}

/** Add a respondent to an assessment; both fields may stay empty (an anonymous team). */
export function create(assessmentId: string, fields: RespondentFields = {}): Promise<Respondent> {
	return guard(async () => {
		const { Respondent } = await schemas();
		return db.transaction('rw', db.assessments, db.respondents, async () => {
			if (!(await db.assessments.get(assessmentId)))
				throw new ValidationError('assessmentId', 'invalid');
			const team = await db.respondents.where('assessmentId').equals(assessmentId).toArray();
			if (team.length >= RESPONDENTS_MAX)
				throw new ValidationError('respondents', 'tooLong', RESPONDENTS_MAX);
			// the list's order is the order added: two respondents added within one
			// millisecond must not tie (a tie falls back to their random ids)
			const now = Math.max(Date.now(), ...team.map((r) => r.createdAt + 1));
			const respondent = Respondent.parse({
				id: newId(),
				assessmentId,
				...clean(fields),
				createdAt: now,
				updatedAt: now,
				rev: 0
			});
			await db.respondents.add(respondent);
			return respondent;
		});
	});
}

/** Change a respondent's name or department. */
export function update(id: string, fields: RespondentFields): Promise<Respondent> {
	return guard(async () => {
		const { Respondent } = await schemas();
		return db.transaction('rw', db.respondents, async () => {
			const existing = await db.respondents.get(id);
			if (!existing) throw new ValidationError('respondentId', 'invalid');
			const next = Respondent.parse({
				...existing,
				...clean({ ...existing, ...fields }),
				updatedAt: Date.now(),
				rev: existing.rev + 1
			});
			await db.respondents.put(next);
			return next;
		});
	});
}

/** Remove a respondent and their answers, in one transaction. */
export function remove(id: string): Promise<void> {
	return guard(() =>
		db.transaction('rw', db.respondents, db.respondentAnswers, async () => {
			const r = await db.respondents.get(id);
			if (!r) return;
			await db.respondentAnswers
				.where('[assessmentId+respondentId]')
				.equals([r.assessmentId, id])
				.delete();
			await db.respondents.delete(id);
		})
	);
}
