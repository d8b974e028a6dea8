import { describe, expect, it } from 'vitest';
import { cityAndLabel, isolateBidi } from './text';

describe('isolateBidi', () => {
	it('leaves Latin, Polish and Cyrillic text alone', () => {
		for (const s of ['Łódź', 'Zażółć gęślą jaźń', 'Київ', 'Graz 2026 — <b>', ''])
			expect(isolateBidi(s)).toBe(s);
	});

	it('isolates right-to-left text and bidi controls', () => {
		expect(isolateBidi('City \u202Eevil')).toBe('\u2068City \u202Eevil\u2069');
		expect(isolateBidi('תל אביב')).toBe('\u2068תל אביב\u2069');
		expect(isolateBidi('a\u2067b')).toBe('\u2068a\u2067b\u2069');
	});
});

describe('cityAndLabel', () => {
	it('joins city and label, isolating only the part that needs it', () => {
		expect(cityAndLabel('Łódź', 'Baseline 2026')).toBe('Łódź — Baseline 2026');
		expect(cityAndLabel('City \u202Eevil', '2026')).toBe('\u2068City \u202Eevil\u2069 — 2026');
	});
});
