/** The chosen language is remembered on the device (meta "locale") and restored at start. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/db';
import * as meta from '$lib/db/meta';
import { locale } from '$lib/i18n/locale.svelte';
import { startLocale } from './locale.svelte';

beforeEach(async () => {
	await db.delete();
	await db.open();
});
afterEach(() => vi.unstubAllGlobals());

describe('startLocale', () => {
	it('restores the stored language and stores each switch', async () => {
		await meta.write('locale', 'pl');
		await startLocale();
		expect(locale.current).toBe('pl');
		locale.set('en');
		await expect.poll(() => meta.read('locale')).toBe('en');
	});

	it('without a stored language (or a wrong one) follows the browser', async () => {
		vi.stubGlobal('navigator', { language: 'pl-PL' });
		await meta.write('locale', 'xx');
		await startLocale();
		expect(locale.current).toBe('pl');
	});

	it('a language chosen while the stored one is being read stays, and is stored', async () => {
		await meta.write('locale', 'en');
		vi.stubGlobal('navigator', { language: 'en-GB' });
		const starting = startLocale();
		// the person presses "Polski" before the database has answered (a slow start)
		locale.set('pl');
		await starting;
		expect(locale.current).toBe('pl');
		await expect.poll(() => meta.read('locale')).toBe('pl');
	});
});
