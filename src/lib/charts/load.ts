/**
 * Chart.js, loaded on first use and with only the parts our charts need
 * registered — it stays out of the questionnaire's first-screen bundle.
 * On-screen charts only: the PDF draws its own vector charts (report/charts.ts)
 * with the same series styles (domain/series-style.ts).
 */
import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;

export function loadChart(): Promise<typeof Chart> {
	loading ??= import('./register').then((m) => m.Chart);
	return loading;
}
