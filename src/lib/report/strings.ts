/**
 * Texts printed in the PDF reports, in English and Polish. Kept apart from the
 * UI dictionaries because the report is built in a worker and in Node, where
 * the UI locale state does not exist.
 */
import type { Locale } from '$lib/domain/framework';

const en = {
	appName: 'Human rights cities – self-assessment',
	reportTitle: 'Self-assessment report',
	comparisonTitle: 'Comparison of assessments',
	city: 'City',
	country: 'Country',
	assessment: 'Assessment',
	status: 'Status',
	statusDraft: 'draft',
	statusComplete: 'complete',
	created: 'Started',
	updated: 'Last change',
	generated: 'Report generated',
	participants: 'Who took part',
	participantsNone: 'not recorded',
	framework: 'Framework',
	basedOn: 'Based on',
	summary: 'Summary',
	overall: 'Overall score',
	coverage: 'Coverage',
	answered: 'answered',
	score: 'Score',
	element: 'Element',
	item: 'Item',
	noScore: 'no score',
	noAnswersYet:
		'No answers yet. This assessment has been started but no question has been answered, so there are no scores to show.',
	counts: '{scored} scored · {na} not applicable · {dk} don’t know · {unanswered} unanswered',
	radarTitle: 'Score per item (0–100)',
	barsTitle: 'Score per element (0–100)',
	chartNoScore: 'Items without a score are marked “–” after their id.',
	provenanceCol: 'Provenance',
	titleCol: 'Title',
	nextSteps: 'Suggested next steps',
	nextStepsIntro:
		'The weakest areas of this assessment, lowest score first. Each suggestion points to the next level of the scale and to the questions that scored lowest.',
	nextStepsNone: 'There is nothing to suggest yet: no item has a score.',
	nextStepsStrong:
		'Every scored item is at level 3 or above. Keep the results under regular review.',
	nextStepTarget: 'Now at about level {from} ({fromLabel}). Next: level {to} – {toLabel}.',
	nextStepStartWith: 'Start with',
	nextStepUnanswered: 'Complete the assessment',
	nextStepUnansweredText:
		'{count} of {total} questions are not answered yet. Scores are based only on the answered questions.',
	nextStepUnknown: 'Find out what you do not know',
	nextStepUnknownText:
		'{count} questions were answered “don’t know”. Note whom to ask and come back to them.',
	details: 'Answers',
	question: 'Question',
	answer: 'Answer',
	notAnswered: 'Not answered',
	comment: 'Comment',
	evidence: 'Evidence',
	level: 'Level',
	methodology: 'Methodology',
	scale: 'Answer scale',
	scoring: 'How scores are computed',
	scoringText:
		'Each maturity level counts as points: level 0 = 0, 1 = 25, 2 = 50, 3 = 75, 4 = 100. An item’s score is the weighted mean of its scored questions; an element’s score is the weighted mean of its items that have a score; the overall score is the weighted mean of the elements. Weights come from the framework definition and default to 1.',
	naText:
		'“Not applicable / outside the city’s competence” and “don’t know” are left out of the calculation: they never lower or raise a score. An item with no scored question has no score (not zero). Coverage is the share of questions answered in any way, “not applicable” and “don’t know” included, so a half-answered assessment never passes for a complete one.',
	provenance: 'Provenance of framework items',
	provenanceText:
		'Item titles marked “FRA wording” use the official English title of the FRA framework; “FRA topic” marks a topic FRA names, in our wording, not yet verified against FRA’s text. Polish titles are FRA’s official wording or our proposed translation. Question wording, guidance and the scale are written for this toolkit.',
	provVerified: 'FRA wording',
	provTopic: 'FRA topic',
	provPlOfficial: 'PL official',
	provPlProposed: 'PL proposed',
	sources: 'Sources',
	version: 'version',
	page: 'Page {n} of {total}',
	compareNote: 'Assessments compared',
	anonymised: 'Names are replaced by letters: this comparison is anonymised.',
	table: 'Scores per item',
	lens_structural: 'structural',
	lens_process: 'process',
	lens_outcome: 'outcome (our extension)'
} as const;

export type ReportStringKey = keyof typeof en;

