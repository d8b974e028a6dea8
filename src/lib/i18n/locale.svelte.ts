/**
 * The UI language and the reactive `t()`. Switching never reloads the page, so
 * nothing typed is lost. This module knows no storage: state/locale.svelte.ts
 * loads the remembered choice at start and saves each change (`locale.onChange`).
 * The messages and their plural and number rules are in domain/messages.
 */
import type { Locale, LocalizedText } from '$lib/domain/framework';
import { LOCALES } from '$lib/domain/constants';
import type { appMessages, MessageKey } from '$lib/domain/messages/app';
import {
	mergeCatalogues,
	render,
	type Catalogue,
	type ParamArgs,
	type Values
} from '$lib/domain/messages/catalogue';
import * as format from '$lib/domain/messages/format';
import { startMessages } from '$lib/domain/messages/start';
import { isolateBidi } from '$lib/domain/text';

type AppTexts = typeof appMessages.en;

export function isLocale(value: unknown): value is Locale {
	return (LOCALES as readonly unknown[]).includes(value);
}

/** The language to start in: the remembered choice, else the browser's (Polish or English). */
export function initialLocale(stored: unknown, browserLanguage: string | undefined): Locale {
	if (isLocale(stored)) return stored;
	return browserLanguage && /^pl\b/i.test(browserLanguage) ? 'pl' : 'en';
}

class LocaleState {
	current = $state<Locale>('en');
	/** the messages loaded so far: the first screen's, then every page's (loadPageMessages) */
	messages = $state.raw<Catalogue>(startMessages);
	#listeners = new Set<(next: Locale) => void>();

	/** Switch the UI language (and the page's `lang`); listeners hear of it. */
	set(next: Locale) {
		this.current = next;
		if (typeof document !== 'undefined') document.documentElement.lang = next;
		for (const listener of this.#listeners) listener(next);
	}

	/** Be told of every later switch (state/locale.svelte.ts remembers it); returns an unsubscribe. */
	onChange(listener: (next: Locale) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}
}

export const locale = new LocaleState();

let pageMessages: Promise<void> | undefined;

/**
 * Load the messages of the pages after the first screen (messages/pages.ts:
 * results, questionnaire, compare and team texts); resolves once
 * `t()` knows them. The root layout awaits it before any page but the home
 * page renders; later calls return the same promise.
 */
export function loadPageMessages(): Promise<void> {
	pageMessages ??= import('$lib/domain/messages/pages').then(({ pageMessages: later }) => {
		locale.messages = mergeCatalogues(startMessages, later);
	});
	return pageMessages;
}

/**
 * Translate a UI message in the current language (reactive: a component
 * re-renders when the language changes). Parameters are typed per message;
 * a text parameter that could change the direction of the message around it
 * (a right-to-left override in a city name) is isolated.
 */
export function t<K extends MessageKey>(key: K, ...params: ParamArgs<AppTexts, K>): string {
	return render(locale.messages, locale.current, key, params[0] as Values | undefined, isolateBidi);
}

/** A framework text in the current language (falls back to English, visibly marked). */
export function tx(text: LocalizedText | undefined): string {
	if (!text) return '';
	return text[locale.current] || `${text.en} [EN]`;
}

/**
 * A date in the current language: "12 Mar 2026" in English, "12 marca 2026" in Polish
 * (an abbreviated month such as "mar" or "lis" is unusual in Polish administrative text).
 */
export function formatDate(ms: number, withTime = false): string {
	return format.formatDate(locale.current, ms, {
		time: withTime,
		style: locale.current === 'pl' ? 'long' : 'medium'
	});
}

export function formatNumber(n: number, digits = 0): string {
	return format.formatNumber(locale.current, n, digits);
}

/** A share 0–1 as a whole percentage in the current language ("7%"). */
export function formatPercent(ratio: number): string {
	return format.formatPercent(locale.current, ratio);
}
