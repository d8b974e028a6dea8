/** Ask the browser to keep our storage (R1). */
export type PersistenceStatus = 'persisted' | 'not-persisted' | 'unsupported';

export async function persistenceStatus(): Promise<PersistenceStatus> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unsupported';
	return (await navigator.storage.persisted()) ? 'persisted' : 'not-persisted';
}

export async function requestPersistence(): Promise<PersistenceStatus> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
	try {
		return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'not-persisted';
	}
}
