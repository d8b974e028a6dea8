import { defineMessages } from './catalogue';

export default defineMessages({
	en: {
		'app.title': 'Human rights cities – self-assessment',
		'app.short': 'Self-assessment – human rights cities',
		'app.skip': 'Skip to content',
		'nav.label': 'Main',
		'nav.home': 'Cities',
		'nav.compare': 'Compare',
		'nav.data': 'Data & backup',
		'nav.about': 'About the FRA framework',
		'lang.label': 'Language',
		'footer.version': 'Version {version}',
		'footer.local': 'Your data stays on this device unless you export it.',

		'banner.unavailable':
			'This browser does not let the app store data (private window or storage blocked). Nothing you enter can be kept. Open the app in a normal window, or allow site storage.',
		'banner.outdated':
			'A newer version of the app was opened in another window. To avoid damaging your data this window has stopped saving.',
		'banner.deleted':
			'All data of this app was deleted in another window. This window has stopped saving: reload it to continue.',
		'banner.reload': 'Reload now',
		'banner.update': 'A new version of the app is ready.',
		'banner.updateNow': 'Update now',
		'banner.later': 'Later',
		'banner.offlineReady': 'The app is ready to work offline.',
		'banner.close': 'Close',
		'banner.notPersisted':
			'Your browser may clear the data stored here when space runs low. Install the app (browser menu → Install) and export a backup regularly (Data & backup).',
		'banner.persisted': 'Storage on this device is persistent.',
		'banner.journalError':
			'Answers entered in a window that was closed could not yet be written to the device storage. {reason} They are kept on this device until they are written.',
		'banner.journalUnavailable':
			'This browser does not let the app keep a safety copy of changes that are not saved yet. Before closing the window, wait until each answer shows “Saved”.',
		'storage.label': 'Storage',
		'storage.persisted': 'persistent',
		'storage.notPersisted': 'may be cleared by the browser',
		'storage.unsupported': 'persistence unknown',

		'backup.due':
			'Some changes are not in any backup yet. Export everything and keep the file in a safe place.',
		'backup.dueSince': 'Last full backup: {date}.',
		'backup.never': 'No full backup has been made on this device yet.',
		'backup.last': 'Last full backup: {date}.',
		'backup.upToDate': 'Everything on this device is in your last full backup ({date}).',
		'backup.exportNow': 'Export everything now',
		'backup.goToData': 'Data and backup',

		'error.required': 'Please fill in this field.',
		'error.tooLong': 'This is too long (at most {limit|one:# character|other:# characters}).',
		'error.duplicateCity': 'A city with this name already exists.',
		'error.duplicateLabel': 'This city already has an assessment with this label.',
		'error.invalid': 'This value is not valid.',
		'error.quota':
			'The device storage is full. Nothing was changed. Free some space or export and delete old assessments.',
		'error.unavailable': 'The device storage cannot be used in this browser window.',
		'error.outdated': 'The app was updated in another window. Reload this page to continue.',
		'error.deleted':
			'All data was deleted in another window. Reload this page to continue with what is stored now.',
		'error.other': 'This could not be done ({detail}).',

		'common.save': 'Save',
		'common.cancel': 'Cancel',
		'common.delete': 'Delete',
		'common.rename': 'Rename',
		'common.edit': 'Edit',
		'common.loading': 'Loading…',
		'common.optional': 'optional',
		'common.notFound': 'Not found. It may have been deleted.',
		'common.backHome': 'Back to the list of cities',

		'home.title': 'Self-assessments',
		'home.intro':
			'See where your city stands against the EU Fundamental Rights Agency framework for human rights cities, and plan what to do next. Everything entered is saved on this device as you go, and the app works without an internet connection.',
		'home.empty': 'No cities yet. Add your city to start a self-assessment.',
		'home.addCity': 'Add a city',
		'home.cities': 'Cities',
		'city.name': 'City name',
		'city.country': 'Country',
		'city.add': 'Add city',
		'city.renameTitle': 'Edit city',
		'city.deleteTitle': 'Delete {name}?',
		'city.deleteBody':
			'This deletes the city{count|=0:|one: and its assessment|other: and all its # assessments} from this device. Export a backup first if you may still need {count|=0:it|one:them|other:them}.',
		'city.noAssessments': 'No assessments yet.',
		'assessment.new': 'New assessment',
		'assessment.label': 'Label',
		'assessment.labelHint': 'For example “Baseline {year}”',
		'assessment.participants': 'Participants',
		'assessment.create': 'Start assessment',
		'assessment.continue': 'Continue',
		'assessment.results': 'Results',
		'assessment.markComplete': 'Mark complete',
		'assessment.reopen': 'Reopen as draft',
		'assessment.status.draft': 'Draft',
		'assessment.status.complete': 'Complete',
		'assessment.deleteTitle': 'Delete “{label}”?',
		'assessment.deleteBody':
			'This deletes the assessment{count|=0:|one: and its answer|other: and its # answers} from this device.',
		'assessment.answered': '{answered} of {total} answered',
		'assessment.updated': 'Updated {date}',
		'assessment.framework': 'Framework version {version}',
		'assessment.frameworkMissing':
			'The framework definition this assessment was answered against ({id} {version}) is not on this device. Load it under Data & backup.',

		'q.retry': 'Try again'
	},
	pl: {
		'app.title': 'Miasta praw człowieka – samoocena',
		'app.short': 'Samoocena – miasta praw człowieka',
		'app.skip': 'Przejdź do treści',
		'nav.label': 'Menu główne',
		'nav.home': 'Miasta',
		'nav.compare': 'Porównanie',
		'nav.data': 'Dane i kopia zapasowa',
		'nav.about': 'O ramach FRA',
		'lang.label': 'Język',
		'footer.version': 'Wersja {version}',
		'footer.local':
			'Dane są przechowywane tylko na tym urządzeniu i nie opuszczają go, chyba że zostaną wyeksportowane.',

		'banner.unavailable':
			'Ta przeglądarka nie pozwala aplikacji przechowywać danych (okno prywatne lub zablokowana pamięć witryny). Wprowadzone dane nie zostaną zachowane. Otwórz aplikację w zwykłym oknie albo zezwól na przechowywanie danych.',
		'banner.outdated':
			'W innym oknie otwarto nowszą wersję aplikacji. Aby nie uszkodzić danych, to okno przestało zapisywać zmiany.',
		'banner.deleted':
			'W innym oknie usunięto wszystkie dane aplikacji. To okno przestało zapisywać zmiany: odśwież je, aby kontynuować.',
		'banner.reload': 'Odśwież teraz',
		'banner.update': 'Nowa wersja aplikacji jest gotowa.',
		'banner.updateNow': 'Zaktualizuj teraz',
		'banner.later': 'Później',
		'banner.offlineReady': 'Aplikacja jest gotowa do pracy bez dostępu do internetu.',
		'banner.close': 'Zamknij',
		'banner.notPersisted':
			'Przeglądarka może usunąć zapisane tu dane, gdy zabraknie miejsca. Zainstaluj aplikację (menu przeglądarki → Zainstaluj) i regularnie eksportuj kopię zapasową (sekcja „Dane i kopia zapasowa”).',
		'banner.persisted': 'Pamięć na tym urządzeniu jest trwała.',
		'banner.journalError':
			'Odpowiedzi wprowadzonych w zamkniętym oknie nie udało się jeszcze zapisać w pamięci urządzenia. {reason} Pozostają przechowane na tym urządzeniu do czasu zapisania.',
		'banner.journalUnavailable':
			'Ta przeglądarka nie pozwala aplikacji zachować kopii zmian, które nie zostały jeszcze zapisane. Przed zamknięciem okna należy poczekać, aż przy każdej odpowiedzi pojawi się „Zapisano”.',
		'storage.label': 'Pamięć',
		'storage.persisted': 'trwała',
		'storage.notPersisted': 'przeglądarka może ją wyczyścić',
		'storage.unsupported': 'trwałość nieznana',

		'backup.due':
			'Część zmian nie znajduje się jeszcze w żadnej kopii zapasowej. Należy wyeksportować wszystkie dane i przechowywać plik w bezpiecznym miejscu.',
		'backup.dueSince': 'Ostatnia pełna kopia: {date}.',
		'backup.never': 'Na tym urządzeniu nie wykonano jeszcze pełnej kopii zapasowej.',
		'backup.last': 'Ostatnia pełna kopia: {date}.',
		'backup.upToDate': 'Wszystkie dane z tego urządzenia są w ostatniej pełnej kopii ({date}).',
		'backup.exportNow': 'Wyeksportuj teraz wszystkie dane',
		'backup.goToData': 'Dane i kopia zapasowa',

		'error.required': 'To pole jest wymagane.',
		'error.tooLong':
			'Tekst jest za długi (maksymalnie {limit|one:# znak|few:# znaki|many:# znaków|other:# znaku}).',
		'error.duplicateCity': 'Miasto o tej nazwie już istnieje.',
		'error.duplicateLabel': 'To miasto ma już ocenę o tej nazwie.',
		'error.invalid': 'Ta wartość jest nieprawidłowa.',
		'error.quota':
			'Pamięć urządzenia jest pełna. Niczego nie zmieniono. Należy zwolnić miejsce albo wyeksportować i usunąć stare oceny.',
		'error.unavailable': 'W tym oknie przeglądarki nie można korzystać z pamięci urządzenia.',
		'error.outdated': 'Aplikację zaktualizowano w innym oknie. Odśwież tę stronę, aby kontynuować.',
		'error.deleted':
			'W innym oknie usunięto wszystkie dane. Odśwież tę stronę, aby kontynuować pracę na danych, które są teraz zapisane.',
		'error.other':
			'Nie udało się wykonać tej operacji. Należy spróbować ponownie, a jeśli błąd się powtórzy – odświeżyć stronę.',

		'common.save': 'Zapisz',
		'common.cancel': 'Anuluj',
		'common.delete': 'Usuń',
		'common.rename': 'Zmień nazwę',
		'common.edit': 'Edytuj',
		'common.loading': 'Wczytywanie…',
		'common.optional': 'opcjonalnie',
		'common.notFound': 'Nie znaleziono tej pozycji – mogła zostać usunięta.',
		'common.backHome': 'Wróć do listy miast',

		'home.title': 'Samooceny',
		'home.intro':
			'Sprawdź, na jakim etapie jest miasto według ram Agencji Praw Podstawowych UE dla miast praw człowieka, i zaplanuj kolejne kroki. Wprowadzone dane są na bieżąco zapisywane na tym urządzeniu, a aplikacja działa bez dostępu do internetu.',
		'home.empty':
			'Nie dodano jeszcze żadnego miasta. Aby rozpocząć samoocenę, należy dodać miasto.',
		'home.addCity': 'Dodaj miasto',
		'home.cities': 'Miasta',
		'city.name': 'Nazwa miasta',
		'city.country': 'Kraj',
		'city.add': 'Dodaj miasto',
		'city.renameTitle': 'Edytuj miasto',
		'city.deleteTitle': 'Usunąć miasto {name}?',
		'city.deleteBody':
			'Miasto{count|=0:|one: wraz ze swoją oceną|few: wraz ze wszystkimi swoimi ocenami (#)|many: wraz ze wszystkimi swoimi ocenami (#)|other: wraz ze wszystkimi swoimi ocenami (#)} zostanie usunięte z tego urządzenia. Jeśli te dane mogą być jeszcze potrzebne, należy najpierw wyeksportować kopię zapasową.',
		'city.noAssessments': 'Brak ocen.',
		'assessment.new': 'Nowa ocena',
		'assessment.label': 'Nazwa oceny',
		'assessment.labelHint': 'Na przykład „Ocena wyjściowa {year}”',
		'assessment.participants': 'Osoby uczestniczące',
		'assessment.create': 'Rozpocznij ocenę',
		'assessment.continue': 'Kontynuuj',
		'assessment.results': 'Wyniki',
		'assessment.markComplete': 'Oznacz jako zakończoną',
		'assessment.reopen': 'Oznacz jako roboczą',
		'assessment.status.draft': 'Robocza',
		'assessment.status.complete': 'Zakończona',
		'assessment.deleteTitle': 'Usunąć ocenę „{label}”?',
		'assessment.deleteBody':
			'Ocena{count|=0:|one: wraz z # odpowiedzią|few: wraz z # odpowiedziami|many: wraz z # odpowiedziami|other: wraz z # odpowiedzi} zostanie usunięta z tego urządzenia.',
		'assessment.answered': 'odpowiedzi: {answered} z {total}',
		'assessment.updated': 'Zmieniono {date}',
		'assessment.framework': 'Wersja ram {version}',
		'assessment.frameworkMissing':
			'Na tym urządzeniu brakuje definicji ram, według której wypełniono tę ocenę ({id} {version}). Można ją wczytać w sekcji „Dane i kopia zapasowa”.',

		'q.retry': 'Spróbuj ponownie'
	}
});
