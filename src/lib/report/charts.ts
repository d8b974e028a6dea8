/**
 * Charts drawn with jsPDF vector primitives (no canvas): identical in a worker
 * and in Node, sharp at any zoom and a few kilobytes each. Series look as on
 * screen (domain/series-style.ts): colour (Okabe–Ito, colour-blind safe), dash
 * pattern and marker shape, so they still read when printed in greyscale.
 */
import type { jsPDF } from 'jspdf';
import { roundScore } from '$lib/domain/score-format';
import {
	NO_SCORE,
	axisLabel,
	canFill,
	dashPattern,
	noScoreAxes,
	outlineRuns,
	tint,
	type Marker,
	type SeriesStyle
} from '$lib/domain/series-style';
import { COLORS, type Writer } from './layout';

/** Line width of a series in the PDF, in mm: the unit of its dash pattern. */
const SERIES_LINE = 0.6;

export function drawMarker(
	doc: jsPDF,
	marker: Marker,
	x: number,
	y: number,
	r: number,
	color: string
): void {
	doc.setFillColor(color);
	doc.setDrawColor(color);
	doc.setLineDashPattern([], 0);
	switch (marker) {
		case 'circle':
			doc.circle(x, y, r, 'F');
			break;
		case 'square':
			doc.rect(x - r, y - r, 2 * r, 2 * r, 'F');
			break;
		case 'triangle':
			doc.triangle(x, y - r * 1.2, x - r * 1.1, y + r * 0.8, x + r * 1.1, y + r * 0.8, 'F');
			break;
		case 'diamond':
			doc.lines(
				[
					[r * 1.2, r * 1.2],
					[-r * 1.2, r * 1.2],
					[-r * 1.2, -r * 1.2]
				],
				x,
				y - r * 1.2,
				[1, 1],
				'F',
				true
			);
			break;
		case 'cross':
			doc.setLineWidth(0.45);
			doc.line(x - r, y - r, x + r, y + r);
			doc.line(x - r, y + r, x + r, y - r);
			break;
		case 'plus':
			doc.setLineWidth(0.45);
			doc.line(x - r * 1.2, y, x + r * 1.2, y);
			doc.line(x, y - r * 1.2, x, y + r * 1.2);
			break;
		case 'star':
			// as Chart.js draws it: a plus and a cross over each other
			doc.setLineWidth(0.35);
			doc.line(x - r * 1.2, y, x + r * 1.2, y);
			doc.line(x, y - r * 1.2, x, y + r * 1.2);
			doc.line(x - r * 0.85, y - r * 0.85, x + r * 0.85, y + r * 0.85);
			doc.line(x - r * 0.85, y + r * 0.85, x + r * 0.85, y - r * 0.85);
			break;
		case 'roundedSquare':
			doc.roundedRect(x - r, y - r, 2 * r, 2 * r, r * 0.4, r * 0.4, 'F');
			break;
	}
}

export interface RadarSeries extends SeriesStyle {
	/** 0–100 per axis, null = no score (left out of the outline) */
	values: (number | null)[];
	/** light fill under the outline (single-series charts) */
	fill?: string;
}

/** A radar chart centred at (cx, cy). Axis labels are short (item ids). */
export function radarChart(
	w: Writer,
	cx: number,
	cy: number,
	radius: number,
	axes: string[],
	series: RadarSeries[]
): void {
	const doc = w.doc;
	const n = axes.length;
	const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
	const point = (i: number, v: number): [number, number] => [
		cx + Math.cos(angle(i)) * radius * (v / 100),
		cy + Math.sin(angle(i)) * radius * (v / 100)
	];
	const polygon = (pts: [number, number][], style: string | null) => {
		if (pts.length < 2) return;
		const deltas = pts.slice(1).map((p, k) => [p[0] - pts[k]![0], p[1] - pts[k]![1]]);
		doc.lines(deltas, pts[0]![0], pts[0]![1], [1, 1], style, true);
	};

	// grid: rings at 25/50/75/100 and spokes
	doc.setLineDashPattern([], 0);
	doc.setLineWidth(0.15);
	doc.setDrawColor(COLORS.line);
	for (const ring of [25, 50, 75, 100]) {
		polygon(
			axes.map((_, i) => point(i, ring)),
			'S'
		);
	}
	// an axis where no series has a score: dashed and muted, "–" on its label (series-style.ts)
	const empty = noScoreAxes(series);
	for (let i = 0; i < n; i++) {
		const [x, y] = point(i, 100);
		if (empty[i]) {
			doc.setDrawColor(NO_SCORE.color);
			doc.setLineWidth(0.3);
			doc.setLineDashPattern(dashPattern(NO_SCORE.dash, 0.3), 0);
		}
		doc.line(cx, cy, x, y);
		if (empty[i]) {
			doc.setDrawColor(COLORS.line);
			doc.setLineWidth(0.15);
			doc.setLineDashPattern([], 0);
		}
	}
	w.font(6.5, false, COLORS.muted);
	for (const ring of [25, 50, 75, 100]) {
		doc.text(String(ring), cx + 0.8, cy - radius * (ring / 100) + 0.2, {
			baseline: 'top'
		});
	}

	for (const s of series) {
		// no score is a gap in the outline, never a point at the centre
		if (s.fill && canFill(s.values)) {
			doc.setFillColor(s.fill);
			polygon(
				s.values.map((v, i) => point(i, v ?? 0)),
				'F'
			);
		}
		doc.setDrawColor(s.color);
		doc.setLineWidth(SERIES_LINE);
		doc.setLineDashPattern(dashPattern(s.dash, SERIES_LINE), 0);
		for (const run of outlineRuns(s.values)) {
			const pts = run.map((i) => point(i, s.values[i]!));
			if (run.length === n && n > 2) polygon(pts, 'S');
			else if (pts.length > 1) {
				const deltas = pts.slice(1).map((p, k) => [p[0] - pts[k]![0], p[1] - pts[k]![1]]);
				doc.lines(deltas, pts[0]![0], pts[0]![1], [1, 1], 'S', false);
			}
		}
		doc.setLineDashPattern([], 0);
		s.values.forEach((v, i) => {
			if (v === null) return;
			const [x, y] = point(i, v);
			drawMarker(doc, s.marker, x, y, 0.9, s.color);
		});
	}

	// axis labels; "–" after an axis where no series has a score
	for (let i = 0; i < n; i++) {
		const [x, y] = point(i, 113);
		w.font(8, true, empty[i] ? NO_SCORE.color : COLORS.text);
		doc.text(axisLabel(axes[i]!, empty[i] ?? false), x, y, {
			align: 'center',
			baseline: 'middle'
		});
	}
	doc.setLineDashPattern([], 0);
}

