/**
 * TrueType subsetting in plain TypeScript: a font cut down to the glyphs one
 * document can need, before jsPDF reads it.
 *
 * jsPDF keeps only the outlines of the glyphs a report uses, but copies the
 * font's `cmap` and `hmtx` whole into every PDF and keeps the font's glyph
 * numbering (a `loca` entry for each of Noto Sans's 4,500 glyphs): about
 * 17 KB of every embedded font, compressed, for characters never printed. So
 * the font jsPDF gets holds only the characters of the document and a fixed
 * base set (Basic Latin, Latin-1, Latin Extended-A with every Polish letter,
 * general punctuation), with the glyphs renumbered: `glyf`, `loca`, `hmtx`
 * and `cmap` are rewritten, composite glyphs (ą = a + ogonek) keep their
 * components under their new numbers, and `hhea`, `maxp`, `head` follow.
 * Glyph outlines and metrics are copied byte for byte; glyph names (`post`),
 * OpenType layout and hinting tables, which jsPDF never reads, are left out.
 * A smaller font is also quicker for jsPDF to parse.
 */

import { assemble, checksum, encodeCmap, tableIndex } from './sfnt';

/** Characters every report may print, whatever its data: Latin (Polish included) and punctuation. */
export const BASE_CHARACTERS: readonly number[] = [
	...range(0x20, 0x7e), // Basic Latin
	...range(0xa0, 0xff), // Latin-1 Supplement
	...range(0x100, 0x17f), // Latin Extended-A: ą ę ł ś ż ź ć ń … and their capitals
	...range(0x2000, 0x206f), // General Punctuation: „ ” – — … • ‰ and the spaces Intl uses
	0x20ac, // €
	0x2116, // №
	0x2122, // ™
	0x2190,
	0x2191,
	0x2192,
	0x2193, // ← ↑ → ↓
	0x2212, // minus
	0x2713, // ✓
	0xfffd // replacement character
];

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The name records worth keeping: copyright, names, version, trademark, licence. */
const NAME_IDS = new Set([0, 1, 2, 3, 4, 5, 6, 7, 13, 14, 25]);

interface ParsedFont {
	bytes: Uint8Array;
	view: DataView;
	tables: Map<string, { offset: number; length: number }>;
	numGlyphs: number;
	numberOfHMetrics: number;
	/** glyph offsets into `glyf`, numGlyphs + 1 of them */
	loca: Uint32Array;
	glyfOffset: number;
	hmtxOffset: number;
	/** code point → glyph id */
	lookup: (code: number) => number;
}

const parsed = new WeakMap<Uint8Array, ParsedFont | null>();

/** Whether the bytes are a TrueType font this module can subset. */
export function isSubsettable(font: Uint8Array): boolean {
	return parse(font) !== null;
}

function parse(bytes: Uint8Array): ParsedFont | null {
	if (parsed.has(bytes)) return parsed.get(bytes)!;
	let result: ParsedFont | null;
	try {
		result = parseFont(bytes);
	} catch {
		result = null; // truncated or malformed: not subset, jsPDF gets it as it is
	}
	parsed.set(bytes, result);
	return result;
}

function parseFont(bytes: Uint8Array): ParsedFont | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.byteLength < 12 || view.getUint32(0) !== 0x00010000) return null;
	const tables = new Map<string, { offset: number; length: number }>();
	for (let i = 0; i < view.getUint16(4); i++) {
		const at = 12 + 16 * i;
		const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
		const offset = view.getUint32(at + 8);
		const length = view.getUint32(at + 12);
		if (offset + length > bytes.byteLength) return null;
		tables.set(tag, { offset, length });
	}
	const need = ['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp'];
	if (!need.every((t) => tables.has(t))) return null;
	const head = tables.get('head')!.offset;
	const longLoca = view.getInt16(head + 50) === 1;
	const numGlyphs = view.getUint16(tables.get('maxp')!.offset + 4);
	const numberOfHMetrics = view.getUint16(tables.get('hhea')!.offset + 34);
	const locaAt = tables.get('loca')!.offset;
	const loca = new Uint32Array(numGlyphs + 1);
	for (let g = 0; g <= numGlyphs; g++)
		loca[g] = longLoca ? view.getUint32(locaAt + 4 * g) : view.getUint16(locaAt + 2 * g) * 2;
	const lookup = cmapLookup(view, tables.get('cmap')!.offset);
	if (!lookup) return null;
	return {
		bytes,
		view,
		tables,
		numGlyphs,
		numberOfHMetrics,
		loca,
		glyfOffset: tables.get('glyf')!.offset,
		hmtxOffset: tables.get('hmtx')!.offset,
		lookup
	};
}

