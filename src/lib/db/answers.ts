/** Answers: one row per question of an assessment. */
import { Dexie, RangeSet } from 'dexie';
import { Answer } from '$lib/domain/assessment';
import type { AnswerValue } from '$lib/domain/framework';
import { db, writable } from './db';
import { ConflictError, ValidationError, guard } from './errors';

export interface AnswerPatch {
	value?: AnswerValue | null;
	comment?: string;
	evidence?: string[];
}

export function listByAssessment(assessmentId: string): Promise<Answer[]> {
	return guard(() => db.answers.where('assessmentId').equals(assessmentId).toArray());
}

/** Answers of several assessments, grouped by assessment id (one query). */
export async function listByAssessments(ids: string[]): Promise<Map<string, Answer[]>> {
	const rows = await guard(() => db.answers.where('assessmentId').anyOf(ids).toArray());
	const out = new Map<string, Answer[]>(ids.map((id) => [id, []]));
	for (const r of rows) out.get(r.assessmentId)?.push(r);
	return out;
}

export function get(assessmentId: string, questionId: string): Promise<Answer | undefined> {
	return guard(() => db.answers.get([assessmentId, questionId]));
}

/**
 * Save part of an answer. The promise resolves only once the transaction has
 * committed. When `expectedRev` is given and the stored answer has moved on
 * (another tab wrote it), nothing is written and a ConflictError carries the
 * stored answer.
 */
export function save(
	assessmentId: string,
	questionId: string,
	patch: AnswerPatch,
	expectedRev?: number
): Promise<Answer> {
	return guard(() =>
		db.transaction('rw', db.assessments, db.answers, async () => {
			const assessment = await db.assessments.get(assessmentId);
			if (!assessment) throw new ValidationError('assessmentId', 'invalid');
			const existing = await db.answers.get([assessmentId, questionId]);
			if (expectedRev !== undefined && (existing?.rev ?? 0) !== expectedRev)
				throw new ConflictError(existing);
			const now = Date.now();
			const answer = Answer.parse({
				assessmentId,
				questionId,
				value: null,
				comment: '',
				evidence: [],
				...existing,
				...patch,
				updatedAt: now,
				rev: (existing?.rev ?? 0) + 1
			});
			await db.answers.put(answer);
			await db.assessments.update(assessmentId, { updatedAt: now });
			return answer;
		})
	);
}

/**
 * Write an answer at once, without reading first — for the moment the page is
 * being hidden or closed, when there may be no time for a read-then-write
 * transaction. The IndexedDB request is issued synchronously.
 */
export function putNow(answer: Answer): boolean {
	const valid = Answer.parse(answer);
	if (!db.isOpen() || !writable()) return false;
	try {
		const tx = db.backendDB().transaction('answers', 'readwrite', { durability: 'strict' });
		tx.objectStore('answers').put(valid);
		tx.commit();
		// This write bypasses Dexie: tell live queries here and in other tabs (R8).
		// Their reads start after this transaction, so they see the new row.
		Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, [[]]) });
		return true;
	} catch {
		return false;
	}
}
