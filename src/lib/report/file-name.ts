/** Download file names: ASCII only (diacritics transliterated), safe on every system. */
import type { ReportLanguage } from './types';

const SPECIAL: Record<string, string> = {
	ł: 'l',
	Ł: 'L',
	ø: 'o',
	Ø: 'O',
	đ: 'd',
	Đ: 'D',
	ß: 'ss',
	æ: 'ae',
	Æ: 'AE',
	œ: 'oe',
	Œ: 'OE',
	þ: 'th',
	ð: 'd'
};

export function fileNamePart(text: string, max = 40): string {
	const ascii = text
		.replace(/[łŁøØđĐßæÆœŒþð]/g, (c) => SPECIAL[c] ?? c)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	const part = ascii
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
	return part || 'report';
}

/** e.g. "Lodz_Baseline-2026_report_pl.pdf" */
export function reportFileName(city: string, label: string, lang: ReportLanguage): string {
	return `${fileNamePart(city)}_${fileNamePart(label)}_report_${lang === 'both' ? 'en-pl' : lang}.pdf`;
}

export function comparisonFileName(lang: ReportLanguage, date = new Date()): string {
	return `comparison_${date.toISOString().slice(0, 10)}_report_${lang === 'both' ? 'en-pl' : lang}.pdf`;
}
