/**
 * Font subsetting (ttf.ts): the subset keeps every character asked for (with
 * the Polish base set) with the source font's outlines and metrics, and the
 * report built with it prints every Polish letter, in both styles, within the
 * size budget (P8: a full bilingual fra-hrc assessment ≤ 140 KiB).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '$lib/domain/bundled';
import { makeData } from '../../../scripts/fixtures.mjs';
import { buildAssessmentReport } from './assessment-report';
import { documentCharacters } from './layout';
import { loadFontsNode } from './fonts-node';
import { assessment, city, fullInput } from './fixtures.test-util';
import { flat, pdfText } from './pdf-tools.test-util';
import { BASE_CHARACTERS, codePoints, slimFont, subsetFont } from './ttf';

const require = createRequire(import.meta.url);
const file = (style: string) =>
	new Uint8Array(
		readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${style}/NotoSans_${style}.ttf`))
	);
const regular = file('400Regular');
const bold = file('700Bold');

const POLISH = 'ąęłśżźćńóĄĘŁŚŻŹĆŃÓ';

/** A minimal reader of the tables the subset rewrites (independent of ttf.ts). */
function read(font: Uint8Array) {
	const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const tables = new Map<string, number>();
	for (let i = 0; i < v.getUint16(4); i++) {
		const at = 12 + 16 * i;
		tables.set(String.fromCharCode(...font.subarray(at, at + 4)), v.getUint32(at + 8));
	}
	const numGlyphs = v.getUint16(tables.get('maxp')! + 4);
	const hMetrics = v.getUint16(tables.get('hhea')! + 34);
	const long = v.getInt16(tables.get('head')! + 50) === 1;
	const loca = (g: number) =>
		long ? v.getUint32(tables.get('loca')! + 4 * g) : v.getUint16(tables.get('loca')! + 2 * g) * 2;
	const glyph = (g: number) =>
		font.subarray(tables.get('glyf')! + loca(g), tables.get('glyf')! + loca(g + 1));
	const advance = (g: number) => v.getUint16(tables.get('hmtx')! + 4 * Math.min(g, hMetrics - 1));
	// format 4 subtable of (3, 1)
	const cmap = tables.get('cmap')!;
	let sub = -1;
	for (let i = 0; i < v.getUint16(cmap + 2); i++)
		if (v.getUint16(cmap + 4 + 8 * i) === 3 && v.getUint16(cmap + 6 + 8 * i) === 1)
			sub = cmap + v.getUint32(cmap + 8 + 8 * i);
	const segs = v.getUint16(sub + 6) / 2;
	const glyphOf = (code: number) => {
		for (let s = 0; s < segs; s++) {
			const end = v.getUint16(sub + 14 + 2 * s);
			if (code > end) continue;
			const start = v.getUint16(sub + 16 + 2 * segs + 2 * s);
			if (code < start) return 0;
			const delta = v.getUint16(sub + 16 + 4 * segs + 2 * s);
			const ro = v.getUint16(sub + 16 + 6 * segs + 2 * s);
			if (ro === 0) return (code + delta) & 0xffff;
			const at = sub + 16 + 6 * segs + 2 * s + ro + 2 * (code - start);
			const g = v.getUint16(at);
			return g === 0 ? 0 : (g + delta) & 0xffff;
		}
		return 0;
	};
	const components = (g: number): number[] => {
		const data = glyph(g);
		const d = new DataView(data.buffer, data.byteOffset, data.byteLength);
		if (data.length < 10 || d.getInt16(0) >= 0) return [];
		const out: number[] = [];
		let at = 10;
		for (;;) {
			const flags = d.getUint16(at);
			out.push(d.getUint16(at + 2));
			at += 4 + (flags & 1 ? 4 : 2) + (flags & 0x80 ? 8 : flags & 0x40 ? 4 : flags & 8 ? 2 : 0);
			if (!(flags & 0x20)) return out;
		}
	};
	/** the glyph's outline with its components' outlines, resolved recursively */
	const outline = (g: number): string => {
		const parts = components(g);
		if (parts.length === 0) return Buffer.from(glyph(g)).toString('hex');
		const data = Buffer.from(glyph(g));
		return `${data.subarray(0, 10).toString('hex')}[${parts.map(outline).join(',')}]`;
	};
	return { numGlyphs, glyphOf, advance, outline, components, tables };
}

