/**
 * jsPDF's `splitTextToSize`, for the embedded (TrueType) fonts the report
 * prints with, with each character's width looked up once per font.
 *
 * jsPDF measures every word of every text again, each character through the
 * font's glyph and metrics tables, and gives each word an array of widths:
 * about a tenth of a report's time. This is the same algorithm (words split at
 * single spaces, a word wider than the line cut where it overflows, lines
 * split at line breaks first), adding the same numbers in the same order, so
 * it gives the same lines (wrap.test.ts checks it against jsPDF on every text
 * of a full report and on random ones). For any other font it asks jsPDF.
 */
import type { jsPDF } from 'jspdf';

interface TtfMetadata {
	widthOfString?: unknown;
	characterToGlyph(code: number): number;
	widthOfGlyph(glyph: number): number;
}
interface Internal {
	getFont(): { metadata?: TtfMetadata };
	getFontSize(): number;
	getCharSpace(): number;
	scaleFactor: number;
}

/** Per font: each UTF-16 code unit's advance width, in 1/1000 of the font size (NaN: not looked up yet). */
const advances = new WeakMap<TtfMetadata, Float64Array>();

function advancesOf(meta: TtfMetadata): Float64Array {
	let table = advances.get(meta);
	if (!table) advances.set(meta, (table = new Float64Array(0x10000).fill(NaN)));
	return table;
}

/** `text` split into lines no wider than `maxWidth` (document units) in the current font, as jsPDF splits it. */
export function splitToWidth(doc: jsPDF, text: string, maxWidth: number): string[] {
	const internal = (doc as unknown as { internal: Internal }).internal;
	const meta = internal.getFont().metadata;
	if (!meta || typeof meta.widthOfString !== 'function')
		return doc.splitTextToSize(text, maxWidth) as string[];
	const fontSize = internal.getFontSize();
	const spacing = internal.getCharSpace() * (1000 / fontSize);
	const known = advancesOf(meta);
	/** jsPDF's width of one character, as a fraction of the font size. */
	const width = (code: number): number => {
		let advance = known[code]!;
		if (Number.isNaN(advance))
			known[code] = advance = meta.widthOfGlyph(meta.characterToGlyph(code));
		return (advance + spacing || 0) / 1000;
	};
	const maxLen = (1.0 * internal.scaleFactor * maxWidth) / fontSize;
	const out: string[] = [];
	for (const paragraph of String(text).split(/\r?\n/))
		for (const line of splitParagraph(paragraph, maxLen, width)) out.push(line);
	return out;
}

/** The widths of each character of `word`. */
function widthsOf(word: string, width: (code: number) => number): number[] {
	const widths: number[] = new Array(word.length);
	for (let i = 0; i < word.length; i++) widths[i] = width(word.charCodeAt(i));
	return widths;
}

/** The width of `word`: its characters' widths added from 0 in order, as jsPDF does. */
function widthOfWord(word: string, width: (code: number) => number): number {
	let sum = 0;
	for (let i = 0; i < word.length; i++) sum += width(word.charCodeAt(i));
	return sum;
}

function sumFrom(widths: number[], from: number): number {
	let sum = 0;
	for (let i = from; i < widths.length; i++) sum += widths[i]!;
	return sum;
}

/** jsPDF's splitParagraphIntoLines with no indent. */
function splitParagraph(text: string, maxLen: number, width: (code: number) => number): string[] {
	let line: (string | undefined)[] = [];
	const lines = [line];
	let lineLength = 0;
	let separator = 0;
	const space = width(32);
	for (const word of text.split(' ')) {
		let length = widthOfWord(word, width);
		if (lineLength + separator + length > maxLen) {
			if (length > maxLen) {
				// a word wider than a line (a long address, say) is cut where it overflows
				const widths = widthsOf(word, width);
				const pieces = splitLongWord(word, widths, maxLen - (lineLength + separator), maxLen);
				line.push(pieces.shift());
				line = [pieces.pop()];
				while (pieces.length) lines.push([pieces.shift()]);
				length = sumFrom(widths, word.length - (line[0] ? line[0].length : 0));
			} else line = [word];
			lines.push(line);
			lineLength = length;
			separator = space;
		} else {
			line.push(word);
			lineLength += separator + length;
			separator = space;
		}
	}
	return lines.map((l) => l.join(' '));
}

/** jsPDF's splitLongWord: what fits the rest of the line, then pieces of a full line each. */
function splitLongWord(word: string, widths: number[], firstMax: number, max: number): string[] {
	const pieces: string[] = [];
	let i = 0;
	let length = 0;
	while (i !== word.length && length + widths[i]! < firstMax) length += widths[i++]!;
	pieces.push(word.slice(0, i));
	let start = i;
	length = 0;
	while (i !== word.length) {
		if (length + widths[i]! > max) {
			pieces.push(word.slice(start, i));
			length = 0;
			start = i;
		}
		length += widths[i++]!;
	}
	if (start !== i) pieces.push(word.slice(start, i));
	return pieces;
}
