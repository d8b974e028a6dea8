/**
 * A small flowing-text layout on top of jsPDF: a cursor that moves down the
 * page, wraps text to the column and starts a new page when a line does not
 * fit. Language handling: in "both" mode short labels read "English / Polski"
 * and longer texts are printed twice, the Polish one in a secondary colour.
 */
import { jsPDF } from 'jspdf';
import './jspdf-text';
import './jspdf-glyphs';
import type { Locale, LocalizedText } from '$lib/domain/framework';
import { NO_SCORE, scoreText } from '$lib/domain/score-format';
import { longDate } from './dates';
import { outputDeflatedNatively } from './deflate';
import { FONT_FAMILY, registerFonts } from './fonts';
import { splitToWidth } from './wrap';
import {
	reportCatalogueText,
	reportText,
	type ReportParams,
	type ReportStringKey
} from './strings';
import { codePoints } from './ttf';
import type { ReportFonts, ReportLanguage } from './types';

export const PAGE = {
	width: 210,
	height: 297,
	left: 18,
	right: 18,
	top: 22,
	bottom: 20
} as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const COLORS = {
	text: '#1a1a1a',
	muted: '#555555',
	second: '#4a5a7a',
	line: '#c9ccd3',
	soft: '#f2f4f8',
	brand: '#1d3f8f',
	white: '#ffffff'
} as const;

const PT = 0.3528; // mm per point

export interface TextStyle {
	size?: number;
	bold?: boolean;
	color?: string;
	/** extra left indent, mm */
	indent?: number;
	/** space after the block, mm */
	after?: number;
	lineHeight?: number;
	/** make every line a link to this URL */
	url?: string;
}

export interface Column {
	header: string;
	width: number;
	align?: 'left' | 'right';
}

export interface Row {
	cells: string[][];
	bold?: boolean;
	fill?: string;
}

/** The characters a document about `content` can print: its data's text and the report's words. */
export function documentCharacters(content: unknown): Set<number> {
	return codePoints(reportCatalogueText() + JSON.stringify(content ?? null));
}

/**
 * A one-line PDF, thrown away: the first report then finds jsPDF, the font
 * subsetter and the compressor already compiled by the JavaScript engine.
 */
export function warmUp(fonts: ReportFonts): void {
	const w = new Writer('both', fonts, null);
	w.text('Zażółć gęślą jaźń', { bold: true });
	w.text('Self-assessment report / Raport z samooceny');
	w.doc.output('arraybuffer');
}

export class Writer {
	readonly doc: jsPDF;
	readonly lang: ReportLanguage;
	y: number = PAGE.top;

	/**
	 * `content`: the data the document prints (its text is what the embedded
	 * fonts are cut down to, with the report's own words and a base set of
	 * Latin letters and punctuation; see ttf.ts).
	 */
	constructor(lang: ReportLanguage, fonts: ReportFonts, content: unknown) {
		this.lang = lang;
		this.doc = new jsPDF({
			unit: 'mm',
			format: 'a4',
			compress: true,
			putOnlyUsedFonts: true
		});
		registerFonts(this.doc, fonts, documentCharacters(content));
		this.doc.setTextColor(COLORS.text);
	}

	/** The languages printed, in order. */
	get locales(): Locale[] {
		return this.lang === 'both' ? ['en', 'pl'] : [this.lang];
	}

	/** A report string in the report language ("English / Polski" in both). */
	s<K extends ReportStringKey>(key: K, ...params: ReportParams<K>): string {
		return this.sp(key, ...params).join(' / ');
	}

	/** A report string per language, for longer texts. */
	sp<K extends ReportStringKey>(key: K, ...params: ReportParams<K>): string[] {
		return this.locales.map((l) => reportText(l, key, ...params));
	}

	/** A framework text in the report language ("English / Polski" in both). */
	tx(text: LocalizedText | undefined): string {
		if (!text) return '';
		return this.locales.map((l) => text[l]).join(' / ');
	}

	txp(text: LocalizedText | undefined): string[] {
		if (!text) return [];
		return this.locales.map((l) => text[l]);
	}

	lineHeight(size: number, factor = 1.35): number {
		return size * PT * factor;
	}

	font(size: number, bold = false, color: string = COLORS.text): void {
		this.doc.setFont(FONT_FAMILY, bold ? 'bold' : 'normal');
		this.doc.setFontSize(size);
		this.doc.setTextColor(color);
	}

	newPage(): void {
		this.doc.addPage();
		this.y = PAGE.top;
	}

	/** Start a new page unless `height` mm still fit. */
	ensure(height: number): void {
		if (this.y + height > PAGE.height - PAGE.bottom) this.newPage();
	}

