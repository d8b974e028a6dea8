/**
 * The team view's data: for every question of a framework, each respondent's
 * answer, the spread and disagreement, the comments with their authors, and
 * the consensus as stored. Pure: the same in the app, the report and the CLI.
 */
import type { Answer } from '../assessment';
import type { Element, Framework, Item, Question } from '../framework';
import { allQuestions } from '../framework-tree';
import type { Respondent, RespondentAnswer } from './respondent';
import { sortRespondents } from './target';
import { spreadOf, suggestedLevel, type Spread } from './spread';
import type { Level } from '../framework';

export interface TeamComment {
	/** position of the respondent in the team (for "Respondent A") */
	index: number;
	respondent: Respondent;
	comment: string;
}

export interface TeamQuestion {
	element: Element;
	item: Item;
	question: Question;
	/** position of the question in the framework (reading order) */
	order: number;
	/** each respondent's answer, in team order (undefined: not answered) */
	answers: (RespondentAnswer | undefined)[];
	spread: Spread;
	/** the median, offered as the agreed level only where the spread is small */
	suggested: Level | null;
	comments: TeamComment[];
	/** the consensus answer as stored (the assessment's answer) */
	consensus: Answer | undefined;
}

export interface TeamAnalysis {
	respondents: Respondent[];
	questions: TeamQuestion[];
	/** per element id: the mean disagreement over its questions with at least two levels given (null: none) */
	elementAgreement: Map<string, { meanDisagreement: number | null; rated: number }>;
}

export function analyseTeam(
	framework: Framework,
	respondents: readonly Respondent[],
	respondentAnswers: readonly RespondentAnswer[],
	consensus: readonly Answer[]
): TeamAnalysis {
	const team = sortRespondents([...respondents]);
	const position = new Map(team.map((r, i) => [r.id, i]));
	const byQuestion = new Map<string, (RespondentAnswer | undefined)[]>();
	for (const a of respondentAnswers) {
		const i = position.get(a.respondentId);
		if (i === undefined) continue;
		let row = byQuestion.get(a.questionId);
		if (!row)
			byQuestion.set(a.questionId, (row = Array<RespondentAnswer | undefined>(team.length)));
		row[i] = a;
	}
	const agreed = new Map(consensus.map((a) => [a.questionId, a]));
	const questions: TeamQuestion[] = allQuestions(framework).map(
		({ element, item, question }, order) => {
			const answers =
				byQuestion.get(question.id) ?? Array<RespondentAnswer | undefined>(team.length);
			const spread = spreadOf(Array.from(answers, (a) => a?.value));
			const comments: TeamComment[] = [];
			answers.forEach((a, index) => {
				if (a && a.comment.trim())
					comments.push({ index, respondent: team[index]!, comment: a.comment });
			});
			return {
				element,
				item,
				question,
				order,
				answers: Array.from(answers),
				spread,
				suggested: suggestedLevel(spread),
				comments,
				consensus: agreed.get(question.id)
			};
		}
	);
	const elementAgreement = new Map<string, { meanDisagreement: number | null; rated: number }>();
	for (const el of framework.elements) {
		const rated = questions.filter((q) => q.element.id === el.id && q.spread.rated >= 2);
		elementAgreement.set(el.id, {
			meanDisagreement: rated.length
				? rated.reduce((s, q) => s + q.spread.disagreement, 0) / rated.length
				: null,
			rated: rated.length
		});
	}
	return { respondents: team, questions, elementAgreement };
}

export type TeamOrder = 'disagreement' | 'framework';

/** Questions ordered: largest disagreement first (ties in framework order), or framework order. */
export function orderQuestions(
	questions: readonly TeamQuestion[],
	order: TeamOrder
): TeamQuestion[] {
	if (order === 'framework') return [...questions].sort((a, b) => a.order - b.order);
	return [...questions].sort(
		(a, b) => b.spread.disagreement - a.spread.disagreement || a.order - b.order
	);
}

/** The questions with the largest disagreement (above 0), at most `limit`. */
export function topDisagreements(
	questions: readonly TeamQuestion[],
	limit: number
): TeamQuestion[] {
	return orderQuestions(questions, 'disagreement')
		.filter((q) => q.spread.disagreement > 0)
		.slice(0, limit);
}
