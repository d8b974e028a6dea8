import { describe, expect, it } from 'vitest';
import { Respondent, RespondentAnswer } from './respondent';
import { respondentLetter, sortRespondents, teamPosition } from './target';

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

	it('gives the position a respondent has, or will have, in the team view', () => {
		const team = [
			{ id: 'b', createdAt: 20 },
			{ id: 'a', createdAt: 10 },
			{ id: 'c', createdAt: 30 }
		];
		expect(teamPosition({ id: 'c', createdAt: 30 }, team)).toBe(2);
		expect(teamPosition({ id: 'a', createdAt: 10 }, team)).toBe(0);
		// not yet in the team: where the team view will put them
		expect(teamPosition({ id: 'd', createdAt: 15 }, team)).toBe(1);
		expect(teamPosition({ id: 'e', createdAt: 99 }, team)).toBe(3);
		expect(teamPosition({ id: 'e', createdAt: 99 }, [])).toBe(0);
		// agrees with the team view's own order
		const all = [...team, { id: 'd', createdAt: 15 }];
		expect(sortRespondents(all).map((r) => teamPosition(r, all))).toEqual([0, 1, 2, 3]);
		// team unknown: no position
		expect(teamPosition({ id: 'a', createdAt: 10 }, undefined)).toBe(-1);
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
