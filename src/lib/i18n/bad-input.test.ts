/** Messages for zod 4 issues and storage failures, in both languages (review finding D6). */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageError, ValidationError } from '$lib/db/errors';
import type { ImportError } from '$lib/domain/exchange';
import { describeError } from './errors';
import { describeImportError } from './import-errors';
import { locale } from './locale.svelte';

const typeError: ImportError = {
	code: 'type',
	path: 'answers[0].rev',
	params: { expected: 'integer' },
	message: 'Expected integer.'
};
const statusError: ImportError = {
	code: 'invalidValue',
	path: 'assessments[0].status',
	params: { allowed: '"draft", "complete"' },
	message: 'Not an allowed value (allowed: "draft", "complete").'
};
const bulkError = Object.assign(
	new Error(
		'answers.bulkPut(): 840 of 840 operations failed. Errors: AbortError: The transaction was aborted'
	),
	{ name: 'BulkError' }
);

afterEach(() => {
	locale.current = 'en';
});

describe('import errors', () => {
	it('English', () => {
		locale.current = 'en';
		expect(describeImportError(typeError)).toBe(
			'Wrong kind of value (expected a whole number). (in answer 1 → revision)'
		);
		expect(describeImportError(statusError)).toBe(
			'This value is not allowed (allowed values: "draft", "complete"). (in assessment 1 → status)'
		);
		expect(describeImportError({ ...statusError, params: {} })).toBe(
			'This value is not allowed. (in assessment 1 → status)'
		);
	});

	it('Polish', () => {
		locale.current = 'pl';
		expect(describeImportError(typeError)).toBe(
			'Nieprawidłowy rodzaj wartości (oczekiwano: liczba całkowita). (miejsce: odpowiedź 1 → numer zmiany)'
		);
		expect(describeImportError(statusError)).toBe(
			'Ta wartość jest niedozwolona (dozwolone wartości: "draft", "complete"). (miejsce: ocena 1 → status)'
		);
		for (const e of [typeError, statusError]) expect(describeImportError(e)).not.toMatch(/\bint\b/);
	});
});

describe('storage errors never show IndexedDB/Dexie internals', () => {
	it.each(['en', 'pl'] as const)('%s', (lang) => {
		locale.current = lang;
		const text = describeError(new StorageError('other', bulkError));
		expect(text).not.toMatch(/bulkPut|AbortError|operations failed/);
		expect(text).toBe(
			lang === 'en'
				? 'The device storage reported an error, so this could not be done. Nothing was changed. Try again; if it keeps failing, reload the page.'
				: 'Pamięć urządzenia zgłosiła błąd, więc nie udało się tego wykonać. Niczego nie zmieniono. Spróbuj ponownie; jeśli błąd się powtórzy, odśwież stronę.'
		);
		expect(describeError(new StorageError('other'))).toBe(text);
		expect(describeError(new StorageError('quota', bulkError))).not.toMatch(/bulkPut/);
		expect(describeError(new ValidationError('name', 'required'))).toBe(
			lang === 'en' ? 'Please fill in this field.' : 'To pole jest wymagane.'
		);
	});
});
