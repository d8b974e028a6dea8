/**
 * `t()` for the /data page: its own messages (export, import, framework
 * updates, delete all) and the app's. Components of that page import `t` from
 * here instead of locale.svelte.ts, so these texts load with the page, not on
 * the first screen (see domain/messages/catalogue.ts).
 */
import { render, type ParamArgs, type Values } from '$lib/domain/messages/catalogue';
import { dataMessages, type DataMessageKey } from '$lib/domain/messages/data';
import { isolateBidi } from '$lib/domain/text';
import { locale } from './locale.svelte';

type DataTexts = typeof dataMessages.en;

export type { DataMessageKey };

/** Translate a message of the /data page (or the app's) in the current language. */
export function t<K extends DataMessageKey>(key: K, ...params: ParamArgs<DataTexts, K>): string {
	return render(dataMessages, locale.current, key, params[0] as Values | undefined, isolateBidi);
}

/**
 * For keys and values that come from data (an import error's code and
 * details): checked at run time only, a missing value stays visible as `{name}`.
 */
export function tData(key: DataMessageKey, params?: Values): string {
	return render(dataMessages, locale.current, key, params, isolateBidi);
}
