/**
 * Every file name the app writes, in one place: exports (JSON, CSV) and PDF
 * reports. ASCII only (Polish and Cyrillic letters transliterated, anything
 * else dropped), so names are safe on every system and in every mail client;
 * dates are the local calendar day, the one the person sees.
 *
 * e.g. "hrc_Lodz_Baseline-2026_2026-11-25.json", "hrc_all_2026-11-25.csv",
 * "Lodz_Baseline-2026_report_pl.pdf", "comparison_2026-11-25_report_en-pl.pdf"; a report
 * saved from the Polish UI is named in Polish, still ASCII:
 * "Lodz_Ocena-2026_raport_pl.pdf", "porownanie_2026-11-25_raport_en-pl.pdf".
 */
import { localDay } from './local-day';

/** The words of report file names in each UI language (ASCII: "porównanie" without its ó). */
const REPORT_WORDS = {
	en: { report: 'report', comparison: 'comparison' },
	pl: { report: 'raport', comparison: 'porownanie' }
} as const;

/** The UI language a file is named in. */
export type FileNameLocale = keyof typeof REPORT_WORDS;

const TRANSLIT: Record<string, string> = {
	ą: 'a',
	ć: 'c',
	ę: 'e',
	ł: 'l',
	ń: 'n',
	ó: 'o',
	ś: 's',
	ź: 'z',
	ż: 'z',
	Ą: 'A',
	Ć: 'C',
	Ę: 'E',
	Ł: 'L',
	Ń: 'N',
	Ó: 'O',
	Ś: 'S',
	Ź: 'Z',
	Ż: 'Z',
	ß: 'ss',
	æ: 'ae',
	Æ: 'AE',
	ø: 'o',
	Ø: 'O',
	đ: 'd',
	Đ: 'D',
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'h',
	ґ: 'g',
	д: 'd',
	е: 'e',
	є: 'ye',
	ё: 'yo',
	ж: 'zh',
	з: 'z',
	и: 'y',
	і: 'i',
	ї: 'yi',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	œ: 'oe',
	Œ: 'OE',
	þ: 'th',
	Þ: 'Th',
	ð: 'd',
	Ð: 'D'
};

/**
 * A file-name-safe ASCII slug of at most `max` characters: letters with
 * diacritics lose them, Polish and Cyrillic letters are transliterated, every
 * other run of characters becomes one "-"; `fallback` when nothing is left.
 */
export function slug(text: string, fallback = 'x', max = 40): string {
	const out = Array.from(text, (ch) => {
		const lower = ch.toLowerCase();
		if (TRANSLIT[ch] !== undefined) return TRANSLIT[ch];
		if (TRANSLIT[lower] !== undefined) {
			const t = TRANSLIT[lower];
			return t.charAt(0).toUpperCase() + t.slice(1);
		}
		return ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
	})
		.join('')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
	return out || fallback;
}

/** The local calendar day of a time: "2026-11-25" (its own module: the first screen needs it). */
export { localDay };

/** An export: "hrc_Lodz_Baseline-2026_2026-11-25.json", "hrc_all_2026-11-25.csv". */
export function exportFileName(
	parts: { city?: string; label?: string; date: number },
	ext: 'json' | 'csv'
): string {
	const name = [
		'hrc',
		parts.city === undefined ? 'all' : slug(parts.city, 'city'),
		...(parts.label === undefined ? [] : [slug(parts.label, 'assessment')]),
		localDay(parts.date)
	];
	return `${name.join('_')}.${ext}`;
}

/** The language(s) of a PDF report, as its file name says them. */
export type FileLanguage = 'en' | 'pl' | 'both';
const langPart = (lang: FileLanguage) => (lang === 'both' ? 'en-pl' : lang);

/** One assessment's report: "Lodz_Baseline-2026_report_pl.pdf" ("…_raport_pl.pdf" from the Polish UI). */
export function reportFileName(
	city: string,
	label: string,
	lang: FileLanguage,
	ui: FileNameLocale = 'en'
): string {
	const { report } = REPORT_WORDS[ui];
	return `${slug(city, report)}_${slug(label, report)}_${report}_${langPart(lang)}.pdf`;
}

/** A comparison report: "comparison_2026-11-25_report_en-pl.pdf" (local day; "porownanie_…_raport_…" from the Polish UI). */
export function comparisonFileName(
	lang: FileLanguage,
	date: number | Date = new Date(),
	ui: FileNameLocale = 'en'
): string {
	const { report, comparison } = REPORT_WORDS[ui];
	return `${comparison}_${localDay(date)}_${report}_${langPart(lang)}.pdf`;
}

/**
 * A team file: an invitation to answer or a respondent's response,
 * "Krakow_Ocena-2026_response_Anna-Nowak.json"; without a named respondent
 * "Krakow_Ocena-2026_invitation.json" (a response then gets its day and the
 * first characters of the respondent's id, so that several nameless
 * respondents' files of one day do not arrive under the same name).
 */
export function teamFileName(
	parts: { city: string; label: string; respondent?: string; respondentId?: string; date: number },
	kind: 'invitation' | 'response'
): string {
	const tag = parts.respondentId?.replace(/[^A-Za-z0-9]/g, '').slice(0, 6);
	const who = parts.respondent?.trim()
		? slug(parts.respondent, 'respondent')
		: kind === 'response'
			? [localDay(parts.date), tag].filter(Boolean).join('_')
			: undefined;
	const name = [slug(parts.city, 'city'), slug(parts.label, 'assessment'), kind];
	if (who) name.push(who);
	return `${name.join('_')}.json`;
}
