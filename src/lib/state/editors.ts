/**
 * The registry of answer editors with unsaved changes and the listeners of
 * their saves, apart from the editor itself (answer-editor.svelte.ts) so the
 * app's shell (app.svelte.ts) can flush them without loading the editor on
 * the first screen.
 */

/** What the shell needs of an editor with a pending change. */
export interface PendingEditor {
	flush(): Promise<unknown>;
}

/** editors holding a change not yet saved (answer-editor.svelte.ts adds and removes them) */
export const pending = new Set<PendingEditor>();

/** Called after every committed save (the app asks for persistent storage on the first). */
export const saveListeners = new Set<() => void>();

/** Called when a change could not be written to the journal (no localStorage, or it is full). */
export const journalFailureListeners = new Set<() => void>();

/** Save every editor's pending change now (before an update, when the page is hidden). */
export function flushAll(): Promise<unknown> {
	return Promise.allSettled([...pending].map((e) => e.flush()));
}

export function hasPendingEdits(): boolean {
	return pending.size > 0;
}
