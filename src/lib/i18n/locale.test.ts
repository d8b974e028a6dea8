/** The app's `t()`: reactive language, typed parameters, user text isolated; the language switch. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t as tData } from './data';
import { formatDate, initialLocale, loadPageMessages, locale, t } from './locale.svelte';

beforeAll(() => loadPageMessages());
afterEach(() => locale.set('en'));

describe('t', () => {
	it('speaks the current language, with plurals', () => {
		locale.set('pl');
		expect(t('results.unansweredCount', { count: 5 })).toBe('5 pytań');
		expect(tData('import.run', { count: 2 })).toBe('Zaimportuj 2 pliki');
		locale.set('en');
		expect(t('results.unansweredCount', { count: 1 })).toBe('1 question');
		expect(tData('import.done', { count: 2 })).toBe('2 files imported.');
	});

	it('isolates user text that could reorder the sentence around it', () => {
		expect(t('city.deleteTitle', { name: 'Łódź' })).toBe('Delete Łódź?');
		expect(t('city.deleteTitle', { name: '\u202eevil' })).toBe('Delete \u2068\u202eevil\u2069?');
	});
});

describe('formatDate', () => {
	it('writes the month in full in Polish, abbreviated in English (review S5)', () => {
		const ms = new Date(2026, 10, 29, 14, 5).getTime();
		locale.set('pl');
		expect(formatDate(ms)).toBe('29 listopada 2026');
		expect(formatDate(ms, true)).toMatch(/^29 listopada 2026,? 14:05$/);
		locale.set('en');
		expect(formatDate(ms)).toBe('29 Nov 2026');
	});
});

describe('locale', () => {
	it('tells listeners of a switch until they unsubscribe', () => {
		const heard: string[] = [];
		const stop = locale.onChange((l) => heard.push(l));
		locale.set('pl');
		stop();
		locale.set('en');
		expect(heard).toEqual(['pl']);
	});

	it('starts in the remembered language, else the browser’s', () => {
		expect(initialLocale('pl', 'en-GB')).toBe('pl');
		expect(initialLocale(undefined, 'pl-PL')).toBe('pl');
		expect(initialLocale('de', 'en-US')).toBe('en');
		expect(initialLocale(undefined, undefined)).toBe('en');
	});
});