const pl: Record<ReportStringKey, string> = {
	appName: 'Miasta praw człowieka – samoocena',
	reportTitle: 'Raport z samooceny',
	comparisonTitle: 'Porównanie ocen',
	city: 'Miasto',
	country: 'Państwo',
	assessment: 'Ocena',
	status: 'Status',
	statusDraft: 'robocza',
	statusComplete: 'zakończona',
	created: 'Rozpoczęto',
	updated: 'Ostatnia zmiana',
	generated: 'Data sporządzenia raportu',
	participants: 'Uczestnicy',
	participantsNone: 'nie podano',
	framework: 'Ramy',
	basedOn: 'Opracowano na podstawie',
	summary: 'Podsumowanie',
	overall: 'Wynik ogólny',
	coverage: 'Kompletność',
	answered: 'z odpowiedzią',
	score: 'Wynik',
	element: 'Element',
	item: 'Obszar',
	noScore: 'brak wyniku',
	noAnswersYet:
		'Brak odpowiedzi. Ocenę rozpoczęto, ale nie udzielono jeszcze odpowiedzi na żadne pytanie, dlatego nie ma wyników do przedstawienia.',
	counts:
		'z poziomem: {scored} · nie dotyczy: {na} · nie wiem: {dk} · bez odpowiedzi: {unanswered}',
	radarTitle: 'Wynik w poszczególnych obszarach (0–100)',
	barsTitle: 'Wynik w poszczególnych elementach (0–100)',
	chartNoScore: 'Obszary bez wyniku oznaczono znakiem „–” po identyfikatorze.',
	provenanceCol: 'Pochodzenie',
	titleCol: 'Tytuł',
	nextSteps: 'Proponowane dalsze kroki',
	nextStepsIntro:
		'Najsłabsze obszary tej oceny, od najniższego wyniku. Każda propozycja wskazuje kolejny poziom skali i pytania z najniższym wynikiem.',
	nextStepsNone: 'Nie ma jeszcze czego zaproponować: żaden obszar nie ma wyniku.',
	nextStepsStrong:
		'Wszystkie obszary z wynikiem osiągnęły co najmniej poziom 3. Warto regularnie przeglądać wyniki.',
	nextStepTarget:
		'Obecny poziom: około {from} ({fromLabel}). Kolejny krok: poziom {to} – {toLabel}.',
	nextStepStartWith: 'Warto zacząć od',
	nextStepUnanswered: 'Dokończenie oceny',
	nextStepUnansweredText:
		'Na {count} z {total} pytań nie udzielono jeszcze odpowiedzi. Wyniki uwzględniają wyłącznie pytania z odpowiedzią.',
	nextStepUnknown: 'Uzupełnienie brakujących informacji',
	nextStepUnknownText:
		'Pytania z odpowiedzią „nie wiem”: {count}. Warto ustalić, kogo zapytać, i wrócić do tych pytań.',
	details: 'Odpowiedzi',
	question: 'Pytanie',
	answer: 'Odpowiedź',
	notAnswered: 'Bez odpowiedzi',
	comment: 'Komentarz',
	evidence: 'Dowody',
	level: 'Poziom',
	methodology: 'Metodologia',
	scale: 'Skala odpowiedzi',
	scoring: 'Sposób obliczania wyników',
	scoringText:
		'Każdy poziom dojrzałości odpowiada liczbie punktów: poziom 0 = 0, 1 = 25, 2 = 50, 3 = 75, 4 = 100. Wynik obszaru to średnia ważona punktów za ocenione pytania; wynik elementu to średnia ważona wyników jego obszarów, które mają wynik; wynik ogólny to średnia ważona wyników elementów. Wagi pochodzą z definicji ram, a domyślnie wynoszą 1.',
	naText:
		'Odpowiedzi „nie dotyczy / poza kompetencjami miasta” i „nie wiem” nie są uwzględniane w obliczeniach: nigdy nie obniżają ani nie podwyższają wyniku. Obszar bez żadnego ocenionego pytania nie ma wyniku (nie oznacza to zera). Kompletność to odsetek pytań z jakąkolwiek odpowiedzią, łącznie z „nie dotyczy” i „nie wiem”, dzięki czemu ocena wypełniona w połowie nie uchodzi za pełną.',
	provenance: 'Pochodzenie obszarów ram',
	provenanceText:
		'Tytuły oznaczone „brzmienie FRA” to oficjalne angielskie tytuły z ram FRA; „temat FRA” oznacza temat wskazany przez FRA, ujęty naszymi słowami i jeszcze niezweryfikowany z tekstem FRA. Polskie tytuły to oficjalne brzmienie FRA albo nasze proponowane tłumaczenie. Treść pytań, wskazówki i skala zostały opracowane na potrzeby tego narzędzia.',
	provVerified: 'brzmienie FRA',
	provTopic: 'temat FRA',
	provPlOfficial: 'PL oficjalne',
	provPlProposed: 'PL proponowane',
	sources: 'Źródła',
	version: 'wersja',
	page: 'Strona {n} z {total}',
	compareNote: 'Porównywane oceny',
	anonymised: 'Nazwy zastąpiono literami: porównanie jest zanonimizowane.',
	table: 'Wyniki w poszczególnych obszarach',
	lens_structural: 'strukturalne',
	lens_process: 'procesowe',
	lens_outcome: 'dotyczące rezultatów (nasze rozszerzenie)'
};

export const reportStrings: Record<Locale, Record<ReportStringKey, string>> = {
	en,
	pl
};

export function fill(text: string, params?: Record<string, string | number>): string {
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (m, name: string) =>
		name in params ? String(params[name]) : m
	);
}
