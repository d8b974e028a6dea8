/**
 * The one notice area of the app (issue 12): what the app has to tell, most
 * urgent first, and which of it this device has dismissed.
 *
 * A notice that reports an active failure (storage unavailable, this window
 * stopped saving, answers of a closed window not written) has no dismiss
 * button: it stays while the failure lasts. An advisory one (offline ready,
 * storage may be cleared) can be dismissed; the dismissal is remembered on
 * this device (localStorage, so it holds across reloads and tabs, and "Delete
 * all data" clears it) under the notice's id and a version: the hash of what
 * it says (its English text) and of its cause. A notice comes back only when
 * what it says or why changes.
 */
import type { MessageKey } from '$lib/domain/messages/app';
import { startMessages } from '$lib/domain/messages/start';
import { app } from './app.svelte';

const STORE = 'hrc-dismissed-notices';

export type NoticeTone = 'error' | 'warning' | 'ok' | 'info';
export type NoticeAction = 'reload' | 'retry-journal' | 'update';

export interface Notice {
	/** stable id, also the `data-testid` "banner-<id>" */
	id: string;
	tone: NoticeTone;
	message: MessageKey;
	/** a failure that cannot be dismissed while it lasts */
	failure: boolean;
	/** what changes the notice: a new version makes a dismissed notice come back */
	version: string;
	action?: NoticeAction;
	/** the notice can be put off for this page view only ("Later") */
	later?: boolean;
}

/** A short, stable hash of a text (FNV-1a, 32 bits, hex). */
export function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

/** The version of a notice: what it says (English text) and why (its cause). */
export function noticeVersion(message: MessageKey, cause: string): string {
	// notices show on every page, the first screen included: their texts are start.ts's
	return hash(`${(startMessages.en as Record<string, string>)[message] ?? message}\u0000${cause}`);
}

function readStore(): Record<string, string> {
	try {
		const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORE);
		const parsed: unknown = raw ? JSON.parse(raw) : {};
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
		const out: Record<string, string> = {};
		for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') out[k] = v;
		return out;
	} catch {
		return {};
	}
}

function notice(
	id: string,
	tone: NoticeTone,
	message: MessageKey,
	cause: string,
	extra: Partial<Notice> = {}
): Notice {
	return {
		id,
		tone,
		message,
		failure: tone === 'error',
		version: noticeVersion(message, cause),
		...extra
	};
}

class NoticeArea {
	/** id → dismissed version, as stored on this device */
	#dismissed = $state<Record<string, string>>(readStore());
	/** put off for this page view ("Later") */
	#later = $state<Record<string, boolean>>({});

	constructor() {
		// another tab dismissed (or "Delete all data" cleared) a notice
		if (typeof window !== 'undefined')
			window.addEventListener('storage', (e) => {
				if (e.key === STORE || e.key === null) this.#dismissed = readStore();
			});
	}

	/** Every notice that applies now, failures first. */
	all = $derived.by((): Notice[] => {
		const out: Notice[] = [];
		if (app.db === 'unavailable')
			out.push(notice('unavailable', 'error', 'banner.unavailable', 'unavailable'));
		if (app.db === 'outdated' || app.db === 'deleted' || app.db === 'newer')
			out.push(
				notice(app.db, 'error', `banner.${app.db}`, app.db, {
					action: 'reload'
				})
			);
		if (app.journalError)
			out.push(
				notice('journal', 'error', 'banner.journalError', 'journal', { action: 'retry-journal' })
			);
		if (app.journalUnavailable)
			out.push(
				notice('journal-unavailable', 'warning', 'banner.journalUnavailable', 'journal', {
					failure: true
				})
			);
		if (app.updateReady)
			out.push(
				notice('update', 'info', 'banner.update', 'update', { action: 'update', later: true })
			);
		if (app.persistence === 'not-persisted' && app.persistenceDenied)
			out.push(notice('not-persisted', 'warning', 'banner.notPersisted', 'not-persisted'));
		if (app.offlineReady) out.push(notice('offline-ready', 'ok', 'banner.offlineReady', 'ready'));
		return out;
	});

	/** The notices to show: failures always, the others unless dismissed. */
	visible = $derived(
		this.all.filter((n) => n.failure || (this.#dismissed[n.id] !== n.version && !this.#later[n.id]))
	);

	/** Dismiss a notice on this device until what it says (or why) changes. */
	dismiss(n: Notice) {
		if (n.failure) return;
		if (n.later) {
			this.#later = { ...this.#later, [n.id]: true };
			return;
		}
		this.dismissVersion(n.id, n.version);
	}

	/** A notice shown elsewhere (the backup reminder) was dismissed at this version of it. */
	isDismissed(id: string, version: string): boolean {
		return this.#dismissed[id] === version;
	}

	/** Remember on this device that notice `id` was dismissed at `version`. */
	dismissVersion(id: string, version: string) {
		this.#dismissed = { ...readStore(), [id]: version };
		try {
			localStorage.setItem(STORE, JSON.stringify(this.#dismissed));
		} catch {
			// storage full or blocked: dismissed for this page view only
		}
	}
}

export const notices = new NoticeArea();
