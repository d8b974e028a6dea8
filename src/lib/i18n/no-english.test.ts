/**
 * No English reaches a Polish user through an error (issue 11 point 5, review P6/P7):
 * every error path that can be provoked here — bad import files, bad framework
 * definitions, storage failures, a failed report — is described in Polish, and a
 * small English-word detector finds nothing in what is shown.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeData, makeExportFile } from '../../../scripts/fixtures.mjs';
import { StorageError, ValidationError, toStorageError } from '$lib/db/errors';
import { defaultFramework } from '$lib/domain/bundled';
import {
	checksum,
	parseExportText,
	parseFrameworkText,
	type ImportError,
	type ParseResult
} from '$lib/domain/exchange';
import { describeError, describeReportError } from './errors';
import { describeImportError, describeImportWarning } from './import-errors';
import { locale } from './locale.svelte';

/**
 * English words that are not also Polish words (so not "to", "a", "i", "do", "na",
 * "nie", "format", "import", "status", "element"…): any of them in a Polish
 * message means English leaked through.
 */
const ENGLISH = new Set(
	(
		'the is are was were be been not no this that these with from for of and or but ' +
		'file files error errors failed failure fail must should could cannot can will ' +
		'expected value values duplicate level levels order invalid unknown stopped ' +
		'unexpectedly generator report storage operation operations transaction aborted ' +
		'version framework assessment assessments export definition question questions ' +
		'answer answers item items city cities special scale too large empty nested deeply ' +
		'checksum match allowed field key please try again reload page saving saved ' +
		'does exist exists there while after before only whole number text list true false ' +
		'quota exceeded database closed missing undefined null reading properties type ' +
		'cannot read of id ids in order'
	).split(/\s+/)
);

/** The English words in a text, user data in „…” or "…" quotes left out (ids, keys, labels). */
function englishWords(text: string): string[] {
	const outsideQuotes = text
		.replace(/„[^”]*”/g, ' ')
		.replace(/"[^"]*"/g, ' ')
		.replace(/\u2068[^\u2069]*\u2069/g, ' ');
	return (outsideQuotes.toLowerCase().match(/[a-ząćęłńóśźż]+/g) ?? []).filter((w) =>
		ENGLISH.has(w)
	);
}

const fw = defaultFramework;

function errorsOf(r: ParseResult | ReturnType<typeof parseFrameworkText>): ImportError[] {
	expect(r.ok).toBe(false);
	return r.ok ? [] : r.errors;
}

async function validFile() {
	return (await makeExportFile(makeData({ cities: 1, assessmentsPerCity: 1 }))) as Record<
		string,
		unknown
	> & {
		cities: Record<string, unknown>[];
		assessments: Record<string, unknown>[];
		answers: Record<string, unknown>[];
	};
}
async function resign(file: Record<string, unknown>) {
	return JSON.stringify({ ...file, checksum: await checksum(file) });
}

/** Bad export files, each reaching a different check. */
async function badExports(): Promise<[string, string][]> {
	const f = await validFile();
	const deep = '['.repeat(100) + ']'.repeat(100);
	return [
		['empty', ''],
		['not JSON', '{"format": "hrc-self-assessment", '],
		['forbidden key', '{"__proto__": {"x": 1}}'],
		['too deep', deep],
		['not an export', '{"hello": "world"}'],
		['newer version', await resign({ ...f, formatVersion: 99 })],
		['older version', await resign({ ...f, formatVersion: 0 })],
		['checksum', JSON.stringify({ ...f, exportedAt: 1 })],
		['wrong type', await resign({ ...f, cities: [{ ...f.cities[0], name: 42 }] })],
		['unknown key', await resign({ ...f, cities: [{ ...f.cities[0], colour: 'red' }] })],
		['too long', await resign({ ...f, cities: [{ ...f.cities[0], name: 'x'.repeat(100_000) }] })],
		['duplicate id', await resign({ ...f, cities: [f.cities[0], { ...f.cities[0], name: 'B' }] })],
		['bad value', await resign({ ...f, answers: [{ ...f.answers[0], value: 7 }] })],
		['bad id format', await resign({ ...f, cities: [{ ...f.cities[0], id: 'ż ż' }] })],
		[
			'unknown question',
			await resign({ ...f, answers: [{ ...f.answers[0], questionId: 'Z9.9' }] })
		],
		['missing city', await resign({ ...f, cities: [] })],
		[
			'unknown framework',
			await resign({
				...f,
				frameworks: [{ id: fw.id, version: '9.9.9' }],
				assessments: f.assessments.map((a) => ({ ...a, frameworkVersion: '9.9.9' }))
			})
		]
	];
}

