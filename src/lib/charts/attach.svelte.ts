/**
 * `{@attach chart(() => config)}` on a <canvas>: draws a Chart.js chart and
 * keeps it in step with the config. Chart.js is imported on first use.
 * When the config changes the chart is updated in place, without animation,
 * so live results do not flicker; datasets are updated in place too when their
 * number is unchanged.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { loadChart } from './load';

export function chart(getConfig: () => ChartConfiguration): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let ChartCtor = $state.raw<typeof Chart>();
		let instance: Chart | undefined;
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
			if (instance && (instance.config as { type?: string }).type === config.type) {
				const current = instance.data.datasets;
				const next = config.data.datasets;
				if (current.length === next.length) {
					// keep Chart.js's per-dataset state: rebuilding it for 50 series costs more than drawing
					next.forEach((d, i) => Object.assign(current[i]!, d));
					instance.data.labels = config.data.labels;
				} else instance.data = config.data;
				instance.options = config.options ?? {};
				instance.update('none');
			} else {
				instance?.destroy();
				instance = new ChartCtor(canvas, config);
			}
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
