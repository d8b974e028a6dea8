/**
 * The write-ahead journal: what a person chose or typed that IndexedDB has not
 * committed yet, kept in localStorage so that closing the tab at any moment
 * loses nothing.
 *
 * Why: a tab that closes drops IndexedDB work in flight, and writes begun in
 * `pagehide` are not guaranteed to commit in Chromium. A localStorage write is
 * synchronous: once `setItem` returns, the record survives the tab.
 *
 * How:
 * - Each page has its own tab id and holds a Web Lock named after it for as
 *   long as it lives (the browser releases it when the page is gone, closed or
 *   crashed).
 * - Every change to an answer writes the answer's uncommitted state to
 *   `hrc-wal:<tab>:<assessment>|<question>` (a respondent's answer:
 *   `…|<question>|<respondent>`; entries without one replay as the consensus,
 *   as every entry written before respondents existed) at once, before any IndexedDB work
 *   starts; the entry is rewritten or removed once IndexedDB has committed.
 *   Each key is written by one page only.
 * - Any page that sees entries of another tab (at start-up, or through the
 *   `storage` event when they are written) asks for that tab's lock. The
 *   browser grants it only once that tab is gone; the page then replays the
 *   entries into `answers` in one transaction (domain/journal.ts decides how
 *   each meets the stored answer) and removes them after the commit. A replay
 *   that fails leaves the entries where they are and is reported.
 *
 * Assessments are stored in IndexedDB only: an entry lives only until its
 * answer is committed.
 */
import type { JournalEntry } from '$lib/domain/journal';
import { applyJournalEntry, isEmptyEntry } from '$lib/domain/journal-merge';
import { newId } from '$lib/domain/records';
import { db, writable } from './db';
import { guard } from './errors';
import { schemas, type Schemas } from './schemas';

const PREFIX = 'hrc-wal:';
const LOCK_PREFIX = 'hrc-tab:';

/** The part of Web Storage the journal uses (localStorage in the app, a map in tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The part of the Web Locks API the journal uses. */
export interface TabLocks {
	request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
}

export interface JournalEvents {
	/** a replay failed; its entries stay in the journal until retry() succeeds */
	onReplayError?: (error: unknown) => void;
	/** the entries of a closed tab were written into the database (count: answers changed) */
	onReplayed?: (count: number) => void;
}

function keyOf(
	entry: Pick<JournalEntry, 'assessmentId' | 'questionId' | 'respondentId'>,
	tab: string
): string {
	const who = entry.respondentId === undefined ? '' : `|${entry.respondentId}`;
	return `${PREFIX}${tab}:${entry.assessmentId}|${entry.questionId}${who}`;
}

function tabOf(key: string | null): string | undefined {
	if (!key?.startsWith(PREFIX)) return undefined;
	const end = key.indexOf(':', PREFIX.length);
	return end > PREFIX.length ? key.slice(PREFIX.length, end) : undefined;
}

export class Journal {
	#failedTabs = new Set<string>();
	#watched = new Set<string>();
	#events: JournalEvents = {};
	#release: (() => void) | undefined;
	#stopListening: (() => void) | undefined;
	#closed = false;
	#holding = false;

	constructor(
		private readonly storage: JournalStorage | undefined,
		private readonly locks: TabLocks | undefined,
		readonly tab: string = newId()
	) {}

	/** Whether entries can be written at all (no localStorage: private mode, blocked storage). */
	get available(): boolean {
		return this.storage !== undefined;
	}

