import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	cityAndLabel,
	escapeControls,
	fold,
	isBlankName,
	isolateBidi,
	nameKey,
	normalizeName
} from './text';

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

describe('names', () => {
	it('normalizeName gives NFC, trimmed', () => {
		expect(normalizeName('  Krako\u0301w\n')).toBe('Kraków'.normalize('NFC'));
		expect(normalizeName('Gdańsk')).toBe('Gdańsk');
	});

	it('isBlankName: only whitespace and invisible/format characters', () => {
		for (const s of ['', '   ', '\u200b', '\u200b\u200d\u2060', '\u00ad', '\u3164', '\u202e\u2066'])
			expect(isBlankName(s), JSON.stringify(s)).toBe(true);
		for (const s of ['Łódź', 'a\u200b', '?', '1', '👩🏽‍⚖️', 'תל אביב'])
			expect(isBlankName(s), JSON.stringify(s)).toBe(false);
	});

	it('nameKey: NFC/NFD, case and invisible characters do not make another name', () => {
		const k = nameKey('Kraków');
		for (const s of ['KRAKÓW', 'Krako\u0301w', 'Kra\u200bków', 'Kraków\u2060'])
			expect(nameKey(s), s).toBe(k);
		expect(nameKey('Krakow')).not.toBe(k);
		expect(nameKey(' Nowy \u00a0 Sącz ')).toBe(nameKey('nowy sącz'));
		expect(nameKey('NowySącz')).not.toBe(nameKey('Nowy Sącz'));
	});
});

describe('fold (what searches compare)', () => {
	it('drops case and Polish diacritics, Ł and ł included', () => {
		expect(fold('KRAKÓW')).toBe('krakow');
		expect(fold('GDAŃSK')).toBe('gdansk');
		expect(fold('Łódź Ąę Śćńóżź')).toBe('lodz ae scnozz');
	});

	it('makes runs of whitespace one space and trims', () => {
		expect(fold('  Nowy \u00a0\t Sącz ')).toBe('nowy sacz');
	});

	it('folds combining marks and compatibility forms the same as precomposed letters', () => {
		expect(fold('Krako\u0301w')).toBe(fold('Kraków'));
		expect(fold('\ufb01nal ＡＢ')).toBe('final ab');
	});
});

describe('escapeControls', () => {
	it('leaves ordinary text alone', () => {
		for (const s of ['Łódź – Baseline 2026', 'Zażółć gęślą jaźń', 'תל אביב', '👩🏽‍⚖️', 'a\\u{1b}'])
			expect(escapeControls(s)).toBe(s);
	});

	it('escapes C0/C1 controls, DEL, line separators and bidi controls', () => {
		expect(escapeControls('\u001b]0;pwned\u0007\u001b[2K\r\n\t')).toBe(
			'\\u{1b}]0;pwned\\u{7}\\u{1b}[2K\\u{d}\\u{a}\\u{9}'
		);
		expect(escapeControls('\u007f\u0085\u009b')).toBe('\\u{7f}\\u{85}\\u{9b}');
		expect(escapeControls('City \u202eevil\u202c')).toBe('City \\u{202e}evil\\u{202c}');
		expect(escapeControls('\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u2028\u2029')).toBe(
			'\\u{200e}\\u{200f}\\u{61c}\\u{2066}\\u{2067}\\u{2068}\\u{2069}\\u{2028}\\u{2029}'
		);
	});

	it('never lets a control or bidi character through (any string)', () => {
		// controls and bidi marks mixed with ordinary, Polish and astral characters
		const unit = fc.oneof(
			fc.integer({ min: 0, max: 0xa0 }).map((c) => String.fromCharCode(c)),
			fc.constantFrom('\u061c', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202e'),
			fc.constantFrom('\u2066', '\u2069', 'ą', 'Ł', '👩🏽‍⚖️', 'ת'),
			fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c))
		);
		// eslint-disable-next-line no-control-regex
		const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 40 }), (s) => !unsafe.test(escapeControls(s))),
			{ numRuns: 500 }
		);
	});
});
