/**
 * Remembering the UI language on this device: i18n holds the language, the
 * meta table keeps the choice ("locale"), this joins the two.
 */
import * as meta from '$lib/db/meta';
import type { Locale } from '$lib/domain/framework';
import { initialLocale, locale } from '$lib/i18n/locale.svelte';

let remembering = false;

/**
 * Start in the remembered language (else the browser's), then save every
 * switch. A switch made while the remembered one is still being read (a slow
 * start: the buttons are there before the database answers) is the person's
 * choice: it is kept and saved, never replaced by what was read. Until issue
 * 14's 24th session the read language replaced it, and it was not saved.
 */
export async function startLocale(): Promise<void> {
	let chosen: Locale | undefined;
	const stopWatching = locale.onChange((next) => (chosen = next));
	const stored = await meta.read<unknown>('locale').catch(() => undefined);
	stopWatching();
	if (chosen === undefined)
		locale.set(
			initialLocale(stored, typeof navigator === 'undefined' ? undefined : navigator.language)
		);
	else meta.write('locale', chosen).catch(() => undefined);
	if (remembering) return;
	remembering = true;
	locale.onChange((next) => {
		// remembering the language is a nicety; the switch itself has happened
		meta.write('locale', next).catch(() => undefined);
	});
}
