import { defineMessages } from './catalogue';

/**
 * UI messages of the /data page: export, import, CSV, framework updates, delete all.
 * Only that page loads them (through `$lib/i18n/data`), so they stay off the first screen.
 */
export default defineMessages({
	en: {
		'data.title': 'Data and backup',
		'data.intro':
			'Your assessments are stored only in this browser on this device. Export them to keep a backup, to move them to another device or to collect the results of a workshop; import files to bring them back.',

		'export.title': 'Export',
		'export.intro':
			'A JSON file keeps everything (answers, comments, evidence, ids and dates) and can be imported on any device. A CSV file opens in a spreadsheet, one row per answer.',
		'export.what': 'What to export',
		'export.all': 'Everything on this device',
		'export.city': 'One city with all its assessments',
		'export.assessment': 'One assessment',
		'export.chooseCity': 'City',
		'export.chooseAssessment': 'Assessment',
		'export.format': 'Format',
		'export.json': 'JSON (backup, moving to another device)',
		'export.csv': 'CSV (spreadsheet)',
		'export.separator': 'Column separator',
		'export.semicolon': 'Semicolon “;” (Excel with Polish or other European regional settings)',
		'export.comma': 'Comma “,”',
		'export.csvNote':
			'The CSV file is UTF-8 with a byte order mark, so Polish letters show correctly in Excel. Cells that start with =, +, - or @ get an apostrophe in front so that a spreadsheet never runs them as formulas.',
		'export.download': 'Download',
		'export.done': 'Saved as {name} ({size}).',
		'export.empty': 'There is nothing to export yet.',
		'export.failed': 'Export failed: {detail}',
		'export.assessmentOption': '{city} — {label}',

		'csv.city': 'City',
		'csv.assessment': 'Assessment',
		'csv.element': 'Element',
		'csv.item': 'Item',
		'csv.questionId': 'Question ID',
		'csv.question': 'Question',
		'csv.level': 'Level (0–4, na, dk)',
		'csv.levelLabel': 'Level name',
		'csv.comment': 'Comment',
		'csv.evidence': 'Evidence',

		'import.title': 'Import',
		'import.intro':
			'Choose or drop one or more export files (.json), for example all the files participants of a workshop sent you. Each file is checked before anything is saved, and a file is imported completely or not at all.',
		'import.drop': 'Drop files here, or press Enter to choose files',
		'import.choose': 'Choose files',
		'import.checking': 'Checking…',
		'import.files': 'Files',
		'import.file': 'File',
		'import.contents': 'Contents',
		'import.completion': 'Completion',
		'import.status': 'Status',
		'import.statusReady': 'Ready to import',
		'import.statusRejected': 'Rejected',
		'import.statusImported': 'Imported',
		'import.statusFailed': 'Not imported',
		'import.statusImporting': 'Importing…',
		'import.writing': 'Saving on this device',
		'import.checkAgain':
			'This file has to be checked again before it can be imported: choose it again.',
		'import.answered': '{answered} of {total} answered ({pct}%)',
		'import.answeredUnknown': '{answered} answered',
		'import.newCity': 'new city',
		'import.sameCity': 'already on this device',
		'import.mergedCity': 'Assessments will be added to the existing city “{name}”.',
		'import.mergedCityDone': 'Added to the existing city “{name}”.',
		'import.conflict': 'already on this device',
		'import.conflictLabel': 'this city already has an assessment “{label}”',
		'import.conflicts':
			'{count|one:# assessment in these files already exists|other:# assessments in these files already exist} on this device. What should happen to {count|one:it|other:them}?',
		'import.keep': 'Keep what is on this device (skip them)',
		'import.replace': 'Replace them with the version from the file',
		'import.copy': 'Import them as copies (with a new label)',
		'import.run': 'Import {count|one:# file|other:# files}',
		'import.clear': 'Clear the list',
		'import.done': '{count|one:# file|other:# files} imported.',
		'import.compare': 'Compare these assessments',
		'import.outcome.added': 'added',
		'import.outcome.kept': 'kept the version on this device',
		'import.outcome.replaced': 'replaced',
		'import.outcome.copied': 'imported as “{label}”',
		'import.frameworksAdded': 'Framework definitions added: {list}.',
		'import.more': '… and {count|one:# more problem|other:# more problems}.',
		'import.where': 'in {path}',
		'import.readFailed': 'The file could not be read.',
		'import.what.city': 'city',
		'import.what.assessment': 'assessment',
		'import.warn.unknownFramework':
			'The framework {id} {version} is not on this device. The answers will be imported, but they can be shown only after that framework definition is loaded below.',

		'fw.title': 'Framework definitions',
		'fw.intro':
			'A corrected or extended version of the framework can be loaded from a file, without a new release of the app. Assessments keep the version they were answered with; you can move an assessment to a newer version, and answers carry over where the question is the same.',
		'fw.load': 'Load a framework definition file',
		'fw.builtIn': 'built into the app',
		'fw.loaded': 'loaded {date}',
		'fw.used':
			'{count|=0:not used by any assessment|one:used by # assessment|other:used by # assessments}',
		'fw.remove': 'Remove',
		'fw.added': 'Loaded {title}, version {version}.',
		'fw.alreadyLoaded': 'Version {version} of {title} is already on this device.',
		'fw.bundledVersion':
			'Version {version} is built into the app and differs from this file. A corrected definition must have a higher version number.',
		'fw.versionExists':
			'A different definition with version {version} is already loaded. A corrected definition must have a higher version number.',
		'fw.rejected': 'The framework definition was refused:',
		'fw.migrateTitle': 'Move an assessment to another version',
		'fw.migrateAssessment': 'Assessment',
		'fw.migrateTo': 'Target version',
		'fw.migratePreview': 'Check what carries over',
		'fw.migrateRun': 'Create the new assessment',
		'fw.migrateNone':
			'No assessment can be moved: there is no other version of its framework on this device.',
		'fw.migrateSummary':
			'{carried|one:# answer carries|other:# answers carry} over. {dropped|one:# answer has|other:# answers have} no matching question in version {version} and {dropped|one:stays|other:stay} only in the original assessment. {added|one:# question is|other:# questions are} new.',
		'fw.migrateDropped': 'Not carried over',
		'fw.migrateDone': 'Created “{label}”. The original assessment is unchanged.',
		'fw.open': 'Open it',

		'delete.title': 'Delete all my data',
		'delete.intro':
			'Removes every city, assessment, answer and loaded framework definition from this browser, together with the app’s offline copies and settings. Export everything first if you may need it.',
		'delete.button': 'Delete all my data…',
		'delete.confirmTitle': 'Delete all data on this device?',
		'delete.confirmBody':
			'This cannot be undone. Everything the app stored in this browser will be deleted: {cities|one:# city|other:# cities} and {assessments|one:# assessment|other:# assessments}.',
		'delete.confirm': 'Delete everything',
		'delete.done':
			'All data was deleted from this device. The app will keep working; when you are online, reload once so it can prepare for offline use again.'
	},
	pl: {
		'data.title': 'Dane i kopia zapasowa',
		'data.intro':
			'Oceny są zapisane wyłącznie w tej przeglądarce na tym urządzeniu. Eksport pozwala zrobić kopię zapasową, przenieść oceny na inne urządzenie lub zebrać wyniki warsztatu; import przywraca dane z plików.',

		'export.title': 'Eksport',
		'export.intro':
			'Plik JSON zawiera wszystko (odpowiedzi, komentarze, dowody, identyfikatory i daty) i można go zaimportować na dowolnym urządzeniu. Plik CSV otwiera się w arkuszu kalkulacyjnym – każda odpowiedź w osobnym wierszu.',
		'export.what': 'Co wyeksportować',
		'export.all': 'Wszystkie dane z tego urządzenia',
		'export.city': 'Jedno miasto ze wszystkimi ocenami',
		'export.assessment': 'Jedną ocenę',
		'export.chooseCity': 'Miasto',
		'export.chooseAssessment': 'Ocena',
		'export.format': 'Format',
		'export.json': 'JSON (kopia zapasowa, przeniesienie na inne urządzenie)',
		'export.csv': 'CSV (arkusz kalkulacyjny)',
		'export.separator': 'Separator kolumn',
		'export.semicolon':
			'Średnik „;” (Excel z polskimi lub innymi europejskimi ustawieniami regionalnymi)',
		'export.comma': 'Przecinek „,”',
		'export.csvNote':
			'Plik CSV jest zapisany w kodowaniu UTF-8 ze znacznikiem BOM, dzięki czemu polskie znaki wyświetlają się w Excelu poprawnie. Komórki zaczynające się od =, +, - lub @ są poprzedzone apostrofem, aby arkusz nigdy nie potraktował ich jako formuł.',
		'export.download': 'Pobierz',
		'export.done': 'Zapisano jako {name} ({size}).',
		'export.empty': 'Nie ma jeszcze nic do wyeksportowania.',
		'export.failed': 'Eksport nie powiódł się: {detail}',
		'export.assessmentOption': '{city} — {label}',

		'csv.city': 'Miasto',
		'csv.assessment': 'Ocena',
		'csv.element': 'Element',
		'csv.item': 'Obszar',
		'csv.questionId': 'Identyfikator pytania',
		'csv.question': 'Pytanie',
		'csv.level': 'Poziom (0–4; na = nie dotyczy, dk = nie wiem)',
		'csv.levelLabel': 'Nazwa poziomu',
		'csv.comment': 'Komentarz',
		'csv.evidence': 'Dowody',

		'import.title': 'Import',
		'import.intro':
			'Wybierz pliki eksportu (.json) lub przeciągnij je tutaj – na przykład wszystkie pliki przesłane przez osoby uczestniczące w warsztacie. Każdy plik jest sprawdzany przed zapisaniem czegokolwiek i jest importowany w całości albo wcale.',
		'import.drop': 'Przeciągnij pliki tutaj albo naciśnij Enter, aby je wybrać',
		'import.choose': 'Wybierz pliki',
		'import.checking': 'Sprawdzanie…',
		'import.files': 'Pliki',
		'import.file': 'Plik',
		'import.contents': 'Zawartość',
		'import.completion': 'Wypełnienie',
		'import.status': 'Status',
		'import.statusReady': 'Gotowy do importu',
		'import.statusRejected': 'Odrzucony',
		'import.statusImported': 'Zaimportowany',
		'import.statusFailed': 'Niezaimportowany',
		'import.statusImporting': 'Importowanie…',
		'import.writing': 'Zapisywanie na tym urządzeniu',
		'import.checkAgain':
			'Ten plik trzeba sprawdzić ponownie, zanim będzie można go zaimportować: wybierz go jeszcze raz.',
		'import.answered': 'odpowiedzi: {answered} z {total} ({pct}%)',
		'import.answeredUnknown': 'odpowiedzi: {answered}',
		'import.newCity': 'nowe miasto',
		'import.sameCity': 'już jest na tym urządzeniu',
		'import.mergedCity': 'Oceny zostaną dołączone do istniejącego miasta „{name}”.',
		'import.mergedCityDone': 'Dołączono do istniejącego miasta „{name}”.',
		'import.conflict': 'już jest na tym urządzeniu',
		'import.conflictLabel': 'to miasto ma już ocenę „{label}”',
		'import.conflicts':
			'{count|one:# ocena z tych plików już jest|few:# oceny z tych plików już są|many:# ocen z tych plików już jest|other:# oceny z tych plików już jest} na tym urządzeniu. Co z {count|one:nią|few:nimi|many:nimi|other:nimi} zrobić?',
		'import.keep': 'Zachowaj wersję z tego urządzenia (pomiń je)',
		'import.replace': 'Zastąp je wersją z pliku',
		'import.copy': 'Zaimportuj je jako kopie (z nową nazwą)',
		'import.run': 'Zaimportuj {count|one:# plik|few:# pliki|many:# plików|other:# pliku}',
		'import.clear': 'Wyczyść listę',
		'import.done': 'Zaimportowano {count|one:# plik|few:# pliki|many:# plików|other:# pliku}.',
		'import.compare': 'Porównaj te oceny',
		'import.outcome.added': 'dodano',
		'import.outcome.kept': 'zachowano wersję z tego urządzenia',
		'import.outcome.replaced': 'zastąpiono',
		'import.outcome.copied': 'zaimportowano jako „{label}”',
		'import.frameworksAdded': 'Dodane definicje ram: {list}.',
		'import.more':
			'… i jeszcze {count|one:# problem|few:# problemy|many:# problemów|other:# problemu}.',
		'import.where': 'miejsce: {path}',
		'import.readFailed': 'Nie udało się odczytać pliku.',
		'import.what.city': 'miasto',
		'import.what.assessment': 'ocena',
		'import.warn.unknownFramework':
			'Na tym urządzeniu nie ma ram {id} {version}. Odpowiedzi zostaną zaimportowane, ale będzie można je wyświetlić dopiero po wczytaniu definicji tych ram poniżej.',

		'fw.title': 'Definicje ram',
		'fw.intro':
			'Poprawioną lub rozszerzoną wersję ram można wczytać z pliku, bez nowego wydania aplikacji. Oceny zachowują wersję, według której zostały wypełnione; ocenę można przenieść do nowszej wersji – odpowiedzi zostaną przeniesione tam, gdzie pytanie się nie zmieniło.',
		'fw.load': 'Wczytaj plik z definicją ram',
		'fw.builtIn': 'wbudowana w aplikację',
		'fw.loaded': 'wczytana {date}',
		'fw.used':
			'{count|=0:nieużywana w żadnej ocenie|one:używana w # ocenie|few:używana w # ocenach|many:używana w # ocenach|other:używana w # oceny}',
		'fw.remove': 'Usuń',
		'fw.added': 'Wczytano: {title}, wersja {version}.',
		'fw.alreadyLoaded': 'Ramy „{title}” w wersji {version} są już na tym urządzeniu.',
		'fw.bundledVersion':
			'Wersja {version} jest wbudowana w aplikację i różni się od tego pliku. Poprawiona definicja musi mieć wyższy numer wersji.',
		'fw.versionExists':
			'Wczytano już inną definicję w wersji {version}. Poprawiona definicja musi mieć wyższy numer wersji.',
		'fw.rejected': 'Definicja ram została odrzucona:',
		'fw.migrateTitle': 'Przenieś ocenę do innej wersji',
		'fw.migrateAssessment': 'Ocena',
		'fw.migrateTo': 'Wersja docelowa',
		'fw.migratePreview': 'Sprawdź, co zostanie przeniesione',
		'fw.migrateRun': 'Utwórz nową ocenę',
		'fw.migrateNone':
			'Żadnej oceny nie można przenieść: na tym urządzeniu nie ma innej wersji jej ram.',
		'fw.migrateSummary':
			'{carried|one:# odpowiedź zostanie przeniesiona|few:# odpowiedzi zostaną przeniesione|many:# odpowiedzi zostanie przeniesionych|other:# odpowiedzi zostanie przeniesione}. {dropped|one:# odpowiedź nie ma|few:# odpowiedzi nie mają|many:# odpowiedzi nie ma|other:# odpowiedzi nie ma} odpowiednika w wersji {version} ({dropped|one:zostaje|few:zostają|many:zostaje|other:zostaje} tylko w pierwotnej ocenie). {added|one:# pytanie jest nowe|few:# pytania są nowe|many:# pytań jest nowych|other:# pytania jest nowe}.',
		'fw.migrateDropped': 'Nieprzeniesione',
		'fw.migrateDone': 'Utworzono ocenę „{label}”. Pierwotna ocena pozostała bez zmian.',
		'fw.open': 'Otwórz ją',

		'delete.title': 'Usuń wszystkie moje dane',
		'delete.intro':
			'Usuwa z tej przeglądarki wszystkie miasta, oceny, odpowiedzi i wczytane definicje ram, a także kopie aplikacji do pracy bez dostępu do internetu i ustawienia. Jeśli dane mogą być jeszcze potrzebne, należy najpierw wyeksportować je w całości.',
		'delete.button': 'Usuń wszystkie moje dane…',
		'delete.confirmTitle': 'Usunąć wszystkie dane z tego urządzenia?',
		'delete.confirmBody':
			'Tej operacji nie można cofnąć. Zostanie usunięte wszystko, co aplikacja zapisała w tej przeglądarce: {cities|one:# miasto|few:# miasta|many:# miast|other:# miasta} i {assessments|one:# ocena|few:# oceny|many:# ocen|other:# oceny}.',
		'delete.confirm': 'Usuń wszystko',
		'delete.done':
			'Wszystkie dane zostały usunięte z tego urządzenia. Aplikacja nadal działa; po połączeniu z internetem należy raz odświeżyć stronę, aby aplikacja znów mogła działać bez dostępu do internetu.'
	}
});
