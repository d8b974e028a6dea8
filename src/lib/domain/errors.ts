/**
 * The errors the app's storage reports, as plain classes: db throws them,
 * i18n turns them into sentences (so neither needs the other's code).
 */

/**
 * quota: disk full. unavailable: no IndexedDB. outdated: reload needed (the app was updated in
 * another window). deleted: all data was deleted in another window. newer: data from a newer
 * app (read-only).
 */
export type StorageErrorKind = 'quota' | 'unavailable' | 'outdated' | 'deleted' | 'newer' | 'other';

export class StorageError extends Error {
	constructor(
		readonly kind: StorageErrorKind,
		readonly cause?: unknown
	) {
		super(`storage error: ${kind}${cause instanceof Error ? ` (${cause.message})` : ''}`);
		this.name = 'StorageError';
	}
}

/** A form value the db refuses (empty, too long, duplicate…); `field` names the input. */
export class ValidationError extends Error {
	constructor(
		readonly field: string,
		readonly code: 'required' | 'tooLong' | 'duplicate' | 'invalid',
		readonly limit?: number
	) {
		super(`${field}: ${code}`);
		this.name = 'ValidationError';
	}
}

/**
 * A checked file can no longer be imported: it was kept by the file check's
 * worker, which was ended since ("delete all"); the file must be chosen again.
 */
export class CheckLostError extends Error {
	constructor() {
		super('the checked file is no longer held: choose it again');
		this.name = 'CheckLostError';
	}
}
