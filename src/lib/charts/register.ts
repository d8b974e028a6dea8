/** The Chart.js parts used by configs.ts — import only through load.ts (lazy). */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale,
	Tooltip
} from 'chart.js';

Chart.register(
	RadarController,
	BarController,
	RadialLinearScale,
	CategoryScale,
	LinearScale,
	PointElement,
	LineElement,
	BarElement,
	Filler,
	Legend,
	Tooltip
);

export { Chart };
