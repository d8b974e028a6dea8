import { defineMessages } from './catalogue';

/**
 * Why a file cannot be imported on the /data page: the errors of the import check, the
 * names of the fields and places they point at, and the value types. Only that page
 * loads them (through `$lib/i18n/data`), with exchange.ts's messages.
 */
export default defineMessages({
	en: {
		'import.path.cities': 'city {n}',
		'import.path.assessments': 'assessment {n}',
		'import.path.answers': 'answer {n}',
		'import.path.frameworkDefinitions': 'framework definition {n}',
		'import.path.frameworks': 'framework list {n}',
		'import.field.id': 'ID',
		'import.field.name': 'name',
		'import.field.country': 'country',
		'import.field.notes': 'notes',
		'import.field.label': 'label',
		'import.field.status': 'status',
		'import.field.participants': 'participants',
		'import.field.value': 'answer',
		'import.field.comment': 'comment',
		'import.field.evidence': 'evidence',
		'import.field.title': 'title',
		'import.field.shortTitle': 'short title',
		'import.field.subtitle': 'subtitle',
		'import.field.description': 'description',
		'import.field.sources': 'sources',
		'import.field.scale': 'scale',
		'import.field.levels': 'levels',
		'import.field.special': 'special answers',
		'import.field.elements': 'element',
		'import.field.items': 'item',
		'import.field.questions': 'question',
		'import.field.text': 'text',
		'import.field.guidance': 'guidance',
		'import.field.lens': 'lens',
		'import.field.weight': 'weight',
		'import.field.version': 'version',
		'import.field.anchors': 'level descriptions',
		'import.field.provenance': 'provenance',
		'import.field.frameworkVersion': 'framework version',
		'import.field.frameworkId': 'framework',
		'import.field.questionId': 'question ID',
		'import.field.cityId': 'city ID',
		'import.field.assessmentId': 'assessment ID',
		'import.field.createdAt': 'creation date',
		'import.field.updatedAt': 'date of change',
		'import.field.rev': 'revision',
		'import.field.formatVersion': 'format version',
		'import.field.exportedAt': 'export date',
		'import.field.checksum': 'checksum',
		'import.field.scope': 'scope',

		'import.type.string': 'text',
		'import.type.number': 'a number',
		'import.type.object': 'an object',
		'import.type.array': 'a list',
		'import.type.boolean': 'true or false',
		'import.type.integer': 'a whole number',
		'import.err.tooLarge': 'The file is too large ({size}; at most {max}).',
		'import.err.empty': 'The file is empty.',
		'import.err.notJson':
			'The file is not valid JSON. It may be incomplete (cut off during copying) or damaged.',
		'import.err.forbiddenKey':
			'The file contains a forbidden field name “{key}” and was refused for safety.',
		'import.err.tooDeep':
			'The file is nested too deeply (more than {max|one:# level|other:# levels}); it is not an export of this app.',
		'import.err.notExport': 'This is not an assessment file exported by this app.',
		'import.err.newerVersion':
			'This file was made by a newer version of the app (format {version}). Update the app to import it: reload the page or install the update when it is offered.',
		'import.err.olderVersion':
			'This file uses an old format (version {version}) that this app cannot read.',
		'import.err.checksum':
			'The file was changed or damaged after it was exported (its checksum does not match). Ask for a fresh export.',
		'import.err.type': 'Wrong kind of value (expected {expected}).',
		'import.err.missing': 'A required field is missing.',
		'import.err.unknownKey': 'Unknown field “{keys}”.',
		'import.err.tooBig': 'Too long or too large (at most {maximum}).',
		'import.err.tooSmall': 'Too short, empty or too small (at least {minimum}).',
		'import.err.invalidValue': 'This value is not allowed.',
		'import.err.invalidValueOf': 'This value is not allowed (allowed values: {allowed}).',
		'import.err.invalidFormat': 'This value is not in the expected format.',
		'import.err.invalid': 'This value is not valid ({detail}).',
		'import.err.notFramework':
			'This is an assessment export file, not a framework definition. Export files are imported under “Import”.',
		'import.err.levelsOrder':
			'The scale levels must have the values 0, 1, 2, 3 and 4, in this order.',
		'import.err.specialAnswers':
			'The scale must have exactly two special answers: “not applicable” (na) and “don’t know” (dk).',
		'import.err.duplicateId': 'The id “{id}” appears more than once.',
		'import.err.missingCity': 'The city this assessment belongs to (“{id}”) is not in the file.',
		'import.err.missingAssessment':
			'The assessment this answer belongs to (“{id}”) is not in the file.',
		'import.err.missingFrameworkRef': 'The framework {id} {version} is not listed in the file.',
		'import.err.unknownQuestion':
			'The question “{id}” does not exist in the framework {framework}.',
		'import.err.scopeMismatch':
			'The file says it holds one {what}, but it holds a different number.'
	},
	pl: {
		'import.path.cities': 'miasto {n}',
		'import.path.assessments': 'ocena {n}',
		'import.path.answers': 'odpowiedź {n}',
		'import.path.frameworkDefinitions': 'definicja ram {n}',
		'import.path.frameworks': 'pozycja {n} listy ram',
		'import.field.id': 'identyfikator',
		'import.field.name': 'nazwa',
		'import.field.country': 'kraj',
		'import.field.notes': 'uwagi',
		'import.field.label': 'nazwa oceny',
		'import.field.status': 'status',
		'import.field.participants': 'osoby uczestniczące',
		'import.field.value': 'odpowiedź',
		'import.field.comment': 'komentarz',
		'import.field.evidence': 'dowody',
		'import.field.title': 'tytuł',
		'import.field.shortTitle': 'tytuł skrócony',
		'import.field.subtitle': 'podtytuł',
		'import.field.description': 'opis',
		'import.field.sources': 'źródła',
		'import.field.scale': 'skala',
		'import.field.levels': 'poziomy',
		'import.field.special': 'odpowiedzi specjalne',
		'import.field.elements': 'element',
		'import.field.items': 'obszar',
		'import.field.questions': 'pytanie',
		'import.field.text': 'treść',
		'import.field.guidance': 'wskazówki',
		'import.field.lens': 'perspektywa',
		'import.field.weight': 'waga',
		'import.field.version': 'wersja',
		'import.field.anchors': 'opisy poziomów',
		'import.field.provenance': 'pochodzenie',
		'import.field.frameworkVersion': 'wersja ram',
		'import.field.frameworkId': 'ramy',
		'import.field.questionId': 'identyfikator pytania',
		'import.field.cityId': 'identyfikator miasta',
		'import.field.assessmentId': 'identyfikator oceny',
		'import.field.createdAt': 'data utworzenia',
		'import.field.updatedAt': 'data zmiany',
		'import.field.rev': 'numer zmiany',
		'import.field.formatVersion': 'wersja formatu',
		'import.field.exportedAt': 'data eksportu',
		'import.field.checksum': 'suma kontrolna',
		'import.field.scope': 'zakres',

		'import.type.string': 'tekst',
		'import.type.number': 'liczba',
		'import.type.object': 'obiekt',
		'import.type.array': 'lista',
		'import.type.boolean': 'prawda lub fałsz',
		'import.type.integer': 'liczba całkowita',
		'import.err.tooLarge': 'Plik jest za duży ({size}; maksimum: {max}).',
		'import.err.empty': 'Plik jest pusty.',
		'import.err.notJson':
			'Plik nie jest poprawnym plikiem JSON. Może być niekompletny (ucięty podczas kopiowania) lub uszkodzony.',
		'import.err.forbiddenKey':
			'Plik zawiera niedozwoloną nazwę pola „{key}” i ze względów bezpieczeństwa został odrzucony.',
		'import.err.tooDeep':
			'Plik ma zbyt głęboko zagnieżdżoną strukturę (więcej poziomów niż {max}); nie jest to eksport z tej aplikacji.',
		'import.err.notExport': 'To nie jest plik z ocenami wyeksportowany z tej aplikacji.',
		'import.err.newerVersion':
			'Ten plik został utworzony w nowszej wersji aplikacji (format {version}). Zaktualizuj aplikację, aby go zaimportować: odśwież stronę lub zainstaluj aktualizację, gdy zostanie zaproponowana.',
		'import.err.olderVersion':
			'Ten plik ma stary format (wersja {version}), którego ta aplikacja nie potrafi odczytać.',
		'import.err.checksum':
			'Plik został zmieniony lub uszkodzony po eksporcie (suma kontrolna się nie zgadza). Należy poprosić o ponowny eksport.',
		'import.err.type': 'Nieprawidłowy rodzaj wartości (oczekiwano: {expected}).',
		'import.err.missing': 'Brak wymaganego pola.',
		'import.err.unknownKey': 'Nieznane pole „{keys}”.',
		'import.err.tooBig': 'Wartość jest za długa lub za duża (maksimum: {maximum}).',
		'import.err.tooSmall': 'Wartość jest za krótka, pusta lub za mała (minimum: {minimum}).',
		'import.err.invalidValue': 'Ta wartość jest niedozwolona.',
		'import.err.invalidValueOf': 'Ta wartość jest niedozwolona (dozwolone wartości: {allowed}).',
		'import.err.invalidFormat': 'Ta wartość ma nieprawidłowy format.',
		'import.err.invalid': 'Ta wartość jest nieprawidłowa.',
		'import.err.notFramework':
			'To jest plik eksportu ocen, a nie definicja ram. Pliki eksportu można zaimportować w sekcji „Import”.',
		'import.err.levelsOrder': 'Poziomy skali muszą mieć wartości 0, 1, 2, 3 i 4, w tej kolejności.',
		'import.err.specialAnswers':
			'Odpowiedzi specjalne skali muszą być dwie: „nie dotyczy” (na) i „nie wiem” (dk).',
		'import.err.duplicateId': 'Identyfikator „{id}” występuje więcej niż raz.',
		'import.err.missingCity': 'W pliku brakuje miasta, do którego należy ta ocena („{id}”).',
		'import.err.missingAssessment':
			'W pliku brakuje oceny, do której należy ta odpowiedź („{id}”).',
		'import.err.missingFrameworkRef': 'Na liście ram zawartej w pliku brakuje ram {id} {version}.',
		'import.err.unknownQuestion': 'Pytanie „{id}” nie występuje w definicji ram {framework}.',
		'import.err.scopeMismatch':
			'Według opisu plik powinien zawierać dokładnie jedną pozycję typu „{what}”, ale liczba pozycji jest inna.'
	}
});
