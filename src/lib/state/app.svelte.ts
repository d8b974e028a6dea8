/** App-wide status: database health, storage persistence, service worker updates. */
import { onDbStatus, openDb, type DbStatus } from '$lib/db/db';
import { journal, replayLegacyJournal } from '$lib/db/journal';
import * as meta from '$lib/db/meta';
import { persistenceStatus, requestPersistence, type PersistenceStatus } from '$lib/db/persistence';
import { flushAll, hasPendingEdits, journalFailureListeners, saveListeners } from './editors';

class AppState {
	db = $state<DbStatus | 'opening'>('opening');
	persistence = $state<PersistenceStatus>('unsupported');
	/** the browser refused to make storage persistent when the app asked (now or on an earlier visit) */
	persistenceDenied = $state(false);
	updateReady = $state(false);
	/** answers a closed window left in the journal could not be written to the database */
	journalError = $state.raw<unknown>(undefined);
	/** a change could not be written to the journal: closing the window before "Saved" may lose it */
	journalUnavailable = $state(false);
	offlineReady = $state(false);
	#updateSW: ((reload?: boolean) => Promise<void>) | undefined;
	#askedPersistence = false;

	async init() {
		// before anything can be journalled: other tabs replay this one's entries only once it is gone
		journal.hold();
		onDbStatus((status) => (this.db = status));
		const ok = await openDb();
		journalFailureListeners.add(() => (this.journalUnavailable = true));
		if (ok) {
			this.db = 'ok';
			// what closed windows had not committed (see db/journal.ts)
			journal.start(
				{
					onReplayError: (error) => (this.journalError = error),
					onReplayed: () => {
						if (journal.failedTabs === 0) this.journalError = undefined;
					}
				},
				window
			);
			await replayLegacyJournal().catch((error: unknown) => (this.journalError = error));
		}
		this.persistence = await persistenceStatus();
		if (ok && this.persistence === 'not-persisted')
			this.persistenceDenied =
				(await meta.read<boolean>('persistenceDenied').catch(() => false)) === true;
		saveListeners.add(() => void this.afterSave());
		void this.#registerServiceWorker();
		// the journal already holds every pending change; this only commits it sooner
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'hidden') void flushAll();
		});
	}

	/** Called after the first successful save: ask the browser to keep our data (R1). */
	async afterSave() {
		if (this.#askedPersistence || this.persistence === 'persisted') return;
		this.#askedPersistence = true;
		this.persistence = await requestPersistence();
		// remembered so that the advice shows on the next visit before anything is saved
		this.persistenceDenied = this.persistence === 'not-persisted';
		await meta.write('persistenceDenied', this.persistenceDenied).catch(() => undefined);
	}

	async #registerServiceWorker() {
		if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
		const { registerSW } = await import('virtual:pwa-register');
		this.#updateSW = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.updateReady = true),
			onOfflineReady: () => (this.offlineReady = true)
		});
	}

	/** Try again to write what closed windows left in the journal. */
	async retryJournal() {
		try {
			await journal.retry();
			await replayLegacyJournal();
			this.journalError = undefined;
		} catch (error) {
			this.journalError = error;
		}
	}

	/** Save everything typed, then let the new service worker take over and reload (R12). */
	async applyUpdate() {
		await flushAll();
		if (hasPendingEdits()) return;
		await this.#updateSW?.(true);
	}
}

export const app = new AppState();
