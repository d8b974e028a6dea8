/**
 * Chart.js configurations built from plain data: pure TypeScript, no DOM.
 * The PDF report draws its own vector charts (src/lib/report/charts.ts); both
 * take the look of each series from one place, domain/series-style.ts, so the
 * screen and the printout show a series with the same colour, marker and dash.
 *
 * Accessibility: colours from the Okabe–Ito palette; every series also differs
 * by point style and line dash (radar) or by solid/light fill (bars), so charts
 * stay readable in greyscale print. Every chart is shown next to a data table.
 */
import type { ChartConfiguration, PointStyle } from 'chart.js';
import { scoreText } from '$lib/domain/score-format';
import {
	NO_SCORE,
	axisLabel,
	canFill,
	dashPattern,
	noScoreAxes,
	seriesStyle,
	withAlpha,
	type Marker
} from '$lib/domain/series-style';
import { isolateBidi } from '$lib/domain/text';

/** Each marker as Chart.js names it. */
export const POINT_STYLE: Record<Marker, PointStyle> = {
	circle: 'circle',
	square: 'rect',
	triangle: 'triangle',
	diamond: 'rectRot',
	star: 'star',
	cross: 'crossRot',
	plus: 'cross',
	roundedSquare: 'rectRounded'
};

/** Pixels per dash unit: the radar's normal line width. */
const DASH_UNIT = 2;

/**
 * Above this many series the chart draws no legend (it would take more room
 * than the chart and slows drawing); the data table names every series.
 */
export const MAX_LEGEND_SERIES = 12;

export function hasLegend(seriesCount: number, wanted = seriesCount > 1): boolean {
	return wanted && seriesCount <= MAX_LEGEND_SERIES;
}

export interface ChartSeries {
	/** shown in legend and tooltips (already anonymised if need be) */
	label: string;
	/** one value per category, 0–100; null = no score */
	values: (number | null)[];
}

export interface ChartInput {
	/** short category labels drawn on the chart (e.g. item ids "F1") */
	categories: string[];
	/** longer names shown as tooltip titles (e.g. "F1 Commit to …") */
	categoryTitles?: string[];
	series: ChartSeries[];
}

export interface ChartLook {
	/** print / PDF / static image: no animation, not responsive */
	static?: boolean;
	/** projector mode: large type, heavier lines, darker grid */
	projector?: boolean;
	/** tooltip text for a missing value, e.g. "no score" */
	noScore: string;
	/** draw a legend (default: with more than one series, up to MAX_LEGEND_SERIES) */
	legend?: boolean;
}

function fonts(look: ChartLook) {
	return look.projector
		? { tick: 18, label: 22, legend: 20, tooltip: 18 }
		: { tick: 12, label: 13, legend: 13, tooltip: 13 };
}

const GRID = '#b8bcc4';
const GRID_STRONG = '#555555';
const TEXT = '#1a1a1a';

/**
 * What the tooltips and the axes read at drawing time, kept with the data
 * (`data.text`), so that the options hold no closure over one set of values:
 * a change of data alone leaves the options as they are (charts/attach.svelte.ts
 * then updates the chart without resolving every option again).
 */
export interface ChartText {
	/** tooltip title per category */
	titles: string[];
	/** tooltip text for a missing value */
	noScore: string;
	/** per category: no series has a score there (radar: dashed, muted axis) */
	empty: boolean[];
}

/** The chart's `data.text` (see ChartText), from anything holding the chart. */
export function chartText(ctx: { chart: { data: object } }): ChartText | undefined {
	return (ctx.chart.data as { text?: ChartText }).text;
}

/** What the tooltip callbacks read of Chart.js's TooltipItem. */
interface TooltipText {
	chart: { data: object };
	dataIndex: number;
	raw: unknown;
}

function text(input: ChartInput, look: ChartLook): ChartText {
	return {
		titles: input.categories.map((c, i) => input.categoryTitles?.[i] ?? c),
		noScore: look.noScore,
		empty: noScoreAxes(input.series)
	};
}

function common(input: ChartInput, look: ChartLook) {
	const f = fonts(look);
	const many = input.series.length > 8;
	const legend = hasLegend(input.series.length, look.legend);
	return {
		responsive: !look.static,
		maintainAspectRatio: false,
		/*
		 * No animation, on screen either: a chart growing in over 250 ms was
		 * redrawn in every frame meanwhile, each a task of 95–180 ms with its
		 * commit at 4× CPU on a slow machine; without it the results page's
		 * long tasks while it loads are a fifth shorter in all (1,101 → 863 ms,
		 * median of 6). Nothing moves for a person who asked for reduced motion
		 * either, and the table beside each chart holds the same numbers.
		 */
		animation: false as const,
		color: TEXT,
		plugins: {
			legend: {
				display: legend,
				position: 'bottom' as const,
				labels: {
					// not drawn: no item built per series on every update (50 series on compare)
					...(legend ? {} : { generateLabels: () => [] }),
					color: TEXT,
					usePointStyle: true,
					pointStyleWidth: many ? 8 : Math.round(f.legend * 0.75),
					boxHeight: many ? 8 : Math.round(f.legend * 0.75),
					font: { size: many ? Math.round(f.legend * 0.8) : f.legend }
				}
			},
			tooltip: {
				titleFont: { size: f.tooltip },
				bodyFont: { size: f.tooltip },
				callbacks: {
					title: (items: readonly TooltipText[]) => {
						const first = items[0];
						return first ? (chartText(first)?.titles[first.dataIndex] ?? '') : '';
					},
					label: (item: TooltipText & { dataset: { label?: string } }) => {
						const v = item.raw as number | null | undefined;
						const text = scoreText(v ?? null, chartText(item)?.noScore ?? '');
						// the label is typed text: keep it from reordering the value after it
						return `${isolateBidi(item.dataset.label ?? '')}: ${text}`;
					}
				}
			}
		}
	};
}

