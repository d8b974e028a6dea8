/**
 * Redrawing a chart whose values alone changed (the same axis labels, series
 * names and options, value axes with fixed bounds): live results after an
 * answer. Chart.js would measure every axis and point label again and draw
 * them all; here the update keeps the layout (Chart.js's `beforeLayout` hook
 * cancels it) and only the series are drawn:
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
 * series, then the other layers; setting that array aside for one draw is the
 * only private part used. tests/e2e/results-live.spec.ts checks that charts
 * updated this way are pixel-identical to charts drawn afresh.
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
		/** Chart.js's `update`, keeping the layout and what was drawn for it. */
		keep(c: Chart, update: () => void) {
			keeping = true;
			try {
				update();
			} finally {
				keeping = false;
				restore(c);
			}
		}
	};
}
