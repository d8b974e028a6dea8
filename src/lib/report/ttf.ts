/**
 * A TrueType font cut down to what the PDF needs, before jsPDF reads it.
 *
 * jsPDF embeds only the glyphs a report uses, but copies some tables of the
 * font whole into every PDF; Noto Sans's `post` table alone (53 KB of glyph
 * names, one per glyph of the font) is the largest of them. Glyph names serve
 * no purpose in an embedded font (the PDF maps text to Unicode itself), so
 * `post` becomes a version 3.0 table (no names), and the tables jsPDF never
 * reads (OpenType layout, hinting) are left out, which also makes the font
 * jsPDF parses a third smaller. Glyph outlines and metrics are untouched:
 * every character renders as before.
 */

/** The tables jsPDF's TrueType reader uses (see TTFFont.prototype.parse in jspdf). */
const KEPT = new Set([
	'cmap',
	'glyf',
	'head',
	'hhea',
	'hmtx',
	'loca',
	'maxp',
	'name',
	'OS/2',
	'post'
]);

/** The font's tables, `post` without glyph names; the font as it was when it is not TrueType. */
export function slimFont(font: Uint8Array): Uint8Array {
	const src = new DataView(font.buffer, font.byteOffset, font.byteLength);
	if (font.byteLength < 12 || src.getUint32(0) !== 0x00010000) return font;
	const count = src.getUint16(4);
	const tables: { tag: string; data: Uint8Array }[] = [];
	for (let i = 0; i < count; i++) {
		const at = 12 + 16 * i;
		const tag = String.fromCharCode(...font.subarray(at, at + 4));
		const offset = src.getUint32(at + 8);
		const length = src.getUint32(at + 12);
		if (!KEPT.has(tag)) continue;
		if (offset + length > font.byteLength) return font;
		let data = font.subarray(offset, offset + length);
		if (tag === 'post' && length >= 32) {
			data = data.slice(0, 32);
			new DataView(data.buffer).setUint32(0, 0x00030000); // version 3.0: no glyph names
		}
		tables.push({ tag, data });
	}
	if (
		!['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp'].every((t) =>
			tables.some((x) => x.tag === t)
		)
	)
		return font;
	tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));

	const n = tables.length;
	const pad = (len: number) => (len + 3) & ~3;
	const size = 12 + 16 * n + tables.reduce((s, t) => s + pad(t.data.length), 0);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	const power = 2 ** Math.floor(Math.log2(n));
	view.setUint32(0, 0x00010000);
	view.setUint16(4, n);
	view.setUint16(6, power * 16);
	view.setUint16(8, Math.log2(power));
	view.setUint16(10, n * 16 - power * 16);
	let offset = 12 + 16 * n;
	tables.forEach(({ tag, data }, i) => {
		const at = 12 + 16 * i;
		for (let k = 0; k < 4; k++) view.setUint8(at + k, tag.charCodeAt(k));
		out.set(data, offset);
		view.setUint32(at + 4, checksum(out, offset, data.length));
		view.setUint32(at + 8, offset);
		view.setUint32(at + 12, data.length);
		offset += pad(data.length);
	});
	return out;
}

/** The TrueType checksum of a table: its big-endian 32-bit words summed (zero-padded). */
function checksum(bytes: Uint8Array, offset: number, length: number): number {
	let sum = 0;
	for (let i = 0; i < length; i += 4) {
		const word =
			((bytes[offset + i] ?? 0) << 24) |
			((i + 1 < length ? bytes[offset + i + 1]! : 0) << 16) |
			((i + 2 < length ? bytes[offset + i + 2]! : 0) << 8) |
			(i + 3 < length ? bytes[offset + i + 3]! : 0);
		sum = (sum + (word >>> 0)) >>> 0;
	}
	return sum;
}
