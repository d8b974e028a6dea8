/**
 * "Not applicable" used as meant: N/A is for matters outside the city's
 * competence, not for a body or document that does not exist (that is level 0).
 * When an item's first question (does it exist?) is answered 0 and later
 * questions (how does it work?) are N/A, the questionnaire hints at this.
 */
import type { AnswerValue, Item } from './framework';

/** The ids of the item's questions answered N/A after a first question answered 0; empty when no hint is due. */
export function naAfterZero(
	item: Pick<Item, 'questions'>,
	valueOf: (questionId: string) => AnswerValue | null | undefined
): string[] {
	const [first, ...rest] = item.questions;
	if (!first || valueOf(first.id) !== 0) return [];
	return rest.filter((q) => valueOf(q.id) === 'na').map((q) => q.id);
}
