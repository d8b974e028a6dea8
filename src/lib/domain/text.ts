/** Text helpers with no DOM: keeping user text from reordering the text around it. */

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
