/** App-wide status: database health, storage persistence, service worker updates. */
import { onDbStatus, openDb, type DbStatus } from '$lib/db/db';
import { watchJournal } from '$lib/db/answers';
import * as meta from '$lib/db/meta';
import { persistenceStatus, requestPersistence, type PersistenceStatus } from '$lib/db/persistence';
import { flushAll, flushAllNow, hasPendingEdits, saveListeners } from './answer-editor.svelte';

class AppState {
	db = $state<DbStatus | 'opening'>('opening');
	persistence = $state<PersistenceStatus>('unsupported');
	/** the browser refused to make storage persistent when the app asked (now or on an earlier visit) */
	persistenceDenied = $state(false);
	updateReady = $state(false);
	offlineReady = $state(false);
	#updateSW: ((reload?: boolean) => Promise<void>) | undefined;
	#askedPersistence = false;

	async init() {
		onDbStatus((status) => (this.db = status));
		const ok = await openDb();
		if (ok) {
			this.db = 'ok';
			// answers a closed page journalled on its way out (see answers.putNow)
			watchJournal();
		}
		this.persistence = await persistenceStatus();
		if (ok && this.persistence === 'not-persisted')
			this.persistenceDenied =
				(await meta.read<boolean>('persistenceDenied').catch(() => false)) === true;
		saveListeners.add(() => void this.afterSave());
		void this.#registerServiceWorker();
		addEventListener('pagehide', flushAllNow);
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

	/** Save everything typed, then let the new service worker take over and reload (R12). */
	async applyUpdate() {
		await flushAll();
		if (hasPendingEdits()) return;
		await this.#updateSW?.(true);
	}
}

export const app = new AppState();
