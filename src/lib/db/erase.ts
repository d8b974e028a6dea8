/** "Delete all my data". */
import { db } from './db';
import { guard } from './errors';

/**
 * Delete everything this app keeps on the device: the IndexedDB database, the
 * service worker's registration and its Cache Storage (the offline copy of the
 * app), localStorage and sessionStorage. The database is then reopened, empty.
 * The page stays served by the service worker until it is left; the next load
 * online registers it again, and it downloads a fresh offline copy (with the
 * registration kept, it would stay installed over an empty cache: offline,
 * the app would no longer open).
 */
export async function deleteAllData(): Promise<void> {
	await guard(async () => {
		db.close();
		await db.delete();
		if (typeof navigator !== 'undefined' && navigator.serviceWorker)
			for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
		if (typeof caches !== 'undefined')
			for (const key of await caches.keys()) await caches.delete(key);
		if (typeof localStorage !== 'undefined') localStorage.clear();
		if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
		await db.open();
	});
}
