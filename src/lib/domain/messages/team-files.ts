import { defineMessages } from './catalogue';

/**
 * Messages of answering on separate devices (issue 13): invitations, response
 * files, importing many responses at once and their checks. Shown on the team,
 * questionnaire and data pages (none on the first screen).
 */
export default defineMessages({
	en: {
		'teamFiles.inviteTitle': 'Invite respondents',
		'teamFiles.inviteIntro':
			'Each respondent can answer on their own device, offline. Send them an invitation file: they import it on the “Data and backup” page, answer, and send back a response file.',
		'teamFiles.inviteFor': 'Invitation for',
		'teamFiles.inviteAnyone': 'Anyone (they enter their own name)',
		'teamFiles.downloadInvitation': 'Download invitation',
		'teamFiles.invitationSaved': 'Invitation saved as {name}.',
		'teamFiles.importTitle': 'Import responses',
		'teamFiles.importIntro':
			'Choose or drop any number of response files at once. Each file is imported whole or not at all; nothing is merged without asking.',
		'teamFiles.choose': 'Choose response files',
		'teamFiles.drop': 'or drop them here',
		'teamFiles.files': 'Imported files',
		'teamFiles.checking': 'Checking…',
		'teamFiles.summary':
			'{imported|one:# file imported|other:# files imported}, {skipped|one:# skipped|other:# skipped}, {pending|one:# needs a decision|other:# need a decision}.',
		'teamFiles.imported': '{name}: {count|one:# answer imported|other:# answers imported}.',
		'teamFiles.replaced':
			'{name}: the answers on this device were replaced by the file’s ({count|one:# answer|other:# answers}).',
		'teamFiles.kept':
			'{name}: the answers on this device were kept; nothing was imported from the file.',
		'teamFiles.otherVersion':
			'Answered on version {version} of the framework: answers carried over by question id.',
		'teamFiles.dropped':
			'{count|one:# answer was not carried over (its question is missing from this version)|other:# answers were not carried over (their questions are missing from this version)}: {ids}.',
		'teamFiles.unknownAssessment':
			'Not imported: this response is for “{label}” ({city}), an assessment that is not on this device. Import that assessment first, or check that the file reached the right coordinator.',
		'teamFiles.otherAssessment':
			'Not imported: this response is for “{label}” ({city}), not for the assessment open here. To import it there, open the team view of “{label}”, or import the file on the “Data and backup” page, which sends each response to its own assessment.',
		'teamFiles.toDataPage': 'Open “Data and backup”',
		'teamFiles.unnamed': 'A respondent without a name',
		'teamFiles.unknownQuestions':
			'Not imported: the response names questions this framework does not have: {ids}. The file may be damaged; ask the respondent to send it again.',
		'teamFiles.frameworkMismatch':
			'Not imported: the response was answered on the framework {file}; this assessment uses {device}.',
		'teamFiles.checksum':
			'Not imported: the file was edited by hand or damaged after it was saved (its checksum does not match). Ask the respondent to send the file again.',
		'teamFiles.invitationHere':
			'Not imported: this is an invitation file. It is imported on the respondent’s device, on the “Data and backup” page.',
		'teamFiles.notTeamFile': 'Not imported: this is not a response file of this app.',
		'teamFiles.failed': 'Not imported: {detail}',
		'teamFiles.decideTitle': '{name} already has answers on this device.',
		'teamFiles.decideDates': 'Last change on this device: {device}. In the file: {file}.',
		'teamFiles.newer.file': 'The file’s answers are newer.',
		'teamFiles.newer.device': 'The answers on this device are newer.',
		'teamFiles.newer.same': 'Both were last changed at the same time.',
		'teamFiles.decideNote': 'Answers are never merged: one set replaces the other whole.',
		'teamFiles.useFile': 'Use the file’s answers',
		'teamFiles.keepDevice': 'Keep the answers on this device',
		'teamFiles.invitationImported': 'Invitation imported: “{label}” ({city}).',
		'teamFiles.joinIntro':
			'Who is answering? Both fields are optional; the coordinator sees what is entered here.',
		'teamFiles.start': 'Start answering',
		'teamFiles.openQuestions': 'Open the questions',
		'teamFiles.unknownFramework':
			'Not imported: the framework of this invitation ({id} {version}) is not on this device. Load it on the “Data and backup” page first.',
		'teamFiles.responseTitle': 'Response file for the coordinator',
		'teamFiles.send': 'Send response',
		'teamFiles.download': 'Download response file',
		'teamFiles.sendHint':
			'The file holds only the answers of {name}. The coordinator imports it in the team view.',
		'teamFiles.shareTitle': 'Response: {name}'
	},
	pl: {
		'teamFiles.inviteTitle': 'Zaproszenia dla respondentów',
		'teamFiles.inviteIntro':
			'Każdy respondent może odpowiadać na własnym urządzeniu, także bez internetu. Wystarczy przesłać mu plik zaproszenia: respondent importuje go na stronie „Dane i kopia zapasowa”, odpowiada na pytania i odsyła plik z odpowiedziami.',
		'teamFiles.inviteFor': 'Zaproszenie dla',
		'teamFiles.inviteAnyone': 'Dowolnej osoby (poda swoje dane)',
		'teamFiles.downloadInvitation': 'Pobierz zaproszenie',
		'teamFiles.invitationSaved': 'Zapisano zaproszenie jako {name}.',
		'teamFiles.importTitle': 'Import odpowiedzi',
		'teamFiles.importIntro':
			'Można wybrać lub upuścić tutaj dowolną liczbę plików z odpowiedziami naraz. Każdy plik jest importowany w całości albo wcale; nic nie jest łączone bez pytania.',
		'teamFiles.choose': 'Wybierz pliki z odpowiedziami',
		'teamFiles.drop': 'lub upuść je tutaj',
		'teamFiles.files': 'Zaimportowane pliki',
		'teamFiles.checking': 'Sprawdzanie…',
		'teamFiles.summary':
			'Zaimportowano: {imported|one:# plik|few:# pliki|many:# plików|other:# pliku}; pominięto: {skipped|one:# plik|few:# pliki|many:# plików|other:# pliku}; do decyzji: {pending|one:# plik|few:# pliki|many:# plików|other:# pliku}.',
		'teamFiles.imported':
			'{name}: zaimportowano {count|one:# odpowiedź|few:# odpowiedzi|many:# odpowiedzi|other:# odpowiedzi}.',
		'teamFiles.replaced':
			'{name}: odpowiedzi na tym urządzeniu zastąpiono odpowiedziami z pliku ({count|one:# odpowiedź|few:# odpowiedzi|many:# odpowiedzi|other:# odpowiedzi}).',
		'teamFiles.kept':
			'{name}: zachowano odpowiedzi z tego urządzenia; z pliku niczego nie zaimportowano.',
		'teamFiles.otherVersion':
			'Odpowiedzi udzielono w wersji {version} ram oceny: przeniesiono je według identyfikatorów pytań.',
		'teamFiles.dropped':
			'Nie przeniesiono {count|one:# odpowiedzi (tego pytania nie ma w tej wersji)|few:# odpowiedzi (tych pytań nie ma w tej wersji)|many:# odpowiedzi (tych pytań nie ma w tej wersji)|other:# odpowiedzi (tych pytań nie ma w tej wersji)}: {ids}.',
		'teamFiles.unknownAssessment':
			'Nie zaimportowano: odpowiedzi dotyczą oceny „{label}” ({city}), której nie ma na tym urządzeniu. Należy najpierw zaimportować tę ocenę albo sprawdzić, czy plik trafił do właściwego koordynatora.',
		'teamFiles.otherAssessment':
			'Nie zaimportowano: odpowiedzi dotyczą oceny „{label}” ({city}), a nie oceny otwartej na tej stronie. Aby je tam zaimportować, należy otworzyć widok zespołu oceny „{label}” albo zaimportować plik na stronie „Dane i kopia zapasowa”, gdzie każda odpowiedź trafia do swojej oceny.',
		'teamFiles.toDataPage': 'Przejdź do strony „Dane i kopia zapasowa”',
		'teamFiles.unnamed': 'Respondent bez podanego imienia',
		'teamFiles.unknownQuestions':
			'Nie zaimportowano: plik zawiera pytania, których nie ma w tych ramach oceny: {ids}. Plik może być uszkodzony – należy poprosić respondenta o ponowne przesłanie.',
		'teamFiles.frameworkMismatch':
			'Nie zaimportowano: odpowiedzi udzielono według ram {file}, a ta ocena korzysta z ram {device}.',
		'teamFiles.checksum':
			'Nie zaimportowano: plik zmieniono ręcznie lub uszkodzono po zapisaniu (suma kontrolna się nie zgadza). Należy poprosić respondenta o ponowne przesłanie pliku.',
		'teamFiles.invitationHere':
			'Nie zaimportowano: to plik zaproszenia. Importuje się go na urządzeniu respondenta, na stronie „Dane i kopia zapasowa”.',
		'teamFiles.notTeamFile': 'Nie zaimportowano: to nie jest plik z odpowiedziami z tej aplikacji.',
		'teamFiles.failed': 'Nie zaimportowano: {detail}',
		'teamFiles.decideTitle': 'Na tym urządzeniu są już odpowiedzi osoby: {name}.',
		'teamFiles.decideDates': 'Ostatnia zmiana na tym urządzeniu: {device}. W pliku: {file}.',
		'teamFiles.newer.file': 'Nowsze są odpowiedzi z pliku.',
		'teamFiles.newer.device': 'Nowsze są odpowiedzi na tym urządzeniu.',
		'teamFiles.newer.same': 'Obie wersje zmieniono ostatnio w tym samym czasie.',
		'teamFiles.decideNote': 'Odpowiedzi nie są łączone: jeden zestaw zastępuje drugi w całości.',
		'teamFiles.useFile': 'Użyj odpowiedzi z pliku',
		'teamFiles.keepDevice': 'Zachowaj odpowiedzi z tego urządzenia',
		'teamFiles.invitationImported': 'Zaimportowano zaproszenie: „{label}” ({city}).',
		'teamFiles.joinIntro':
			'Kto odpowiada? Oba pola są opcjonalne; koordynator zobaczy to, co zostanie tu wpisane.',
		'teamFiles.start': 'Rozpocznij odpowiadanie',
		'teamFiles.openQuestions': 'Otwórz pytania',
		'teamFiles.unknownFramework':
			'Nie zaimportowano: ram oceny z tego zaproszenia ({id} {version}) nie ma na tym urządzeniu. Należy je najpierw wczytać na stronie „Dane i kopia zapasowa”.',
		'teamFiles.responseTitle': 'Plik z odpowiedziami dla koordynatora',
		'teamFiles.send': 'Wyślij odpowiedzi',
		'teamFiles.download': 'Pobierz plik z odpowiedziami',
		'teamFiles.sendHint':
			'Plik zawiera tylko odpowiedzi osoby: {name}. Koordynator importuje go w widoku zespołu.',
		'teamFiles.shareTitle': 'Odpowiedzi: {name}'
	}
});
