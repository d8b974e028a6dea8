/**
 * Respondent scores, to lay over the team's consensus on the results radar
 * and beside assessments in compare. Each respondent's answers are scored
 * exactly as the consensus is (scoreAssessment), so the series differ only in
 * whose answers they count. Pure: the same in the app, the report and the CLI.
 */
import type { Framework } from '../framework';
import { scoreAssessment, type AssessmentScore } from '../scoring';
import type { Respondent, RespondentAnswer } from './respondent';
import { sortRespondents } from './target';

export interface RespondentScore {
	respondent: Respondent;
	/** position in the whole team (the letter of "Respondent A, B…", as in the team view) */
	index: number;
	score: AssessmentScore;
}

/**
 * One score per respondent who answered at least one question, in team order.
 * A respondent without any answer has no series (it would be all gaps);
 * answers of respondents not in the team are ignored.
 */
export function respondentScores(
	framework: Framework,
	respondents: readonly Respondent[],
	answers: readonly RespondentAnswer[]
): RespondentScore[] {
	const byRespondent = new Map<string, RespondentAnswer[]>();
	for (const a of answers) {
		if (a.value === null) continue;
		let list = byRespondent.get(a.respondentId);
		if (!list) byRespondent.set(a.respondentId, (list = []));
		list.push(a);
	}
	return sortRespondents([...respondents]).flatMap((respondent, index) => {
		const own = byRespondent.get(respondent.id);
		return own ? [{ respondent, index, score: scoreAssessment(framework, own) }] : [];
	});
}