/** Bad framework definitions, each reaching a different check (custom ones included). */
async function badFrameworks(): Promise<[string, string][]> {
	/** the framework as plain, editable data (to break it) */
	type Editable = {
		scale: { levels: unknown[]; special: unknown[] };
		elements: { items: { id: string; questions: { id: string }[] }[] }[];
		version: string;
		title?: unknown;
	};
	const clone = () => structuredClone(fw) as unknown as Editable;
	const levels = clone();
	levels.scale.levels = [...levels.scale.levels].reverse();
	const special = clone();
	special.scale.special = [special.scale.special[0], special.scale.special[0]];
	const dupItem = clone();
	dupItem.elements[0]!.items[1]!.id = dupItem.elements[0]!.items[0]!.id;
	const dupQuestion = clone();
	const qs = dupQuestion.elements[0]!.items[0]!.questions;
	qs[1]!.id = qs[0]!.id;
	const badVersion = clone();
	badVersion.version = 'one';
	const missing = clone();
	delete missing.title;
	return [
		['an export file', await resign(await validFile())],
		['levels out of order', JSON.stringify(levels)],
		['special answers', JSON.stringify(special)],
		['duplicate item id', JSON.stringify(dupItem)],
		['duplicate question id', JSON.stringify(dupQuestion)],
		['version', JSON.stringify(badVersion)],
		['missing title', JSON.stringify(missing)],
		['not JSON', '{']
	];
}

beforeEach(() => locale.set('pl'));
afterEach(() => locale.set('en'));

describe('the English-word detector', () => {
	it('finds English and lets Polish and quoted data through', () => {
		expect(englishWords('The report generator stopped unexpectedly.')).toEqual([
			'the',
			'report',
			'generator',
			'stopped',
			'unexpectedly'
		]);
		expect(englishWords('Ta wartość jest nieprawidłowa (this is an assessment export)')).toEqual([
			'this',
			'is',
			'assessment',
			'export'
		]);
		expect(englishWords('Identyfikator „duplicate id” występuje więcej niż raz.')).toEqual([]);
		expect(englishWords('Do tego pliku nie ma formatu, to import.')).toEqual([]);
	});
});

describe('in Polish, no error shows English', () => {
	it('bad export files', async () => {
		const shown: string[] = [];
		for (const [what, text] of await badExports()) {
			const r = await parseExportText(text, { frameworks: [fw] });
			if (what === 'unknown framework') {
				expect(r.ok, what).toBe(true);
				if (r.ok) for (const w of r.warnings) shown.push(describeImportWarning(w));
				continue;
			}
			const errors = errorsOf(r);
			expect(errors.length, what).toBeGreaterThan(0);
			for (const e of errors) shown.push(describeImportError(e));
		}
		expect(shown.length).toBeGreaterThanOrEqual(16);
		for (const s of shown) expect(englishWords(s), s).toEqual([]);
	});

	it('bad framework definitions, their own checks included', async () => {
		const codes = new Set<string>();
		for (const [what, text] of await badFrameworks()) {
			const errors = errorsOf(parseFrameworkText(text));
			expect(errors.length, what).toBeGreaterThan(0);
			for (const e of errors) {
				codes.add(e.code);
				const s = describeImportError(e);
				expect(englishWords(s), `${what}: ${s}`).toEqual([]);
			}
		}
		// the schema's own checks arrive as codes, not as English text under "invalid"
		expect([...codes]).toEqual(
			expect.arrayContaining(['notFramework', 'levelsOrder', 'specialAnswers', 'duplicateId'])
		);
		expect(codes.has('invalid')).toBe(false);
	});

	it('storage failures, as IndexedDB and Dexie report them', () => {
		const quota = new DOMException('Quota exceeded while writing answers', 'QuotaExceededError');
		const raw = [
			quota,
			Object.assign(new Error('answers.bulkPut(): 3 of 3 operations failed'), {
				name: 'BulkError',
				inner: quota
			}),
			Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' }),
			Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }),
			new DOMException('The transaction was aborted', 'AbortError'),
			new TypeError("Cannot read properties of undefined (reading 'id')"),
			'something went wrong'
		];
		const shown = [
			...raw.map((e) => describeError(toStorageError(e))),
			...(['quota', 'unavailable', 'outdated', 'deleted', 'newer', 'other'] as const).map((k) =>
				describeError(new StorageError(k))
			),
			describeError(new ValidationError('name', 'required')),
			describeError(new ValidationError('name', 'tooLong', 200)),
			describeError(new ValidationError('name', 'duplicate')),
			describeError(new ValidationError('label', 'duplicate')),
			describeError(new ValidationError('name', 'invalid')),
			// an error that is not the storage's (a bug): still no English
			describeError(new TypeError("Cannot read properties of undefined (reading 'id')")),
			describeError('Failed to execute transaction')
		];
		for (const s of shown) expect(englishWords(s), s).toEqual([]);
		expect(describeError(toStorageError(quota))).toMatch(/^Pamięć urządzenia jest pełna/);
	});

	it('a report that could not be made (worker crash, jsPDF error)', () => {
		for (const e of [
			new Error('The report generator stopped unexpectedly.'),
			new TypeError('Cannot read properties of undefined (reading "width")'),
			'Out of memory'
		]) {
			const s = describeReportError(e);
			expect(s).toMatch(/^Nie udało się przygotować raportu\./);
			expect(englishWords(s), s).toEqual([]);
		}
		// in English the technical detail stays, where it can help
		locale.set('en');
		expect(describeReportError(new Error('The report generator stopped unexpectedly.'))).toBe(
			'The report could not be generated (The report generator stopped unexpectedly.). Try again; if it keeps failing, reload the page.'
		);
	});
});
