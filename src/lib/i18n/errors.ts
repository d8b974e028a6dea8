import { StorageError, ValidationError } from '$lib/domain/errors';
import { t } from './locale.svelte';

/** The technical text of an error (English, from the browser or a library): for logs and the English UI only. */
function technical(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** A sentence for the user, for any error the db layer throws. */
export function describeError(error: unknown): string {
	if (error instanceof ValidationError) {
		switch (error.code) {
			case 'required':
				return t('error.required');
			case 'tooLong':
				return t('error.tooLong', { limit: error.limit ?? 0 });
			case 'duplicate':
				return t(error.field === 'label' ? 'error.duplicateLabel' : 'error.duplicateCity');
			default:
				return t('error.invalid');
		}
	}
	// What IndexedDB/Dexie said ("answers.bulkPut(): 840 of 840 operations failed…")
	// means nothing to a user: a storage error always gets a translated sentence.
	if (error instanceof StorageError)
		return error.kind === 'other' ? t('error.storage') : t(`error.${error.kind}`);
	// anything else is a bug or a browser's message, in English: the Polish
	// sentence leaves the detail out
	return t('error.other', { detail: technical(error) });
}

/**
 * A sentence for a report that could not be made: the worker's or jsPDF's own
 * text (English) only in the English UI, where it can help; the console has it always.
 */
export function describeReportError(error: unknown): string {
	console.error(error);
	return t('report.error', { detail: technical(error) });
}

/** The field a validation error belongs to, to show the message beside it. */
export function errorField(error: unknown): string | undefined {
	return error instanceof ValidationError ? error.field : undefined;
}
