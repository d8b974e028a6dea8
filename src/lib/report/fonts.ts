/**
 * The embedded font family: Noto Sans regular + bold (OFL), which covers Polish
 * and the rest of Latin Extended-A. jsPDF embeds only the glyphs used (subset).
 */
import type { jsPDF } from 'jspdf';
import { slimFont } from './ttf';
import type { ReportFonts } from './types';

export const FONT_FAMILY = 'NotoSans';

/** Bytes → binary string, in chunks (String.fromCharCode has an argument limit). */
export function bytesToBinaryString(bytes: Uint8Array): string {
	let out = '';
	const chunk = 0x8000;
	for (let i = 0; i < bytes.length; i += chunk) {
		out += String.fromCharCode(...bytes.subarray(i, i + chunk));
	}
	return out;
}

const TTF_MAGIC = '\x00\x01\x00\x00';

export function fontsFromBytes(regular: Uint8Array, bold: Uint8Array): ReportFonts {
	// without the tables jsPDF would copy into every PDF for nothing (see ttf.ts)
	const fonts = {
		regular: bytesToBinaryString(slimFont(regular)),
		bold: bytesToBinaryString(slimFont(bold))
	};
	if (!fonts.regular.startsWith(TTF_MAGIC) || !fonts.bold.startsWith(TTF_MAGIC)) {
		throw new Error('The report font is not a TrueType file.');
	}
	return fonts;
}

export function registerFonts(doc: jsPDF, fonts: ReportFonts): void {
	doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
	doc.addFont('NotoSans-Regular.ttf', FONT_FAMILY, 'normal');
	doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
	doc.addFont('NotoSans-Bold.ttf', FONT_FAMILY, 'bold');
	doc.setFont(FONT_FAMILY, 'normal');
}
