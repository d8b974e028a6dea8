import { StorageError, ValidationError } from '$lib/domain/errors';
import { t } from './locale.svelte';

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
	return t('error.other', { detail: error instanceof Error ? error.message : String(error) });
}

/** The field a validation error belongs to, to show the message beside it. */
export function errorField(error: unknown): string | undefined {
	return error instanceof ValidationError ? error.field : undefined;
}
