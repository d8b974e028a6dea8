/** Messages between the page and the report worker. */
import type { AssessmentReportInput, ComparisonReportInput, ReportOptions } from './types';

export type ReportRequest =
	| {
			id: number;
			kind: 'assessment';
			input: AssessmentReportInput;
			options: ReportOptions;
	  }
	| {
			id: number;
			kind: 'comparison';
			input: ComparisonReportInput;
			options: ReportOptions;
	  }
	/** load jsPDF and the fonts and run them once, so that the first report is quick */
	| { id: number; kind: 'warm' };

export type ReportResponse =
	| { id: number; ok: true; bytes: ArrayBuffer; ms: number }
	| { id: number; ok: true; warm: true }
	| { id: number; ok: false; message: string };
