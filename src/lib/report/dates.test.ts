import { describe, expect, it } from 'vitest';
import { INTL_LOCALE } from '$lib/domain/messages/format';
import { longDate } from './dates';

describe('longDate', () => {
	it('is the long date Intl gives, for every month, in both languages', () => {
		for (const locale of ['en', 'pl'] as const) {
			const intl = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long' });
			for (let month = 0; month < 12; month++)
				for (const day of [1, 9, 28]) {
					const ms = new Date(2026, month, day, 23, 59).getTime();
					expect(longDate(locale, ms)).toBe(intl.format(ms));
				}
		}
	});

	it('reads the local calendar day, and refuses what is not a date', () => {
		expect(longDate('en', new Date(1999, 11, 31, 23, 59).getTime())).toBe('31 December 1999');
		expect(longDate('pl', new Date(2027, 0, 1, 0, 0).getTime())).toBe('1 stycznia 2027');
		expect(() => longDate('pl', Number.NaN)).toThrow(RangeError);
	});
});
