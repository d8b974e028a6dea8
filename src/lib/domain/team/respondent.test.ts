import { describe, expect, it } from 'vitest';
import { Respondent, RespondentAnswer, respondentLetter, sortRespondents } from './respondent';

describe('respondents', () => {
	it('letters respondents A…Z, then AA, AB…', () => {
		expect([0, 1, 25, 26, 27, 51, 52].map(respondentLetter)).toEqual([
			'A',
			'B',
			'Z',
			'AA',
			'AB',
			'AZ',
			'BA'
		]);
	});

	it('may stay anonymous: name and department are optional', () => {
		const r = Respondent.parse({
			id: 'resp000001',
			assessmentId: 'asmt000001',
			createdAt: 1,
			updatedAt: 1
		});
		expect([r.name, r.department, r.rev]).toEqual(['', '', 0]);
	});

	it('an answer of a respondent names its respondent', () => {
		const base = {
			assessmentId: 'asmt000001',
			questionId: 'F1.1',
			value: 2,
			updatedAt: 1
		};
		expect(RespondentAnswer.safeParse(base).success).toBe(false);
		expect(RespondentAnswer.parse({ ...base, respondentId: 'resp000001' }).respondentId).toBe(
			'resp000001'
		);
	});

	it('sorts by creation, then id', () => {
		const list = [
			{ id: 'b', createdAt: 2 },
			{ id: 'c', createdAt: 1 },
			{ id: 'a', createdAt: 2 }
		];
		expect(sortRespondents(list).map((r) => r.id)).toEqual(['c', 'a', 'b']);
	});
});