describe('subsetFont', () => {
	const asked = codePoints('Привет, Łódź! Ω 3 €');
	const source = read(regular);
	const subset = subsetFont(regular, asked);
	const cut = read(subset);

	it.each([
		['regular', regular],
		['bold', bold]
	] as const)(
		'%s: keeps every character asked for and the base set, same outlines and widths',
		(_, font) => {
			const source = read(font);
			const cut = read(subsetFont(font, asked));
			const codes = [...BASE_CHARACTERS, ...asked].filter((c) => source.glyphOf(c) > 0);
			expect(codes.length).toBeGreaterThan(400);
			for (const c of [...POLISH, 'П', 'р', 'Ω', '„', '”', '–', '—', '…', '•', '·'].map((ch) =>
				ch.codePointAt(0)!
			))
				expect(codes, String.fromCodePoint(c)).toContain(c);
			for (const c of codes) {
				const was = source.glyphOf(c);
				const is = cut.glyphOf(c);
				const ch = String.fromCodePoint(c);
				expect(is, ch).toBeGreaterThan(0);
				expect(cut.advance(is), ch).toBe(source.advance(was));
				expect(cut.outline(is), ch).toBe(source.outline(was));
			}
		}
	);

	it('renumbers composite glyphs’ components (ą = a + ogonek) and keeps .notdef first', () => {
		const composites = [...POLISH].filter(
			(ch) => cut.components(cut.glyphOf(ch.codePointAt(0)!)).length > 0
		);
		expect(composites.length).toBeGreaterThan(0);
		for (const ch of composites)
			for (const part of cut.components(cut.glyphOf(ch.codePointAt(0)!)))
				expect(part).toBeLessThan(cut.numGlyphs);
		expect(cut.outline(0)).toBe(source.outline(0));
	});

	it('leaves out what no one asked for: far fewer glyphs, no glyph names, no layout tables', () => {
		expect(cut.glyphOf('Ж'.codePointAt(0)!)).toBe(0);
		expect(source.glyphOf('Ж'.codePointAt(0)!)).toBeGreaterThan(0);
		expect(cut.numGlyphs).toBeLessThan(source.numGlyphs / 5);
		expect(subset.length).toBeLessThan(regular.length / 5);
		expect([...cut.tables.keys()].sort()).toEqual(
			['OS/2', 'cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post'].sort()
		);
	});

	it('slimFont (what the app ships) keeps every character jsPDF can print, under half the size', () => {
		const slim = slimFont(regular);
		const cut = read(slim);
		let kept = 0;
		for (let c = 0x20; c <= 0xfffd; c++) {
			const was = source.glyphOf(c);
			if (was === 0) continue;
			kept++;
			const is = cut.glyphOf(c);
			expect(is, c.toString(16)).toBeGreaterThan(0);
			expect(cut.advance(is)).toBe(source.advance(was));
			expect(cut.outline(is)).toBe(source.outline(was));
		}
		expect(kept).toBeGreaterThan(3000);
		expect(slim.length).toBeLessThan(regular.length / 2);
	});

	it('returns what is not a TrueType font unchanged', () => {
		const notFont = new TextEncoder().encode('not a font at all');
		expect(subsetFont(notFont, asked)).toBe(notFont);
	});
});

describe('a report with subset fonts', () => {
	it('prints every Polish letter, capitals too, in the report’s words and in typed comments', async () => {
		const fonts = await loadFontsNode();
		const input = fullInput();
		const typed = `Komentarz: ${POLISH} – „Źródło: Śląsk, Żywiec, Ćmielów, Ńa, Ósemka” … Привет`;
		input.answers[1] = { ...input.answers[1]!, comment: typed, evidence: ['Ęza Ąb Łąka'] };
		const bytes = buildAssessmentReport(input, { lang: 'both', fonts, generatedAt: 0 });
		const text = flat(pdfText(bytes));
		expect(text).toContain(typed);
		expect(text).toContain('Ęza Ąb Łąka');
		for (const ch of POLISH) expect(text, ch).toContain(ch);
		// bold (headings) and regular alike: the Polish report words
		expect(text).toContain('Częściowo wdrożone');
		expect(text).toContain('Łódź');
	});

	it('the subset covers every character the report prints (its data, its words, dates, numbers)', async () => {
		const fonts = await loadFontsNode();
		const input = fullInput();
		input.answers[2] = { ...input.answers[2]!, comment: 'Ωμέγα, Привет, Ø, ß, ½ № 5' };
		const covered = new Set([...BASE_CHARACTERS, ...documentCharacters(input)]);
		for (const lang of ['en', 'pl', 'both'] as const) {
			const text = pdfText(buildAssessmentReport(input, { lang, fonts }));
			const missing = [...codePoints(text.replace(/[\n\f]/g, ''))].filter((c) => !covered.has(c));
			expect(
				missing.map((c) => String.fromCodePoint(c)),
				lang
			).toEqual([]);
			expect(text).toContain('Ωμέγα, Привет');
		}
	});

	it('a full bilingual fra-hrc assessment is at most 140 KiB', async () => {
		const fonts = await loadFontsNode();
		const data = makeData({ cities: 1, assessmentsPerCity: 1, seed: 7 });
		expect(data.assessments[0]!.frameworkId).toBe(defaultFramework.id);
		const input = {
			framework: defaultFramework,
			city: data.cities[0] ?? city,
			assessment: data.assessments[0] ?? assessment,
			answers: data.answers
		};
		expect(input.answers.length).toBeGreaterThanOrEqual(50);
		const bytes = buildAssessmentReport(input, { lang: 'both', fonts, generatedAt: 0 });
		const text = flat(pdfText(bytes));
		expect(text).toContain(
			input.answers
				.find((a) => a.comment)!
				.comment.slice(0, 40)
				.trim()
		);
		expect(bytes.length).toBeLessThanOrEqual(140 * 1024);
	});
});

describe('codePoints', () => {
	it('reads code points as for…of does: pairs joined, lone surrogates as themselves, each once', () => {
		const texts = [
			'Zażółć gęślą jaźń 👋🏽 Привет',
			'\ud83d', // lone high surrogate at the end
			'a\udc00b\ud800\ud800\udc00', // lone low, lone high, then a pair
			'𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝔘 aa',
			''
		];
		for (const text of texts) {
			const expected = new Set<number>();
			for (const ch of text) expected.add(ch.codePointAt(0)!);
			expect([...codePoints(text)]).toEqual([...expected]);
		}
	});
});
