import { describe, expect, it } from 'vitest';
import { defaultFramework as fw } from '../bundled';
import type { AnswerValue } from '../framework';
import { allQuestions } from '../framework-tree';
import { analyseTeam, orderQuestions, topDisagreements } from './analysis';
import type { Respondent, RespondentAnswer } from './respondent';

const resp = (id: string, createdAt: number, name = ''): Respondent => ({
	id,
	assessmentId: 'asmt000001',
	name,
	department: '',
	createdAt,
	updatedAt: createdAt,
	rev: 0
});
const ans = (
	respondentId: string,
	questionId: string,
	value: AnswerValue | null,
	comment = ''
): RespondentAnswer => ({
	assessmentId: 'asmt000001',
	respondentId,
	questionId,
	value,
	comment,
	evidence: [],
	updatedAt: 1,
	rev: 1
});

describe('analyseTeam', () => {
	const team = [resp('respB1', 2, 'Skarbnik'), resp('respA1', 1)];
	const answers = [
		ans('respA1', 'F1.1', 4, 'Deklaracja przyjęta uchwałą.'),
		ans('respB1', 'F1.1', 0, 'Nigdy o niej nie słyszałem.'),
		ans('respA1', 'F1.2', 2),
		ans('respB1', 'F1.2', 3),
		ans('respA1', 'S1.1', 'na'),
		ans('respB1', 'S1.1', 'dk'),
		ans('gone0001', 'F1.3', 4)
	];
	const consensus = {
		assessmentId: 'asmt000001',
		questionId: 'F1.2',
		value: 3 as const,
		comment: 'Uzgodniono',
		evidence: [],
		updatedAt: 1,
		rev: 1
	};
	const a = analyseTeam(fw, team, answers, [consensus]);

	it('puts every respondent in team order, every question in reading order', () => {
		expect(a.respondents.map((r) => r.id)).toEqual(['respA1', 'respB1']);
		expect(a.questions.map((q) => q.question.id)).toEqual(
			allQuestions(fw).map((x) => x.question.id)
		);
		const f11 = a.questions[0]!;
		expect(f11.answers.map((x) => x?.value)).toEqual([4, 0]);
		expect(f11.comments.map((c) => [c.index, c.comment])).toEqual([
			[0, 'Deklaracja przyjęta uchwałą.'],
			[1, 'Nigdy o niej nie słyszałem.']
		]);
		expect(f11.spread.disagreement).toBe(1);
		expect(f11.suggested).toBeNull();
	});

	it('suggests the median where the spread is small, and keeps the stored consensus', () => {
		const f12 = a.questions.find((q) => q.question.id === 'F1.2')!;
		expect(f12.suggested).toBe(2);
		expect(f12.consensus?.comment).toBe('Uzgodniono');
	});

	it('ignores answers of respondents not in the team; N/A and dk are no disagreement', () => {
		expect(a.questions.find((q) => q.question.id === 'F1.3')!.spread.none).toBe(2);
		const s11 = a.questions.find((q) => q.question.id === 'S1.1')!;
		expect([s11.spread.na, s11.spread.dk, s11.spread.disagreement]).toEqual([1, 1, 0]);
	});

	it('ranks the largest disagreements first and averages them per element', () => {
		expect(
			orderQuestions(a.questions, 'disagreement')
				.slice(0, 2)
				.map((q) => q.question.id)
		).toEqual(['F1.1', 'F1.2']);
		expect(topDisagreements(a.questions, 5).map((q) => q.question.id)).toEqual(['F1.1', 'F1.2']);
		expect(a.elementAgreement.get(fw.elements[0]!.id)).toEqual({
			meanDisagreement: 0.625,
			rated: 2
		});
		expect(a.elementAgreement.get(fw.elements[1]!.id)).toEqual({
			meanDisagreement: null,
			rated: 0
		});
	});
});
