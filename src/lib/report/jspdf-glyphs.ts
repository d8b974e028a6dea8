/**
 * jsPDF's last step on every text it prints with an embedded TrueType font
 * (its `postProcessText` handler of the utf8 plugin) turns each character into
 * a 4-digit hex glyph number, and for each character again looks the glyph up
 * in the font's table, searches the list of glyph widths used so far (a linear
 * `indexOf`), appends the glyph to the list of glyphs used and builds the
 * string up one piece at a time: about a sixth of a report's time, and much of
 * its garbage.
 *
 * The handler here gives back the same hex text and leaves the same state in
 * the font (widths in the same order, the same `toUnicode` map; the list of
 * glyphs used gets each glyph once, which is all jsPDF reads it for: the set of
 * glyphs to embed), working from a per-font memo of each character's glyph.
 * The PDF is byte for byte the same (jspdf-glyphs.test.ts). Anything it does
 * not expect (another encoding, a standard font, text in a shape jsPDF does
 * not document) goes to jsPDF's own handler.
 *
 * jsPDF's handler is found by what it does: called on a made-up font, it is
 * the one that gives back that font's glyph numbers. If it is not found,
 * nothing is replaced and jsPDF works as it is (only slower); the test says so.
 */
import { jsPDF } from 'jspdf';

interface TtfMetadata {
	cmap?: { unicode?: { codeMap: Record<number, number | undefined> } };
	Unicode?: { widths: unknown[] };
	glyIdsUsed: number[];
	toUnicode: Record<number, number>;
	characterToGlyph(code: number): number;
	widthOfGlyph(glyph: number): number;
}
interface FontLike {
	encoding?: string;
	metadata?: TtfMetadata;
}
interface Mutex {
	activeFontKey?: string;
	fonts?: Record<string, FontLike>;
	isHex?: boolean;
}
interface Payload {
	text?: unknown;
	mutex?: Mutex;
}
type Handler = (payload: Payload) => unknown;

/** What one character becomes: its glyph, and its hex ('' for a character left out). */
interface Glyph {
	glyph: number;
	hex: string;
	/** jsPDF stops the text at a character it keeps but the font lacks (glyph 0). */
	stop: boolean;
}

/** Per font (its metadata): each character seen; the glyphs in its widths and in its glyphs used. */
interface FontMemo {
	chars: Map<number, Glyph | null>;
	widths: Set<number>;
	used: Set<number>;
}
const memos = new WeakMap<TtfMetadata, FontMemo>();

function memoOf(meta: TtfMetadata): FontMemo {
	let memo = memos.get(meta);
	if (!memo) {
		const widths = new Set<number>();
		for (let i = 0; i < meta.Unicode!.widths.length; i += 2)
			widths.add(meta.Unicode!.widths[i] as number);
		memo = { chars: new Map(), widths, used: new Set(meta.glyIdsUsed) };
		memos.set(meta, memo);
	}
	return memo;
}

/** As jsPDF: a character the font has is kept; one it lacks is kept below U+0100 (and stops the text), else left out. */
function glyphOf(meta: TtfMetadata, memo: FontMemo, code: number): Glyph | null {
	let g = memo.chars.get(code);
	if (g !== undefined) return g;
	const glyph = meta.cmap!.unicode!.codeMap[code] || 0;
	if (glyph === 0 && code >= 256) g = null;
	else g = { glyph, hex: glyph.toString(16).padStart(4, '0'), stop: glyph === 0 };
	memo.chars.set(code, g);
	return g;
}

/** What jsPDF records for each glyph it prints (the width list, the glyphs to embed), once per glyph. */
function record(meta: TtfMetadata, memo: FontMemo, glyph: number): void {
	if (!memo.used.has(glyph)) {
		memo.used.add(glyph);
		meta.glyIdsUsed.push(glyph);
	}
	if (!memo.widths.has(glyph)) {
		memo.widths.add(glyph);
		const widths = meta.Unicode!.widths;
		if (widths.indexOf(glyph) === -1)
			widths.push(glyph, [parseInt(String(meta.widthOfGlyph(glyph)), 10)]);
	}
}

/** One text as jsPDF's handler gives it back: its glyphs in hex. */
function escape(meta: TtfMetadata, memo: FontMemo, text: string): string {
	const out: string[] = [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const g = glyphOf(meta, memo, code);
		if (g === null) continue;
		record(meta, memo, g.glyph);
		meta.toUnicode[g.glyph] = code;
		if (g.stop) break;
		out.push(g.hex);
	}
	return out.join(''); // one flat string, as jsPDF's (not a chain of thousands of pieces)
}

/** The font when jsPDF's handler would take its Identity-H path for it; otherwise undefined. */
function identityFont(mutex: Mutex | undefined): TtfMetadata | undefined {
	const key = mutex?.activeFontKey;
	const font = key === undefined ? undefined : mutex?.fonts?.[key];
	const meta = font?.metadata;
	if (!key || font?.encoding !== 'Identity-H' || !meta || parseInt(key.slice(1)) < 14) return;
	if (!Object.hasOwn(meta, 'cmap') || !Object.hasOwn(meta, 'Unicode')) return;
	if (!meta.cmap?.unicode?.codeMap || !Array.isArray(meta.Unicode?.widths)) return;
	if (!Array.isArray(meta.glyIdsUsed) || typeof meta.toUnicode !== 'object') return;
	return meta;
}

function isLine(x: unknown): x is string | [string, unknown, unknown] {
	return typeof x === 'string' || (Array.isArray(x) && x.length === 3 && typeof x[0] === 'string');
}

/** jsPDF's handler, from a per-font memo; anything else is left to `fallback`. */
export function memoised(fallback: Handler): Handler {
	return (payload) => {
		const meta = identityFont(payload.mutex);
		const text = payload.text || '';
		if (!meta || !(typeof text === 'string' || (Array.isArray(text) && text.every(isLine))))
			return fallback(payload);
		const memo = memoOf(meta);
		if (typeof text === 'string') payload.text = escape(meta, memo, text);
		else {
			payload.text = text.map((l) =>
				typeof l === 'string' ? escape(meta, memo, l) : [escape(meta, memo, l[0]), l[1], l[2]]
			);
			if (text.length === 0) return;
		}
		payload.mutex!.isHex = true;
	};
}

/** A made-up font: 'A' is glyph 0x2a. jsPDF's handler turns "A" into "002a" with it, and records the glyph. */
function probe(fn: Handler): boolean {
	const meta: TtfMetadata = {
		cmap: { unicode: { codeMap: { 65: 0x2a } } },
		Unicode: { widths: [] },
		glyIdsUsed: [0],
		toUnicode: {},
		characterToGlyph: (code) => (code === 65 ? 0x2a : 0),
		widthOfGlyph: () => 500
	};
	const payload: Payload = {
		text: 'A',
		mutex: { activeFontKey: 'F99', fonts: { F99: { encoding: 'Identity-H', metadata: meta } } }
	};
	try {
		fn(payload);
	} catch {
		return false;
	}
	return payload.text === '002a' && meta.toUnicode[0x2a] === 65 && payload.mutex?.isHex === true;
}

const events = (jsPDF.API as unknown as { events: [string, Handler][] }).events;

/** jsPDF's handler as it was, and the one in its place, when found. */
export const handlers: { jsPdf?: Handler; memoised?: Handler } = {};

for (const entry of events) {
	if (entry[0] !== 'postProcessText' || !probe(entry[1])) continue;
	handlers.jsPdf = entry[1];
	handlers.memoised = entry[1] = memoised(entry[1]);
	break;
}