	space(mm: number): void {
		this.y += mm;
	}

	wrap(text: string, width: number, size: number, bold = false): string[] {
		this.font(size, bold);
		return splitToWidth(this.doc, text, width);
	}

	/** A block of wrapped text that flows across pages. */
	text(text: string, style: TextStyle = {}): void {
		const size = style.size ?? 9.5;
		const indent = style.indent ?? 0;
		const lh = this.lineHeight(size, style.lineHeight);
		const lines = this.wrap(text, CONTENT_WIDTH - indent, size, style.bold);
		this.font(size, style.bold, style.color);
		const x = PAGE.left + indent;
		for (const line of lines) {
			this.ensure(lh);
			this.doc.text(line, x, this.y, { baseline: 'top' });
			if (style.url && line.length > 0) {
				this.doc.link(x, this.y, this.doc.getTextWidth(line), lh, {
					url: style.url
				});
			}
			this.y += lh;
		}
		this.y += style.after ?? 0;
	}

	/** Texts per language: the first in the main colour, the rest in a secondary one. */
	texts(texts: string[], style: TextStyle = {}): void {
		texts.forEach((t, i) => {
			const last = i === texts.length - 1;
			this.text(t, {
				...style,
				color: i === 0 ? style.color : COLORS.second,
				after: last ? style.after : 0.8
			});
		});
	}

	heading(text: string, level: 1 | 2 | 3 = 1): void {
		const size = level === 1 ? 15 : level === 2 ? 12 : 10.5;
		const before = level === 1 ? 2 : level === 2 ? 3 : 2;
		this.ensure(this.lineHeight(size) * 2 + 14);
		this.y += before;
		this.text(text, {
			size,
			bold: true,
			color: level === 3 ? COLORS.text : COLORS.brand,
			after: level === 1 ? 3 : 1.5
		});
		if (level === 1) {
			this.doc.setDrawColor(COLORS.brand);
			this.doc.setLineWidth(0.4);
			this.doc.line(PAGE.left, this.y - 1.8, PAGE.width - PAGE.right, this.y - 1.8);
		}
	}

	/** "Label: value" rows in two columns. */
	facts(rows: [string, string][], labelWidth = 52): void {
		for (const [label, value] of rows) {
			const valueLines = this.wrap(value, CONTENT_WIDTH - labelWidth, 10);
			const labelLines = this.wrap(label, labelWidth - 3, 9, true);
			const lh = this.lineHeight(10);
			this.ensure(lh * Math.max(1, Math.min(3, valueLines.length)));
			const top = this.y;
			this.font(9, true, COLORS.muted);
			this.doc.text(labelLines, PAGE.left, top + 0.4, {
				baseline: 'top',
				lineHeightFactor: 1.35
			});
			this.font(10);
			let y = top;
			for (const line of valueLines) {
				if (y + lh > PAGE.height - PAGE.bottom) {
					this.newPage();
					y = this.y;
					this.font(10);
				}
				this.doc.text(line, PAGE.left + labelWidth, y, { baseline: 'top' });
				y += lh;
			}
			this.y = Math.max(y, top + labelLines.length * this.lineHeight(9)) + 1.5;
		}
	}

	/**
	 * A table whose rows may wrap and break across pages (the header repeats).
	 * A cell holds one text per language: the first in the main colour.
	 */
	table(columns: Column[], rows: Row[], size = 8.5): void {
		const pad = 1.4;
		const lh = this.lineHeight(size, 1.25);
		const layoutCell = (texts: string[], col: Column, bold: boolean) =>
			texts.map((t) => this.wrap(t, col.width - 2 * pad, size, bold));
		const drawRow = (cells: string[][], bold: boolean, fillColor?: string, header = false) => {
			const wrapped = cells.map((texts, i) => layoutCell(texts, columns[i]!, bold));
			const height = Math.max(...wrapped.map((c) => c.flat().length)) * lh + 2 * pad;
			return { wrapped, height, bold, fillColor, header };
		};
		const paint = (r: ReturnType<typeof drawRow>) => {
			let x = PAGE.left;
			if (r.fillColor) {
				this.doc.setFillColor(r.fillColor);
				this.doc.rect(PAGE.left, this.y, CONTENT_WIDTH, r.height, 'F');
			}
			r.wrapped.forEach((cell, i) => {
				const col = columns[i]!;
				let y = this.y + pad;
				cell.forEach((lines, k) => {
					this.font(size, r.bold, r.header ? COLORS.white : k === 0 ? COLORS.text : COLORS.second);
					for (const line of lines) {
						const tx = col.align === 'right' ? x + col.width - pad : x + pad;
						this.doc.text(line, tx, y, {
							baseline: 'top',
							align: col.align ?? 'left'
						});
						y += lh;
					}
				});
				x += col.width;
			});
			this.doc.setDrawColor(COLORS.line);
			this.doc.setLineWidth(0.15);
			this.doc.line(PAGE.left, this.y + r.height, PAGE.left + CONTENT_WIDTH, this.y + r.height);
			this.y += r.height;
		};
		const header = drawRow(
			columns.map((c) => [c.header]),
			true,
			COLORS.brand,
			true
		);
		this.ensure(header.height + 12);
		paint(header);
		for (const row of rows) {
			const r = drawRow(row.cells, row.bold ?? false, row.fill);
			if (this.y + r.height > PAGE.height - PAGE.bottom) {
				this.newPage();
				paint(header);
			}
			paint(r);
		}
		this.y += 3;
	}

