import { describe, expect, it } from 'vitest';
import { NO_SCORE, seriesStyle, withAlpha } from '$lib/domain/series-style';
import { MAX_LEGEND_SERIES, POINT_STYLE, barConfig, radarConfig } from './configs';

const input = (n: number) => ({
	categories: ['F1', 'F2', 'S1'],
	categoryTitles: ['F1 One', 'F2 Two', 'S1 Three'],
	series: Array.from({ length: n }, (_, i) => ({ label: `S${i}`, values: [10 * i, null, 100] }))
});

describe('chart configs', () => {
	it('build without any DOM, 0–100 scales, labels and values as given', () => {
		const r = radarConfig(input(2), { noScore: 'no score' });
		expect(r.type).toBe('radar');
		expect(r.data.labels).toEqual(['F1', 'F2 –', 'S1']);
		expect(r.data.datasets.map((d) => d.label)).toEqual(['S0', 'S1']);
		expect(r.data.datasets[1]!.data).toEqual([10, null, 100]);
		const rs = (r.options?.scales as { r: { min: number; max: number } }).r;
		expect([rs.min, rs.max]).toEqual([0, 100]);
		const b = barConfig(input(2), { noScore: 'no score' });
		const y = (b.options?.scales as { y: { min: number; max: number } }).y;
		expect([y.min, y.max]).toEqual([0, 100]);
	});

	it('turns animation off and responsiveness off for print', () => {
		const r = radarConfig(input(2), { noScore: '-', static: true });
		expect(r.options?.animation).toBe(false);
		expect(r.options?.responsive).toBe(false);
		expect(radarConfig(input(2), { noScore: '-' }).options?.animation).not.toBe(false);
	});

	it('draws each series with the shared look: colour, point style, dash, fill', () => {
		const r = radarConfig(input(10), { noScore: '-' });
		const b = barConfig(input(10), { noScore: '-' });
		r.data.datasets.forEach((d, i) => {
			const st = seriesStyle(i);
			expect(d.borderColor).toBe(st.color);
			expect(d.pointStyle).toBe(POINT_STYLE[st.marker]);
			expect(d.borderDash).toEqual(st.dash.map((x) => x * 2));
			expect(b.data.datasets[i]!.backgroundColor).toBe(
				st.solid ? st.color : withAlpha(st.color, 0.25)
			);
		});
		// the first four dashes as they were before the style was shared (pixels)
		expect([0, 2, 4, 6].map((i) => r.data.datasets[i]!.borderDash)).toEqual([
			[],
			[8, 4],
			[2, 3],
			[10, 3, 2, 3]
		]);
		expect(new Set(Object.values(POINT_STYLE)).size).toBe(8);
	});

	it('shows "no score" in tooltips for null and rounds values', () => {
		const r = radarConfig(input(2), { noScore: 'no score' });
		const cb = r.options!.plugins!.tooltip!.callbacks! as unknown as {
			label: (i: unknown) => string;
			title: (i: unknown[]) => string;
		};
		expect(cb.label({ datasetIndex: 1, dataIndex: 1, dataset: { label: 'S1' } })).toBe(
			'S1: no score'
		);
		expect(cb.label({ datasetIndex: 1, dataIndex: 0, dataset: { label: 'S1' } })).toBe('S1: 10');
		expect(cb.title([{ dataIndex: 2 }])).toBe('S1 Three');
	});

	it('drops the legend and animation beyond the legend limit', () => {
		const few = radarConfig(input(MAX_LEGEND_SERIES), { noScore: '-' });
		const many = radarConfig(input(MAX_LEGEND_SERIES + 1), { noScore: '-' });
		expect(few.options?.plugins?.legend?.display).toBe(true);
		expect(many.options?.plugins?.legend?.display).toBe(false);
		expect(many.options?.animation).toBe(false);
		expect(radarConfig(input(1), { noScore: '-' }).options?.plugins?.legend?.display).toBe(false);
	});

	it('draws no score as a gap and a marked axis, never shaded to the centre like 0', () => {
		const r = radarConfig(
			{
				categories: ['F1', 'F2', 'F3'],
				series: [
					{ label: 'A', values: [0, null, 50] },
					{ label: 'B', values: [0, 20, 50] }
				]
			},
			{ noScore: '-' }
		);
		// F1 scores 0 everywhere: a score, not "no score"; F2 has one score
		expect(r.data.labels).toEqual(['F1', 'F2', 'F3']);
		expect(r.data.datasets[0]!.data).toEqual([0, null, 50]);
		expect(r.data.datasets[0]!.fill).toBe(false);
		expect(r.data.datasets[1]!.fill).toBe(true);
		expect(r.data.datasets.every((d) => d.spanGaps === false)).toBe(true);

		const one = radarConfig(
			{ categories: ['F1', 'F4'], series: [{ label: 'A', values: [25, null] }] },
			{ noScore: '-' }
		);
		expect(one.data.labels).toEqual(['F1', 'F4 –']);
		const r0 = (one.options?.scales as { r: Record<string, Record<string, unknown>> }).r;
		const color = r0.pointLabels!.color as (c: { index: number }) => string;
		const dash = r0.angleLines!.borderDash as (c: { index: number }) => number[];
		expect(color({ index: 1 })).toBe(NO_SCORE.color);
		expect(color({ index: 0 })).not.toBe(NO_SCORE.color);
		expect(dash({ index: 1 }).length).toBeGreaterThan(0);
		expect(dash({ index: 0 })).toEqual([]);
	});
});
