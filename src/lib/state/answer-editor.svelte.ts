/**
 * Autosave for one answer.
 *
 * What the person chose or typed is their *pending change*. Every change is
 * first written synchronously to the write-ahead journal (db/journal.ts), so a
 * tab closed at any moment loses nothing; then it is committed to IndexedDB by
 * one ordered queue of syncs. A sync takes the pending change as it is when the
 * sync *runs* (so fast hands coalesce: six arrow presses end on the sixth
 * level), writes it in one transaction, and clears from the pending change
 * only what has not changed meanwhile. The queue never holds two writes of
 * this editor at once, so its own writes never conflict with each other; only
 * text another window saved since the text's base revision is a conflict.
 *
 * A level choice is synced at once; typed text after a short pause, on blur,
 * and when the page is hidden. "Saved" is shown only after the commit.
 *
 * An editor writes one target's answer: the team's consensus (the default) or
 * one respondent's. The target is fixed for the editor's life and goes into
 * every journal entry and every commit, so one respondent's pending change can
 * never land in another's answer or in the consensus.
 */
import * as answers from '$lib/db/answers';
import { journal as pageJournal, type Journal } from '$lib/db/journal';
import type { Answer } from '$lib/domain/assessment';
import type { AnswerValue } from '$lib/domain/framework';
import type { Choice, JournalEntry, TextChange } from '$lib/domain/journal';
import { CONSENSUS, respondentOf, type AnswerTarget } from '$lib/domain/team/target';
import { journalFailureListeners, pending, saveListeners } from './editors';

export { flushAll, hasPendingEdits, journalFailureListeners, saveListeners } from './editors';

export const TEXT_SAVE_DELAY_MS = 600;

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

interface TextDraft {
	/** as typed (evidence: one link or reference a line) */
	comment: string;
	evidence: string;
	/** the stored text this draft was started from (moved on by this editor's own commits) */
	baseComment: string;
	baseEvidence: string[];
	at: number;
}

export function parseEvidence(text: string): string[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
}

function textChange(d: TextDraft | null | undefined): TextChange | undefined {
	if (!d) return undefined;
	const { comment, baseComment, baseEvidence, at } = d;
	return { comment, evidence: parseEvidence(d.evidence), baseComment, baseEvidence, at };
}

