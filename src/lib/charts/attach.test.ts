import { describe, expect, it } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { layoutKey } from './attach.svelte';
import { barConfig, radarConfig } from './configs';

const input = (values: (number | null)[], label = 'Kraków') => ({
	categories: ['F1', 'F2', 'S1'],
	series: [{ label, values }]
});

describe('layoutKey', () => {
	it('is the same when values alone change, so the layout is kept', () => {
		const look = { noScore: '-' };
		expect(layoutKey(radarConfig(input([10, 20, 30]), look))).toBe(
			layoutKey(radarConfig(input([90, 0, 55]), look))
		);
		expect(layoutKey(barConfig(input([10, 20, 30]), look))).toBe(
			layoutKey(barConfig(input([40, 20, 30]), look))
		);
	});

	it('changes with an axis label (a category without any score) or a series name', () => {
		const look = { noScore: '-' };
		const base = layoutKey(radarConfig(input([10, 20, 30]), look));
		expect(layoutKey(radarConfig(input([10, null, 30]), look))).not.toBe(base);
		expect(layoutKey(radarConfig(input([10, 20, 30], 'Łódź'), look))).not.toBe(base);
	});

	it('is null when a value can move an axis (a value scale without both bounds)', () => {
		const config = barConfig(input([10, 20, 30]), { noScore: '-' }) as ChartConfiguration;
		const scales = config.options!.scales as Record<string, { max?: number }>;
		delete scales.y!.max;
		expect(layoutKey(config)).toBeNull();
	});
});
