/**
 * Redrawing a chart whose values alone changed (the same axis labels, series
 * names and options, value axes with fixed bounds): live results after an
 * answer. Chart.js would merge its options, measure every axis and point
 * label again and draw them all; here only the series' values are updated
 * (updateValues; with Chart.js's own `update`, its `beforeLayout` hook cancels
 * the layout) and only the series are drawn:
 * - what lies under the series (grid, angle lines, point labels, legend) is the
 *   canvas as it was just before the series were drawn at the last full draw,
 *   kept in a bitmap of its own and copied back;
 * - what lies over them (the radar's tick labels) is drawn into a second
 *   bitmap and copied over the series, at every draw: drawn anew at a full
 *   draw, kept by such an update (so both draw the same pixels).
 * Any other draw (a new layout, a resize, a hover, a legend click) is a full
 * draw, as Chart.js does it, and the bitmaps follow it.
 *
 * Chart.js 4 draws its `_layers` (boxes: scales, legend) with z ≤ 0, then the
 * series, then the other layers; setting that array aside for one draw, and
 * the parts of its `update` that updateValues runs, are the private parts
 * used. tests/e2e/results-live.spec.ts checks that charts updated this way are
 * pixel-identical to charts drawn afresh.
 */
import type { Chart } from 'chart.js';

/** What is read of Chart.js 4's chart: its layers, and its boxes (each draws on its `ctx`). */
interface Layer {
	z: number;
	draw(area: unknown): void;
}
interface Internals {
	_layers?: Layer[];
	boxes?: { ctx: CanvasRenderingContext2D }[];
}

function bitmap(canvas: HTMLCanvasElement | undefined, like: HTMLCanvasElement) {
	const out = canvas ?? document.createElement('canvas');
	if (out.width !== like.width) out.width = like.width;
	if (out.height !== like.height) out.height = like.height;
	return out;
}

function sameSize(a: HTMLCanvasElement | undefined, b: HTMLCanvasElement): a is HTMLCanvasElement {
	return a !== undefined && a.width === b.width && a.height === b.height;
}

/** Copy `from` onto the chart's canvas, pixel for pixel. */
function blit(c: Chart, from: HTMLCanvasElement, operation: GlobalCompositeOperation) {
	const ctx = c.ctx;
	ctx.save();
	ctx.setTransform(1, 0, 0, 1, 0, 0);
	ctx.globalCompositeOperation = operation;
	ctx.drawImage(from, 0, 0);
	ctx.restore();
}

/** What else is read of Chart.js 4's chart for an update of values alone (private parts). */
interface UpdateInternals {
	_updateDatasets?: (mode: 'none') => void;
	_eventHandler?: (event: unknown, replay: boolean) => void;
	_updateHoverStyles?: (active: unknown[], last: unknown[], replay: boolean) => void;
	_lastEvent?: unknown;
	_active?: unknown[];
}

/**
 * Chart.js's `update('none')` for a change of values alone, the layout kept
 * (the same options, series looks, names and axis labels; value axes with
 * fixed bounds): each series parses its values and places its points again,
 * then the chart is drawn. Chart.js's `update` would also merge every option
 * again, rebuild the axes and ask every plugin again, at each call: about half
 * of the time of a live results refresh in the chart. What `update` does after
 * placing the points is done too: a pointer over the chart (tooltip, hover)
 * sees the new values. Should one of the private parts used be missing (another
 * Chart.js), it is `update('none')`.
 */
function updateValues(c: Chart): void {
	const chart = c as unknown as UpdateInternals;
	if (
		typeof chart._updateDatasets !== 'function' ||
		typeof chart._eventHandler !== 'function' ||
		typeof chart._updateHoverStyles !== 'function'
	)
		return c.update('none');
	for (let i = 0; i < c.data.datasets.length; i++)
		c.getDatasetMeta(i).controller.buildOrUpdateElements(false);
	chart._updateDatasets('none');
	if (chart._lastEvent) chart._eventHandler(chart._lastEvent, true);
	else if (chart._active?.length) chart._updateHoverStyles(chart._active, chart._active, true);
	c.render();
}

export function layoutKeeper() {
	let keeping = false;
	/** the canvas before the series, at the last full draw */
	let under: HTMLCanvasElement | undefined;
	/** the layers over the series alone, for that same draw (drawn when first needed) */
	let over: HTMLCanvasElement | undefined;
	let overDrawn = false;
	/** Chart.js's layers, set aside during a kept draw */
	let setAside: Layer[] | undefined;

	/** the draw under way copies `under` instead of drawing what lies under the series */
	let keptDraw = false;

	const restore = (c: Chart) => {
		if (setAside) (c as unknown as Internals)._layers = setAside;
		setAside = undefined;
		keptDraw = false;
	};

	/** Draw the layers over the series into `over`: each box draws on its `ctx`, lent to it meanwhile. */
	function drawOver(c: Chart, layers: Layer[]): boolean {
		const boxes = (c as unknown as Internals).boxes;
		over = bitmap(over, c.canvas);
		const ctx = over.getContext('2d');
		if (!ctx || !Array.isArray(boxes)) return false;
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.clearRect(0, 0, over.width, over.height);
		ctx.setTransform(c.ctx.getTransform());
		const own = boxes.map((b) => b.ctx);
		try {
			for (const b of boxes) b.ctx = ctx;
			for (const l of layers) l.draw(c.chartArea);
		} finally {
			boxes.forEach((b, i) => (b.ctx = own[i]!));
		}
		return true;
	}

	const plugin = {
		id: 'keepLayout',
		// Chart.js: returning false from beforeLayout cancels the layout of this update
		beforeLayout: () => (keeping ? false : undefined),
		beforeDraw: (c: Chart) => {
			const chart = c as unknown as Internals;
			const layers = chart._layers;
			if (!Array.isArray(layers)) return;
			keptDraw = keeping && sameSize(under, c.canvas);
			const above = layers.filter((l) => l.z > 0);
			// every draw copies the layers over the series from `over` (drawn anew unless kept),
			// so a chart updated in place and one drawn afresh are the same to the pixel
			if (!keptDraw || !overDrawn || !sameSize(over, c.canvas))
				overDrawn = above.length > 0 && drawOver(c, above);
			if (keptDraw && under) blit(c, under, 'copy');
			setAside = layers;
			// what Chart.js still draws: under the series unless copied, over them unless copied
			chart._layers = layers.filter((l) => (l.z > 0 ? !overDrawn : !keptDraw));
		},
		beforeDatasetsDraw: (c: Chart) => {
			if (keptDraw) return;
			// a full draw: what it drew so far is what lies under the series
			under = bitmap(under, c.canvas);
			const ctx = under.getContext('2d');
			if (!ctx) return void (under = undefined);
			ctx.globalCompositeOperation = 'copy';
			ctx.drawImage(c.canvas, 0, 0);
		},
		afterDatasetsDraw: (c: Chart) => {
			if (setAside && overDrawn && over) blit(c, over, 'source-over');
		},
		afterDraw: restore
	};

	return {
		plugin,
		/** An update of values alone (updateValues), keeping the layout and what was drawn for it. */
		keep(c: Chart) {
			keeping = true;
			try {
				updateValues(c);
			} finally {
				keeping = false;
				restore(c);
			}
		}
	};
}
