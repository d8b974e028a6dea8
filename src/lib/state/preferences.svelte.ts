/**
 * Display preferences remembered on this device (in the meta table, like the
 * UI language). Remembering is a nicety: a failed read or write leaves the
 * default or the choice just made, never an error.
 */
import * as meta from '$lib/db/meta';

const COLLAPSE_KEY = 'collapseAnswered';

class Preferences {
	/** On the laptop questionnaire, answered questions show only their chosen level. */
	collapseAnswered = $state(false);
	#loading: Promise<void> | undefined;
	/** chosen on this page: a read finishing later does not undo it */
	#chosen = false;

	/** Read the remembered preferences (once a page; later calls wait for the same read). */
	load(): Promise<void> {
		this.#loading ??= meta
			.read<unknown>(COLLAPSE_KEY)
			.then((v) => {
				if (!this.#chosen && typeof v === 'boolean') this.collapseAnswered = v;
			})
			.catch(() => undefined);
		return this.#loading;
	}

	setCollapseAnswered(on: boolean) {
		this.#chosen = true;
		this.collapseAnswered = on;
		meta.write(COLLAPSE_KEY, on).catch(() => undefined);
	}
}

export const preferences = new Preferences();
