import type { Visibility } from './while-shown';

/** A document whose visibility the test sets. */
export function fakeDocument(state: DocumentVisibilityState) {
	const listeners = new Set<() => void>();
	const doc = {
		visibilityState: state,
		addEventListener: (_: 'visibilitychange', l: () => void) => void listeners.add(l),
		removeEventListener: (_: 'visibilitychange', l: () => void) => void listeners.delete(l),
		set(next: DocumentVisibilityState) {
			doc.visibilityState = next;
			for (const l of [...listeners]) l();
		},
		listeners
	} satisfies Visibility & Record<string, unknown>;
	return doc;
}
