/**
 * The message catalogue: plural forms for English and Polish, number formats,
 * the English fallback, and a lint of every message in every part (what the
 * types cannot see: the plural forms each language needs).
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../framework';
import { appMessages } from './app';
import { defineMessages, interpolate, pluralForms, render, translate } from './catalogue';
import core from './core';
import { dataMessages } from './data';
import exchange from './exchange';
import importErrors from './import-errors';
import importList from './import-list';
import largeLists from './large-lists';
import framework from './framework';
import frameworkPdf from './framework-pdf';
import teamPdf from './team-pdf';
import home from './home';
import later from './later';
import { formatDate, formatNumber, formatPercent, pluralCategory } from './format';
import pdf from './pdf';
import quality from './quality';
import questionnaire from './questionnaire';
import report from './report';
import results from './results';
import team from './team';
import teamOverlay from './team-overlay';
import teamFiles from './team-files';
import titles from './titles';
import workshop from './workshop';

const NBSP = '\u00a0';

describe('plural forms', () => {
	const odpowiedz = '{n|one:# odpowiedź|few:# odpowiedzi|many:# odpowiedzi|other:# odpowiedzi}';
	const pytanie = '{n|one:# pytanie|few:# pytania|many:# pytań|other:# pytania}';

	it('Polish: one (1), few (2–4, 22–24), many (0, 5–21, 25…)', () => {
		const say = (text: string, n: number) => interpolate('pl', text, { n });
		expect([1, 2, 4, 5, 12, 14, 22, 24].map((n) => say(odpowiedz, n))).toEqual([
			'1 odpowiedź',
			'2 odpowiedzi',
			'4 odpowiedzi',
			'5 odpowiedzi',
			'12 odpowiedzi',
			'14 odpowiedzi',
			'22 odpowiedzi',
			'24 odpowiedzi'
		]);
		expect([0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 24, 25, 102].map((n) => say(pytanie, n))).toEqual([
			'0 pytań',
			'1 pytanie',
			'2 pytania',
			'4 pytania',
			'5 pytań',
			'11 pytań',
			'12 pytań',
			'14 pytań',
			'21 pytań',
			'22 pytania',
			'24 pytania',
			'25 pytań',
			'102 pytania'
		]);
	});

	it('English: one and other; an exact =0 form comes first', () => {
		const text = '{n|=0:no file|one:# file|other:# files}';
		expect([0, 1, 2, 21].map((n) => interpolate('en', text, { n }))).toEqual([
			'no file',
			'1 file',
			'2 files',
			'21 files'
		]);
	});

	it('several counts in one message each choose their own form', () => {
		expect(
			translate(exchange, 'pl', 'fw.migrateSummary', {
				carried: 22,
				dropped: 1,
				added: 5,
				version: '1.1.0'
			})
		).toBe(
			'22 odpowiedzi zostaną przeniesione. 1 odpowiedź nie ma odpowiednika w wersji 1.1.0 (zostaje tylko w pierwotnej ocenie). 5 pytań jest nowych.'
		);
		expect(
			translate(exchange, 'en', 'fw.migrateSummary', {
				carried: 1,
				dropped: 2,
				added: 0,
				version: '1.1.0'
			})
		).toBe(
			'1 answer carries over. 2 answers have no matching question in version 1.1.0 and stay only in the original assessment. 0 questions are new.'
		);
	});

	it('the messages the review found broken read naturally', () => {
		const en = (key: string, params: Record<string, number>) =>
			render(dataMessages, 'en', key, params);
		const pl = (key: string, params: Record<string, number>) =>
			render(dataMessages, 'pl', key, params);
		expect(en('results.unansweredCount', { count: 1 })).toBe('1 question');
		expect(pl('results.unansweredCount', { count: 3 })).toBe('3 pytania');
		expect(en('import.run', { count: 1 })).toBe('Import 1 file');
		expect(en('import.run', { count: 3 })).toBe('Import 3 files');
		expect(pl('import.run', { count: 3 })).toBe('Zaimportuj 3 pliki');
		expect(pl('import.run', { count: 5 })).toBe('Zaimportuj 5 plików');
		expect(pl('import.done', { count: 1 })).toBe('Zaimportowano 1 plik.');
		expect(en('fw.used', { count: 1 })).toBe('used by 1 assessment');
		expect(pl('fw.used', { count: 2 })).toBe('używana w 2 ocenach');
		expect(en('assessment.deleteBody', { count: 1 })).toBe(
			'This deletes the assessment and its answer from this device.'
		);
		expect(pl('assessment.deleteBody', { count: 12 })).toBe(
			'Ocena wraz z 12 odpowiedziami zostanie usunięta z tego urządzenia.'
		);
		expect(en('results.coverageText', { answered: 1, total: 1, pct: 100 })).toBe(
			'1 of 1 question answered (100)'
		);
		expect(pl('results.coverageText', { answered: 3, total: 42, pct: 7 })).toBe(
			'Udzielono odpowiedzi na 3 z 42 pytań (7)'
		);
		expect(translate(pdf, 'en', 'nextStepUnknownText', { count: 1 })).toBe(
			'1 question was answered “Don’t know”. Note whom to ask and come back to it.'
		);
		expect(translate(pdf, 'pl', 'nextStepUnansweredText', { count: 2, total: 42 })).toMatch(
			/^Na 2 z 42 pytań nie udzielono/
		);
	});
});

/**
 * Every message that says a count, read at 1, 2, 5, 12 and 22 in Polish (one, few,
 * many, many, few) and at 1 and 2 in English. Each line was read by a person; a new
 * count message must be added here (the last test checks the list is complete).
 */
