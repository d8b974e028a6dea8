/**
 * Writing sfnt (TrueType) data: the cmap the subsetter emits, the file
 * assembled from its tables with their checksums (see ttf.ts, which reads
 * fonts and decides what to keep).
 */

export function tableIndex(tables: { tag: string }[], tag: string): number {
	return [...tables].sort(byTag).findIndex((t) => t.tag === tag);
}

export function byTag(a: { tag: string }, b: { tag: string }): number {
	return a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0;
}

/** A cmap with one subtable, Windows Unicode BMP (3, 1), format 4. */
export function encodeCmap(map: Map<number, number>): Uint8Array {
	const codes = [...map.keys()].filter((c) => c <= 0xfffe).sort((a, b) => a - b);
	// segments of consecutive codes with consecutive glyphs (idDelta), else one per code
	const segments: { start: number; end: number; delta: number }[] = [];
	for (const code of codes) {
		const glyph = map.get(code)!;
		const last = segments[segments.length - 1];
		if (last && code === last.end + 1 && ((code + last.delta) & 0xffff) === glyph) last.end = code;
		else segments.push({ start: code, end: code, delta: (glyph - code) & 0xffff });
	}
	segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
	const count = segments.length;
	const length = 16 + 8 * count;
	const out = new Uint8Array(12 + length);
	const v = new DataView(out.buffer);
	v.setUint16(2, 1); // one subtable
	v.setUint16(4, 3);
	v.setUint16(6, 1);
	v.setUint32(8, 12);
	const t = 12;
	v.setUint16(t, 4);
	v.setUint16(t + 2, length);
	const power = 2 ** Math.floor(Math.log2(count));
	v.setUint16(t + 6, count * 2);
	v.setUint16(t + 8, power * 2);
	v.setUint16(t + 10, Math.log2(power));
	v.setUint16(t + 12, count * 2 - power * 2);
	segments.forEach((s, i) => {
		v.setUint16(t + 14 + 2 * i, s.end);
		v.setUint16(t + 16 + 2 * count + 2 * i, s.start);
		v.setUint16(t + 16 + 4 * count + 2 * i, s.delta);
		// idRangeOffset stays 0
	});
	return out;
}

/** An sfnt file from its tables (sorted by tag, 4-byte aligned, with checksums). */
export function assemble(list: { tag: string; data: Uint8Array }[]): Uint8Array {
	const tables = [...list].sort(byTag);
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
export function checksum(bytes: Uint8Array, offset: number, length: number): number {
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
