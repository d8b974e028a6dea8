/**
 * `{@attach chart(() => config)}` on a <canvas>: draws a Chart.js chart and
 * keeps it in step with the config. Chart.js is imported on first use.
 * When the config changes the chart is updated in place, without animation,
 * so live results do not flicker; datasets are updated in place too when their
 * number is unchanged. Options that are the same as before (the configs keep
 * what depends on the data in `data.text`, charts/configs.ts) are kept, so
 * Chart.js does not resolve every option of every point again; new options
 * (projector mode, language) that also change the chart's size are drawn
 * once, at the new size, instead of once now and again when the resize is seen.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { optionsKey } from './configs';
import { loadChart } from './load';

export function chart(getConfig: () => ChartConfiguration): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let ChartCtor = $state.raw<typeof Chart>();
		let instance: Chart | undefined;
		let lastKey = '';
		let alive = true;
		loadChart().then(
			(C) => {
				if (alive) ChartCtor = C;
			},
			(error: unknown) => {
				canvas.dataset.error = String(error);
			}
		);
		$effect(() => {
			const config = getConfig();
			if (!ChartCtor) return;
			const key = optionsKey(config.options);
			if (instance && (instance.config as { type?: string }).type === config.type) {
				const current = instance.data.datasets;
				const next = config.data.datasets;
				if (current.length === next.length) {
					// keep Chart.js's per-dataset state: rebuilding it for 50 series costs more than drawing
					next.forEach((d, i) => Object.assign(current[i]!, d));
					const { datasets: _, ...rest } = config.data;
					Object.assign(instance.data, rest);
				} else instance.data = config.data;
				if (key === lastKey) instance.update('none');
				else {
					instance.options = config.options ?? {};
					// a new look may come with a new size (projector mode): then resize() draws it
					const { width, height } = instance;
					instance.resize();
					if (instance.width === width && instance.height === height) instance.update('none');
				}
			} else {
				instance?.destroy();
				instance = new ChartCtor(canvas, config);
			}
			lastKey = key;
			// what is drawn, for tests and tools: axis labels and, per series, where it has no value
			canvas.dataset.labels = JSON.stringify(instance.data.labels ?? []);
			canvas.dataset.gaps = JSON.stringify(
				instance.data.datasets.map((d) =>
					d.data.flatMap((v, i) => (v === null || v === undefined ? [i] : []))
				)
			);
			canvas.dataset.ready = 'true';
		});
		return () => {
			alive = false;
			instance?.destroy();
			instance = undefined;
		};
	};
}