/** A code point → glyph lookup from the font's Unicode cmap (format 12 preferred, else format 4). */
function cmapLookup(view: DataView, cmap: number): ((code: number) => number) | null {
	let format4 = -1;
	let format12 = -1;
	for (let i = 0; i < view.getUint16(cmap + 2); i++) {
		const platform = view.getUint16(cmap + 4 + 8 * i);
		const encoding = view.getUint16(cmap + 6 + 8 * i);
		const at = cmap + view.getUint32(cmap + 8 + 8 * i);
		const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
		if (!unicode) continue;
		const format = view.getUint16(at);
		if (format === 12 && format12 < 0) format12 = at;
		if (format === 4 && format4 < 0) format4 = at;
	}
	if (format12 >= 0) {
		const groups = view.getUint32(format12 + 12);
		return (code) => {
			let lo = 0;
			let hi = groups - 1;
			while (lo <= hi) {
				const mid = (lo + hi) >> 1;
				const at = format12 + 16 + 12 * mid;
				const start = view.getUint32(at);
				const end = view.getUint32(at + 4);
				if (code < start) hi = mid - 1;
				else if (code > end) lo = mid + 1;
				else return view.getUint32(at + 8) + (code - start);
			}
			return 0;
		};
	}
	if (format4 >= 0) {
		const segments = view.getUint16(format4 + 6) / 2;
		const ends = format4 + 14;
		const starts = ends + 2 * segments + 2;
		const deltas = starts + 2 * segments;
		const rangeOffsets = deltas + 2 * segments;
		return (code) => {
			if (code > 0xffff) return 0;
			for (let s = 0; s < segments; s++) {
				if (code > view.getUint16(ends + 2 * s)) continue;
				const start = view.getUint16(starts + 2 * s);
				if (code < start) return 0;
				const delta = view.getUint16(deltas + 2 * s);
				const ro = view.getUint16(rangeOffsets + 2 * s);
				if (ro === 0) return (code + delta) & 0xffff;
				const glyph = view.getUint16(rangeOffsets + 2 * s + ro + 2 * (code - start));
				return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
			}
			return 0;
		};
	}
	return null;
}

/** The component glyph ids of a composite glyph, with the byte offset of each id in the glyph. */
function components(glyph: Uint8Array): { id: number; at: number }[] {
	const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
	if (glyph.byteLength < 10 || view.getInt16(0) >= 0) return [];
	const out: { id: number; at: number }[] = [];
	let at = 10;
	for (;;) {
		const flags = view.getUint16(at);
		out.push({ id: view.getUint16(at + 2), at: at + 2 });
		at += 4 + (flags & 0x0001 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
		if (flags & 0x0080)
			at += 8; // WE_HAVE_A_TWO_BY_TWO
		else if (flags & 0x0040)
			at += 4; // WE_HAVE_AN_X_AND_Y_SCALE
		else if (flags & 0x0008) at += 2; // WE_HAVE_A_SCALE
		if (!(flags & 0x0020)) break; // MORE_COMPONENTS
	}
	return out;
}

/**
 * The code points of a text (each counted once), as `for…of` reads them (a
 * lone surrogate counts as itself). A document's text runs to some 100,000
 * characters of a few hundred kinds: a table of the BMP ones already seen
 * keeps the Set from being asked for each.
 */
export function codePoints(text: string): Set<number> {
	const out = new Set<number>();
	const seen = new Uint8Array(0x10000);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			const low = text.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) {
				out.add((c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
				i++;
				continue;
			}
		}
		if (seen[c]) continue;
		seen[c] = 1;
		out.add(c);
	}
	return out;
}

/**
 * The font with only the glyphs for `characters` (plus the base set, .notdef
 * and the components of composite glyphs), renumbered in their original
 * order. Characters the font does not have are skipped (they print as they
 * would have before: as .notdef). What is not a TrueType font this module
 * reads is returned unchanged.
 */
