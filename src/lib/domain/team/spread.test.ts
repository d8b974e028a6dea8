import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../framework';
import { LEVELS } from '../constants';
import { disagreement, isSmallSpread, medianOf, spreadOf, suggestedLevel } from './spread';

const level = fc.constantFrom(...LEVELS);
const value = fc.oneof(
	level,
	fc.constantFrom<AnswerValue | null | undefined>('na', 'dk', null, undefined)
);
const values = fc.array(value, { maxLength: 30 });

describe('disagreement (property tests)', () => {
	it('is 0 when everyone chose the same level, however many', () => {
		fc.assert(
			fc.property(level, fc.integer({ min: 0, max: 30 }), (l, n) => {
				expect(disagreement(Array<AnswerValue>(n).fill(l))).toBe(0);
			})
		);
	});

	it('does not depend on the order of the respondents', () => {
		fc.assert(
			fc.property(
				values.chain((vs) =>
					fc.tuple(fc.constant(vs), fc.shuffledSubarray(vs, { minLength: vs.length }))
				),
				([vs, shuffled]) => {
					expect(disagreement(shuffled)).toBeCloseTo(disagreement(vs), 12);
				}
			)
		);
	});

	it('never counts "not applicable", "don\'t know" or no answer', () => {
		fc.assert(
			fc.property(
				fc.array(level, { maxLength: 20 }),
				fc.array(fc.constantFrom<AnswerValue | null | undefined>('na', 'dk', null, undefined), {
					maxLength: 20
				}),
				(levels, others) => {
					expect(disagreement([...others, ...levels, ...others])).toBe(disagreement(levels));
				}
			)
		);
	});

	it('stays within [0, 1]', () => {
		fc.assert(
			fc.property(values, (vs) => {
				const d = disagreement(vs);
				expect(d).toBeGreaterThanOrEqual(0);
				expect(d).toBeLessThanOrEqual(1);
			})
		);
	});

	it('is positive as soon as two levels differ, and 1 for opposite ends', () => {
		fc.assert(
			fc.property(level, level, (a, b) => {
				expect(disagreement([a, b]) > 0).toBe(a !== b);
			})
		);
		expect(disagreement([0, 4])).toBe(1);
		expect(disagreement([0, 0, 4])).toBeCloseTo(2 / 3, 12);
		expect(disagreement([2, 3])).toBe(0.25);
	});
});

describe('spreadOf', () => {
	it("counts levels, N/A, don't know and no answer apart", () => {
		const s = spreadOf([3, 3, 'na', 'dk', 'dk', 1, undefined, null, 4]);
		expect(s.counts).toEqual([0, 1, 0, 2, 1]);
		expect([s.na, s.dk, s.none, s.rated]).toEqual([1, 2, 2, 4]);
		expect(s.median).toBe(3);
		expect([s.min, s.max]).toEqual([1, 4]);
	});

	it('takes the lower middle level as the median of an even count', () => {
		expect(spreadOf([1, 2, 3, 4]).median).toBe(2);
		expect(spreadOf([]).median).toBeNull();
		expect(spreadOf(['na', 'dk']).median).toBeNull();
	});

	it('has every respondent in exactly one count (property)', () => {
		fc.assert(
			fc.property(values, (vs) => {
				const s = spreadOf(vs);
				const total = s.counts.reduce((a, b) => a + b, 0) + s.na + s.dk + s.none;
				expect(total).toBe(vs.length);
				expect(s.rated).toBe(s.counts.reduce((a, b) => a + b, 0));
				if (s.median !== null) {
					expect(s.median).toBeGreaterThanOrEqual(s.min!);
					expect(s.median).toBeLessThanOrEqual(s.max!);
				}
			})
		);
	});

	it('shows an honest median for an even count: the mean of the middle pair, or between two levels', () => {
		expect(medianOf(spreadOf([0, 4]))).toEqual({ level: 2 });
		expect(medianOf(spreadOf([1, 3, 'na']))).toEqual({ level: 2 });
		expect(medianOf(spreadOf([1, 2]))).toEqual({ between: [1, 2] });
		expect(medianOf(spreadOf([0, 1, 3, 4]))).toEqual({ level: 2 });
		expect(medianOf(spreadOf([0, 0, 1, 4]))).toEqual({ between: [0, 1] });
		expect(medianOf(spreadOf([0, 3]))).toEqual({ between: [1, 2] });
		expect(medianOf(spreadOf([3, 3]))).toEqual({ level: 3 });
		expect(medianOf(spreadOf([4, 0, 1]))).toEqual({ level: 1 });
		expect(medianOf(spreadOf(['dk']))).toBeNull();
		// the prefill rule does not change: [2, 3] still offers 2, [0, 4] offers nothing
		expect(suggestedLevel(spreadOf([2, 3]))).toBe(2);
		expect(suggestedLevel(spreadOf([0, 4]))).toBeNull();
	});

	it('the shown median lies between the lowest and highest level given (property)', () => {
		fc.assert(
			fc.property(values, (vs) => {
				const s = spreadOf(vs);
				const m = medianOf(s);
				if (s.rated === 0) {
					expect(m).toBeNull();
					return;
				}
				const [lo, hi] = m && 'level' in m ? [m.level, m.level] : m!.between;
				expect(lo).toBeGreaterThanOrEqual(s.min!);
				expect(hi).toBeLessThanOrEqual(s.max!);
				if (m && 'between' in m) expect(hi - lo).toBe(1);
			})
		);
	});

	it('suggests the median only where the levels lie within one step', () => {
		expect(suggestedLevel(spreadOf([2, 3, 3, 'na']))).toBe(3);
		expect(suggestedLevel(spreadOf([2, 2, 2]))).toBe(2);
		expect(suggestedLevel(spreadOf([1, 3]))).toBeNull();
		expect(suggestedLevel(spreadOf([0, 4, 4]))).toBeNull();
		expect(suggestedLevel(spreadOf(['dk', 'na']))).toBeNull();
		expect(isSmallSpread(spreadOf([]))).toBe(false);
	});
});
