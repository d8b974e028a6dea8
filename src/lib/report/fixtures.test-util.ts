/** Test data for the report tests (not shipped). */
import type { Answer, Assessment, City } from '$lib/domain/assessment';
import type { AnswerValue } from '$lib/domain/framework';
import { allQuestions } from '$lib/domain/framework-tree';
import { defaultFramework } from '$lib/domain/bundled';
import type { Respondent, RespondentAnswer } from '$lib/domain/team';
import type { AssessmentReportInput } from './types';

export const T0 = Date.UTC(2026, 2, 12, 10, 0, 0);

export const city: City = {
	id: 'city-lodz-01',
	name: 'Łódź',
	country: 'Polska',
	notes: '',
	createdAt: T0,
	updatedAt: T0
};

export const assessment: Assessment = {
	id: 'assess-baseline-01',
	cityId: city.id,
	frameworkId: defaultFramework.id,
	frameworkVersion: defaultFramework.version,
	label: 'Baseline 2026',
	status: 'draft',
	participants: 'Anna Żółkiewska (Biuro Praw Człowieka), Jan Nowak, NGO forum',
	createdAt: T0,
	updatedAt: T0 + 86_400_000
};

export function answer(
	questionId: string,
	value: AnswerValue | null,
	comment = '',
	evidence: string[] = []
): Answer {
	return {
		assessmentId: assessment.id,
		questionId,
		value,
		comment,
		evidence,
		updatedAt: T0,
		rev: 1
	};
}

/** Every question answered with a spread of levels, N/A and don't know. */
export function fullInput(): AssessmentReportInput {
	const cycle: AnswerValue[] = [0, 1, 2, 3, 4, 2, 'na', 1, 'dk', 3, 2, 4];
	const answers = allQuestions(defaultFramework).map(({ question }, i) =>
		answer(
			question.id,
			cycle[i % cycle.length]!,
			i % 3 === 0
				? `Zażółć gęślą jaźń – uchwała Rady Miejskiej w Łodzi nr ${i}/2025; consultation with residents.`
				: '',
			i % 5 === 0 ? [`https://bip.uml.lodz.pl/uchwala-${i}`, 'Minutes of the council, p. 12'] : []
		)
	);
	return { framework: defaultFramework, city, assessment, answers };
}

export function emptyInput(): AssessmentReportInput {
	return { framework: defaultFramework, city, assessment, answers: [] };
}

/** Names of the team fixture's respondents (none of them in `assessment.participants`). */
export const TEAM = {
	zofia: { name: 'Zofia Wąsowska', department: 'Wydział Edukacji' },
	lukasz: { name: 'Łukasz Grzęda', department: 'Biuro Zamówień Publicznych' }
};
export const TOP_COMMENTS = [
	'Deklaracji nie znam, w moim wydziale nikt o niej nie słyszał.',
	'Deklaracja jest wpisana w strategię miasta i rozliczana co roku.'
];
export const CONSENSUS_NOTE =
	'Uzgodniono poziom 2: deklarację przyjęto, ale wydziały jej nie stosują.';

/**
 * The full input with a team of three (two named, one anonymous): they
 * disagree widely on the first question (0, 4 and 2), slightly on the
 * second, and agree on the rest; the consensus of the first carries a note.
 */
export function teamInput(): AssessmentReportInput {
	const input = fullInput();
	const respondents: Respondent[] = [
		{ id: 'resp-zofia-01', ...TEAM.zofia },
		{ id: 'resp-lukasz-01', ...TEAM.lukasz },
		{ id: 'resp-anon-01', name: '', department: '' }
	].map((r, i) => ({
		...r,
		assessmentId: assessment.id,
		createdAt: T0 + i,
		updatedAt: T0 + i,
		rev: 1
	}));
	const questions = allQuestions(defaultFramework).map((q) => q.question.id);
	const levels: Record<string, AnswerValue[]> = {
		[questions[0]!]: [0, 4, 2],
		[questions[1]!]: [2, 3, 'na']
	};
	const respondentAnswers: RespondentAnswer[] = questions.flatMap((qid, qi) =>
		respondents.map((r, ri) => ({
			...answer(qid, levels[qid]?.[ri] ?? 3, qi === 0 ? (TOP_COMMENTS[ri] ?? '') : ''),
			respondentId: r.id
		}))
	);
	input.answers[0] = { ...input.answers[0]!, value: 2, comment: CONSENSUS_NOTE };
	return { ...input, respondents, respondentAnswers };
}