/**
 * Radar of item scores, one polygon per series. No score is never drawn as 0
 * (domain/series-style.ts, NO_SCORE): a series' outline breaks where it has no
 * score and is then not shaded; an axis where no series has a score is dashed
 * and muted, its label followed by "–".
 */
export function radarConfig(input: ChartInput, look: ChartLook): ChartConfiguration<'radar'> {
	const f = fonts(look);
	const base = common(input, look);
	const few = input.series.length <= 3;
	const many = input.series.length > MAX_LEGEND_SERIES;
	const t = text(input, look);
	const grid = look.projector ? GRID_STRONG : GRID;
	const at = (ctx: { chart: { data: object }; index: number }) =>
		chartText(ctx)?.empty[ctx.index] ?? false;
	// `text` rides along with the data (see ChartText); Chart.js keeps what it does not know
	const data = {
		text: t,
		labels: input.categories.map((c, i) => axisLabel(c, t.empty[i] ?? false)),
		datasets: input.series.map((s, i) => {
			const st = seriesStyle(i);
			return {
				label: s.label,
				data: s.values,
				borderColor: st.color,
				backgroundColor: withAlpha(st.color, few ? 0.12 : 0.03),
				fill: few && canFill(s.values),
				borderWidth: many ? 1.5 : look.projector ? 3 : 2,
				borderDash: dashPattern(st.dash, DASH_UNIT),
				pointStyle: POINT_STYLE[st.marker],
				// many series: no markers drawn (700 shapes per redraw, too small to tell
				// apart); a point still answers the pointer with its tooltip
				pointRadius: many ? 0 : look.projector ? 6 : 4,
				pointHitRadius: many ? 4 : 1,
				pointHoverRadius: look.projector ? 9 : 6,
				pointBackgroundColor: st.color,
				pointBorderColor: st.color,
				spanGaps: false
			};
		})
	};
	return {
		type: 'radar',
		data,
		options: {
			...base,
			scales: {
				r: {
					min: 0,
					max: 100,
					beginAtZero: true,
					ticks: {
						stepSize: 25,
						color: TEXT,
						backdropColor: 'rgba(255, 255, 255, 0.85)',
						// over the series, so the scale stays readable
						z: 1,
						font: { size: f.tick }
					},
					grid: { color: grid },
					angleLines: {
						color: (ctx) => (at(ctx) ? NO_SCORE.color : grid),
						lineWidth: (ctx) => (at(ctx) ? 2 : 1),
						borderDash: (ctx) => (at(ctx) ? dashPattern(NO_SCORE.dash, 2) : [])
					},
					pointLabels: {
						color: (ctx) => (at(ctx) ? NO_SCORE.color : TEXT),
						font: { size: f.label, weight: 'bold' }
					}
				}
			}
		}
	};
}

/** Grouped bars (one group per category, one bar per series), 0–100. */
export function barConfig(input: ChartInput, look: ChartLook): ChartConfiguration<'bar'> {
	const f = fonts(look);
	const many = input.series.length > MAX_LEGEND_SERIES;
	const data = {
		text: text(input, look),
		labels: input.categories,
		datasets: input.series.map((s, i) => {
			const st = seriesStyle(i);
			return {
				label: s.label,
				data: s.values,
				backgroundColor: st.solid ? st.color : withAlpha(st.color, 0.25),
				borderColor: st.solid ? TEXT : st.color,
				borderWidth: many ? 1 : look.projector ? 3 : 2,
				pointStyle: POINT_STYLE[st.marker]
			};
		})
	};
	return {
		type: 'bar',
		data,
		options: {
			...common(input, look),
			scales: {
				x: {
					ticks: { color: TEXT, font: { size: f.label } },
					grid: { display: false }
				},
				y: {
					min: 0,
					max: 100,
					ticks: { stepSize: 25, color: TEXT, font: { size: f.tick } },
					grid: { color: look.projector ? GRID_STRONG : GRID }
				}
			}
		}
	};
}

/**
 * The options as text, functions left out. The same text means the same
 * options: their functions read whatever varies from the chart's data
 * (ChartText), so a chart can keep its options when only the data changed.
 */
export function optionsKey(options: unknown): string {
	return JSON.stringify(options ?? {}, (_, v: unknown) =>
		typeof v === 'function' ? undefined : v
	);
}
