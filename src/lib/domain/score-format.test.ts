import { describe, expect, it } from 'vitest';
import {
	NO_SCORE,
	answeredOf,
	deltaText,
	percentText,
	scoreOutOf100,
	scoreText
} from './score-format';

describe('score formatting (pages, charts and PDF)', () => {
	it('rounds to whole points and shows a dash, never 0, for no score', () => {
		expect(scoreText(62.5)).toBe('63');
		expect(scoreText(0)).toBe('0');
		expect(scoreText(null)).toBe(NO_SCORE);
		expect(scoreText(null, 'no score')).toBe('no score');
		expect(scoreOutOf100(74.4)).toBe('74 / 100');
		expect(scoreOutOf100(null, '–')).toBe('–');
	});

	it('signs a change, with a true minus sign', () => {
		expect(deltaText(5)).toBe('+5');
		expect(deltaText(-3)).toBe('−3');
		expect(deltaText(0)).toBe('0');
		expect(deltaText(null)).toBe(NO_SCORE);
	});

	it('gives coverage as a whole percentage and answered / total', () => {
		expect(percentText(2 / 3)).toBe('67%');
		expect(percentText(1)).toBe('100%');
		expect(answeredOf({ counts: { total: 42, unanswered: 39, na: 0, dk: 1, scored: 2 } })).toEqual({
			answered: 3,
			total: 42
		});
	});
});
