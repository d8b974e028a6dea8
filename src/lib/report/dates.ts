/**
 * The report's long dates ("2 December 2026", "2 grudnia 2026": day, month,
 * year in both languages), put together from month names in the time zone
 * `Intl` uses. An `Intl.DateTimeFormat` gives the same text, but the first one
 * a process builds costs 4–5 ms (ICU's calendar data) on top of ICU's own
 * start-up, and the report (CLI and worker) needs no other. The app's screens
 * keep `formatDate` (domain/messages/format.ts): this table stays out of the
 * first screen. dates.test.ts holds it equal to `Intl` for every month.
 */
import type { Locale } from '$lib/domain/framework';

/** English nominative, Polish genitive ("12 marca"), as a long date says them. */
const MONTHS: Record<Locale, readonly string[]> = {
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	],
	pl: [
		'stycznia',
		'lutego',
		'marca',
		'kwietnia',
		'maja',
		'czerwca',
		'lipca',
		'sierpnia',
		'września',
		'października',
		'listopada',
		'grudnia'
	]
};

/** A date (epoch milliseconds) as `Intl.DateTimeFormat(…, { dateStyle: 'long' })` writes it. */
export function longDate(locale: Locale, ms: number): string {
	const d = new Date(ms);
	if (Number.isNaN(d.getTime())) throw new RangeError('Invalid time value');
	return `${d.getDate()} ${MONTHS[locale][d.getMonth()]} ${d.getFullYear()}`;
}
