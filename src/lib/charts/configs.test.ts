import { describe, expect, it } from 'vitest';
import { NO_SCORE, seriesStyle, withAlpha } from '$lib/domain/series-style';
import { MAX_LEGEND_SERIES, POINT_STYLE, barConfig, optionsKey, radarConfig } from './configs';

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

	it('turns responsiveness off for print, and animation off everywhere', () => {
		const r = radarConfig(input(2), { noScore: '-', static: true });
		expect(r.options?.animation).toBe(false);
		expect(r.options?.responsive).toBe(false);
		const screen = radarConfig(input(2), { noScore: '-' });
		expect(screen.options?.responsive).toBe(true);
		expect(screen.options?.animation).toBe(false);
		expect(barConfig(input(1), { noScore: '-' }).options?.animation).toBe(false);
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
		// as Chart.js calls them: the item's value (raw) and its chart, whose data carries the texts
		const chart = { data: r.data };
		const item = (datasetIndex: number, dataIndex: number) => ({
			chart,
			datasetIndex,
			dataIndex,
			raw: r.data.datasets[datasetIndex]!.data[dataIndex],
			dataset: { label: `S${datasetIndex}` }
		});
		expect(cb.label(item(1, 1))).toBe('S1: no score');
		expect(cb.label(item(1, 0))).toBe('S1: 10');
		expect(cb.title([{ chart, dataIndex: 2 }])).toBe('S1 Three');
	});

	it('drops the legend beyond the legend limit', () => {
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
		type Ctx = { index: number; chart: { data: object } };
		const color = r0.pointLabels!.color as (c: Ctx) => string;
		const dash = r0.angleLines!.borderDash as (c: Ctx) => number[];
		const at = (index: number) => ({ index, chart: { data: one.data } });
		expect(color(at(1))).toBe(NO_SCORE.color);
		expect(color(at(0))).not.toBe(NO_SCORE.color);
		expect(dash(at(1)).length).toBeGreaterThan(0);
		expect(dash(at(0))).toEqual([]);
	});

	it('keeps the same options for new data, and not for a new look', () => {
		const look = { noScore: 'no score' };
		const a = radarConfig(input(3), look);
		const other = {
			categories: ['T1', 'T2', 'T3'],
			categoryTitles: ['T1 Eins', 'T2 Zwei', 'T3 Drei'],
			series: [0, 1, 2].map((k) => ({ label: `X${k}`, values: [null, k * 10, 100] }))
		};
		const b = radarConfig(other, { noScore: 'brak oceny' });
		expect(optionsKey(b.options)).toBe(optionsKey(a.options));
		// what differs is read from the data at drawing time
		const cb = a.options!.plugins!.tooltip!.callbacks! as unknown as {
			label: (i: unknown) => string;
			title: (i: unknown[]) => string;
		};
		const chart = { data: b.data };
		expect(cb.title([{ chart, dataIndex: 1 }])).toBe('T2 Zwei');
		expect(cb.label({ chart, raw: null, dataset: { label: 'X0' } })).toBe('X0: brak oceny');
		expect(optionsKey(radarConfig(input(3), { ...look, projector: true }).options)).not.toBe(
			optionsKey(a.options)
		);
		expect(optionsKey(barConfig(input(3), look).options)).toBe(
			optionsKey(barConfig(other, look).options)
		);
	});
});
