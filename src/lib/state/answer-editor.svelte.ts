/**
 * Autosave for one answer. A level choice is committed at once; typed text is
 * flushed after a short pause, on blur, and when the page is hidden or closed.
 * "Saved" is shown only after the IndexedDB transaction has completed.
 */
import * as answers from '$lib/db/answers';
import { ConflictError } from '$lib/db/errors';
import type { Answer } from '$lib/domain/assessment';
import type { AnswerValue } from '$lib/domain/framework';

export const TEXT_SAVE_DELAY_MS = 600;

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

const pending = new Set<AnswerEditor>();

/** Called after every committed save (the app asks for persistent storage on the first). */
export const saveListeners = new Set<() => void>();

/** Flush every editor with unsaved text (before an update, on visibilitychange). */
export function flushAll(): Promise<unknown> {
	return Promise.allSettled([...pending].map((e) => e.flush()));
}

/** The page is going away: issue every pending write synchronously (pagehide). */
export function flushAllNow(): void {
	for (const e of pending) e.flushNow();
}

export function hasPendingEdits(): boolean {
	return pending.size > 0;
}

interface TextDraft {
	comment: string;
	evidence: string;
	/** rev of the answer this draft was started from */
	baseRev: number;
}

export function parseEvidence(text: string): string[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
}

export class AnswerEditor {
	status = $state<SaveStatus>('idle');
	error = $state.raw<unknown>(undefined);
	/** the other tab's version when a conflict was detected */
	theirs = $state.raw<Answer | undefined>(undefined);
	#saved = $state.raw<Answer | undefined>(undefined);
	#draft = $state<TextDraft | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** a level choice not yet committed: a closing page writes it itself (flushNow) */
	#pendingValue: { value: AnswerValue | null } | undefined;
	/** a level choice that could not be saved (disk full…), for "Try again" */
	#failedValue: { value: AnswerValue | null } | undefined;
	#inflight: Promise<void> = Promise.resolve();

	constructor(
		readonly assessmentId: string,
		readonly questionId: string,
		private readonly stored: () => Answer | undefined
	) {}

	/** The newest answer known: from the database (live) or from our last save. */
	get answer(): Answer | undefined {
		const s = this.stored();
		const mine = this.#saved;
		if (!s) return mine;
		if (!mine) return s;
		return mine.rev > s.rev ? mine : s;
	}

	get value(): AnswerValue | null {
		return this.answer?.value ?? null;
	}

	get comment(): string {
		return this.#draft?.comment ?? this.answer?.comment ?? '';
	}

	get evidence(): string {
		return this.#draft?.evidence ?? (this.answer?.evidence ?? []).join('\n');
	}

	get dirty(): boolean {
		return this.#draft !== null;
	}

	setValue(value: AnswerValue | null): Promise<void> {
		// until the transaction commits, a closing page writes the choice itself (flushNow)
		this.#pendingValue = { value };
		pending.add(this);
		return this.#write({ value }, this.answer?.rev ?? 0).finally(() => {
			if (this.#pendingValue?.value === value) this.#pendingValue = undefined;
			if (!this.#pendingValue && !this.#draft) pending.delete(this);
		});
	}

	setComment(text: string) {
		this.#edit({ comment: text });
	}

	setEvidence(text: string) {
		this.#edit({ evidence: text });
	}

	#edit(change: Partial<TextDraft>) {
		const base: TextDraft = this.#draft ?? {
			comment: this.comment,
			evidence: this.evidence,
			baseRev: this.answer?.rev ?? 0
		};
		this.#draft = { ...base, ...change };
		pending.add(this);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), TEXT_SAVE_DELAY_MS);
	}

	/** Save typed text now, if any. */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		await this.#inflight;
		const draft = this.#draft;
		if (!draft) return;
		await this.#write(
			{ comment: draft.comment, evidence: parseEvidence(draft.evidence) },
			draft.baseRev,
			draft
		);
	}

	/** Save again what failed: the level choice, then the typed text. */
	async retry(): Promise<void> {
		const failed = this.#failedValue;
		if (failed) await this.setValue(failed.value);
		await this.flush();
	}

	/**
	 * Write what is not saved yet in one request, without waiting (the page is
	 * closing). There is no time to read first: the row goes to the unload
	 * journal with the revision it was based on, and the replay keeps both
	 * texts if another window saved this answer since (never a silent overwrite
	 * of theirs, R7; see answers.putNow).
	 */
	flushNow() {
		const draft = this.#draft;
		const choice = this.#pendingValue;
		if (!draft && !choice) return;
		clearTimeout(this.#timer);
		const base = this.answer;
		answers.putNow(
			{
				assessmentId: this.assessmentId,
				questionId: this.questionId,
				value: choice ? choice.value : (base?.value ?? null),
				comment: draft ? draft.comment : (base?.comment ?? ''),
				evidence: draft ? parseEvidence(draft.evidence) : (base?.evidence ?? []),
				updatedAt: Date.now(),
				rev: (draft ? draft.baseRev : (base?.rev ?? 0)) + 1
			},
			{ choice: choice !== undefined, text: draft !== null }
		);
	}

	/** Conflict resolution: keep what was typed here, over the other tab's version. */
	async keepMine(): Promise<void> {
		const theirs = this.theirs;
		if (!this.#draft || !theirs) return;
		this.#draft = { ...this.#draft, baseRev: theirs.rev };
		this.theirs = undefined;
		await this.flush();
	}

	/** Conflict resolution: drop what was typed here and show the other tab's version. */
	useTheirs() {
		this.#saved = this.theirs;
		this.theirs = undefined;
		this.#draft = null;
		if (!this.#pendingValue) pending.delete(this);
		this.status = 'idle';
	}

	#write(patch: answers.AnswerPatch, expectedRev: number, draft?: TextDraft): Promise<void> {
		const run = async () => {
			this.status = 'saving';
			try {
				const saved = await answers.save(this.assessmentId, this.questionId, patch, expectedRev);
				this.#saved = saved;
				if (draft) {
					// keep typing that happened during the save; rebase it on the new revision
					if (this.#draft === draft) {
						this.#draft = null;
						if (!this.#pendingValue) pending.delete(this);
					} else if (this.#draft) this.#draft = { ...this.#draft, baseRev: saved.rev };
				} else if (this.#draft) this.#draft = { ...this.#draft, baseRev: saved.rev };
				if ('value' in patch) this.#failedValue = undefined;
				this.status = 'saved';
				for (const l of saveListeners) l();
				this.error = undefined;
			} catch (error) {
				if (error instanceof ConflictError) {
					this.theirs = error.current as Answer | undefined;
					this.status = 'conflict';
				} else {
					if ('value' in patch) this.#failedValue = { value: patch.value ?? null };
					this.error = error;
					this.status = 'error';
				}
			}
		};
		const p = this.#inflight.then(run);
		this.#inflight = p;
		return p;
	}
}