	/**
	 * Record the uncommitted state of one answer, synchronously; an empty entry
	 * removes the record. Returns false when the record could not be written.
	 */
	write(entry: JournalEntry): boolean {
		if (this.#closed || !this.storage) return false;
		const key = keyOf(entry, this.tab);
		try {
			if (isEmptyEntry(entry)) this.storage.removeItem(key);
			else this.storage.setItem(key, JSON.stringify(entry));
			return true;
		} catch {
			return false;
		}
	}

	/**
	 * Entries this page has written and not yet removed, as it wrote them (not
	 * checked against the schema: only this page writes under its keys).
	 */
	own(): JournalEntry[] {
		const storage = this.storage;
		if (!storage) return [];
		return this.#keys()
			.filter((key) => tabOf(key) === this.tab)
			.map((key) => storage.getItem(key))
			.filter((raw): raw is string => raw !== null)
			.map((raw) => JSON.parse(raw) as JournalEntry);
	}

	/** Tabs other than this one that have entries. */
	otherTabs(): string[] {
		const tabs = new Set<string>();
		for (const key of this.#keys()) {
			const tab = tabOf(key);
			if (tab && tab !== this.tab) tabs.add(tab);
		}
		return [...tabs];
	}

	/** Entries of tabs whose replay failed (shown to the user until a retry works). */
	get failedTabs(): number {
		return this.#failedTabs.size;
	}

	#keys(): string[] {
		const out: string[] = [];
		if (!this.storage) return out;
		for (let i = 0; i < this.storage.length; i++) {
			const key = this.storage.key(i);
			if (key?.startsWith(PREFIX)) out.push(key);
		}
		return out;
	}

