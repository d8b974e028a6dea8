/** Inputs and options of the PDF reports (pure data: crosses the worker boundary). */
import type { Answer, Assessment, City } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import type { AssessmentScore } from '$lib/domain/scoring';
import type { Respondent, RespondentAnswer } from '$lib/domain/team/respondent';

/** One language, or both in one document (each section in English, then in Polish). */
export type ReportLanguage = 'en' | 'pl' | 'both';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'pl', 'both'];

/** The TrueType files (whole; each document embeds a subset, see report/ttf.ts). */
export interface ReportFonts {
	regular: Uint8Array;
	bold: Uint8Array;
}

export interface AssessmentReportInput {
	framework: Framework;
	city: City | null | undefined;
	assessment: Assessment;
	answers: Answer[];
	/** the team's respondents (absent or empty: no team section) */
	respondents?: Respondent[];
	/** every respondent's answers, each naming its respondent */
	respondentAnswers?: RespondentAnswer[];
	/** the team section names respondents "Respondent A, B…" and gives only their number */
	anonymised?: boolean;
}

export interface ReportOptions {
	lang: ReportLanguage;
	/** defaults to now */
	generatedAt?: number;
	appVersion?: string;
}

export interface ComparisonEntry {
	/** what the chart legend and table show: a name, or a letter when anonymised */
	label: string;
	/** a second line (assessment label, date); leave empty when anonymised */
	detail?: string;
	score: AssessmentScore;
}

export interface ComparisonReportInput {
	framework: Framework;
	/** already anonymised by the caller when `anonymised` is true */
	entries: ComparisonEntry[];
	anonymised: boolean;
}
