/**
 * Text helpers with no DOM: keeping user text from reordering the text around
 * it, comparing names, and printing file text safely on a terminal.
 */

/**
 * Right-to-left letters and the invisible bidi controls (LRE, RLE, PDF, LRO,
 * RLO, the isolates, the marks). A right-to-left override (U+202E) in a city
 * name would otherwise reverse everything after it on the same line.
 */
const BIDI_SENSITIVE =
	/[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]/;

/**
 * Wrap text typed by a user in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
 * when it could change the direction of its surroundings, so that whatever it
 * contains stays inside it (quality.md R16). Plain Latin text is returned as is.
 */
export function isolateBidi(text: string): string {
	return BIDI_SENSITIVE.test(text) ? `\u2068${text}\u2069` : text;
}

/** "City — assessment label" for screens, each typed part isolated. */
export function cityAndLabel(city: string, label: string): string {
	return `${isolateBidi(city)} — ${isolateBidi(label)}`;
}

// ---------------------------------------------------------------------------
// Names (city names, assessment labels)

/** Whitespace, format characters (Cf: U+200B, U+200D, U+2060, bidi controls…) and other invisible code points. */
const INVISIBLE = /[\s\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * A typed or imported name as it is stored: Unicode NFC (so "Kraków" typed
 * as o + U+0301 is the same text as "Kraków" typed with ó) and trimmed.
 */
export function normalizeName(name: string): string {
	return name.normalize('NFC').trim();
}

/** True when a name has nothing visible: only whitespace and invisible/format characters. */
export function isBlankName(name: string): boolean {
	return name.replace(INVISIBLE, '') === '';
}

/** Format characters and other invisible code points that are not whitespace. */
const INVISIBLE_NOT_SPACE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * What two names must share to count as the same name (uniqueness checks,
 * merging an imported city): NFC, invisible characters removed, runs of
 * whitespace as one space, lower case ("Nowy  Sącz" = "nowy sącz", but not
 * "NowySącz").
 */
export function nameKey(name: string): string {
	return name
		.normalize('NFC')
		.replace(INVISIBLE_NOT_SPACE, '')
		.replace(/\s+/gu, ' ')
		.trim()
		.toLocaleLowerCase();
}

/**
 * Text as searches compare it: lower case without diacritics, runs of
 * whitespace as one space, trimmed ("  Łódź  Ąę " → "lodz ae"), so "lodz"
 * finds "Łódź" and "krakow" "Kraków". NFKD also folds compatibility forms
 * (the "ﬁ" ligature, full-width letters) to plain ones.
 */
export function fold(text: string): string {
	return text
		.toLocaleLowerCase('pl')
		.replaceAll('ł', 'l')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/\s+/gu, ' ')
		.trim();
}

// ---------------------------------------------------------------------------
// Terminal output

/**
 * C0 and C1 control characters (ESC, BEL, CR…), DEL, the line/paragraph
 * separators and the bidi controls (marks, embeddings, overrides, isolates).
 */
function isTerminalUnsafe(cp: number): boolean {
	return (
		cp < 0x20 ||
		(cp >= 0x7f && cp <= 0x9f) ||
		cp === 0x061c ||
		cp === 0x200e ||
		cp === 0x200f ||
		cp === 0x2028 ||
		cp === 0x2029 ||
		(cp >= 0x202a && cp <= 0x202e) ||
		(cp >= 0x2066 && cp <= 0x2069)
	);
}

/**
 * Text from a file made safe to print on a terminal: every control or bidi
 * character becomes a visible `\u{…}` escape, so a file cannot set the window
 * title, move the cursor, erase lines or reverse the rest of a line.
 */
export function escapeControls(text: string): string {
	let out = '';
	for (const ch of text) {
		const cp = ch.codePointAt(0)!;
		out += isTerminalUnsafe(cp) ? `\\u{${cp.toString(16)}}` : ch;
	}
	return out;
}
