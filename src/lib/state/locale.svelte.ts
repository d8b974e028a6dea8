/**
 * Remembering the UI language on this device: i18n holds the language, the
 * meta table keeps the choice ("locale"), this joins the two.
 */
import * as meta from '$lib/db/meta';
import { initialLocale, locale } from '$lib/i18n/locale.svelte';

let remembering = false;

/** Start in the remembered language (else the browser's), then save every switch. */
export async function startLocale(): Promise<void> {
	const stored = await meta.read<unknown>('locale').catch(() => undefined);
	locale.set(
		initialLocale(stored, typeof navigator === 'undefined' ? undefined : navigator.language)
	);
	if (remembering) return;
	remembering = true;
	locale.onChange((next) => {
		// remembering the language is a nicety; the switch itself has happened
		meta.write('locale', next).catch(() => undefined);
	});
}