export function subsetFont(font: Uint8Array, characters: Iterable<number>): Uint8Array {
	const f = parse(font);
	if (!f) return font;
	const glyphOf = new Map<number, number>();
	for (const code of new Set([...BASE_CHARACTERS, ...characters])) {
		const g = f.lookup(code);
		if (g > 0 && g < f.numGlyphs) glyphOf.set(code, g);
	}
	const glyph = (g: number) =>
		font.subarray(f.glyfOffset + f.loca[g]!, f.glyfOffset + f.loca[g + 1]!);

	// the glyphs kept: .notdef, those mapped, and (transitively) their components
	const kept = new Set<number>([0]);
	const queue = [...glyphOf.values()];
	while (queue.length) {
		const g = queue.pop()!;
		if (kept.has(g) || g >= f.numGlyphs) continue;
		kept.add(g);
		for (const c of components(glyph(g))) queue.push(c.id);
	}
	const old = [...kept].sort((a, b) => a - b);
	const renumber = new Map(old.map((g, i) => [g, i]));
	const n = old.length;

	// glyf + loca (long offsets)
	const glyfLength = old.reduce((s, g) => s + glyph(g).byteLength, 0);
	const glyf = new Uint8Array(glyfLength);
	const loca = new Uint8Array(4 * (n + 1));
	const locaView = new DataView(loca.buffer);
	let offset = 0;
	old.forEach((g, i) => {
		locaView.setUint32(4 * i, offset);
		const data = glyph(g);
		glyf.set(data, offset);
		const copy = new DataView(glyf.buffer, offset, data.byteLength);
		for (const c of components(data)) copy.setUint16(c.at, renumber.get(c.id) ?? 0);
		offset += data.byteLength;
	});
	locaView.setUint32(4 * n, offset);

	// hmtx: a full metric for every glyph
	const hmtx = new Uint8Array(4 * n);
	const hmtxView = new DataView(hmtx.buffer);
	const lastAdvance = f.hmtxOffset + 4 * (f.numberOfHMetrics - 1);
	old.forEach((g, i) => {
		const long = g < f.numberOfHMetrics;
		const advance = f.view.getUint16(long ? f.hmtxOffset + 4 * g : lastAdvance);
		const lsb = long
			? f.view.getInt16(f.hmtxOffset + 4 * g + 2)
			: f.view.getInt16(f.hmtxOffset + 4 * f.numberOfHMetrics + 2 * (g - f.numberOfHMetrics));
		hmtxView.setUint16(4 * i, advance);
		hmtxView.setInt16(4 * i + 2, lsb);
	});

	const table = (tag: string) => {
		const t = f.tables.get(tag)!;
		return font.slice(t.offset, t.offset + t.length);
	};
	const head = table('head');
	new DataView(head.buffer).setUint32(8, 0); // checksum adjustment: recomputed below
	new DataView(head.buffer).setInt16(50, 1); // long loca
	const hhea = table('hhea');
	new DataView(hhea.buffer).setUint16(34, n);
	const maxp = table('maxp');
	new DataView(maxp.buffer).setUint16(4, n);

	const tables: { tag: string; data: Uint8Array }[] = [
		{ tag: 'cmap', data: encodeCmap(new Map([...glyphOf].map(([c, g]) => [c, renumber.get(g)!]))) },
		{ tag: 'glyf', data: glyf },
		{ tag: 'head', data: head },
		{ tag: 'hhea', data: hhea },
		{ tag: 'hmtx', data: hmtx },
		{ tag: 'loca', data: loca },
		{ tag: 'maxp', data: maxp }
	];
	if (f.tables.has('OS/2')) tables.push({ tag: 'OS/2', data: table('OS/2') });
	if (f.tables.has('name')) tables.push({ tag: 'name', data: slimName(table('name')) });
	if (f.tables.has('post') && f.tables.get('post')!.length >= 32) {
		const post = table('post').slice(0, 32);
		new DataView(post.buffer).setUint32(0, 0x00030000); // version 3.0: no glyph names
		tables.push({ tag: 'post', data: post });
	}
	const out = assemble(tables);
	const headAt = new DataView(out.buffer).getUint32(12 + 16 * tableIndex(tables, 'head') + 8);
	new DataView(out.buffer).setUint32(headAt + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
	return out;
}

/** The `name` table with the Windows-platform records worth keeping (see NAME_IDS). */
function slimName(name: Uint8Array): Uint8Array {
	const view = new DataView(name.buffer);
	const count = view.getUint16(2);
	const storage = view.getUint16(4);
	const records: { ids: number[]; text: Uint8Array }[] = [];
	for (let i = 0; i < count; i++) {
		const at = 6 + 12 * i;
		const ids = [0, 2, 4, 6].map((k) => view.getUint16(at + k));
		const [platform, encoding, , nameId] = ids as [number, number, number, number];
		if (platform !== 3 || encoding !== 1 || !NAME_IDS.has(nameId)) continue;
		const length = view.getUint16(at + 8);
		const offset = storage + view.getUint16(at + 10);
		records.push({ ids, text: name.subarray(offset, offset + length) });
	}
	if (records.length === 0) return name;
	const header = 6 + 12 * records.length;
	const out = new Uint8Array(header + records.reduce((s, r) => s + r.text.length, 0));
	const o = new DataView(out.buffer);
	o.setUint16(2, records.length);
	o.setUint16(4, header);
	let text = 0;
	records.forEach((r, i) => {
		const at = 6 + 12 * i;
		r.ids.forEach((v, k) => o.setUint16(at + 2 * k, v));
		o.setUint16(at + 8, r.text.length);
		o.setUint16(at + 10, text);
		out.set(r.text, header + text);
		text += r.text.length;
	});
	return out;
}

/**
 * The font with every character of its cmap (Unicode BMP) and nothing jsPDF
 * does not read: what the app ships for the report worker (the build runs it,
 * see vite.config.ts). Noto Sans: 616 → 261 KB, same outlines; the glyphs
 * left out are those only OpenType layout reaches (small capitals,
 * alternates) and a few phonetic letters outside the BMP, which jsPDF's
 * UTF-16 text encoding cannot print anyway.
 */
export function slimFont(font: Uint8Array): Uint8Array {
	return subsetFont(font, range(0x20, 0xfffd));
}