export interface BarGroup {
	label: string;
	/** `solid` false: a light tint with a border (the odd series, as on screen) */
	bars: { value: number | null; color: string; solid?: boolean; tag?: string }[];
}

/** Horizontal bars, 0–100, grouped; returns the height used. */
export function barChart(
	w: Writer,
	x: number,
	y: number,
	width: number,
	groups: BarGroup[],
	noScore: string
): number {
	const doc = w.doc;
	const labelWidth = 48;
	const plotX = x + labelWidth;
	const plotW = width - labelWidth - 14;
	const barH = 4.2;
	const gap = 1.2;
	const groupGap = 4;
	const heights = groups.map((g) => g.bars.length * (barH + gap) - gap);
	const total = heights.reduce((a, b) => a + b, 0) + groupGap * (groups.length - 1);

	// grid
	doc.setLineDashPattern([], 0);
	doc.setLineWidth(0.15);
	doc.setDrawColor(COLORS.line);
	w.font(6.5, false, COLORS.muted);
	for (const tick of [0, 25, 50, 75, 100]) {
		const tx = plotX + (plotW * tick) / 100;
		doc.line(tx, y - 1, tx, y + total + 1);
		doc.text(String(tick), tx, y + total + 2, {
			align: 'center',
			baseline: 'top'
		});
	}

	let gy = y;
	groups.forEach((g, gi) => {
		const lines = w.wrap(g.label, labelWidth - 3, 8, true).slice(0, 3);
		w.font(8, true);
		const h = heights[gi]!;
		doc.text(lines, x, gy + h / 2 - ((lines.length - 1) * w.lineHeight(8, 1.15)) / 2, {
			baseline: 'middle',
			lineHeightFactor: 1.15
		});
		g.bars.forEach((b, bi) => {
			const by = gy + bi * (barH + gap);
			const value = roundScore(b.value);
			const tag = b.tag ? `${b.tag} ` : '';
			if (value !== null) {
				// as on screen: solid, or a light tint with a border in the series colour
				const solid = b.solid ?? true;
				doc.setFillColor(solid ? b.color : tint(b.color, 0.25));
				doc.setDrawColor(b.color);
				doc.setLineWidth(0.3);
				doc.rect(plotX, by, Math.max(0.4, (plotW * value) / 100), barH, solid ? 'F' : 'FD');
			}
			w.font(7.5, b.tag !== undefined, COLORS.text);
			const end = value === null ? plotX + 1 : plotX + (plotW * value) / 100 + 1.2;
			doc.text(`${tag}${value === null ? noScore : value}`, end, by + barH / 2, {
				baseline: 'middle'
			});
		});
		gy += h + groupGap;
	});
	return total + 6;
}

/** A legend row: marker, dash sample and label per series. */
export function legend(
	w: Writer,
	x: number,
	y: number,
	items: { label: string; style: SeriesStyle }[]
): number {
	const doc = w.doc;
	let cx = x;
	let cy = y;
	for (const it of items) {
		w.font(8, true);
		const width = 12 + doc.getTextWidth(it.label) + 6;
		if (cx + width > x + 174) {
			cx = x;
			cy += 5;
		}
		doc.setDrawColor(it.style.color);
		doc.setLineWidth(SERIES_LINE);
		doc.setLineDashPattern(dashPattern(it.style.dash, SERIES_LINE), 0);
		doc.line(cx, cy, cx + 9, cy);
		doc.setLineDashPattern([], 0);
		drawMarker(doc, it.style.marker, cx + 4.5, cy, 0.9, it.style.color);
		w.font(8, true);
		doc.text(it.label, cx + 11, cy, { baseline: 'middle' });
		cx += width;
	}
	return cy - y + 5;
}
