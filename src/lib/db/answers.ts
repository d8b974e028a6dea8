/** Answers: one row per question of an assessment (the consensus), or of a respondent. */
import type { Answer } from '$lib/domain/assessment';
import type { Choice, TextChange } from '$lib/domain/journal';
import { choiceApplies, levelChosenAt, textOutcome } from '$lib/domain/journal-merge';
import { respondentOf, type AnswerTarget } from '$lib/domain/team/target';
import { Dexie } from 'dexie';
import { rowsByAssessment } from './by-assessment';
import { db } from './db';
import { ValidationError, guard } from './errors';
import type { z } from 'zod';
import { loadSchemasWhenIdle, loadedSchemas, schemas } from './schemas';

export function listByAssessment(assessmentId: string): Promise<Answer[]> {
	return guard(() => db.answers.where('assessmentId').equals(assessmentId).toArray());
}

/** Answers of several assessments, grouped by assessment id (one query). */
export async function listByAssessments(ids: string[]): Promise<Map<string, Answer[]>> {
	const lists = await guard(() => rowsByAssessment(db.answers, ids));
	return new Map(ids.map((id, i) => [id, lists[i]!]));
}

export function get(
	assessmentId: string,
	questionId: string,
	target?: AnswerTarget
): Promise<Answer | undefined> {
	return guard(() => readStored(assessmentId, questionId, respondentOf(target)));
}

/**
 * Have what `sync` needs loaded in idle time (the schemas, loadSchemasWhenIdle):
 * the first answer of a page then commits as quickly as the next ones.
 */
export const prepareSync = loadSchemasWhenIdle;

/** What an answer editor has not committed yet: a chosen level, typed text, or both. */
export interface AnswerChange {
	choice?: Choice;
	text?: TextChange;
}

export interface SyncResult {
	/** the stored answer after the transaction */
	answer: Answer;
	/** the text was not written: another window saved different text since the person started typing */
	conflict: boolean;
}

/**
 * Commit an editor's pending change in one transaction; resolves once it has
 * committed. The rules are the journal's (domain/journal.ts): the choice is
 * written unless another window changed the level after it; the text is
 * written when the stored text is still the one the person started from, and
 * is otherwise a conflict the person resolves (nothing of theirs is
 * overwritten). Text equal to what is stored is never a conflict.
 *
 * `target`: whose answer this is — the team's consensus (the assessment's
 * answers, the default) or one respondent's (kept in respondentAnswers, never
 * in another respondent's rows nor in the consensus).
 */
export function sync(
	assessmentId: string,
	questionId: string,
	change: AnswerChange,
	target?: AnswerTarget
): Promise<SyncResult> {
	const respondentId = respondentOf(target);
	// loaded already (every save but the first): no await before the transaction, so its
	// first reads are issued now, in the caller's task, before the page redraws
	const ready = loadedSchemas();
	return guard(async () => {
		const { Answer, RespondentAnswer } = ready ?? (await schemas());
		// Dexie promises only, no async function: Dexie then need not carry its
		// transaction across native awaits (zone echoes: ~100 microtasks a save)
		return db.transaction('rw', tablesFor(respondentId), () =>
			// every read at once: one round trip to the database instead of three
			Dexie.Promise.all([
				db.assessments.get(assessmentId),
				respondentId === undefined ? undefined : db.respondents.get(respondentId),
				readStored(assessmentId, questionId, respondentId)
			]).then(([assessment, respondent, existing]): SyncResult | PromiseLike<SyncResult> => {
				if (!assessment) throw new ValidationError('assessmentId', 'invalid');
				if (respondentId !== undefined && respondent?.assessmentId !== assessmentId)
					throw new ValidationError('respondentId', 'invalid');
				// every row this writes says when its level was chosen
				const patch: Partial<Answer> = { valueAt: existing ? levelChosenAt(existing) : 0 };
				if (change.choice && choiceApplies(existing, change.choice))
					Object.assign(patch, { value: change.choice.value, valueAt: change.choice.at });
				const outcome = change.text ? textOutcome(existing, change.text) : 'same';
				if (outcome === 'write' && change.text)
					Object.assign(patch, { comment: change.text.comment, evidence: change.text.evidence });
				const conflict = outcome === 'conflict';
				const changes =
					(patch.value !== undefined && patch.value !== (existing?.value ?? null)) ||
					(existing !== undefined && patch.valueAt !== existing.valueAt) ||
					patch.comment !== undefined;
				const current: Answer = existing ?? {
					assessmentId,
					questionId,
					value: null,
					comment: '',
					evidence: [],
					updatedAt: 0,
					rev: 0,
					...(respondentId !== undefined ? { respondentId } : {})
				};
				if (!changes) return { answer: current, conflict };
				const now = Date.now();
				const next = { ...current, ...patch, updatedAt: now, rev: current.rev + 1 };
				// both writes at once; the records read above are this transaction's, so
				// writing them back whole (not update(), a read and a write) loses nothing
				if (respondentId !== undefined && respondent) {
					const answer = parseAnswer(RespondentAnswer, next);
					return Dexie.Promise.all([
						db.respondentAnswers.put(answer),
						db.respondents.put({ ...respondent, updatedAt: now })
					]).then(() => ({ answer, conflict }));
				}
				const answer = parseAnswer(Answer, next);
				return Dexie.Promise.all([
					db.answers.put(answer),
					db.assessments.put({ ...assessment, updatedAt: now })
				]).then(() => ({ answer, conflict }));
			})
		);
	});
}

/** The tables a sync for this target writes (a respondent's sync never opens `answers`). */
function tablesFor(respondentId: string | undefined) {
	return respondentId === undefined
		? [db.assessments, db.answers]
		: [db.assessments, db.respondents, db.respondentAnswers];
}

/** The stored answer of the target (inside a transaction over its tables). */
function readStored(
	assessmentId: string,
	questionId: string,
	respondentId: string | undefined
): Promise<Answer | undefined> {
	return respondentId === undefined
		? db.answers.get([assessmentId, questionId])
		: db.respondentAnswers.get([assessmentId, respondentId, questionId]);
}

/** An answer checked against the schema; a value it refuses is a ValidationError, not a storage error. */
function parseAnswer<T extends Answer>(schema: z.ZodType<T>, candidate: unknown): T {
	const parsed = schema.safeParse(candidate);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	const field = String(issue?.path[0] ?? 'answer');
	if (issue?.code === 'too_big') throw new ValidationError(field, 'tooLong', Number(issue.maximum));
	throw new ValidationError(field, 'invalid');
}
