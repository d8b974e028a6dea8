import { defineMessages } from './catalogue';

/**
 * UI messages of the respondent overlay (respondents' scores on the results
 * radar and in compare) and of the team view's median between two levels.
 */
export default defineMessages({
	en: {
		'overlay.show': 'Show respondents',
		'overlay.hideNames': 'Hide names (Respondent A, B…)',
		'overlay.consensus': '{name} (consensus)',
		'overlay.intro':
			'Each respondent’s own answers, scored the same way as the team consensus. The tables below the charts give every respondent’s scores.',
		'overlay.compareLegend': 'Respondents',
		'overlay.compareIntro':
			'Respondents’ own answers can be shown as series beside the assessments, scored the same way as the team consensus.',
		'overlay.compareShow':
			'Show the respondents of {name} ({count|one:# respondent|other:# respondents})',
		'teamMedian.between': 'Median: between level {low} and {high}'
	},
	pl: {
		'overlay.show': 'Pokaż respondentów',
		'overlay.hideNames': 'Ukryj nazwiska (Respondent A, B…)',
		'overlay.consensus': '{name} (stanowisko zespołu)',
		'overlay.intro':
			'Odpowiedzi poszczególnych respondentów, punktowane tak samo jak stanowisko zespołu. Wyniki każdego respondenta podano w tabelach pod wykresami.',
		'overlay.compareLegend': 'Respondenci',
		'overlay.compareIntro':
			'Odpowiedzi poszczególnych respondentów można pokazać jako serie obok ocen; punktuje się je tak samo jak stanowisko zespołu.',
		'overlay.compareShow':
			'Pokaż respondentów oceny {name} ({count|one:# osoba|few:# osoby|many:# osób|other:# osoby})',
		'teamMedian.between': 'Mediana: między poziomem {low} a {high}'
	}
});
