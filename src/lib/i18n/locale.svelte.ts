/**
 * The UI language. Switching never reloads the page, so nothing typed is lost.
 * The choice is remembered in the device database (meta "locale").
 */
import type { Locale, LocalizedText } from '$lib/domain/framework';
import { LOCALES } from '$lib/domain/framework';
import * as meta from '$lib/db/meta';
import { isolateBidi } from '$lib/domain/text';
import { messages, type MessageKey } from './messages';

class LocaleState {
	current = $state<Locale>('en');

	/** Load the remembered choice, else the browser's language. */
	async init() {
		let stored: unknown;
		try {
			stored = await meta.read<string>('locale');
		} catch {
			stored = undefined;
		}
		const browser = typeof navigator !== 'undefined' && /^pl\b/i.test(navigator.language);
		this.apply(LOCALES.includes(stored as Locale) ? (stored as Locale) : browser ? 'pl' : 'en');
	}

	async set(next: Locale) {
		this.apply(next);
		try {
			await meta.write('locale', next);
		} catch {
			// remembering the language is a nicety; the switch itself has happened
		}
	}

	private apply(next: Locale) {
		this.current = next;
		if (typeof document !== 'undefined') document.documentElement.lang = next;
	}
}

export const locale = new LocaleState();

/**
 * Translate a UI message; `{name}` placeholders are filled from params. A text
 * parameter that could change the direction of the message around it (a
 * right-to-left override in a city name) is isolated.
 */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
	const text = messages[locale.current][key] ?? messages.en[key] ?? key;
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (m, name: string) => {
		if (!(name in params)) return m;
		const value = params[name]!;
		return typeof value === 'string' ? isolateBidi(value) : String(value);
	});
}

/** A framework text in the current language (falls back to English, visibly marked). */
export function tx(text: LocalizedText | undefined): string {
	if (!text) return '';
	return text[locale.current] || `${text.en} [EN]`;
}

export function formatDate(ms: number, withTime = false): string {
	return new Intl.DateTimeFormat(locale.current === 'pl' ? 'pl-PL' : 'en-GB', {
		dateStyle: 'medium',
		...(withTime ? { timeStyle: 'short' } : {})
	}).format(ms);
}

export function formatNumber(n: number, digits = 0): string {
	return new Intl.NumberFormat(locale.current === 'pl' ? 'pl-PL' : 'en-GB', {
		maximumFractionDigits: digits,
		minimumFractionDigits: digits
	}).format(n);
}
