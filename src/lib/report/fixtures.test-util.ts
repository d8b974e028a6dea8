/** Test data for the report tests (not shipped). */
import type { Answer, Assessment, City } from '$lib/domain/assessment';
import { allQuestions, type AnswerValue } from '$lib/domain/framework';
import { defaultFramework } from '$lib/domain/bundled';
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
