/**
 * The embedded font family: Noto Sans regular + bold (OFL), which covers Polish
 * and the rest of Latin Extended-A. Each document gets the fonts cut down to
 * the characters it can print (ttf.ts); jsPDF then embeds only the glyphs used.
 */
import type { jsPDF } from 'jspdf';
import { isSubsettable, subsetFont } from './ttf';
import type { ReportFonts } from './types';

export const FONT_FAMILY = 'NotoSans';

/**
 * Bytes → binary string, in chunks (String.fromCharCode has an argument limit).
 * `apply` takes the typed array as it is; spreading it would step an iterator
 * through every byte (four times slower for a font).
 */
export function bytesToBinaryString(bytes: Uint8Array): string {
	let out = '';
	const chunk = 0x2000;
	for (let i = 0; i < bytes.length; i += chunk) {
		out += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk) as unknown as number[]);
	}
	return out;
}

export function fontsFromBytes(regular: Uint8Array, bold: Uint8Array): ReportFonts {
	if (!isSubsettable(regular) || !isSubsettable(bold)) {
		throw new Error('The report font is not a TrueType file.');
	}
	return { regular, bold };
}

/** Register both styles, each subset to `characters` (what the document can print). */
export function registerFonts(doc: jsPDF, fonts: ReportFonts, characters: Set<number>): void {
	doc.addFileToVFS(
		'NotoSans-Regular.ttf',
		bytesToBinaryString(subsetFont(fonts.regular, characters))
	);
	doc.addFont('NotoSans-Regular.ttf', FONT_FAMILY, 'normal');
	doc.addFileToVFS('NotoSans-Bold.ttf', bytesToBinaryString(subsetFont(fonts.bold, characters)));
	doc.addFont('NotoSans-Bold.ttf', FONT_FAMILY, 'bold');
	doc.setFont(FONT_FAMILY, 'normal');
}
