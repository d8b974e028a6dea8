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
 *
 * When only the values changed (the same axis labels, series names and
 * options, every value axis with fixed bounds), the layout is kept: Chart.js
 * would otherwise measure every axis and point label again on each update,
 * the larger part of redrawing live results after an answer; and only the
 * series are drawn again, over and under bitmaps of the rest (keep-layout.ts).
 * Not for `defer` charts (compare): their changes are new looks, names or sizes.
 *
 * `{ defer: true }` (the compare page, up to 50 series): a change is drawn in a
 * task of its own after the next frame is painted, so the click that caused it
 * (anonymise, projector mode) paints at once and each chart redraws after it,
 * the page staying responsive in between (`data-pending` while it waits).
 * Should the canvas be resized by Chart.js first (its own ResizeObserver, a
 * frame after a change of layout such as projector mode), the waiting config
 * is drawn then, at that size, in place of Chart.js's redraw of the old one:
 * one draw, not two. Chart.js's resizing itself is never put off or skipped.
 * A chart whose series names change is hidden in the same task as the change
 * until it is redrawn: a name that is no longer shown anywhere (anonymised)
 * is never painted again, not in the legend nor in a tooltip.
 *
 * `{ active }` (the compare page's second canvas of each chart, for the other
 * anonymise state): while not active, the chart is a spare, drawn in idle
 * time (`requestIdleCallback`) and kept while its config stays the same;
 * a new config (data, language, projector mode) discards it (the chart is
 * destroyed) until the next idle moment. When it becomes active with its
 * config drawn, it is shown as it is, in the same task (`data-ready`);
 * otherwise it is drawn after the next paint, as with `defer`. Keeping the
 * inactive canvas out of sight (under the active one, aria-hidden) is the
 * caller's (ChartFigure): its chart is drawn at the size it is laid out at.
 * While spare, the canvas is marked `data-spare` (and `data-spare-ready` once
 * drawn), never `data-ready`.
 * `{ prepared }`: while not active, the chart is drawn beforehand the same way
 * but marked `data-prepared(-ready)`: a figure not shown at all (the compare
 * page's projector screen before projector mode, its page during it). Charts
 * drawn beforehand wait for half a second without a change of what is shown.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { optionsKey } from './configs';
import { afterNextPaint, inTurn, whenIdle } from './turns';
import { layoutKeeper } from './keep-layout';
import { loadChart } from './load';

/** The series names a config draws (legend, tooltips), as one text. */
export function seriesNames(config: ChartConfiguration): string {
	return JSON.stringify(config.data.datasets.map((d) => d.label ?? ''));
}

/** How the series are drawn (everything but their values and names), as one text. */
function seriesLook(datasets: readonly object[]): string {
	return JSON.stringify(
		datasets.map((d) => {
			const { data: _, label: __, ...look } = d as Record<string, unknown>;
			return look;
		})
	);
}

/**
 * What places the chart's boxes (axes, point labels, legend): the same text
 * means a change of values alone. Null when a value moves an axis (a value
 * scale without both bounds): then every update lays the chart out again.
 */
export function layoutKey(config: ChartConfiguration): string | null {
	const scales = Object.entries(config.options?.scales ?? {}) as [
		string,
		{ type?: string; min?: unknown; max?: unknown }
	][];
	const fixed = scales.every(
		([id, s]) =>
			(typeof s.min === 'number' && typeof s.max === 'number') ||
			(s.type ?? (id === 'x' ? 'category' : undefined)) === 'category'
	);
	return fixed ? JSON.stringify([config.data.labels ?? [], seriesNames(config)]) : null;
}

/**
 * Skip Chart.js's redraw after the chart's next resize (its `_doResize`, an
 * update of everything: here the chart is drawn by other means right before or
 * after). Once only: it is Chart.js's own again at its first call, or when the
 * current task's script ends (a resize without it: the chart was not attached),
 * or when the returned function is called, whichever comes first.
 */
export function skipResizeRedraw(instance: Chart): () => void {
	// Chart.js 4's own (private): the update it runs at the end of every resize
	const chart = instance as unknown as { _doResize: (mode?: string) => number };
	const redraw = chart._doResize;
	if (typeof redraw !== 'function') return () => {};
	let skipped = false;
	const restore = () => {
		if (skipped) return;
		skipped = true;
		chart._doResize = redraw;
	};
	chart._doResize = () => {
		restore();
		return 0; // and no render after it either
	};
	queueMicrotask(restore);
	return restore;
}

/**
 * When a shown chart last changed (drawn, swapped, a new config): charts drawn
 * beforehand wait for `QUIET_MS` without one, so that they are not drawn (each
 * a long task with many series) between the tasks and frames that follow a
 * person's action (the charts, cards and tables redrawn after the paint).
 */
let lastChange = -Infinity;
const QUIET_MS = 500;

export function chart(
	getConfig: () => ChartConfiguration,
	{
		defer = false,
		active = () => true,
		prepared = () => false
	}: { defer?: boolean; active?: () => boolean; prepared?: () => boolean } = {}
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let ChartCtor = $state.raw<typeof Chart>();
		let instance: Chart | undefined;
		let lastKey = '';
		let lastLayout: string | null = null;
		// the layout kept when values alone change: live results (not the deferred
		// compare charts, whose changes are new looks, names or sizes)
		const keeper = defer ? undefined : layoutKeeper();
		/** true while only the canvas's size is set (its redraw follows) */
		let sizeOnly = false;
		const sizing = {
			id: 'sizeOnly',
			/**
			 * Chart.js's own resize (its ResizeObserver, in a frame after the change), the canvas
			 * at its new size, while a config waits to be drawn (defer): that config is drawn now,
			 * at this size, and Chart.js's redraw that follows is skipped. Otherwise Chart.js
			 * would draw the old config at the new size, and the waiting draw come after it: two
			 * full draws (projector mode: 50 series, each 30–60 ms at 4× CPU) where one is
			 * needed. Sizes stay Chart.js's own, taken as they come; nothing is put off.
			 */
			resize: (chart: Chart, { size }: { size: { width: number; height: number } }) => {
				if (sizeOnly || !pending || size.width <= 0 || size.height <= 0) return;
				// drawn in place only (a new type of chart would destroy this one inside its resize)
				if ((chart.config as { type?: string }).type !== pending.type) return;
				drawPending();
				skipResizeRedraw(chart);
			},
			// Chart.js: returning false from beforeUpdate cancels the whole update (should a
			// resize's redraw not have been skipped)
			beforeUpdate: () => (sizeOnly ? false : undefined),
			/**
			 * After a draw, or at the end of an animation: Chart.js 4 puts a resize asked for
			 * during an animation off to its next draw (`_resizeBeforeDraw`, private), and when
			 * the animation ends without drawing again, nothing applies it: the chart stays at
			 * its old size in a box of the new one (seen: bars narrower than their box after the
			 * window grew). Applied here, at the size of the moment, once the animation is over.
			 */
			afterRender: (chart: Chart) => {
				const c = chart as unknown as { _resizeBeforeDraw?: object | null };
				if (!c._resizeBeforeDraw) return;
				c._resizeBeforeDraw = null;
				queueMicrotask(() => {
					if (alive && chart.canvas) chart.resize();
				});
			}
		};
		let alive = true;
		/** the config waiting to be drawn (defer) */
		let pending: ChartConfiguration | undefined;
		/** the config last drawn */
		let drawn: ChartConfiguration | undefined;
		/** an idle callback is asked for (spare) */
		let idle = false;
		/** the first draw waits for its turn (inTurn) */
		let firstQueued = false;
		/** something was drawn, or the canvas was a spare: later changes are deferred */
		let started = false;
		/** what the chart draws (`data-labels`, `data-series`, `data-gaps` while active) */
		let shows: { labels: string; series: string; gaps: string } | undefined;
		const current = $derived(getConfig());
		loadChart().then(
			(C) => {
				if (alive) ChartCtor = C;
			},
			(error: unknown) => {
				canvas.dataset.error = String(error);
			}
		);

		/** Draw `config`: in place into the chart there is, or as a new chart (none animates: configs.ts). */
		function draw(C: typeof Chart, config: ChartConfiguration) {
			const key = optionsKey(config.options);
			const layout = layoutKey(config);
			if (instance && (instance.config as { type?: string }).type === config.type) {
				// Chart.js 4 keeps the size of a resize asked for during an animation (its own, private
				// `_resizeBeforeDraw`) until its next draw, also when the animation ended without one:
				// a size since gone, which this draw would take (the radar back at its size before
				// projector mode, in a box of the new one). Taken when it is applied instead.
				const deferred = instance as unknown as { _resizeBeforeDraw?: object | null };
				if (deferred._resizeBeforeDraw)
					deferred._resizeBeforeDraw = { width: undefined, height: undefined };
				const current = instance.data.datasets;
				const next = config.data.datasets;
				if (current.length === next.length && seriesLook(current) === seriesLook(next)) {
					// keep Chart.js's per-dataset state: rebuilding it for 50 series costs more than drawing
					// (not when a series' look changed: the bar controller keeps the options its bars
					// share, from the first draw, through every update without animation)
					next.forEach((d, i) => {
						const into = current[i]!;
						const values = into.data;
						// as many values as before: written into the array Chart.js already watches
						// (a new array is unwatched and watched anew, every method of both rewritten)
						if (Array.isArray(values) && values.length === d.data.length) {
							const { data, ...look } = d;
							for (let k = 0; k < data.length; k++) values[k] = data[k]!;
							Object.assign(into, look);
						} else Object.assign(into, d);
					});
					const { datasets: _, ...rest } = config.data;
					Object.assign(instance.data, rest);
				} else instance.data = config.data;
				if (key === lastKey) {
					if (keeper && layout !== null && layout === lastLayout) keeper.keep(instance);
					else instance.update('none');
				} else {
					instance.options = config.options ?? {};
					// a new look may come with a new size (projector mode): the canvas takes its
					// new size, then is drawn once with everything applied ('none'; Chart.js's own
					// redraw after a resize, cancelled here, animates the series' new options and
					// left some of them unapplied: bar borders, line widths)
					sizeOnly = true;
					const restore = skipResizeRedraw(instance);
					try {
						instance.resize();
					} finally {
						sizeOnly = false;
						restore();
					}
					instance.update('none');
				}
			} else {
				instance?.destroy();
				instance = new C(canvas, {
					...config,
					plugins: [...(config.plugins ?? []), ...(keeper ? [keeper.plugin] : []), sizing]
				});
			}
			lastKey = key;
			lastLayout = layout;
			drawn = config;
			started = true;
			// what is drawn, for tests and tools: axis labels, series names and, per series, where it has no value
			shows = {
				labels: JSON.stringify(instance.data.labels ?? []),
				series: seriesNames(config),
				gaps: JSON.stringify(
					instance.data.datasets.map((d) =>
						d.data.flatMap((v, i) => (v === null || v === undefined ? [i] : []))
					)
				)
			};
			mark();
		}

		/**
		 * `data-ready` and what is drawn on the active canvas, `data-spare(-ready)`
		 * on the other: a spare's names (anonymised, the named one) are not in the page
		 */
		function mark() {
			const marks = ['spare', 'spareReady', 'prepared', 'preparedReady'];
			if (untrack(active)) {
				for (const k of marks) delete canvas.dataset[k];
				if (shows) Object.assign(canvas.dataset, shows);
				if (instance) canvas.dataset.ready = 'true';
			} else {
				for (const k of ['ready', 'labels', 'series', 'gaps']) delete canvas.dataset[k];
				const [name, other] = untrack(prepared) ? ['prepared', 'spare'] : ['spare', 'prepared'];
				delete canvas.dataset[other];
				delete canvas.dataset[`${other}Ready`];
				canvas.dataset[name] = '';
				if (instance && drawn === untrack(() => current)) canvas.dataset[`${name}Ready`] = 'true';
				else delete canvas.dataset[`${name}Ready`];
			}
		}

		/** Draw the spare in idle time, unless it became active or its config changed meanwhile. */
		function prepare(deadline?: IdleDeadline) {
			idle = false;
			// not right after a change of what is shown: once it has settled
			const wait = lastChange + QUIET_MS - performance.now();
			if (wait > 0) {
				idle = true;
				setTimeout(() => whenIdle(prepare), wait);
				return;
			}
			// one chart per idle period: the other spare waits for the next
			if (deadline && deadline.timeRemaining() <= 0 && !deadline.didTimeout) {
				idle = true;
				whenIdle(prepare);
				return;
			}
			const config = untrack(() => current);
			if (!alive || !ChartCtor || untrack(active) || drawn === config) return;
			draw(ChartCtor, config);
		}

		function drawPending() {
			const config = pending;
			pending = undefined;
			if (!alive || !config || !ChartCtor) return;
			draw(ChartCtor, config);
			delete canvas.dataset.stale;
			delete canvas.dataset.pending;
		}

		$effect(() => {
			const config = current;
			const on = active();
			prepared(); // its mark follows
			const C = ChartCtor;
			if (!C) return;
			if (on) lastChange = performance.now();
			if (!on) {
				started = true;
				if (drawn !== config && instance) {
					// discarded: not drawn (nor resized) again until it is prepared anew
					instance.destroy();
					instance = undefined;
					drawn = undefined;
					shows = undefined;
				}
				delete canvas.dataset.stale;
				mark();
				if (drawn !== config && !pending && !idle) {
					idle = true;
					whenIdle(prepare);
				}
				return;
			}
			// the spare, prepared for this config: shown as it is
			if (instance && drawn === config && !pending) {
				delete canvas.dataset.stale;
				return mark();
			}
			// a first draw waits for its turn (one per task), then draws the config of the moment
			if (!instance && !started) {
				if (!firstQueued) {
					firstQueued = true;
					inTurn(() => {
						firstQueued = false;
						if (alive && !instance && untrack(active))
							draw(
								C,
								untrack(() => current)
							);
					});
				}
				return;
			}
			if (!defer) return draw(C, config);
			// other names than those drawn: not one more frame with the old ones
			// (`data-stale`: hidden by ChartFigure's style until drawn)
			if (!instance || seriesNames(config) !== shows?.series) canvas.dataset.stale = 'true';
			mark();
			if (!pending) afterNextPaint(drawPending);
			pending = config;
			canvas.dataset.pending = 'true';
		});
		return () => {
			alive = false;
			instance?.destroy();
			instance = undefined;
		};
	};
}
