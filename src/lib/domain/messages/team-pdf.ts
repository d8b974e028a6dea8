import { defineMessages } from './catalogue';

/** PDF texts of the team self-assessment: who took part, agreement, disagreements, consensus. */
export default defineMessages({
	en: {
		team: 'Team self-assessment',
		teamIntro:
			'Each respondent answered the questions on their own; the assessment’s answers above are the levels the team agreed. Disagreement is the mean difference between the levels of every two respondents, as a share of the widest possible difference: 0% when all gave the same level, 100% when two stand at opposite ends. “Not applicable”, “don’t know” and missing answers never count as disagreement.',
		teamWho: 'Who took part',
		teamCount:
			'{count|one:# respondent took part|other:# respondents took part}; names are not shown.',
		teamRespondent: 'Respondent {letter}',
		teamAgreement: 'Agreement per element',
		teamElement: 'Element',
		teamMeanDisagreement: 'Mean disagreement',
		teamCompared: 'Questions compared',
		teamNotCompared: 'no question with two levels',
		teamTop: 'Largest disagreements',
		teamTopNone: 'The respondents gave the same level wherever two or more of them gave one.',
		teamDisagreement: 'Disagreement {pct}',
		teamSpread: 'Respondents per level',
		teamNa: 'N/A',
		teamDk: 'don’t know',
		teamNone: 'no answer',
		teamComments: 'Comments',
		teamNoComments: 'No comments.',
		teamConsensus: 'Consensus decisions',
		teamConsensusIntro:
			'The level the team agreed for each question the respondents answered, with the note written for it.',
		teamConsensusNone: 'No consensus has been recorded yet.',
		teamAgreed: 'Agreed',
		teamNotAgreed: 'not agreed yet',
		teamNote: 'Note',
		teamQuestion: 'Question'
	},
	pl: {
		team: 'Samoocena zespołowa',
		teamIntro:
			'Każdy respondent odpowiadał na pytania oddzielnie; podane wyżej odpowiedzi oceny to poziomy uzgodnione przez zespół. Rozbieżność to średnia różnica poziomów między każdą parą respondentów, wyrażona jako część największej możliwej różnicy: 0%, gdy wszyscy wskazali ten sam poziom, 100%, gdy dwie osoby wskazały skrajne poziomy. Odpowiedzi „nie dotyczy”, „nie wiem” i brak odpowiedzi nie są liczone jako rozbieżność.',
		teamWho: 'Skład zespołu',
		teamCount:
			'{count|one:W ocenie wziął udział # respondent|few:W ocenie wzięło udział # respondentów|many:W ocenie wzięło udział # respondentów|other:W ocenie wzięło udział # respondenta}; nazwisk nie podano.',
		teamRespondent: 'Respondent {letter}',
		teamAgreement: 'Zgodność w poszczególnych elementach',
		teamElement: 'Element',
		teamMeanDisagreement: 'Średnia rozbieżność',
		teamCompared: 'Porównane pytania',
		teamNotCompared: 'brak pytania z co najmniej dwoma poziomami',
		teamTop: 'Największe rozbieżności',
		teamTopNone:
			'Respondenci wskazali ten sam poziom we wszystkich pytaniach, na które odpowiedziały co najmniej dwie osoby.',
		teamDisagreement: 'Rozbieżność {pct}',
		teamSpread: 'Liczba respondentów według poziomu',
		teamNa: 'nie dotyczy',
		teamDk: 'nie wiem',
		teamNone: 'brak odpowiedzi',
		teamComments: 'Komentarze',
		teamNoComments: 'Brak komentarzy.',
		teamConsensus: 'Uzgodnione stanowisko',
		teamConsensusIntro:
			'Poziom uzgodniony przez zespół dla każdego pytania, na które odpowiedzieli respondenci, wraz z uzasadnieniem.',
		teamConsensusNone: 'Nie zapisano jeszcze uzgodnionego stanowiska.',
		teamAgreed: 'Uzgodniono',
		teamNotAgreed: 'jeszcze nie uzgodniono',
		teamNote: 'Uzasadnienie',
		teamQuestion: 'Pytanie'
	}
});
