import { defineMessages } from './catalogue';

/** UI messages of the team self-assessment: respondents, team view, consensus. */
export default defineMessages({
	en: {
		'team.answeringAs': 'Answering as',
		'team.consensus': 'Coordinator – team consensus',
		'team.respondent': 'Respondent {letter}',
		'team.respondentIn': '{name} ({department})',
		'team.answeringAsNotice':
			'Answers entered here are saved for {name} only, apart from the team consensus and from the other respondents.',
		'team.addRespondent': 'Add a respondent',
		'team.name': 'Name or role (optional)',
		'team.department': 'Department (optional)',
		'team.add': 'Add',
		'team.added': '{name} added. Answers are now entered as {name}.',
		'team.view': 'Team view',
		'team.title': 'Team view',
		'team.respondents': '{count|one:# respondent|other:# respondents}',
		'team.noRespondents':
			'This assessment has no respondents yet. Add respondents on the questionnaire page (“Answering as”), or import their response files.',
		'team.sort': 'Order',
		'team.sortDisagreement': 'Largest disagreement first',
		'team.sortFramework': 'Framework order',
		'team.anonymise': 'Hide names (Respondent A, B…)',
		'team.disagreement': 'Disagreement',
		'team.disagreementValue': 'Disagreement {pct}',
		'team.spread': 'Answers by level',
		'team.spreadLabel':
			'Levels chosen: {levels}. Not applicable: {na}. Don’t know: {dk}. Not answered: {none}.',
		'team.levelCount': 'level {level}: {count}',
		'team.na': 'N/A',
		'team.dk': 'Don’t know',
		'team.none': 'not answered',
		'team.median': 'Median: level {level}',
		'team.comments': 'Comments',
		'team.noComments': 'No comments.',
		'team.agreed': 'Agreed level',
		'team.agreedNone': '– choose –',
		'team.suggested': 'Suggested: level {level} (the median; the answers lie within one level).',
		'team.noSuggestion':
			'The answers differ by more than one level: the team chooses the agreed level.',
		'team.note': 'Why this level (optional)',
		'team.saveConsensus': 'Save the agreed level',
		'team.consensusSaved': 'Agreed level saved.',
		'team.current': 'Consensus now: {value}',
		'team.currentNone': 'No agreed level yet.',
		'team.questionCount':
			'{count|one:# question|other:# questions}, {disagreed|one:# with disagreement|other:# with disagreement}'
	},
	pl: {
		'team.answeringAs': 'Odpowiedzi w imieniu',
		'team.consensus': 'Koordynator – wspólne stanowisko zespołu',
		'team.respondent': 'Respondent {letter}',
		'team.respondentIn': '{name} ({department})',
		'team.answeringAsNotice':
			'Wpisane tu odpowiedzi zapisuje się tylko jako odpowiedzi osoby: {name} – oddzielnie od wspólnego stanowiska zespołu i od pozostałych respondentów.',
		'team.addRespondent': 'Dodaj respondenta',
		'team.name': 'Imię i nazwisko lub funkcja (opcjonalnie)',
		'team.department': 'Wydział (opcjonalnie)',
		'team.add': 'Dodaj',
		'team.added': 'Dodano: {name}. Odpowiedzi są teraz wpisywane w imieniu tej osoby.',
		'team.view': 'Widok zespołu',
		'team.title': 'Widok zespołu',
		'team.respondents':
			'{count|one:# respondent|few:# respondentów|many:# respondentów|other:# respondenta}',
		'team.noRespondents':
			'Ta ocena nie ma jeszcze respondentów. Można ich dodać na stronie pytań („Odpowiedzi w imieniu”) albo zaimportować ich pliki z odpowiedziami.',
		'team.sort': 'Kolejność',
		'team.sortDisagreement': 'Najpierw największe rozbieżności',
		'team.sortFramework': 'Kolejność jak w ramach oceny',
		'team.anonymise': 'Ukryj nazwiska (Respondent A, B…)',
		'team.disagreement': 'Rozbieżność',
		'team.disagreementValue': 'Rozbieżność {pct}',
		'team.spread': 'Odpowiedzi według poziomów',
		'team.spreadLabel':
			'Wybrane poziomy: {levels}. Nie dotyczy: {na}. Nie wiem: {dk}. Bez odpowiedzi: {none}.',
		'team.levelCount': 'poziom {level}: {count}',
		'team.na': 'Nie dotyczy',
		'team.dk': 'Nie wiem',
		'team.none': 'bez odpowiedzi',
		'team.median': 'Mediana: poziom {level}',
		'team.comments': 'Komentarze',
		'team.noComments': 'Brak komentarzy.',
		'team.agreed': 'Uzgodniony poziom',
		'team.agreedNone': '– wybierz –',
		'team.suggested':
			'Propozycja: poziom {level} (mediana; odpowiedzi różnią się najwyżej o jeden poziom).',
		'team.noSuggestion':
			'Odpowiedzi różnią się o więcej niż jeden poziom: uzgodniony poziom wybiera zespół.',
		'team.note': 'Uzasadnienie (opcjonalnie)',
		'team.saveConsensus': 'Zapisz uzgodniony poziom',
		'team.consensusSaved': 'Zapisano uzgodniony poziom.',
		'team.current': 'Obecne stanowisko zespołu: {value}',
		'team.currentNone': 'Brak uzgodnionego poziomu.',
		'team.questionCount':
			'{count|one:# pytanie|few:# pytania|many:# pytań|other:# pytania}, {disagreed|one:# z rozbieżnością|few:# z rozbieżnościami|many:# z rozbieżnościami|other:# z rozbieżnościami}'
	}
});
