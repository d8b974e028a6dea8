import { defineMessages } from './catalogue';

/** UI messages of the report feature. */
export default defineMessages({
	en: {
		'report.heading': 'PDF report',
		'report.language': 'Language of the report',
		'report.lang.en': 'English',
		'report.lang.pl': 'Polish',
		'report.lang.both': 'Both (EN + PL)',
		'report.download': 'Download PDF report',
		'report.downloadComparison': 'Download comparison as PDF',
		'report.generating': 'Generating the report…',
		'report.done': 'Report ready: {file} ({size} KB).',
		'report.error':
			'The report could not be generated ({detail}). Try again; if it keeps failing, reload the page.',
		'report.noData': 'There is nothing to report yet.'
	},
	pl: {
		'report.heading': 'Raport PDF',
		'report.language': 'Język raportu',
		'report.lang.en': 'angielski',
		'report.lang.pl': 'polski',
		'report.lang.both': 'oba (EN + PL)',
		'report.download': 'Pobierz raport PDF',
		'report.downloadComparison': 'Pobierz porównanie jako PDF',
		'report.generating': 'Trwa przygotowywanie raportu…',
		'report.done': 'Raport gotowy: {file} ({size} KB).',
		'report.error':
			'Nie udało się przygotować raportu. Należy spróbować ponownie, a jeśli błąd się powtórzy – odświeżyć stronę.',
		'report.noData': 'Nie ma jeszcze danych do raportu.'
	}
});
