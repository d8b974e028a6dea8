/**
 * The report's words: the PDF part of the one message catalogue
 * (domain/messages/pdf.ts), translated with the same function as the app's,
 * in an explicit language (the report runs in a worker and in Node, where the
 * app's language state does not exist). Text values are printed as they are.
 */
import type { Locale } from '$lib/domain/framework';
import { mergeCatalogues, translate, type ParamArgs } from '$lib/domain/messages/catalogue';
import frameworkPdf from '$lib/domain/messages/framework-pdf';
import pdfBase from '$lib/domain/messages/pdf';
import teamPdf from '$lib/domain/messages/team-pdf';

const pdf = mergeCatalogues(pdfBase, frameworkPdf, teamPdf);

type ReportTexts = typeof pdf.en;
export type ReportStringKey = keyof ReportTexts & string;
export type ReportParams<K extends ReportStringKey> = ParamArgs<ReportTexts, K>;

/** A report text in one language. */
export function reportText<K extends ReportStringKey>(
	locale: Locale,
	key: K,
	...params: ReportParams<K>
): string {
	return translate(pdf, locale, key, ...params);
}

/** Every text of the report catalogue, both languages, as one string (for the font subset). */
export function reportCatalogueText(): string {
	return JSON.stringify(pdf);
}
