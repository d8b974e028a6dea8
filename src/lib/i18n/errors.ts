import { StorageError, ValidationError } from '$lib/db/errors';
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
	if (error instanceof StorageError && error.kind !== 'other') return t(`error.${error.kind}`);
	const detail =
		error instanceof StorageError && error.cause instanceof Error
			? error.cause.message
			: error instanceof Error
				? error.message
				: String(error);
	return t('error.other', { detail });
}

/** The field a validation error belongs to, to show the message beside it. */
export function errorField(error: unknown): string | undefined {
	return error instanceof ValidationError ? error.field : undefined;
}
