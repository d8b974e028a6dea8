/**
 * The compressor jsPDF uses for its streams (page contents, embedded fonts),
 * replaceable. jsPDF compresses with fflate, in JavaScript, through
 * `jsPDF.API.processDataByFilters` (read on every stream); in Node the command
 * line gives it Node's own zlib instead (deflate-node.ts): about ten times
 * quicker on a first run, when fflate's code is not yet compiled by the
 * JavaScript engine, and a little smaller. The streams decompress to the same
 * bytes either way (FlateDecode, zlib format).
 */
import { jsPDF } from 'jspdf';
import { bytesToBinaryString } from './fonts';

/** Bytes → zlib-format (RFC 1950) deflate stream. */
export type Deflate = (data: Uint8Array) => Uint8Array;

type Filters = (data: string, filters: string | string[]) => { data: string; reverseChain: string };

const api = jsPDF.API as unknown as { processDataByFilters: Filters };
const original: Filters = api.processDataByFilters;

/** Binary string (one byte a character, as jsPDF writes streams) → bytes. */
function toBytes(text: string): Uint8Array {
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
	return out;
}

/**
 * Make jsPDF compress with `deflate` (for every document made afterwards in
 * this process); `undefined` puts jsPDF's own back. Streams with other
 * filters than FlateEncode alone go to jsPDF's code as before.
 */
export function useDeflate(deflate: Deflate | undefined): void {
	if (!deflate) {
		api.processDataByFilters = original;
		return;
	}
	api.processDataByFilters = (data, filters) => {
		const list = typeof filters === 'string' ? [filters] : filters;
		if (list.length !== 1 || (list[0] !== 'FlateEncode' && list[0] !== '/FlateEncode'))
			return original(data, filters);
		return { data: bytesToBinaryString(deflate(toBytes(data))), reverseChain: '/FlateDecode' };
	};
}

function isFlateOnly(filters: string | string[]): boolean {
	const list = typeof filters === 'string' ? [filters] : filters;
	return list.length === 1 && (list[0] === 'FlateEncode' || list[0] === '/FlateEncode');
}

/**
 * Deflate with the platform's native CompressionStream (zlib format), off the
 * JavaScript engine. The bytes are written to it directly: read from a Blob
 * instead, they went through the browser's blob store first, and a full
 * report's streams took five times longer (about 100 ms against 20 in
 * Chromium). Errors reach the reader; the writer's own promises are only
 * kept from being reported as unhandled.
 */
async function deflateNative(data: string): Promise<string> {
	const stream = new CompressionStream('deflate');
	const writer = stream.writable.getWriter();
	writer.write(toBytes(data) as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	return bytesToBinaryString(new Uint8Array(await new Response(stream.readable).arrayBuffer()));
}

/** What jsPDF keeps of an embedded TrueType font (the parts used here). */
interface EmbeddedFont {
	encoding?: string;
	metadata?: {
		glyIdsUsed?: number[];
		/** glyph id → Unicode code unit, for the font's ToUnicode map */
		toUnicode?: Record<string, number | null | undefined>;
		subset?: { encode(ids: number[], indexToLocFormat: number): Uint8Array | number[] };
	};
}

/** The ToUnicode CMap of a font, written exactly as jsPDF writes it (its `toUnicodeCmap`). */
function toUnicodeCmap(map: Record<string, number | null | undefined>): string {
	let out =
		'/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <<\n  /Registry (Adobe)\n  /Ordering (UCS)\n  /Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><ffff>\nendcodespacerange';
	let range: string[] = [];
	const hex = (n: number) => `0000${n.toString(16)}`.slice(-4);
	for (const code of Object.keys(map).sort((a, b) => Number(a) - Number(b))) {
		if (range.length >= 100) {
			out += `\n${range.length} beginbfchar\n${range.join('\n')}\nendbfchar`;
			range = [];
		}
		const unicode = map[code];
		if (unicode !== undefined && unicode !== null) range.push(`<${hex(+code)}><${hex(unicode)}>`);
	}
	if (range.length) out += `\n${range.length} beginbfchar\n${range.join('\n')}\nendbfchar\n`;
	return `${out}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
}

/**
 * The document as `doc.output('arraybuffer')` writes it, with its page
 * contents and embedded fonts (nearly all of its bytes) deflated beforehand
 * by the browser's native CompressionStream instead of fflate in
 * JavaScript. In a fresh report worker fflate's code is not yet compiled by
 * the JavaScript engine: there, compressing a full report took about a third
 * of its time. The streams decompress to the same bytes; any stream not
 * foreseen (or where CompressionStream is missing) is compressed as before.
 *
 * The streams are foreseen as jsPDF writes them: a page's content is its
 * operators joined by line breaks; a font's file is jsPDF's subset of the
 * glyphs used, computed here once and handed to jsPDF's output for the same
 * glyphs (so it is not computed twice); its ToUnicode map is written as
 * jsPDF's `toUnicodeCmap` writes it.
 */
export async function outputDeflatedNatively(doc: jsPDF): Promise<ArrayBuffer> {
	if (typeof CompressionStream === 'undefined') return doc.output('arraybuffer');
	const internal = doc.internal as unknown as {
		pages: (string[] | undefined)[];
		getFont(family: string, style: string): EmbeddedFont;
	};
	const streams: string[] = [];
	for (const page of internal.pages) if (page) streams.push(page.join('\n'));
	const restore: (() => void)[] = [];
	for (const [family, styles] of Object.entries(doc.getFontList())) {
		for (const style of styles) {
			const font = internal.getFont(family, style);
			const subset = font.metadata?.subset;
			const ids = font.metadata?.glyIdsUsed;
			if (font.encoding !== 'Identity-H' || !subset || !ids) continue;
			const encode = subset.encode;
			const count = ids.length;
			const bytes = encode.call(subset, ids, 1);
			streams.push(bytesToBinaryString(Uint8Array.from(bytes))); // as jsPDF writes it, a byte a character
			if (font.metadata?.toUnicode) streams.push(toUnicodeCmap(font.metadata.toUnicode));
			// the same glyphs (none printed since): the same file
			subset.encode = (used, format) =>
				used === ids && used.length === count && format === 1
					? bytes
					: encode.call(subset, used, format);
			restore.push(() => delete (subset as { encode?: unknown }).encode);
		}
	}
	const done = new Map<string, string>();
	for (const s of streams) done.set(s, await deflateNative(s)); // one after another: quicker than all at once
	const previous = api.processDataByFilters;
	api.processDataByFilters = (data, filters) => {
		const deflated = isFlateOnly(filters) ? done.get(data) : undefined;
		return deflated === undefined
			? previous(data, filters)
			: { data: deflated, reverseChain: '/FlateDecode' };
	};
	try {
		return doc.output('arraybuffer');
	} finally {
		api.processDataByFilters = previous;
		for (const r of restore) r();
	}
}
