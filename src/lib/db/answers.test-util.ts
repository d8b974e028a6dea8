/** Test set-up: write part of an answer through the app's own save (answers.sync). */
import type { Answer } from '$lib/domain/assessment';
import type { AnswerValue } from '$lib/domain/framework';
import { get, sync } from './answers';

/**
 * Choose `value` and/or type `comment` / `evidence` over what is stored now, as
 * one person in one window would; resolves to the stored answer.
 */
export async function saveAnswer(
	assessmentId: string,
	questionId: string,
	patch: { value?: AnswerValue | null; comment?: string; evidence?: string[] }
): Promise<Answer> {
	const stored = await get(assessmentId, questionId);
	const at = Date.now();
	const typed = patch.comment !== undefined || patch.evidence !== undefined;
	const { answer } = await sync(assessmentId, questionId, {
		choice: 'value' in patch ? { value: patch.value ?? null, at } : undefined,
		text: typed
			? {
					comment: patch.comment ?? stored?.comment ?? '',
					evidence: patch.evidence ?? stored?.evidence ?? [],
					baseComment: stored?.comment ?? '',
					baseEvidence: stored?.evidence ?? [],
					at
				}
			: undefined
	});
	return answer;
}