export class AnswerEditor {
	status = $state<SaveStatus>('idle');
	error = $state.raw<unknown>(undefined);
	/** the other window's version when a conflict was detected */
	theirs = $state.raw<Answer | undefined>(undefined);
	#saved = $state.raw<Answer | undefined>(undefined);
	/**
	 * The chosen level not yet committed. What saving and the journal read is
	 * `#choiceNow`; the page follows `#choiceShown`, written last in setValue
	 * so the page redraws only after the write has started (Dexie opens a
	 * transaction in a microtask: queued before the redraw's, it goes first).
	 */
	#choiceNow: Choice | undefined;
	#choiceShown = $state.raw<Choice | undefined>(undefined);
	get #choice(): Choice | undefined {
		void this.#choiceShown;
		return this.#choiceNow;
	}
	set #choice(choice: Choice | undefined) {
		this.#choiceNow = choice;
		this.#choiceShown = choice;
	}
	#draft = $state.raw<TextDraft | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** the sync queue: each sync starts after the previous one has settled */
	#queue: Promise<void> = Promise.resolve();
	/** syncs queued or running */
	#queued = 0;
	/** the text of the sync in flight (it may commit even if this page dies before learning so) */
	#sending: { comment: string; evidence: string[] } | undefined;

	readonly #journal: Journal;
	readonly #commit: typeof answers.sync;
	/** whose answer this editor writes: the consensus or one respondent's */
	readonly target: AnswerTarget;

	/**
	 * `stored`: the target's answer as the database has it now (a live query).
	 * `options.target`: whose answer (default: the consensus).
	 * `options.journal`, `options.commit`: this page's journal and commit
	 * function (tests stand in for them).
	 */
	constructor(
		readonly assessmentId: string,
		readonly questionId: string,
		private readonly stored: () => Answer | undefined,
		options: { journal?: Journal; commit?: typeof answers.sync; target?: AnswerTarget } = {}
	) {
		this.#journal = options.journal ?? pageJournal;
		this.#commit = options.commit ?? answers.sync;
		this.target = options.target ?? CONSENSUS;
		// an answer is shown: what saving it needs is loaded while the person reads
		answers.prepareSync();
	}

	/** The newest committed answer known: from the database (live) or from our last save. */
	get answer(): Answer | undefined {
		const s = this.stored();
		const mine = this.#saved;
		if (!s) return mine;
		if (!mine) return s;
		return mine.rev > s.rev ? mine : s;
	}

	/** The level shown: the person's latest choice, saved or not. */
	get value(): AnswerValue | null {
		return this.#choice ? this.#choice.value : (this.answer?.value ?? null);
	}

	get comment(): string {
		return this.#draft?.comment ?? this.answer?.comment ?? '';
	}

	get evidence(): string {
		return this.#draft?.evidence ?? (this.answer?.evidence ?? []).join('\n');
	}

	/** Typed text not yet committed. */
	get dirty(): boolean {
		return this.#draft !== null;
	}

	/** Anything not yet committed. */
	get unsaved(): boolean {
		return this.#draft !== null || this.#choice !== undefined;
	}

	/** Choose a level (null clears it); resolves once a sync that includes it has settled. */
	setValue(value: AnswerValue | null): Promise<void> {
		const choice = { value, at: Date.now() };
		this.#choiceNow = choice;
		// journaled at once (a tab closed now loses nothing), the write started, then the page redrawn
		this.#changed();
		const run = this.#enqueue();
		if (this.#choiceNow === choice) this.#choiceShown = choice;
		return run;
	}

	setComment(text: string) {
		this.#edit({ comment: text });
	}

	setEvidence(text: string) {
		this.#edit({ evidence: text });
	}

	#edit(change: Partial<Pick<TextDraft, 'comment' | 'evidence'>>) {
		const base: TextDraft = this.#draft ?? {
			comment: this.comment,
			evidence: this.evidence,
			baseComment: this.answer?.comment ?? '',
			baseEvidence: this.answer?.evidence ?? [],
			at: 0
		};
		this.#draft = { ...base, ...change, at: Date.now() };
		this.#changed();
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), TEXT_SAVE_DELAY_MS);
	}

	/** Save the pending change now, if any. */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		return this.#enqueue();
	}

	/** Save again what failed. */
	retry(): Promise<void> {
		return this.flush();
	}

	/** Conflict resolution: keep what was typed here, over the other window's version. */
	async keepMine(): Promise<void> {
		const theirs = this.theirs;
		if (!this.#draft || !theirs) return;
		this.#draft = { ...this.#draft, baseComment: theirs.comment, baseEvidence: theirs.evidence };
		this.theirs = undefined;
		this.#changed();
		await this.flush();
	}

	/** Conflict resolution: drop what was typed here and show the other window's version. */
	useTheirs() {
		this.#saved = this.theirs;
		this.theirs = undefined;
		this.#draft = null;
		this.#changed();
		this.status = 'idle';
	}

	/** The pending change as a journal entry. */
	#entry(): JournalEntry {
		const text = textChange(this.#draft);
		const respondentId = respondentOf(this.target);
		return {
			assessmentId: this.assessmentId,
			questionId: this.questionId,
			...(respondentId !== undefined ? { respondentId } : {}),
			choice: this.#choice,
			text: text && this.#sending ? { ...text, sent: this.#sending } : text
		};
	}

	/** The pending change moved: journal it at once (synchronously), track it for flushAll. */
	#changed() {
		if (this.unsaved) pending.add(this);
		else pending.delete(this);
		if (!this.#journal.write(this.#entry())) for (const l of journalFailureListeners) l();
	}

	#enqueue(): Promise<void> {
		// none in flight: start now, in the caller's task, so the write is issued before the
		// page redraws what changed (the other windows learn of it only once it commits)
		const run = this.#queued === 0 ? this.#sync() : this.#queue.then(() => this.#sync());
		this.#queued++;
		this.#queue = run.then(() => {
			this.#queued--;
		});
		return run;
	}

	/** Commit the pending change as it is now. Never rejects: failures become the status. */
	async #sync(): Promise<void> {
		const choice = this.#choice;
		const draft = this.#draft;
		if (!choice && !draft) return;
		const text = textChange(draft);
		this.#sending = text && { comment: text.comment, evidence: text.evidence };
		try {
			const commit = this.#commit(
				this.assessmentId,
				this.questionId,
				{ choice, text },
				this.target
			);
			// after the write has started: the page's redraw comes after it
			this.status = 'saving';
			const result = await commit;
			this.#sending = undefined;
			this.#committed(result, choice, draft);
		} catch (error) {
			this.#sending = undefined;
			this.#changed();
			this.error = error;
			this.status = 'error';
		}
	}

	/** Clear what the commit covered; text typed meanwhile continues from what is stored now. */
	#committed(result: answers.SyncResult, choice?: Choice, draft?: TextDraft | null) {
		const { answer, conflict } = result;
		this.#saved = answer;
		if (this.#choice === choice) this.#choice = undefined;
		if (draft && !conflict) {
			if (this.#draft === draft) this.#draft = null;
			else if (this.#draft)
				this.#draft = {
					...this.#draft,
					baseComment: answer.comment,
					baseEvidence: answer.evidence
				};
		}
		this.#changed();
		this.error = undefined;
		if (conflict) {
			this.theirs = answer;
			this.status = 'conflict';
		} else {
			this.theirs = undefined;
			// a level chosen during this save has its own sync queued
			this.status = this.#choice ? 'saving' : 'saved';
		}
		for (const l of saveListeners) l();
	}
}
