import { defineMessages } from './catalogue';

/**
 * UI messages of the framework content: provenance marks for what is ours,
 * the "Not applicable" hint and the results' next levels.
 */
export default defineMessages({
	en: {
		'prov.titleOurs': 'Heading: our wording',
		'prov.titleTranslated': 'Heading: our translation',
		'prov.subtitleOurs': 'Subtitle: our wording, not FRA’s',
		'prov.subtitleTranslated': 'Subtitle: our translation of FRA’s English',
		'prov.descOurs': 'Our summary',
		'prov.elementNotes': 'Provenance of this heading',

		'na.hintTitle': '“Not applicable” or 0?',
		'na.hint':
			'The first question is answered 0, but {ids} {count|one:is|other:are} answered “Not applicable”. If what this item is about does not exist, answer 0 for the questions about how it works: “Not applicable” is only for matters outside the city’s competence or that do not apply locally.',

		'next.title': 'How to reach the next level',
		'next.intro':
			'For the items with the lowest scores: what the next level looks like for the questions to start with.',
		'next.item': 'Now at level {from} ({fromLabel}); next: level {to} ({toLabel})',
		'next.target': 'Level {to} – {label}:',
		'next.none': 'No scored item is below level 3.'
	},
	pl: {
		'prov.titleOurs': 'Nagłówek: nasze sformułowanie',
		'prov.titleTranslated': 'Nagłówek: nasze tłumaczenie',
		'prov.subtitleOurs': 'Podtytuł: nasze sformułowanie, nie FRA',
		'prov.subtitleTranslated': 'Podtytuł: nasze tłumaczenie angielskiego brzmienia FRA',
		'prov.descOurs': 'Nasze omówienie',
		'prov.elementNotes': 'Pochodzenie tego nagłówka',

		'na.hintTitle': '„Nie dotyczy” czy 0?',
		'na.hint':
			'Pierwsze pytanie ma odpowiedź 0, a {count|one:pytanie|few:pytania|many:pytania|other:pytania} {ids} {count|one:ma|few:mają|many:mają|other:mają} odpowiedź „Nie dotyczy”. Jeśli to, czego dotyczy ten obszar, nie istnieje, na pytania o sposób działania należy odpowiedzieć 0. Odpowiedź „Nie dotyczy” jest przeznaczona tylko dla spraw poza kompetencjami miasta lub niemających zastosowania w lokalnych warunkach.',

		'next.title': 'Jak osiągnąć kolejny poziom',
		'next.intro':
			'Dla obszarów z najniższym wynikiem: jak wygląda kolejny poziom w pytaniach, od których warto zacząć.',
		'next.item': 'Obecnie poziom {from} ({fromLabel}); kolejny: poziom {to} ({toLabel})',
		'next.target': 'Poziom {to} – {label}:',
		'next.none': 'Żaden obszar z wynikiem nie jest poniżej poziomu 3.'
	}
});
