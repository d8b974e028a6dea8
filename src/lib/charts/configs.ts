/**
 * Chart.js configurations built from plain data — pure TypeScript, no DOM, so
 * the pages and the PDF report (offscreen canvas) draw the same charts.
 *
 * Accessibility: colours from the Okabe–Ito palette (distinguishable with the
 * common colour-vision deficiencies); every series also differs by point
 * style and line dash (radar) or by solid/light fill (bars), so charts stay
 * readable in greyscale print. Every chart is shown next to a data table.
 */
import type { ChartConfiguration, PointStyle, TooltipItem } from 'chart.js';
import { isolateBidi } from '$lib/domain/text';

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

const POINT_STYLES: PointStyle[] = [
	'circle',
	'rect',
	'triangle',
	'rectRot',
	'star',
	'crossRot',
	'cross',
	'rectRounded'
];
const DASHES: number[][] = [[], [8, 4], [2, 3], [10, 3, 2, 3]];

/**
 * Above this many series the chart draws no legend (it would take more room
 * than the chart and slows drawing); the data table names every series.
 */
export const MAX_LEGEND_SERIES = 12;

export function hasLegend(seriesCount: number, wanted = seriesCount > 1): boolean {
	return wanted && seriesCount <= MAX_LEGEND_SERIES;
}

export interface SeriesStyle {
	color: string;
	pointStyle: PointStyle;
	dash: number[];
	/** bars: solid fill, or a light tint with a solid border */
	solid: boolean;
}

/**
 * The look of the n-th series. Colour, point style and dash vary at different
 * rates, so the first 8 × 8 × 4 series all look different.
 */
export function seriesStyle(index: number): SeriesStyle {
	const c = index % PALETTE.length;
	const round = Math.floor(index / PALETTE.length);
	return {
		color: PALETTE[c]!,
		pointStyle: POINT_STYLES[(index + round) % POINT_STYLES.length]!,
		dash: DASHES[(Math.floor(index / 2) + round) % DASHES.length]!,
		solid: index % 2 === 0
	};
}

/** "#RRGGBB" + alpha → "rgba(r, g, b, a)" */
export function withAlpha(hex: string, alpha: number): string {
	const n = Number.parseInt(hex.slice(1), 16);
	return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
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

function common(input: ChartInput, look: ChartLook) {
	const f = fonts(look);
	const many = input.series.length > 8;
	return {
		responsive: !look.static,
		maintainAspectRatio: false,
		// no animation in print, nor with many series (keeps the view responsive)
		animation:
			look.static || input.series.length > MAX_LEGEND_SERIES ? (false as const) : { duration: 250 },
		color: TEXT,
		plugins: {
			legend: {
				display: hasLegend(input.series.length, look.legend),
				position: 'bottom' as const,
				labels: {
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
					title: (items: TooltipItem<'radar' | 'bar'>[]) => {
						const i = items[0]?.dataIndex ?? 0;
						return input.categoryTitles?.[i] ?? input.categories[i] ?? '';
					},
					label: (item: TooltipItem<'radar' | 'bar'>) => {
						const v = input.series[item.datasetIndex]?.values[item.dataIndex];
						const text = v === null || v === undefined ? look.noScore : String(Math.round(v));
						// the label is typed text: keep it from reordering the value after it
						return `${isolateBidi(item.dataset.label ?? '')}: ${text}`;
					}
				}
			}
		}
	};
}

/** Radar of item scores, one polygon per series. */
export function radarConfig(input: ChartInput, look: ChartLook): ChartConfiguration<'radar'> {
	const f = fonts(look);
	const base = common(input, look);
	const few = input.series.length <= 3;
	const many = input.series.length > MAX_LEGEND_SERIES;
	return {
		type: 'radar',
		data: {
			labels: input.categories,
			datasets: input.series.map((s, i) => {
				const st = seriesStyle(i);
				return {
					label: s.label,
					data: s.values,
					borderColor: st.color,
					backgroundColor: withAlpha(st.color, few ? 0.12 : 0.03),
					fill: few,
					borderWidth: many ? 1.5 : look.projector ? 3 : 2,
					borderDash: st.dash,
					pointStyle: st.pointStyle,
					pointRadius: many ? 2 : look.projector ? 6 : 4,
					pointHoverRadius: look.projector ? 9 : 6,
					pointBackgroundColor: st.color,
					pointBorderColor: st.color,
					spanGaps: false
				};
			})
		},
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
						font: { size: f.tick }
					},
					grid: { color: look.projector ? GRID_STRONG : GRID },
					angleLines: { color: look.projector ? GRID_STRONG : GRID },
					pointLabels: { color: TEXT, font: { size: f.label, weight: 'bold' } }
				}
			}
		}
	};
}

/** Grouped bars (one group per category, one bar per series), 0–100. */
export function barConfig(input: ChartInput, look: ChartLook): ChartConfiguration<'bar'> {
	const f = fonts(look);
	const many = input.series.length > MAX_LEGEND_SERIES;
	return {
		type: 'bar',
		data: {
			labels: input.categories,
			datasets: input.series.map((s, i) => {
				const st = seriesStyle(i);
				return {
					label: s.label,
					data: s.values,
					backgroundColor: st.solid ? st.color : withAlpha(st.color, 0.25),
					borderColor: st.solid ? TEXT : st.color,
					borderWidth: many ? 1 : look.projector ? 3 : 2,
					pointStyle: st.pointStyle
				};
			})
		},
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
