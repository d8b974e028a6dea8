import { defineMessages } from './catalogue';

/**
 * UI messages of the home page for a busy facilitator (issue 12): the notice
 * area, the orientation card and the example city, the search/filter/sort of
 * the city list, "Send" on the results page, and form and table accessibility.
 */
export default defineMessages({
	en: {
		'orient.title': 'Before you start',
		'orient.questions':
			'The questionnaire has {count|one:# question|other:# questions} in {items|one:# item|other:# items}.',
		'orient.time':
			'Estimate: roughly {low}–{high} minutes for a first pass (1–2 minutes a question); discussing evidence in a group takes longer.',
		'orient.neutral':
			'“Not applicable” and “Don’t know” never count against the city: they are left out of the score and shown beside it.',
		'orient.saved':
			'Every answer is saved on this device as you go; you can stop and continue later.',
		'orient.summary':
			'{count|one:# question|other:# questions} · roughly {low}–{high} minutes · N/A and “Don’t know” never count against the city',
		'demo.try': 'Try an example city',
		'demo.remove': 'Delete the example city',
		'demo.loaded':
			'An example city with demo answers was added. It is not a real city; delete it in one click when you are done.',
		'demo.cityName': 'Example city (demo)',
		'demo.label': 'Demo assessment',
		'demo.participants': 'Demo data made up to show the app – not a real city or real answers.',
		'demo.badge': 'Example – demo data',
		'demo.comment': 'Demo answer, made up to show the app.',

		'list.search': 'Search',
		'list.searchHint': 'City name or assessment label',
		'list.year': 'Year',
		'list.anyYear': 'Any year',
		'list.completion': 'Completion',
		'list.completion.all': 'All',
		'list.completion.notStarted': 'Not started',
		'list.completion.inProgress': 'In progress',
		'list.completion.complete': 'Complete',
		'list.sort': 'Sort by',
		'list.sort.name': 'City name',
		'list.sort.label': 'Assessment label',
		'list.sort.year': 'Year (newest first)',
		'list.sort.completion': 'Completion (most first)',
		'list.count': '{shown} of {total|one:# city|other:# cities}',
		'list.none': 'No city matches this search and these filters.',
		'list.clear': 'Clear search and filters',
		'list.controls': 'Find a city or assessment',
		'list.more': 'Show {count} more',

		'form.invalid': 'The form was not saved: {message}'
	},
	pl: {
		'orient.title': 'Zanim rozpocznie się ocena',
		'orient.questions':
			'Kwestionariusz ma {count|one:# pytanie|few:# pytania|many:# pytań|other:# pytania} w {items|one:# obszarze|few:# obszarach|many:# obszarach|other:# obszaru}.',
		'orient.time':
			'Szacunkowo: około {low}–{high} minut na pierwsze przejście (1–2 minuty na pytanie); dyskusja nad dowodami w grupie trwa dłużej.',
		'orient.neutral':
			'Odpowiedzi „Nie dotyczy” i „Nie wiem” nigdy nie obniżają wyniku miasta: nie są wliczane do wyniku i są pokazywane obok niego.',
		'orient.saved':
			'Każda odpowiedź jest od razu zapisywana na tym urządzeniu; można przerwać i wrócić później.',
		'orient.summary':
			'{count|one:# pytanie|few:# pytania|many:# pytań|other:# pytania} · około {low}–{high} minut · „Nie dotyczy” i „Nie wiem” nie obniżają wyniku',
		'demo.try': 'Wypróbuj na przykładowym mieście',
		'demo.remove': 'Usuń przykładowe miasto',
		'demo.loaded':
			'Dodano przykładowe miasto z odpowiedziami demonstracyjnymi. Nie jest to prawdziwe miasto; po pokazie można je usunąć jednym kliknięciem.',
		'demo.cityName': 'Miasto przykładowe (demo)',
		'demo.label': 'Ocena demonstracyjna',
		'demo.participants':
			'Dane demonstracyjne wymyślone na potrzeby pokazu aplikacji – nie dotyczą prawdziwego miasta.',
		'demo.badge': 'Przykład – dane demonstracyjne',
		'demo.comment': 'Odpowiedź demonstracyjna, wymyślona na potrzeby pokazu.',

		'list.search': 'Szukaj',
		'list.searchHint': 'Nazwa miasta lub nazwa oceny',
		'list.year': 'Rok',
		'list.anyYear': 'Dowolny rok',
		'list.completion': 'Stan',
		'list.completion.all': 'Wszystkie',
		'list.completion.notStarted': 'Nierozpoczęte',
		'list.completion.inProgress': 'W toku',
		'list.completion.complete': 'Zakończone',
		'list.sort': 'Sortuj według',
		'list.sort.name': 'Nazwa miasta',
		'list.sort.label': 'Nazwa oceny',
		'list.sort.year': 'Rok (od najnowszych)',
		'list.sort.completion': 'Postęp (od największego)',
		'list.count': '{shown} z {total|one:# miasta|few:# miast|many:# miast|other:# miasta}',
		'list.none': 'Żadne miasto nie pasuje do wyszukiwania i filtrów.',
		'list.clear': 'Wyczyść wyszukiwanie i filtry',
		'list.controls': 'Wyszukaj miasto lub ocenę',
		'list.more': 'Pokaż kolejne ({count})',

		'form.invalid': 'Formularza nie zapisano: {message}'
	}
});