	/** Running header (not on the cover) and "Page n of N" footers. */
	finish(headerLeft: string, headerRight: string, withCoverHeader = false): void {
		const total = this.doc.getNumberOfPages();
		for (let n = 1; n <= total; n++) {
			this.doc.setPage(n);
			if (n > 1 || withCoverHeader) {
				this.font(8, false, COLORS.muted);
				const right = splitToWidth(this.doc, headerRight, CONTENT_WIDTH * 0.45)[0]!;
				const left = splitToWidth(this.doc, headerLeft, CONTENT_WIDTH * 0.53)[0]!;
				this.doc.text(left, PAGE.left, 11, { baseline: 'top' });
				this.doc.text(right, PAGE.width - PAGE.right, 11, {
					baseline: 'top',
					align: 'right'
				});
				this.doc.setDrawColor(COLORS.line);
				this.doc.setLineWidth(0.2);
				this.doc.line(PAGE.left, 15.5, PAGE.width - PAGE.right, 15.5);
			}
			this.font(8, false, COLORS.muted);
			this.doc.text(this.s('page', { n, total }), PAGE.width / 2, PAGE.height - 10, {
				align: 'center',
				baseline: 'top'
			});
		}
	}

	output(): Uint8Array {
		compactGlyphIds(this.doc);
		return blankOpenAction(new Uint8Array(this.doc.output('arraybuffer')));
	}

	/** The same PDF, its streams compressed beforehand by the platform (see deflate.ts). */
	async outputAsync(): Promise<Uint8Array> {
		compactGlyphIds(this.doc);
		return blankOpenAction(new Uint8Array(await outputDeflatedNatively(this.doc)));
	}
}

/**
 * jsPDF's font subsetter walks the list of glyphs used when the document is
 * written; only which glyphs occur matters to it (it keys them by number).
 * The memoised glyph step (jspdf-glyphs.ts) notes each glyph once; jsPDF's
 * own step, where it is used, notes every character printed, repeats
 * included (some 95,000 for a full bilingual report), so the list is cut to
 * one entry per glyph first.
 */
function compactGlyphIds(doc: jsPDF): void {
	const internal = doc.internal as unknown as {
		getFont(family: string, style: string): { metadata?: { glyIdsUsed?: unknown } };
	};
	for (const [family, styles] of Object.entries(doc.getFontList())) {
		for (const style of styles) {
			const ids = internal.getFont(family, style).metadata?.glyIdsUsed;
			if (!Array.isArray(ids)) continue;
			const unique = [...new Set(ids)];
			ids.length = 0;
			for (const id of unique) ids.push(id);
		}
	}
}

/** Date in the report language(s). */
export function formatReportDate(w: Writer, ms: number): string {
	return w.locales.map((l) => longDate(l, ms)).join(' / ');
}

/**
 * The mark for "no score" in printed tables and on chart axes: the screens'
 * NO_SCORE (one mark everywhere), explained under the charts (strings `chartNoScore`).
 */
export const NO_SCORE_PRINT = NO_SCORE;

/** A score for print: "62" or the "no score" label. */
export function formatScore(w: Writer, score: number | null): string {
	return scoreText(score, w.s('noScore'));
}

/**
 * jsPDF always writes a catalog "/OpenAction [3 0 R /FitH null]" (a zoom
 * setting). A report should carry no open action at all, so it is blanked
 * with spaces of the same length: byte offsets, and so the xref table, stay valid.
 */
export function blankOpenAction(bytes: Uint8Array): Uint8Array {
	const needle = Array.from('/OpenAction [', (c) => c.charCodeAt(0));
	for (let i = bytes.length - needle.length; i >= 0; i--) {
		if (needle.every((b, k) => bytes[i + k] === b)) {
			const end = bytes.indexOf(0x5d /* ] */, i);
			if (end > i && end - i < 64) bytes.fill(0x20, i, end + 1);
			break;
		}
	}
	return bytes;
}
