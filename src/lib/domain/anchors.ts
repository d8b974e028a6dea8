/**
 * The answer options of one question: the scale's levels with the question's
 * own anchors where it has them (else the scale's generic description), then
 * the special answers. One place for the questionnaire, the results' "how to
 * reach the next level" and the PDF.
 */
import type { AnswerValue, Framework, Level, LocalizedText, Question } from './framework';

export interface AnswerOption {
	value: AnswerValue;
	/** the scale's short label, e.g. "Partly in place" */
	label: LocalizedText;
	/** what this answer means for this question */
	description: LocalizedText;
	/** true when the description is the question's own anchor */
	anchored: boolean;
}

/** What `level` looks like for `question`: its anchor, else the scale's description. */
export function levelDescription(
	scale: Framework['scale'],
	question: Pick<Question, 'anchors'>,
	level: Level
): LocalizedText {
	return question.anchors?.[level] ?? scale.levels[level]!.description;
}

export function answerOptions(
	scale: Framework['scale'],
	question: Pick<Question, 'anchors'>
): AnswerOption[] {
	return [
		...scale.levels.map((l) => ({
			value: l.value as AnswerValue,
			label: l.label,
			description: levelDescription(scale, question, l.value),
			anchored: question.anchors !== undefined
		})),
		...scale.special.map((s) => ({
			value: s.value as AnswerValue,
			label: s.label,
			description: s.description,
			anchored: false
		}))
	];
}
