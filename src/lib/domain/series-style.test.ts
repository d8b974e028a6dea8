import { describe, expect, it } from 'vitest';
import {
	DASHES,
	NO_SCORE,
	axisLabel,
	canFill,
	noScoreAxes,
	outlineRuns,
	MARKERS,
	PALETTE,
	dashPattern,
	seriesStyle,
	tint,
	withAlpha
} from './series-style';

describe('series style (one look on screen and in the PDF)', () => {
	it('gives the first 8 × 8 × 4 series distinct looks', () => {
		const looks = Array.from({ length: 64 }, (_, i) => seriesStyle(i)).map(
			(s) => `${s.color}|${s.marker}|${s.dash.join(',')}`
		);
		expect(new Set(looks).size).toBe(64);
	});

	it('makes neighbours differ in marker as well as colour (greyscale print)', () => {
		for (let i = 1; i < 24; i++) {
			expect(seriesStyle(i).marker).not.toBe(seriesStyle(i - 1).marker);
			expect(seriesStyle(i).color).not.toBe(seriesStyle(i - 1).color);
		}
	});

	it('starts with blue, solid lines, circles, and alternates solid and light bars', () => {
		expect(seriesStyle(0)).toEqual({ color: PALETTE[0], marker: 'circle', dash: [], solid: true });
		expect(seriesStyle(1)).toMatchObject({ marker: 'square', dash: [], solid: false });
		expect(seriesStyle(2).dash).toEqual(DASHES[1]);
		expect(MARKERS).toHaveLength(8);
	});

	it('scales dashes to the renderer unit', () => {
		expect(dashPattern([4, 2], 2)).toEqual([8, 4]);
		expect(dashPattern([1, 1.5], 0.6)).toEqual([0.6, 0.9]);
		expect(dashPattern([], 5)).toEqual([]);
	});

	it('turns a colour into rgba, and into the opaque tint it shows on white', () => {
		expect(withAlpha('#0072B2', 0.5)).toBe('rgba(0, 114, 178, 0.5)');
		expect(tint('#0072B2', 1)).toBe('#0072b2');
		expect(tint('#0072B2', 0)).toBe('#ffffff');
		expect(tint('#000000', 0.25)).toBe('#bfbfbf');
	});
});

describe('no score in a radar (one rule on screen and in the PDF)', () => {
	it('marks an axis only where no series has a score', () => {
		expect(noScoreAxes([{ values: [10, null, null, 0] }, { values: [null, 20, null, 0] }])).toEqual(
			[false, false, true, false]
		);
		expect(noScoreAxes([])).toEqual([]);
		expect(noScoreAxes([{ values: [null, 0] }])).toEqual([true, false]);
	});

	it('labels such an axis with "–", and 0 is not "no score"', () => {
		expect(axisLabel('F4', true)).toBe('F4 –');
		expect(axisLabel('S5', false)).toBe('S5');
		expect(NO_SCORE.mark).toBe('–');
		expect(noScoreAxes([{ values: [0] }])).toEqual([false]);
	});

	it('breaks the outline at a gap instead of drawing it to the centre', () => {
		expect(outlineRuns([1, 2, 3])).toEqual([[0, 1, 2]]);
		expect(outlineRuns([1, null, 3, 4])).toEqual([[2, 3, 0]]);
		expect(outlineRuns([1, 2, null, 4, null, 6])).toEqual([[3], [5, 0, 1]]);
		expect(outlineRuns([null, null])).toEqual([]);
		expect(outlineRuns([0, 0, 0])).toEqual([[0, 1, 2]]);
	});

	it('shades a series only when it has a score on every axis', () => {
		expect(canFill([0, 10, 100])).toBe(true);
		expect(canFill([0, null, 100])).toBe(false);
		expect(canFill([])).toBe(false);
	});
});