	/** [key, raw text, entry] of one tab; unreadable entries are removed (they hold nothing to save). */
	#read(tab: string, { JournalEntry }: Schemas): [string, JournalEntry, string][] {
		const out: [string, JournalEntry, string][] = [];
		const storage = this.storage;
		if (!storage) return out;
		for (const key of this.#keys()) {
			if (tabOf(key) !== tab) continue;
			const raw = storage.getItem(key);
			let parsed: ReturnType<typeof JournalEntry.safeParse> | undefined;
			try {
				parsed = raw === null ? undefined : JournalEntry.safeParse(JSON.parse(raw));
			} catch {
				parsed = undefined;
			}
			if (parsed?.success) out.push([key, parsed.data, raw!]);
			else {
				console.warn(`journal: dropped an unreadable entry ${key}`);
				storage.removeItem(key);
			}
		}
		return out;
	}

	/**
	 * Write the entries of a tab that is gone into the database, in one
	 * transaction; remove them only after it has committed. Resolves to the
	 * number of answers changed. Never call it for a tab that may be alive.
	 */
	async replayTab(tab: string): Promise<number> {
		if (!this.#keys().some((key) => tabOf(key) === tab)) return 0;
		// the schemas load only when there is something to replay (not with the first screen)
		const checked = await schemas();
		const rows = this.#read(tab, checked);
		if (rows.length === 0 || !writable()) return 0;
		const applied = await guard(() =>
			db.transaction('rw', journalTables(), () =>
				applyEntries(
					rows.map(([, e]) => e),
					checked
				)
			)
		);
		for (const [key, , raw] of rows)
			if (this.storage?.getItem(key) === raw) this.storage.removeItem(key);
		return applied;
	}

	/** Replay a tab's entries once the tab is gone: at once if it is, else when it closes. */
	#watch(tab: string) {
		if (this.#watched.has(tab) || this.#closed) return;
		this.#watched.add(tab);
		const replay = async () => {
			try {
				const n = await this.replayTab(tab);
				this.#failedTabs.delete(tab);
				this.#events.onReplayed?.(n);
			} catch (error) {
				this.#failedTabs.add(tab);
				this.#events.onReplayError?.(error);
			} finally {
				this.#watched.delete(tab);
			}
		};
		if (this.locks) void this.locks.request(LOCK_PREFIX + tab, replay);
		// without Web Locks a tab cannot tell whether another is alive: replay at start-up only
		else void replay();
	}

	/**
	 * Take this page's lock, to hold for as long as the page lives: other pages
	 * replay this one's entries only once it is released. Call it as early as
	 * possible (before anything can be journalled); calling it again does nothing.
	 */
	hold() {
		if (!this.locks || this.#holding) return;
		this.#holding = true;
		void this.locks.request(
			LOCK_PREFIX + this.tab,
			() =>
				new Promise<void>((resolve) => {
					if (this.#closed) resolve();
					else this.#release = resolve;
				})
		);
	}

	/**
	 * Hold this page's lock, replay what closed tabs left, and watch for entries
	 * of other tabs (replayed when those tabs close). Returns a stop function.
	 */
	start(
		events: JournalEvents = {},
		target?: Pick<Window, 'addEventListener' | 'removeEventListener'>
	): () => void {
		this.#events = events;
		this.hold();
		for (const tab of this.otherTabs()) this.#watch(tab);
		if (target && this.locks) {
			const onStorage = (e: StorageEvent) => {
				const tab = tabOf(e.key);
				if (tab && tab !== this.tab && e.newValue !== null) this.#watch(tab);
			};
			target.addEventListener('storage', onStorage);
			this.#stopListening = () => target.removeEventListener('storage', onStorage);
		}
		return () => this.#stopListening?.();
	}

	/** Try again every replay that failed. Resolves to the number of answers changed. */
	async retry(): Promise<number> {
		let total = 0;
		for (const tab of [...this.#failedTabs]) {
			total += await this.replayTab(tab);
			this.#failedTabs.delete(tab);
		}
		return total;
	}

	/** This page is gone (tests): no more writes, its lock is released. */
	close() {
		this.#closed = true;
		this.#stopListening?.();
		this.#release?.();
	}
}

/** The tables a replay writes: the consensus answers and the respondents'. */
const journalTables = () => [db.answers, db.assessments, db.respondents, db.respondentAnswers];

/**
 * Lay journal entries over the stored answers (inside a read-write
 * transaction on journalTables()): an entry with a respondent over that
 * respondent's answer, any other over the consensus.
 */
async function applyEntries(
	entries: JournalEntry[],
	{ Answer, RespondentAnswer }: Schemas
): Promise<number> {
	let n = 0;
	for (const entry of entries) {
		if (!(await db.assessments.get(entry.assessmentId))) continue; // deleted since
		const who = entry.respondentId;
		if (who !== undefined) {
			const respondent = await db.respondents.get(who);
			if (respondent?.assessmentId !== entry.assessmentId) continue; // removed since
			const stored = await db.respondentAnswers.get([entry.assessmentId, who, entry.questionId]);
			const next = applyJournalEntry(stored, entry, Date.now());
			if (!next) continue;
			await db.respondentAnswers.put(RespondentAnswer.parse(next));
			await db.respondents.update(who, { updatedAt: next.updatedAt });
			n++;
			continue;
		}
		const stored = await db.answers.get([entry.assessmentId, entry.questionId]);
		const next = applyJournalEntry(stored, entry, Date.now());
		if (!next) continue;
		await db.answers.put(Answer.parse(next));
		await db.assessments.update(entry.assessmentId, { updatedAt: next.updatedAt });
		n++;
	}
	return n;
}

/**
 * The journal of app version 0.1.0 kept answers a closing page wrote in the
 * `meta` store under `unload:`; replay any such leftover once, then delete it.
 */
export async function replayLegacyJournal(): Promise<number> {
	const LEGACY = 'unload:';
	if (!writable()) return 0;
	const found = await guard(() => db.meta.where('key').startsWith(LEGACY).primaryKeys());
	if (found.length === 0) return 0;
	const checked = await schemas();
	const { Answer } = checked;
	return guard(() =>
		db.transaction('rw', [db.meta, ...journalTables()], async () => {
			const rows = await db.meta.where('key').startsWith(LEGACY).toArray();
			const entries: JournalEntry[] = [];
			for (const row of rows) {
				const old = row.value as {
					answer?: unknown;
					unsaved?: { choice?: boolean; text?: boolean };
				};
				const answer = Answer.safeParse(old?.answer);
				if (!answer.success) continue;
				const a = answer.data;
				const unsaved = { choice: true, text: true, ...old.unsaved };
				entries.push({
					assessmentId: a.assessmentId,
					questionId: a.questionId,
					// the level it replaced is unknown: the choice applies unless written over later
					choice: unsaved.choice ? { value: a.value, at: a.updatedAt } : undefined,
					text: unsaved.text
						? {
								comment: a.comment,
								evidence: a.evidence,
								// the text it started from is unknown: kept beside any stored text
								baseComment: '',
								baseEvidence: [],
								at: a.updatedAt
							}
						: undefined
				});
			}
			await db.meta.bulkDelete(rows.map((r) => r.key));
			return applyEntries(entries, checked);
		})
	);
}

function webStorage(): JournalStorage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined; // storage blocked: reading the property throws SecurityError
	}
}

/** This page's journal. */
export const journal = new Journal(
	webStorage(),
	typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : undefined
);
