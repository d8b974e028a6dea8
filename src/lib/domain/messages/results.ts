import { defineMessages } from './catalogue';

/** UI messages of the results feature (results of one assessment, comparison, scoring method). */
export default defineMessages({
	en: {
		'results.title': 'Results',
		'results.backToQuestions': 'Back to the questions',
		'results.compareWith': 'Compare with other assessments',
		'results.overall': 'Overall score',
		'results.outOf': 'out of 100',
		'results.noScore': 'no score',
		'results.coverage': 'Coverage',
		'results.coverageText':
			'{answered} of {total|one:# question|other:# questions} answered ({pct})',
		'results.dk': "Don't know",
		'results.na': 'N/A',
		'results.naLong': 'Not applicable',
		'results.partial':
			'Not all questions are answered yet: these scores cover only the answered questions and may change.',
		'results.noAnswers':
			'No question has been answered with a level yet, so there are no scores. Answer the questions to see results.',
		'results.elements': 'Elements',
		'results.items': 'Items',
		'results.item': 'Item',
		'results.element': 'Element',
		'results.score': 'Score',
		'results.radarCaption': 'Item scores (0–100)',
		'results.barCaption': 'Element scores (0–100)',
		'results.chartLabel': '{kind}: {series}. The same numbers are in the table below the chart.',
		'results.radarKind': 'Radar chart of item scores',
		'results.barKind': 'Bar chart of element scores',
		'results.strongest': 'Strongest items',
		'results.weakest': 'Weakest items',
		'results.rankEmpty': 'Needs at least two scored items.',
		'results.unanswered': 'Still unanswered',
		'results.unansweredCount': '{count|one:# question|other:# questions}',
		'results.allAnswered': 'Every question has an answer.',
		'results.answerNow': 'Answer',
		'results.tableCaption': 'Scores, coverage and “Don’t know” and N/A answers',
		'results.showTable': 'Data table',

		'method.title': 'How scores are computed',
		'method.levels':
			'Each level of the answer scale counts as points: level 0 = 0, level 1 = 25, level 2 = 50, level 3 = 75, level 4 = 100.',
		'method.excluded':
			'“Not applicable / outside the city’s competence” and “Don’t know” are left out of the calculation: they neither lower nor raise a score. Unanswered questions are left out too.',
		'method.item':
			'Item score: the weighted mean of the points of its questions answered with a level. An item with no such answer has no score (shown as “–”), not zero.',
		'method.element':
			'Element score (foundations, structures, tools): the weighted mean of the scores of its items that have one. Overall score: the weighted mean of the element scores.',
		'method.weights':
			'Weights come from the framework definition; in the FRA framework every question, item and element weighs the same.',
		'method.coverage':
			'Beside every score we show coverage — the share of questions with any answer (a level, N/A or don’t know) — and the number of “don’t know” and N/A answers. A half-answered assessment may therefore show a high score, but never without its low coverage.',
		'method.rounding':
			'Scores are shown rounded to whole points; changes between assessments are the difference of the rounded scores.',
		'method.caution':
			'Scores are a conversation aid for a self-assessment, not a ranking of cities: cities differ in competences and in how strictly they answer.',

		'compare.title': 'Compare assessments',
		'compare.intro':
			'Choose assessments — several cities, or one city over time — to see them side by side.',
		'compare.select': 'Assessments to compare',
		'compare.selectAll': 'Select all',
		'compare.selectNone': 'Clear selection',
		'compare.selected': '{count} selected',
		'compare.noAssessments': 'There are no assessments on this device yet.',
		'compare.pickSome': 'Select at least one assessment.',
		'compare.projector': 'Projector mode',
		'compare.anonymise': 'Anonymise (letters instead of city names)',
		'compare.anonymisedNote':
			'City names are hidden. Turn anonymisation off to change the selection.',
		'compare.exitProjector': 'Leave projector mode',
		'compare.missing':
			'{count|one:# selected assessment no longer exists and is|other:# selected assessments no longer exist and are} not shown.',
		'compare.otherFramework':
			'{count|one:# selected assessment uses a different framework version and is|other:# selected assessments use a different framework version and are} not shown: {labels}.',
		'compare.assessment': 'Assessment',
		'compare.radarCaption': 'Item scores (0–100)',
		'compare.barCaption': 'Element scores (0–100)',
		'compare.radarKind': 'Radar chart of item scores',
		'compare.barKind': 'Grouped bar chart of element scores',
		'compare.elementTable': 'Overall and element scores',
		'compare.itemTable': 'Item scores',
		'compare.change': 'Change over time',
		'compare.changeIntro': 'Gains and losses between two assessments of the same city.',
		'compare.from': 'From',
		'compare.to': 'To',
		'compare.before': 'Earlier assessment',
		'compare.after': 'Later assessment',
		'compare.delta': 'Change',
		'compare.gains': 'Gains',
		'compare.losses': 'Losses',
		'compare.noChange': 'No item score changed.',
		'compare.deltaUp': 'up {n|one:# point|other:# points}',
		'compare.deltaDown': 'down {n|one:# point|other:# points}',
		'compare.deltaSame': 'no change',
		'compare.deltaNone': 'not comparable',
		'compare.sameAssessment': 'Choose two different assessments.',
		'compare.noLegend':
			'With this many assessments the charts have no legend: point at a line to see whose it is, or read the tables below.'
	},
	pl: {
		'results.title': 'Wyniki',
		'results.backToQuestions': 'Wróć do pytań',
		'results.compareWith': 'Porównaj z innymi ocenami',
		'results.overall': 'Wynik ogólny',
		'results.outOf': 'na 100',
		'results.noScore': 'brak wyniku',
		'results.coverage': 'Kompletność',
		'results.coverageText':
			'Udzielono odpowiedzi na {answered} z {total|one:# pytania|few:# pytań|many:# pytań|other:# pytania} ({pct})',
		'results.dk': 'Nie wiem',
		'results.na': 'Nie dotyczy',
		'results.naLong': 'Nie dotyczy',
		'results.partial':
			'Nie na wszystkie pytania udzielono odpowiedzi: wyniki obejmują tylko pytania z odpowiedzią i mogą się jeszcze zmienić.',
		'results.noAnswers':
			'Na żadne pytanie nie udzielono jeszcze odpowiedzi w skali 0–4, dlatego nie ma wyników. Wyniki pojawią się po udzieleniu odpowiedzi na pytania.',
		'results.elements': 'Elementy',
		'results.items': 'Obszary',
		'results.item': 'Obszar',
		'results.element': 'Element',
		'results.score': 'Wynik',
		'results.radarCaption': 'Wyniki obszarów (0–100)',
		'results.barCaption': 'Wyniki elementów (0–100)',
		'results.chartLabel': '{kind}: {series}. Te same liczby zawiera tabela pod wykresem.',
		'results.radarKind': 'Wykres radarowy wyników obszarów',
		'results.barKind': 'Wykres słupkowy wyników elementów',
		'results.strongest': 'Obszary z najwyższym wynikiem',
		'results.weakest': 'Obszary z najniższym wynikiem',
		'results.rankEmpty': 'Potrzebne są wyniki co najmniej dwóch obszarów.',
		'results.unanswered': 'Pytania bez odpowiedzi',
		'results.unansweredCount': '{count|one:# pytanie|few:# pytania|many:# pytań|other:# pytania}',
		'results.allAnswered': 'Wszystkie pytania mają odpowiedź.',
		'results.answerNow': 'Odpowiedz',
		'results.tableCaption': 'Wyniki, kompletność oraz odpowiedzi „Nie wiem” i „Nie dotyczy”',
		'results.showTable': 'Tabela danych',

		'method.title': 'Jak obliczane są wyniki',
		'method.levels':
			'Każdy poziom skali odpowiada liczbie punktów: poziom 0 = 0, poziom 1 = 25, poziom 2 = 50, poziom 3 = 75, poziom 4 = 100.',
		'method.excluded':
			'Odpowiedzi „Nie dotyczy / poza kompetencjami miasta” i „Nie wiem” nie są uwzględniane w obliczeniach: nie obniżają ani nie podwyższają wyniku. Pomijane są również pytania bez odpowiedzi.',
		'method.item':
			'Wynik obszaru: średnia ważona punktów za pytania tego obszaru, na które udzielono odpowiedzi w skali 0–4. Obszar bez takiej odpowiedzi nie ma wyniku (oznaczenie „–”), co nie oznacza wyniku zerowego.',
		'method.element':
			'Wynik elementu (podstawy, struktury, narzędzia): średnia ważona wyników jego obszarów, które mają wynik. Wynik ogólny: średnia ważona wyników elementów.',
		'method.weights':
			'Wagi określa definicja ram; w definicji ram FRA (fra-hrc) wszystkie pytania, obszary i elementy mają jednakową wagę.',
		'method.coverage':
			'Przy każdym wyniku podana jest kompletność – odsetek pytań, na które udzielono jakiejkolwiek odpowiedzi (poziom, „Nie dotyczy” lub „Nie wiem”) – oraz liczbę odpowiedzi „Nie wiem” i „Nie dotyczy”. Ocena wypełniona w połowie może więc mieć wysoki wynik, ale zawsze widać przy nim niską kompletność.',
		'method.rounding':
			'Wyniki są zaokrąglane do pełnych punktów; zmiana między ocenami to różnica zaokrąglonych wyników.',
		'method.caution':
			'Wyniki służą jako punkt wyjścia do rozmowy w ramach samooceny, a nie jako ranking miast: miasta mają różne kompetencje i z różną surowością oceniają same siebie.',

		'compare.title': 'Porównanie ocen',
		'compare.intro':
			'Wybierz oceny – kilku miast albo jednego miasta z różnych lat – aby zestawić je obok siebie.',
		'compare.select': 'Oceny do porównania',
		'compare.selectAll': 'Zaznacz wszystkie',
		'compare.selectNone': 'Wyczyść wybór',
		'compare.selected': 'Wybrano {count|one:# ocenę|few:# oceny|many:# ocen|other:# oceny}',
		'compare.noAssessments': 'Na tym urządzeniu nie ma jeszcze żadnych ocen.',
		'compare.pickSome': 'Wybierz co najmniej jedną ocenę.',
		'compare.projector': 'Tryb prezentacji',
		'compare.anonymise': 'Anonimizuj (litery zamiast nazw miast)',
		'compare.anonymisedNote': 'Nazwy miast są ukryte. Aby zmienić wybór ocen, wyłącz anonimizację.',
		'compare.exitProjector': 'Zakończ tryb prezentacji',
		'compare.missing':
			'Nie pokazano {count|one:# wybranej oceny, która już nie istnieje|few:# wybranych ocen, które już nie istnieją|many:# wybranych ocen, które już nie istnieją|other:# wybranej oceny, która już nie istnieje}.',
		'compare.otherFramework':
			'Nie pokazano {count|one:# wybranej oceny opartej|few:# wybranych ocen opartych|many:# wybranych ocen opartych|other:# wybranej oceny opartej} na innej wersji ram: {labels}.',
		'compare.assessment': 'Ocena',
		'compare.radarCaption': 'Wyniki obszarów (0–100)',
		'compare.barCaption': 'Wyniki elementów (0–100)',
		'compare.radarKind': 'Wykres radarowy wyników obszarów',
		'compare.barKind': 'Grupowany wykres słupkowy wyników elementów',
		'compare.elementTable': 'Wynik ogólny i wyniki elementów',
		'compare.itemTable': 'Wyniki obszarów',
		'compare.change': 'Zmiany w czasie',
		'compare.changeIntro': 'Wzrosty i spadki między dwiema ocenami tego samego miasta.',
		'compare.from': 'Od',
		'compare.to': 'Do',
		'compare.before': 'Wcześniejsza ocena',
		'compare.after': 'Późniejsza ocena',
		'compare.delta': 'Zmiana',
		'compare.gains': 'Wzrosty',
		'compare.losses': 'Spadki',
		'compare.noChange': 'Żaden wynik obszaru się nie zmienił.',
		'compare.deltaUp': 'wzrost o {n} pkt',
		'compare.deltaDown': 'spadek o {n} pkt',
		'compare.deltaSame': 'bez zmian',
		'compare.deltaNone': 'nie do porównania',
		'compare.sameAssessment': 'Wybierz dwie różne oceny.',
		'compare.noLegend':
			'Przy tak wielu ocenach wykresy nie mają legendy: wskaż linię kursorem, aby zobaczyć, której oceny dotyczy, lub skorzystaj z tabel poniżej.'
	}
});
