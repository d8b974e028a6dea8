/** The font cut down for the PDF: glyph names and unused tables gone, outlines and metrics kept. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { slimFont } from './ttf';

const require = createRequire(import.meta.url);
const noto = new Uint8Array(
	readFileSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'))
);

function tables(font: Uint8Array): Map<string, Uint8Array> {
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const out = new Map<string, Uint8Array>();
	for (let i = 0; i < view.getUint16(4); i++) {
		const at = 12 + 16 * i;
		const tag = String.fromCharCode(...font.subarray(at, at + 4));
		const offset = view.getUint32(at + 8);
		out.set(tag, font.subarray(offset, offset + view.getUint32(at + 12)));
	}
	return out;
}

describe('slimFont', () => {
	it('drops the glyph names and the tables jsPDF does not read; outlines and metrics are the same bytes', () => {
		const slim = slimFont(noto);
		const before = tables(noto);
		const after = tables(slim);
		expect(slim.length).toBeLessThan(noto.length * 0.7);
		expect([...after.keys()]).toEqual(
			['OS/2', 'cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post'].filter((t) =>
				before.has(t)
			)
		);
		const same = (a?: Uint8Array, b?: Uint8Array) => !!a && !!b && Buffer.from(a).equals(b);
		for (const t of ['glyf', 'loca', 'hmtx', 'cmap', 'head', 'maxp', 'OS/2'])
			expect(same(after.get(t), before.get(t)), t).toBe(true);
		const post = after.get('post')!;
		expect(post.length).toBe(32);
		expect(new DataView(post.buffer, post.byteOffset).getUint32(0)).toBe(0x00030000);
		// the rest of post's header (italic angle, underline, fixed pitch) is kept
		expect(same(post.subarray(4), before.get('post')!.subarray(4, 32))).toBe(true);
	});

	it('returns what is not a TrueType font unchanged', () => {
		const notFont = new TextEncoder().encode('not a font at all');
		expect(slimFont(notFont)).toBe(notFont);
	});
});
