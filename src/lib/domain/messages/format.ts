/**
 * Numbers, percentages, dates and plural categories through `Intl`, one
 * formatter per locale and options (building an `Intl` object costs far more
 * than using one). Pure: no Svelte, no DOM, so the app, the report worker and
 * the Node CLI format alike.
 */
import type { Locale } from '../framework';

/** The `Intl` locale of each UI language: British English (day before month), Polish. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', pl: 'pl-PL' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
	key: string,
	make: () => T
): T {
	let f = cache.get(key) as T | undefined;
	if (!f) cache.set(key, (f = make()));
	return f;
}

/** The CLDR plural category of n: English one/other; Polish one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (fractions). */
export function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
	return cached(`plural:${locale}`, () => new Intl.PluralRules(INTL_LOCALE[locale])).select(n);
}

/**
 * A number with the locale's separators ("1,234.5" / "1234,5"; Polish groups
 * from five digits on). With `digits`, exactly that many decimals; without,
 * as `Intl` shows it by default (up to three).
 */
export function formatNumber(locale: Locale, n: number, digits?: number): string {
	return cached(
		`number:${locale}:${digits ?? ''}`,
		() =>
			new Intl.NumberFormat(
				INTL_LOCALE[locale],
				digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }
			)
	).format(n);
}

/** A share 0–1 as a whole percentage ("7%"), rounded half up like `Math.round`. */
export function formatPercent(locale: Locale, ratio: number): string {
	return cached(
		`percent:${locale}`,
		() => new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent' })
	).format(Math.round(ratio * 100) / 100);
}

export interface DateOptions {
	/** "12 Mar 2026" (medium, the default) or "12 March 2026" (long) */
	style?: 'medium' | 'long';
	/** add the time of day ("14:05") */
	time?: boolean;
}

/** A date (epoch milliseconds) in the locale's own order and month names. */
export function formatDate(locale: Locale, ms: number, options: DateOptions = {}): string {
	const style = options.style ?? 'medium';
	return cached(
		`date:${locale}:${style}:${options.time ? 't' : ''}`,
		() =>
			new Intl.DateTimeFormat(INTL_LOCALE[locale], {
				dateStyle: style,
				...(options.time ? { timeStyle: 'short' } : {})
			})
	).format(ms);
}
