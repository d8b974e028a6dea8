/**
 * Chart.js, loaded on first use and with only the parts our charts need
 * registered — it stays out of the questionnaire's first-screen bundle.
 * Shared by the on-screen charts and the PDF report.
 */
import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;

export function loadChart(): Promise<typeof Chart> {
	loading ??= import('./register').then((m) => m.Chart);
	return loading;
}
