/** Team rows of assessments being deleted (no zod: cities and assessments use it from the first screen). */
import { db } from './db';

/**
 * Delete the respondents and respondent answers of these assessments. Call
 * it inside a read-write transaction that includes both tables.
 */
export async function deleteTeamsOf(assessmentIds: string[]): Promise<void> {
	if (assessmentIds.length === 0) return;
	await db.respondentAnswers.where('assessmentId').anyOf(assessmentIds).delete();
	await db.respondents.where('assessmentId').anyOf(assessmentIds).delete();
}
