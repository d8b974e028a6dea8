/** Errors the db layer throws, each with a message key the UI translates. */
import { StorageError, ValidationError } from '$lib/domain/errors';
import type { PromiseExtended } from 'dexie';
import { NotWritableError, dbStatus } from './db';

// the classes live in domain so that i18n can describe them without importing the db
export { StorageError, ValidationError, type StorageErrorKind } from '$lib/domain/errors';

/** The error and the errors it wraps (Dexie's `inner`, standard `cause`). */
function chain(error: unknown): unknown[] {
	const out: unknown[] = [];
	let e: unknown = error;
	for (let depth = 0; e && depth < 5; depth++) {
		out.push(e);
		e =
			typeof e === 'object' && e !== null
				? ((e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause)
				: undefined;
	}
	return out;
}

function names(error: unknown): string[] {
	return chain(error)
		.filter((e): e is { name: unknown } => typeof e === 'object' && e !== null && 'name' in e)
		.map((e) => String(e.name));
}

/** Turn whatever IndexedDB/Dexie threw into a StorageError (ValidationError passes through). */
export function toStorageError(error: unknown): Error {
	if (error instanceof ValidationError || error instanceof StorageError) return error;
	const refused = chain(error).find((e): e is NotWritableError => e instanceof NotWritableError);
	if (refused)
		return new StorageError(
			refused.status === 'newer' || refused.status === 'deleted' ? refused.status : 'outdated',
			error
		);
	const n = names(error);
	if (n.includes('QuotaExceededError')) return new StorageError('quota', error);
	if (n.includes('DatabaseClosedError') || n.includes('VersionChangeError'))
		return new StorageError(dbStatus() === 'deleted' ? 'deleted' : 'outdated', error);
	if (
		n.includes('MissingAPIError') ||
		n.includes('InvalidStateError') ||
		n.includes('OpenFailedError')
	)
		return new StorageError('unavailable', error);
	return new StorageError('other', error);
}

/**
 * Run a db operation, normalising its errors. Without an async function: an
 * operation giving a Dexie promise keeps giving one, so a live query's re-read
 * runs in Dexie promises alone, and Dexie need not carry its zone across native
 * awaits (nor hand the result over in a task of its own).
 */
export function guard<T>(op: () => PromiseExtended<T>): PromiseExtended<T> | Promise<T>;
export function guard<T>(op: () => Promise<T>): Promise<T>;
export function guard<T>(op: () => Promise<T>): Promise<T> {
	// without IndexedDB, Dexie calls can wait for an open that never comes: fail at once
	if (dbStatus() === 'unavailable') return Promise.reject(new StorageError('unavailable'));
	try {
		return op().catch((error: unknown) => {
			throw toStorageError(error);
		});
	} catch (error) {
		return Promise.reject(toStorageError(error));
	}
}

/**
 * The error a write from this window would meet now (another tab upgraded or deleted the
 * database, data of a newer app, no IndexedDB), or none: for writes made elsewhere on its
 * behalf (an import in the file check's worker).
 */
export function writeRefusal(): StorageError | undefined {
	const status = dbStatus();
	if (status === 'ok') return undefined;
	if (status === 'unavailable') return new StorageError('unavailable');
	return toStorageError(new NotWritableError(status)) as StorageError;
}
