/**
 * jsPDF runs two steps on every text it prints: Arabic shaping (before) and
 * Unicode bidi reordering (after), each a loop over every character, built
 * up one string concatenation at a time — about a tenth of a report's time.
 * For text with no right-to-left or Arabic character both give back the text
 * unchanged (every code unit, alone and mixed, is checked by
 * jspdf-text.test.ts), so they are skipped for it; text with one (a name in
 * Hebrew or Arabic, a right-to-left mark) goes through them as before.
 *
 * The steps are jsPDF's `preProcessText` / `postProcessText` handlers in
 * `jsPDF.API.events`, which each new document subscribes to: they are
 * wrapped there once. If jsPDF changes and they are not found, nothing is
 * wrapped and jsPDF works as it is (only slower); the test says so.
 */
import { jsPDF } from 'jspdf';

/**
 * Code units either step may act on: Hebrew to Arabic Extended (U+0590–08FF,
 * the Arabic letter mark included), the right-to-left mark (U+200F), Hebrew
 * and Arabic presentation forms (U+FB1D–FDFF, U+FE70–FEFF). jsPDF's bidi
 * step does not implement the embedding, override and isolate controls
 * (U+202A–202E, U+2066–2069): text with them comes back unchanged too, and
 * the test checks it with every other code unit.
 */
export const RIGHT_TO_LEFT = /[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff]/;

/** The bidi options of `doc.text()`: any of them set, and the text always goes through. */
const BIDI_OPTIONS = ['isInputRtl', 'isOutputRtl', 'isOutputVisual', 'isSymmetricSwapping'];

interface TextPayload {
	text?: unknown;
	options?: Record<string, unknown>;
}
type Handler = (payload: TextPayload) => unknown;

function mayChange(text: unknown): boolean {
	if (typeof text === 'string') return RIGHT_TO_LEFT.test(text);
	if (Array.isArray(text)) return text.some(mayChange); // lines, or [line, x, y]
	return typeof text !== 'number'; // not a shape jsPDF documents: leave it to jsPDF
}

function needed(payload: TextPayload): boolean {
	const o = payload.options;
	if (o && (o.isInputVisual === false || BIDI_OPTIONS.some((k) => o[k] !== undefined))) return true;
	return mayChange(payload.text);
}

const events = (jsPDF.API as unknown as { events: [string, Handler][] }).events;
const arabic = (jsPDF.API as unknown as { processArabic?: Handler }).processArabic;

function isArabic(name: string, fn: Handler): boolean {
	return name === 'preProcessText' && fn === arabic;
}
function isBidi(name: string, fn: Handler): boolean {
	return name === 'postProcessText' && String(fn).includes('doBidiReorder');
}

/** `step`, run only for text it may change. */
export function onlyRightToLeft(step: Handler): Handler {
	return (payload) => {
		if (needed(payload)) return step(payload);
		// the one thing the bidi step does to text it leaves as it is
		if (payload.options && typeof payload.options.isInputVisual !== 'boolean')
			payload.options.isInputVisual = true;
		return undefined;
	};
}

/** jsPDF's two handlers as they were, when found (and wrapped). */
export const original: { arabic?: Handler; bidi?: Handler } = {};

for (const entry of events) {
	const [name, fn] = entry;
	if (isArabic(name, fn)) original.arabic = fn;
	else if (isBidi(name, fn)) original.bidi = fn;
	else continue;
	entry[1] = onlyRightToLeft(fn);
}
