/** "Delete all my data". */
import { db } from './db';
import { guard } from './errors';

/**
 * Delete everything this app keeps on the device: the IndexedDB database, the
 * Cache Storage (offline copies of the app), localStorage and sessionStorage.
 * The database is then reopened, empty.
 */
export async function deleteAllData(): Promise<void> {
	await guard(async () => {
		db.close();
		await db.delete();
		if (typeof caches !== 'undefined')
			for (const key of await caches.keys()) await caches.delete(key);
		if (typeof localStorage !== 'undefined') localStorage.clear();
		if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
		await db.open();
	});
}
