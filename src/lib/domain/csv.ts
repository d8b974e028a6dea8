/**
 * CSV for spreadsheets: one row per answer. Pure TypeScript.
 *
 * - RFC 4180 quoting: a cell with the separator, a quote, CR or LF is quoted,
 *   quotes doubled; rows end with CRLF.
 * - UTF-8 with a byte order mark (U+FEFF at the start of the text; encoded as
 *   EF BB BF) so that Excel recognises Polish letters.
 * - `;` separator option for spreadsheet programs set to a European locale,
 *   where `,` is the decimal separator (Polish Excel expects `;`).
 * - Formula injection protection: a text cell starting with = + - @ TAB or CR
 *   gets a leading apostrophe, so a spreadsheet shows it as text and never
 *   runs it as a formula (OWASP "CSV injection").
 */
import type { Answer, Assessment, City } from './assessment';
import { byAssessment } from './records';
import type { Framework, Locale } from './framework';
import { allQuestions } from './framework-tree';

export type CsvSeparator = ',' | ';';
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
	separator?: CsvSeparator;
	/** start with a UTF-8 byte order mark (default true) */
	bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, escaped for `separator`. Numbers are written as they are. */
export function csvCell(value: CsvCell, separator: CsvSeparator = ','): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = value;
	if (FORMULA_START.test(text)) text = `'${text}`;
	if (text.includes(separator) || /["\r\n]/.test(text)) text = `"${text.replaceAll('"', '""')}"`;
	return text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
	const sep = options.separator ?? ',';
	const body = rows.map((row) => row.map((c) => csvCell(c, sep)).join(sep)).join('\r\n');
	return (options.bom === false ? '' : '\uFEFF') + body + '\r\n';
}

export interface AnswerTableInput {
	cities: readonly City[];
	assessments: readonly Assessment[];
	answers: readonly Answer[];
}

/**
 * Rows of the answer table, header first: city, assessment, element, item,
 * question id, question, level, level label, comment, evidence. Texts in
 * `lang`; answers of a framework that is not known get ids instead of titles.
 */
export function answerRows(
	data: AnswerTableInput,
	resolve: (id: string, version: string) => Framework | undefined,
	lang: Locale,
	header: readonly string[]
): CsvCell[][] {
	const rows: CsvCell[][] = [[...header]];
	const cityName = new Map(data.cities.map((c) => [c.id, c.name]));
	const answersOf = byAssessment(data.answers);
	const assessments = [...data.assessments].sort(
		(a, b) =>
			(cityName.get(a.cityId) ?? '').localeCompare(cityName.get(b.cityId) ?? '') ||
			a.createdAt - b.createdAt
	);
	for (const as of assessments) {
		const answers = answersOf.get(as.id) ?? [];
		const fw = resolve(as.frameworkId, as.frameworkVersion);
		const order = new Map<string, number>();
		const where = new Map<string, ReturnType<typeof allQuestions>[number]>();
		if (fw)
			allQuestions(fw).forEach((q, i) => {
				order.set(q.question.id, i);
				where.set(q.question.id, q);
			});
		const sorted = [...answers].sort(
			(a, b) =>
				(order.get(a.questionId) ?? Infinity) - (order.get(b.questionId) ?? Infinity) ||
				a.questionId.localeCompare(b.questionId)
		);
		for (const a of sorted) {
			const q = where.get(a.questionId);
			const levelLabel =
				a.value === null || !fw
					? ''
					: typeof a.value === 'number'
						? fw.scale.levels.find((l) => l.value === a.value)?.label[lang]
						: fw.scale.special.find((s) => s.value === a.value)?.label[lang];
			rows.push([
				cityName.get(as.cityId) ?? as.cityId,
				as.label,
				q ? q.element.title[lang] : '',
				q ? `${q.item.id} ${q.item.title[lang]}` : '',
				a.questionId,
				q ? q.question.text[lang] : '',
				a.value ?? '',
				levelLabel ?? '',
				a.comment,
				a.evidence.join('\n')
			]);
		}
	}
	return rows;
}
