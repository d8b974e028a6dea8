import { describe, expect, it } from 'vitest';
import { defaultFramework as fw } from '../bundled';
import type { AnswerValue } from '../framework';
import { scoreAssessment } from '../scoring';
import { respondentScores } from './overlay';
import type { Respondent, RespondentAnswer } from './respondent';

const resp = (id: string, createdAt: number): Respondent => ({
	id,
	assessmentId: 'asmt000001',
	name: '',
	department: '',
	createdAt,
	updatedAt: createdAt,
	rev: 0
});
const ans = (respondentId: string, questionId: string, value: AnswerValue | null) => ({
	assessmentId: 'asmt000001',
	respondentId,
	questionId,
	value,
	comment: '',
	evidence: [],
	updatedAt: 1,
	rev: 1
});

describe('respondentScores', () => {
	const team = [resp('respC1', 3), resp('respA1', 1), resp('respB1', 2)];
	const answers: RespondentAnswer[] = [
		ans('respA1', 'F1.1', 4),
		ans('respA1', 'F1.2', 2),
		ans('respC1', 'F1.1', 0),
		ans('respC1', 'S1.1', 'na'),
		// B only has a cleared answer: no series
		ans('respB1', 'F1.1', null),
		ans('gone0001', 'F1.1', 4)
	];
	const scores = respondentScores(fw, team, answers);

	it('gives one series per respondent who answered, in team order, with their team letter', () => {
		expect(scores.map((s) => [s.respondent.id, s.index])).toEqual([
			['respA1', 0],
			['respC1', 2]
		]);
	});

	it('scores each respondent with the consensus scoring, from their own answers only', () => {
		const a = answers.filter((x) => x.respondentId === 'respA1');
		expect(scores[0]!.score).toEqual(scoreAssessment(fw, a));
		const c = scores[1]!.score;
		expect(c.items.find((i) => i.id === 'F1')!.score).toBe(0);
		expect(c.counts.na).toBe(1);
		expect(scores[0]!.score.items.find((i) => i.id === 'F1')!.score).not.toBe(0);
	});

	it('is empty without respondents or answers', () => {
		expect(respondentScores(fw, [], answers)).toEqual([]);
		expect(respondentScores(fw, team, [])).toEqual([]);
	});
});
