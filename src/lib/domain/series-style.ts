/**
 * How the n-th data series looks in every chart: on screen (Chart.js, see
 * src/lib/charts/configs.ts) and in the PDF (jsPDF, see src/lib/report/charts.ts).
 * One definition, so a printout held next to the projector shows each city
 * with the same colour, marker and line.
 *
 * Accessibility: colours from the Okabe–Ito palette (distinguishable with the
 * common colour-vision deficiencies); every series also differs by marker and
 * line dash (radar) or by solid/light fill (bars), so charts stay readable in
 * greyscale print.
 */

import { NO_SCORE as NO_SCORE_MARK } from './score-format';

/** Okabe & Ito (2008), ordered for contrast on white; yellow last (weak on white). */
export const PALETTE = [
	'#0072B2', // blue
	'#D55E00', // vermillion
	'#009E73', // bluish green
	'#CC79A7', // reddish purple
	'#E69F00', // orange
	'#56B4E9', // sky blue
	'#000000', // black
	'#F0E442' // yellow
] as const;

/** Marker shapes, drawn by each renderer in its own way. */
export const MARKERS = [
	'circle',
	'square',
	'triangle',
	'diamond',
	'star',
	'cross',
	'plus',
	'roundedSquare'
] as const;
export type Marker = (typeof MARKERS)[number];

/**
 * Dash patterns in line widths (dash, gap, …): a renderer multiplies them by
 * its own unit (pixels on screen, millimetres in the PDF). [] is a solid line.
 */
export const DASHES: readonly (readonly number[])[] = [[], [4, 2], [1, 1.5], [5, 1.5, 1, 1.5]];

export interface SeriesStyle {
	color: string;
	marker: Marker;
	/** in line widths; see DASHES */
	dash: readonly number[];
	/** bars: solid fill, or a light tint with a solid border */
	solid: boolean;
}

/**
 * The look of the n-th series. Colour, marker and dash vary at different
 * rates, so the first 8 × 8 × 4 series all look different, and neighbours
 * always differ in marker as well as colour.
 */
export function seriesStyle(index: number): SeriesStyle {
	const c = index % PALETTE.length;
	const round = Math.floor(index / PALETTE.length);
	return {
		color: PALETTE[c]!,
		marker: MARKERS[(index + round) % MARKERS.length]!,
		dash: DASHES[(Math.floor(index / 2) + round) % DASHES.length]!,
		solid: index % 2 === 0
	};
}

/** A dash pattern in the renderer's unit (e.g. 2 px on screen, 0.6 mm in print). */
export function dashPattern(dash: readonly number[], unit: number): number[] {
	return dash.map((d) => Math.round(d * unit * 1000) / 1000);
}

function rgb(hex: string): [number, number, number] {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** "#RRGGBB" + alpha → "rgba(r, g, b, a)" */
export function withAlpha(hex: string, alpha: number): string {
	const [r, g, b] = rgb(hex);
	return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/**
 * The opaque colour `withAlpha(hex, alpha)` shows on white: for renderers
 * without transparency (the PDF), so fills look the same as on screen.
 */
export function tint(hex: string, alpha: number): string {
	return `#${rgb(hex)
		.map((v) =>
			Math.round(255 - (255 - v) * alpha)
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}

/**
 * "No score" (only N/A, don't know or unanswered) is not 0, in every radar:
 * the outline of a series breaks where it has no score (a gap, never a dip to
 * the centre), a series with a gap is not filled, and an axis where no series
 * has a score is drawn dashed in a muted colour, its label followed by "–".
 * The screen (Chart.js) and the PDF (jsPDF) both draw from this definition.
 */
export const NO_SCORE = {
	/** after the label of an axis where no series has a score */
	mark: NO_SCORE_MARK,
	/** that axis's spoke and label */
	color: '#6b6b6b',
	/** that axis's spoke, in line widths (see DASHES) */
	dash: [1, 2] as readonly number[]
} as const;

/** For each axis: true when no series has a score there (and there is a series). */
export function noScoreAxes(series: readonly { values: readonly (number | null)[] }[]): boolean[] {
	const n = Math.max(0, ...series.map((s) => s.values.length));
	return Array.from(
		{ length: n },
		(_, i) => series.length > 0 && series.every((s) => (s.values[i] ?? null) === null)
	);
}

/** An axis label, marked "–" when no series has a score there. */
export function axisLabel(label: string, noScore: boolean): string {
	return noScore ? `${label} ${NO_SCORE.mark}` : label;
}

/**
 * The pieces of a series' closed outline: runs of neighbouring axes with a
 * score (as axis indices, the last run wrapping round to the first axis). One
 * run covering every axis is the whole polygon; an axis without a score
 * splits the outline there.
 */
export function outlineRuns(values: readonly (number | null)[]): number[][] {
	const n = values.length;
	const scored = (i: number) => values[i] !== null && values[i] !== undefined;
	if (n === 0) return [];
	if (values.every((_, i) => scored(i))) return [Array.from({ length: n }, (_, i) => i)];
	// start just after a gap, so no run is cut at the array's end
	const start = values.findIndex((_, i) => !scored(i)) + 1;
	const runs: number[][] = [];
	let run: number[] = [];
	for (let k = 0; k < n; k++) {
		const i = (start + k) % n;
		if (scored(i)) run.push(i);
		else if (run.length) {
			runs.push(run);
			run = [];
		}
	}
	if (run.length) runs.push(run);
	return runs;
}

/** A series' area is shaded only when it has a score on every axis. */
export function canFill(values: readonly (number | null)[]): boolean {
	return values.length > 0 && values.every((v) => v !== null && v !== undefined);
}