describe('every count message at 1, 2, 5, 12, 22 (pl) and 1, 2 (en)', () => {
	const PARTS = {
		core,
		results,
		exchange,
		importErrors,
		pdf,
		report,
		quality,
		titles,
		later,
		team,
		teamFiles,
		teamOverlay,
		teamPdf
	} as const;
	type Part = keyof typeof PARTS;
	/** values of the parameters that are not the count */
	const SAMPLE: Record<string, string | number> = {
		labels: 'Kraków – 2026',
		name: 'Anna',
		ids: 'F1.1',
		version: '1.1.0',
		pct: '50%'
	};
	/** counts written as "label: N" or "{n} selected" in one language, plurals in the other */
	const EXTRA_COUNT: Record<string, string> = { 'compare.selected': 'count' };
	const PLURAL = /\{(\w+)\|[^{}]*\}/g;
	const countsOf = (key: string, ...texts: string[]) => {
		const names = new Set(texts.flatMap((t) => [...t.matchAll(PLURAL)].map((m) => m[1]!)));
		if (EXTRA_COUNT[key]) names.add(EXTRA_COUNT[key]);
		return names;
	};
	const say = (part: Part, key: string, locale: Locale, n: number) => {
		const m = PARTS[part] as { en: Record<string, string>; pl: Record<string, string> };
		const counts = countsOf(key, m.en[key]!, m.pl[key]!);
		const params: Record<string, string | number> = {};
		for (const [, name] of (m.en[key]! + m.pl[key]!).matchAll(/\{(\w+)/g))
			params[name!] = counts.has(name!) ? n : (SAMPLE[name!] ?? 0);
		return interpolate(locale, m[locale][key]!, params);
	};

	const EXPECTED: [part: Part, key: string, en: string[], pl: string[]][] = [
		[
			'core',
			'error.tooLong',
			['This is too long (at most 1 character).', 'This is too long (at most 2 characters).'],
			[
				'Tekst jest za długi (maksymalnie 1 znak).',
				'Tekst jest za długi (maksymalnie 2 znaki).',
				'Tekst jest za długi (maksymalnie 5 znaków).',
				'Tekst jest za długi (maksymalnie 12 znaków).',
				'Tekst jest za długi (maksymalnie 22 znaki).'
			]
		],
		[
			'core',
			'city.deleteBody',
			[
				'This deletes the city and its assessment from this device. Export a backup first if you may still need them.',
				'This deletes the city and all its 2 assessments from this device. Export a backup first if you may still need them.'
			],
			[
				'Miasto wraz ze swoją oceną zostanie usunięte z tego urządzenia. Jeśli te dane mogą być jeszcze potrzebne, należy najpierw wyeksportować kopię zapasową.',
				'Miasto wraz ze wszystkimi swoimi ocenami (2) zostanie usunięte z tego urządzenia. Jeśli te dane mogą być jeszcze potrzebne, należy najpierw wyeksportować kopię zapasową.',
				'Miasto wraz ze wszystkimi swoimi ocenami (5) zostanie usunięte z tego urządzenia. Jeśli te dane mogą być jeszcze potrzebne, należy najpierw wyeksportować kopię zapasową.',
				'Miasto wraz ze wszystkimi swoimi ocenami (12) zostanie usunięte z tego urządzenia. Jeśli te dane mogą być jeszcze potrzebne, należy najpierw wyeksportować kopię zapasową.',
				'Miasto wraz ze wszystkimi swoimi ocenami (22) zostanie usunięte z tego urządzenia. Jeśli te dane mogą być jeszcze potrzebne, należy najpierw wyeksportować kopię zapasową.'
			]
		],
		[
			'core',
			'assessment.deleteBody',
			[
				'This deletes the assessment and its answer from this device.',
				'This deletes the assessment and its 2 answers from this device.'
			],
			[
				'Ocena wraz z 1 odpowiedzią zostanie usunięta z tego urządzenia.',
				'Ocena wraz z 2 odpowiedziami zostanie usunięta z tego urządzenia.',
				'Ocena wraz z 5 odpowiedziami zostanie usunięta z tego urządzenia.',
				'Ocena wraz z 12 odpowiedziami zostanie usunięta z tego urządzenia.',
				'Ocena wraz z 22 odpowiedziami zostanie usunięta z tego urządzenia.'
			]
		],
		[
			'later',
			'about.items',
			['1 item, 1 question', '2 items, 2 questions'],
			[
				'1 obszar, 1 pytanie',
				'2 obszary, 2 pytania',
				'5 obszarów, 5 pytań',
				'12 obszarów, 12 pytań',
				'22 obszary, 22 pytania'
			]
		],
		[
			'results',
			'results.coverageText',
			['0 of 1 question answered (50%)', '0 of 2 questions answered (50%)'],
			[
				'Udzielono odpowiedzi na 0 z 1 pytania (50%)',
				'Udzielono odpowiedzi na 0 z 2 pytań (50%)',
				'Udzielono odpowiedzi na 0 z 5 pytań (50%)',
				'Udzielono odpowiedzi na 0 z 12 pytań (50%)',
				'Udzielono odpowiedzi na 0 z 22 pytań (50%)'
			]
		],
		[
			'results',
			'results.unansweredCount',
			['1 question', '2 questions'],
			['1 pytanie', '2 pytania', '5 pytań', '12 pytań', '22 pytania']
		],
		[
			'results',
			'compare.selected',
			['1 selected', '2 selected'],
			[
				'Wybrano 1 ocenę',
				'Wybrano 2 oceny',
				'Wybrano 5 ocen',
				'Wybrano 12 ocen',
				'Wybrano 22 oceny'
			]
		],
		[
			'results',
			'compare.missing',
			[
				'1 selected assessment no longer exists and is not shown.',
				'2 selected assessments no longer exist and are not shown.'
			],
			[
				'Nie pokazano 1 wybranej oceny, która już nie istnieje.',
				'Nie pokazano 2 wybranych ocen, które już nie istnieją.',
				'Nie pokazano 5 wybranych ocen, które już nie istnieją.',
				'Nie pokazano 12 wybranych ocen, które już nie istnieją.',
				'Nie pokazano 22 wybranych ocen, które już nie istnieją.'
			]
		],
		[
			'results',
			'compare.otherFramework',
			[
				'1 selected assessment uses a different framework version and is not shown: Kraków – 2026.',
				'2 selected assessments use a different framework version and are not shown: Kraków – 2026.'
			],
			[
				'Nie pokazano 1 wybranej oceny opartej na innej wersji ram: Kraków – 2026.',
				'Nie pokazano 2 wybranych ocen opartych na innej wersji ram: Kraków – 2026.',
				'Nie pokazano 5 wybranych ocen opartych na innej wersji ram: Kraków – 2026.',
				'Nie pokazano 12 wybranych ocen opartych na innej wersji ram: Kraków – 2026.',
				'Nie pokazano 22 wybranych ocen opartych na innej wersji ram: Kraków – 2026.'
			]
		],
		[
			'results',
			'compare.deltaUp',
			['up 1 point', 'up 2 points'],
			['wzrost o 1 pkt', 'wzrost o 2 pkt', 'wzrost o 5 pkt', 'wzrost o 12 pkt', 'wzrost o 22 pkt']
		],
		[
			'results',
			'compare.deltaDown',
			['down 1 point', 'down 2 points'],
			['spadek o 1 pkt', 'spadek o 2 pkt', 'spadek o 5 pkt', 'spadek o 12 pkt', 'spadek o 22 pkt']
		],
		[
			'exchange',
			'import.conflicts',
			[
				'1 assessment in these files already exists on this device. What should happen to it?',
				'2 assessments in these files already exist on this device. What should happen to them?'
			],
			[
				'1 ocena z tych plików już jest na tym urządzeniu. Co z nią zrobić?',
				'2 oceny z tych plików już są na tym urządzeniu. Co z nimi zrobić?',
				'5 ocen z tych plików już jest na tym urządzeniu. Co z nimi zrobić?',
				'12 ocen z tych plików już jest na tym urządzeniu. Co z nimi zrobić?',
				'22 oceny z tych plików już są na tym urządzeniu. Co z nimi zrobić?'
			]
		],
		[
			'exchange',
			'import.run',
			['Import 1 file', 'Import 2 files'],
			[
				'Zaimportuj 1 plik',
				'Zaimportuj 2 pliki',
				'Zaimportuj 5 plików',
				'Zaimportuj 12 plików',
				'Zaimportuj 22 pliki'
			]
		],
		[
			'exchange',
			'import.done',
			['1 file imported.', '2 files imported.'],
			[
				'Zaimportowano 1 plik.',
				'Zaimportowano 2 pliki.',
				'Zaimportowano 5 plików.',
				'Zaimportowano 12 plików.',
				'Zaimportowano 22 pliki.'
			]
		],
		[
			'exchange',
			'import.more',
			['… and 1 more problem.', '… and 2 more problems.'],
			[
				'… i jeszcze 1 problem.',
				'… i jeszcze 2 problemy.',
				'… i jeszcze 5 problemów.',
				'… i jeszcze 12 problemów.',
				'… i jeszcze 22 problemy.'
			]
		],
		[
			'importErrors',
			'import.err.tooDeep',
			[
				'The file is nested too deeply (more than 1 level); it is not an export of this app.',
				'The file is nested too deeply (more than 2 levels); it is not an export of this app.'
			],
			[
				'Plik ma zbyt głęboko zagnieżdżoną strukturę (więcej poziomów niż 1); nie jest to eksport z tej aplikacji.',
				'Plik ma zbyt głęboko zagnieżdżoną strukturę (więcej poziomów niż 2); nie jest to eksport z tej aplikacji.',
				'Plik ma zbyt głęboko zagnieżdżoną strukturę (więcej poziomów niż 5); nie jest to eksport z tej aplikacji.',
				'Plik ma zbyt głęboko zagnieżdżoną strukturę (więcej poziomów niż 12); nie jest to eksport z tej aplikacji.',
				'Plik ma zbyt głęboko zagnieżdżoną strukturę (więcej poziomów niż 22); nie jest to eksport z tej aplikacji.'
			]
		],
		[
			'exchange',
			'fw.used',
			['used by 1 assessment', 'used by 2 assessments'],
			[
				'używana w 1 ocenie',
				'używana w 2 ocenach',
				'używana w 5 ocenach',
				'używana w 12 ocenach',
				'używana w 22 ocenach'
			]
		],
		[
			'exchange',
			'fw.migrateSummary',
			[
				'1 answer carries over. 1 answer has no matching question in version 1.1.0 and stays only in the original assessment. 1 question is new.',
				'2 answers carry over. 2 answers have no matching question in version 1.1.0 and stay only in the original assessment. 2 questions are new.'
			],
			[
				'1 odpowiedź zostanie przeniesiona. 1 odpowiedź nie ma odpowiednika w wersji 1.1.0 (zostaje tylko w pierwotnej ocenie). 1 pytanie jest nowe.',
				'2 odpowiedzi zostaną przeniesione. 2 odpowiedzi nie mają odpowiednika w wersji 1.1.0 (zostają tylko w pierwotnej ocenie). 2 pytania są nowe.',
				'5 odpowiedzi zostanie przeniesionych. 5 odpowiedzi nie ma odpowiednika w wersji 1.1.0 (zostaje tylko w pierwotnej ocenie). 5 pytań jest nowych.',
				'12 odpowiedzi zostanie przeniesionych. 12 odpowiedzi nie ma odpowiednika w wersji 1.1.0 (zostaje tylko w pierwotnej ocenie). 12 pytań jest nowych.',
				'22 odpowiedzi zostaną przeniesione. 22 odpowiedzi nie mają odpowiednika w wersji 1.1.0 (zostają tylko w pierwotnej ocenie). 22 pytania są nowe.'
			]
		],
		[
			'exchange',
			'delete.confirmBody',
			[
				'This cannot be undone. Everything the app stored in this browser will be deleted: 1 city and 1 assessment.',
				'This cannot be undone. Everything the app stored in this browser will be deleted: 2 cities and 2 assessments.'
			],
			[
				'Tej operacji nie można cofnąć. Zostanie usunięte wszystko, co aplikacja zapisała w tej przeglądarce: 1 miasto i 1 ocena.',
				'Tej operacji nie można cofnąć. Zostanie usunięte wszystko, co aplikacja zapisała w tej przeglądarce: 2 miasta i 2 oceny.',
				'Tej operacji nie można cofnąć. Zostanie usunięte wszystko, co aplikacja zapisała w tej przeglądarce: 5 miast i 5 ocen.',
				'Tej operacji nie można cofnąć. Zostanie usunięte wszystko, co aplikacja zapisała w tej przeglądarce: 12 miast i 12 ocen.',
				'Tej operacji nie można cofnąć. Zostanie usunięte wszystko, co aplikacja zapisała w tej przeglądarce: 22 miasta i 22 oceny.'
			]
		],
		[
			'pdf',
			'nextStepUnansweredText',
			[
				'1 of 1 question is not answered yet. Scores are based only on the answered questions.',
				'2 of 2 questions are not answered yet. Scores are based only on the answered questions.'
			],
			[
				'Na 1 z 1 pytania nie udzielono jeszcze odpowiedzi. Wyniki uwzględniają wyłącznie pytania z odpowiedzią.',
				'Na 2 z 2 pytań nie udzielono jeszcze odpowiedzi. Wyniki uwzględniają wyłącznie pytania z odpowiedzią.',
				'Na 5 z 5 pytań nie udzielono jeszcze odpowiedzi. Wyniki uwzględniają wyłącznie pytania z odpowiedzią.',
				'Na 12 z 12 pytań nie udzielono jeszcze odpowiedzi. Wyniki uwzględniają wyłącznie pytania z odpowiedzią.',
				'Na 22 z 22 pytań nie udzielono jeszcze odpowiedzi. Wyniki uwzględniają wyłącznie pytania z odpowiedzią.'
			]
		],
		[
			'pdf',
			'nextStepUnknownText',
			[
				'1 question was answered “Don’t know”. Note whom to ask and come back to it.',
				'2 questions were answered “Don’t know”. Note whom to ask and come back to them.'
			],
			[
				'Na 1 pytanie odpowiedziano „Nie wiem”. Warto ustalić, kogo zapytać, i wrócić do tego pytania.',
				'Na 2 pytania odpowiedziano „Nie wiem”. Warto ustalić, kogo zapytać, i wrócić do tych pytań.',
				'Na 5 pytań odpowiedziano „Nie wiem”. Warto ustalić, kogo zapytać, i wrócić do tych pytań.',
				'Na 12 pytań odpowiedziano „Nie wiem”. Warto ustalić, kogo zapytać, i wrócić do tych pytań.',
				'Na 22 pytania odpowiedziano „Nie wiem”. Warto ustalić, kogo zapytać, i wrócić do tych pytań.'
			]
		],
		[
			'team',
			'team.respondents',
			['1 respondent', '2 respondents'],
			['1 respondent', '2 respondentów', '5 respondentów', '12 respondentów', '22 respondentów']
		],
		[
			'team',
			'team.questionCount',
			['1 question, 1 with disagreement', '2 questions, 2 with disagreement'],
			[
				'1 pytanie, 1 z rozbieżnością',
				'2 pytania, 2 z rozbieżnościami',
				'5 pytań, 5 z rozbieżnościami',
				'12 pytań, 12 z rozbieżnościami',
				'22 pytania, 22 z rozbieżnościami'
			]
		],
		[
			'teamFiles',
			'teamFiles.summary',
			[
				'1 file imported, 1 skipped, 1 needs a decision.',
				'2 files imported, 2 skipped, 2 need a decision.'
			],
			[
				'Zaimportowano: 1 plik; pominięto: 1 plik; do decyzji: 1 plik.',
				'Zaimportowano: 2 pliki; pominięto: 2 pliki; do decyzji: 2 pliki.',
				'Zaimportowano: 5 plików; pominięto: 5 plików; do decyzji: 5 plików.',
				'Zaimportowano: 12 plików; pominięto: 12 plików; do decyzji: 12 plików.',
				'Zaimportowano: 22 pliki; pominięto: 22 pliki; do decyzji: 22 pliki.'
			]
		],
		[
			'teamFiles',
			'teamFiles.imported',
			['Anna: 1 answer imported.', 'Anna: 2 answers imported.'],
			[
				'Anna: zaimportowano 1 odpowiedź.',
				'Anna: zaimportowano 2 odpowiedzi.',
				'Anna: zaimportowano 5 odpowiedzi.',
				'Anna: zaimportowano 12 odpowiedzi.',
				'Anna: zaimportowano 22 odpowiedzi.'
			]
		],
		[
			'teamFiles',
			'teamFiles.replaced',
			[
				'Anna: the answers on this device were replaced by the file’s (1 answer).',
				'Anna: the answers on this device were replaced by the file’s (2 answers).'
			],
			[
				'Anna: odpowiedzi na tym urządzeniu zastąpiono odpowiedziami z pliku (1 odpowiedź).',
				'Anna: odpowiedzi na tym urządzeniu zastąpiono odpowiedziami z pliku (2 odpowiedzi).',
				'Anna: odpowiedzi na tym urządzeniu zastąpiono odpowiedziami z pliku (5 odpowiedzi).',
				'Anna: odpowiedzi na tym urządzeniu zastąpiono odpowiedziami z pliku (12 odpowiedzi).',
				'Anna: odpowiedzi na tym urządzeniu zastąpiono odpowiedziami z pliku (22 odpowiedzi).'
			]
		],
		[
			'teamFiles',
			'teamFiles.dropped',
			[
				'1 answer was not carried over (its question is missing from this version): F1.1.',
				'2 answers were not carried over (their questions are missing from this version): F1.1.'
			],
			[
				'Nie przeniesiono 1 odpowiedzi (tego pytania nie ma w tej wersji): F1.1.',
				'Nie przeniesiono 2 odpowiedzi (tych pytań nie ma w tej wersji): F1.1.',
				'Nie przeniesiono 5 odpowiedzi (tych pytań nie ma w tej wersji): F1.1.',
				'Nie przeniesiono 12 odpowiedzi (tych pytań nie ma w tej wersji): F1.1.',
				'Nie przeniesiono 22 odpowiedzi (tych pytań nie ma w tej wersji): F1.1.'
			]
		],
		[
			'teamOverlay',
			'overlay.compareShow',
			[
				'Show the respondents of Anna (1 respondent)',
				'Show the respondents of Anna (2 respondents)'
			],
			[
				'Pokaż respondentów oceny Anna (1 osoba)',
				'Pokaż respondentów oceny Anna (2 osoby)',
				'Pokaż respondentów oceny Anna (5 osób)',
				'Pokaż respondentów oceny Anna (12 osób)',
				'Pokaż respondentów oceny Anna (22 osoby)'
			]
		],
		[
			'teamPdf',
			'teamCount',
			[
				'1 respondent took part; names are not shown.',
				'2 respondents took part; names are not shown.'
			],
			[
				'W ocenie wziął udział 1 respondent; nazwisk nie podano.',
				'W ocenie wzięło udział 2 respondentów; nazwisk nie podano.',
				'W ocenie wzięło udział 5 respondentów; nazwisk nie podano.',
				'W ocenie wzięło udział 12 respondentów; nazwisk nie podano.',
				'W ocenie wzięło udział 22 respondentów; nazwisk nie podano.'
			]
		]
	];

	for (const [part, key, en, pl] of EXPECTED)
		it(`${part} ${key}`, () => {
			expect([1, 2].map((n) => say(part, key, 'en', n))).toEqual(en);
			expect([1, 2, 5, 12, 22].map((n) => say(part, key, 'pl', n))).toEqual(pl);
		});

	it('lists every message with a plural', () => {
		const found: string[] = [];
		for (const [part, m] of Object.entries(PARTS))
			for (const key of Object.keys(m.en))
				if (
					countsOf(
						key,
						(m.en as Record<string, string>)[key]!,
						(m.pl as Record<string, string>)[key]!
					).size
				)
					found.push(`${part} ${key}`);
		expect(found.sort()).toEqual(EXPECTED.map(([part, key]) => `${part} ${key}`).sort());
	});
});

describe('values', () => {
	it('numbers take the locale’s separators; text is inserted as given or wrapped', () => {
		expect(interpolate('en', '{n} KB', { n: 12345 })).toBe('12,345 KB');
		expect(interpolate('pl', '{n} KB', { n: 12345 })).toBe(`12${NBSP}345 KB`);
		expect(interpolate('pl', '{n}', { n: 1234 })).toBe('1234');
		expect(interpolate('pl', '{n}', { n: 1.5 })).toBe('1,5');
		expect(interpolate('en', '“{name}”', { name: 'Łódź' }, (s) => `[${s}]`)).toBe('“[Łódź]”');
		expect(interpolate('en', '{year}', { year: '2026' })).toBe('2026');
	});

	it('a placeholder without a value stays visible', () => {
		expect(interpolate('en', 'Delete {name}?', {})).toBe('Delete {name}?');
		expect(interpolate('en', 'Delete {name}?')).toBe('Delete {name}?');
	});

	it('dates, percentages and plural categories come from Intl, per locale', () => {
		const ms = new Date(2026, 2, 12, 12).getTime(); // local noon: the same day in every time zone
		expect(formatDate('en', ms)).toBe('12 Mar 2026');
		// the app shows Polish dates long (review S5): locale.test.ts checks its formatDate
		expect(formatDate('pl', ms, { style: 'long' })).toBe('12 marca 2026');
		expect(formatPercent('en', 0.07)).toBe('7%');
		expect(formatPercent('pl', 0.125)).toBe('13%');
		expect(formatNumber('en', 1.25, 1)).toBe('1.3');
		expect(formatNumber('pl', 1.25, 1)).toBe('1,3');
		expect(pluralCategory('pl', 22)).toBe('few');
	});
});

describe('fallback', () => {
	const messages = defineMessages({
		en: { hello: 'Hello {name}', only: 'English only' },
		pl: { hello: 'Dzień dobry {name}', only: '' }
	});

	it('a blank Polish text shows the English one, never nothing', () => {
		expect(render(messages, 'pl', 'only')).toBe('English only');
		expect(translate(messages, 'pl', 'hello', { name: 'Anna' })).toBe('Dzień dobry Anna');
		expect(render(messages, 'pl', 'missing')).toBe('missing');
	});
});

describe('every message', () => {
	const parts = {
		core,
		results,
		report,
		quality,
		workshop,
		exchange,
		importErrors,
		pdf,
		framework,
		frameworkPdf,
		teamPdf,
		questionnaire,
		titles,
		home,
		team,
		teamOverlay,
		later,
		largeLists
	};
	const CATEGORIES: Record<Locale, string[]> = {
		en: ['one', 'other'],
		pl: ['one', 'few', 'many', 'other']
	};
	const PLACEHOLDER = /\{(\w+)(?:\|([^{}]*))?\}/g;
	const names = (text: string) => new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]));

	for (const [part, messages] of Object.entries(parts)) {
		it(`${part}: well-formed placeholders, complete plurals, Polish present`, () => {
			const problems: string[] = [];
			for (const locale of ['en', 'pl'] as const) {
				for (const [key, text] of Object.entries(messages[locale] as Record<string, string>)) {
					const where = `${part} ${locale} ${key}`;
					if (text.trim() === '') problems.push(`${where}: blank`);
					if (/\(s\)/.test(text)) problems.push(`${where}: "(s)" instead of a plural`);
					// every brace belongs to a placeholder
					if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) problems.push(`${where}: stray brace`);
					for (const [, name, forms] of text.matchAll(PLACEHOLDER)) {
						if (forms === undefined) continue;
						const found = pluralForms(forms);
						for (const [category, form] of found) {
							if (!/^(=\d+|zero|one|two|few|many|other)$/.test(category))
								problems.push(`${where}: {${name}} has an unknown form "${category}"`);
							if (!form.includes('#') && !category.startsWith('=') && /\d/.test(form))
								problems.push(`${where}: {${name}} form "${category}" has a digit, not #`);
						}
						for (const category of CATEGORIES[locale])
							if (!found.has(category))
								problems.push(`${where}: {${name}} lacks the "${category}" form`);
					}
				}
			}
			for (const [key, text] of Object.entries(messages.pl as Record<string, string>)) {
				const english = names((messages.en as Record<string, string>)[key] ?? '');
				for (const name of names(text))
					if (!english.has(name)) problems.push(`${part} pl ${key}: {${name}} not in English`);
			}
			expect(problems).toEqual([]);
		});
	}

	it('no two parts of the app share a key (a later part would hide the earlier)', () => {
		const app = [
			core,
			results,
			report,
			quality,
			workshop,
			exchange,
			framework,
			questionnaire,
			titles,
			home,
			team,
			teamOverlay,
			teamFiles,
			later,
			importErrors,
			importList,
			largeLists
		].flatMap((p) => Object.keys(p.en));
		expect(app.length).toBe(new Set(app).size);
		expect(Object.keys(dataMessages.en).length).toBe(app.length);
		expect(Object.keys(appMessages.en).length).toBe(
			app.length -
				Object.keys(exchange.en).length -
				Object.keys(importErrors.en).length -
				Object.keys(importList.en).length -
				Object.keys(largeLists.en).length
		);
	});
});

describe('first screen and later pages', () => {
	it('together hold every app message, each once', async () => {
		const { startMessages } = await import('./start');
		const { pageMessages } = await import('./pages');
		const start = Object.keys(startMessages.en);
		const later = Object.keys(pageMessages.en);
		expect(start.filter((k) => later.includes(k))).toEqual([]);
		expect([...start, ...later].sort()).toEqual(Object.keys(appMessages.en).sort());
	});
});
