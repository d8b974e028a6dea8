import { describe, expect, it, vi } from 'vitest';
import { RIGHT_TO_LEFT, onlyRightToLeft, original } from './jspdf-text';
import { seededRandom } from './random.test-util';

type Text = string | (string | [string, number?, number?])[];

/** jsPDF's own two steps, as doc.text() runs them, lines as doc.text() then reads them. */
function throughJsPdf(text: Text): string[] {
	const payload: { text: unknown; options: Record<string, unknown> } = { text, options: {} };
	original.arabic!(payload);
	original.bidi!(payload);
	const out = payload.text as Text;
	return (typeof out === 'string' ? [out] : out).map((l) => (typeof l === 'string' ? l : l[0]));
}

/**
 * The BMP code units outside the right-to-left set (surrogates and the bidi
 * embedding/override/isolate controls too: jsPDF works on code units).
 */
const others: string[] = [];
for (let u = 0; u <= 0xffff; u++) {
	const c = String.fromCharCode(u);
	if (!RIGHT_TO_LEFT.test(c)) others.push(c);
}

describe("jsPDF's Arabic shaping and bidi steps", () => {
	it("are found in jsPDF's handlers", () => {
		expect(original.arabic).toBeTypeOf('function');
		expect(original.bidi).toBeTypeOf('function');
	});

	it('give back unchanged every text without a right-to-left character (so skipping them changes nothing)', () => {
		// each code unit between letters, digits, spaces, punctuation, in lines of 200
		for (let i = 0; i < others.length; i += 200) {
			const chunk = others.slice(i, i + 200);
			for (const ctx of ['a', '1', ' ', '(']) {
				const line = chunk.map((c) => `${ctx}${c}${ctx}1`).join('');
				expect(throughJsPdf([line])).toEqual([line]);
			}
			expect(throughJsPdf([chunk.join('')])).toEqual([chunk.join('')]);
		}
		// random mixtures, several lines at once, with and without positions
		const next = seededRandom(7);
		for (let n = 0; n < 100; n++) {
			const lines = Array.from({ length: 3 }, () =>
				Array.from({ length: 40 }, () => others[next() % others.length]).join('')
			);
			expect(throughJsPdf(lines)).toEqual(lines);
			expect(throughJsPdf(lines.map((l, k): [string, number, number] => [l, k, 2 * k]))).toEqual(
				lines
			);
		}
	}, 30_000);

	it('do change right-to-left text', () => {
		expect(throughJsPdf(['abc שלום 12'])).not.toEqual(['abc שלום 12']);
		expect(throughJsPdf(['مرحبا'])).not.toEqual(['مرحبا']); // shaped: presentation forms
		expect(throughJsPdf(['12 \u200f 34'])).not.toEqual(['12 \u200f 34']);
	});

	it('are run for right-to-left text or bidi options only', () => {
		const step = vi.fn();
		const wrapped = onlyRightToLeft(step);
		const options: Record<string, unknown> = {};
		wrapped({ text: ['Zażółć gęślą jaźń', 'Привет 👋'], options });
		wrapped({ text: [['Łódź', 10, 20]], options: {} });
		expect(step).not.toHaveBeenCalled();
		expect(options.isInputVisual).toBe(true); // as jsPDF's bidi step leaves it
		for (const payload of [
			{ text: ['Łódź', 'abc שלום'] },
			{ text: [['مرحبا', 10, 20]] },
			{ text: ['a\u200fb'] },
			{ text: ['Łódź'], options: { isInputRtl: true } },
			{ text: ['Łódź'], options: { isInputVisual: false } },
			{ text: { unexpected: true } }
		])
			wrapped(payload);
		expect(step).toHaveBeenCalledTimes(6);
	});
});
