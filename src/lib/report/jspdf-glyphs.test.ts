import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '$lib/domain/bundled';
import { scoreAssessment } from '$lib/domain/scoring';
import { buildAssessmentReport } from './assessment-report';
import { buildComparisonReport } from './comparison-report';
import { loadFontsNode } from './fonts-node';
import { fullInput, teamInput } from './fixtures.test-util';
import { handlers, memoised } from './jspdf-glyphs';
import { Writer } from './layout';
import { pdfText } from './pdf-tools.test-util';
import { seededRandom } from './random.test-util';

const fonts = await loadFontsNode();
type Handler = NonNullable<typeof handlers.jsPdf>;
const events = (jsPDF.API as unknown as { events: [string, Handler][] }).events;

/** `make()` run with jsPDF's own handler in place of the memoised one. */
function withJsPdfHandler<T>(make: () => T): T {
	const entry = events.find((e) => e[1] === handlers.memoised)!;
	entry[1] = handlers.jsPdf!;
	try {
		return make();
	} finally {
		entry[1] = handlers.memoised!;
	}
}

/** A PDF's bytes, but for its creation time and random file identifier. */
const withoutId = (b: Uint8Array) =>
	Buffer.from(b)
		.toString('latin1')
		.replace(/\/CreationDate \(D:[0-9]{14}/, '/CreationDate (')
		.replace(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/, '/ID');

/** The same PDF made both ways: equal byte for byte (but for the time it was made, and its random identifier). */
function expectSameBytes(make: () => Uint8Array): Uint8Array {
	const ours = make();
	const theirs = withJsPdfHandler(make);
	expect(ours.length).toBe(theirs.length);
	expect(withoutId(ours) === withoutId(theirs)).toBe(true);
	return ours;
}

/** A one-page document printing `lines`, each through doc.text() as layout.ts would. */
function page(lines: unknown[]): Uint8Array {
	const w = new Writer('both', fonts, lines);
	w.doc.setCreationDate(new Date(Date.UTC(2026, 10, 25)));
	w.doc.setFileId('00000000000000000000000000000000');
	lines.forEach((l, i) => {
		if (i > 0 && i % 50 === 0) w.doc.addPage();
		w.doc.setFont('NotoSans', i % 2 ? 'bold' : 'normal');
		w.doc.text(l as string, 20, 20 + (i % 50) * 5);
	});
	return new Uint8Array(w.doc.output('arraybuffer'));
}

describe("jsPDF's glyph step, memoised", () => {
	it("is found in jsPDF's handlers and in their place", () => {
		expect(handlers.jsPdf).toBeTypeOf('function');
		expect(events.some((e) => e[1] === handlers.memoised)).toBe(true);
		expect(events.some((e) => e[1] === handlers.jsPdf)).toBe(false);
	});

	it.each(['en', 'pl', 'both'] as const)('%s: a full report is the same, byte for byte', (lang) => {
		const generatedAt = Date.UTC(2026, 10, 25);
		const bytes = expectSameBytes(() =>
			buildAssessmentReport(fullInput(), { lang, fonts, generatedAt })
		);
		expect(pdfText(bytes)).toContain('Zażółć gęślą jaźń');
		expectSameBytes(() => buildAssessmentReport(teamInput(), { lang, fonts, generatedAt }));
		const score = scoreAssessment(defaultFramework, fullInput().answers);
		expectSameBytes(() =>
			buildComparisonReport(
				{
					framework: defaultFramework,
					entries: [
						{ label: 'A', score },
						{ label: 'B', score }
					],
					anonymised: false
				},
				{ lang, fonts, generatedAt }
			)
		);
	});

	it('is the same for text the font lacks, control characters, and every shape of text', () => {
		const lines: unknown[] = [
			'Zażółć gęślą jaźń ĄĘŁŚŻŹĆŃÓ',
			'', // nothing
			'tab\tstops the line here', // U+0009 is kept but the font has no glyph: jsPDF stops
			'emoji 👋 and 漢字 are left out, the rest printed',
			'nbsp\u00a0and soft\u00adhyphen, „quotes” – dashes — …',
			['two', 'lines ł'],
			[],
			'\u0000 at the start',
			'ÿĀāĂă ŉŊ ſ €™№ ✓ ←→'
		];
		// random lines over Latin, Polish, punctuation, characters the font lacks
		const pool = [
			...'abcXYZ019 ,.ąęłśżźćńóĄĘŁŚŻŹĆŃÓ„”–—…\u00a0€',
			'\t',
			'👋',
			'漢',
			'\u0301',
			'\u2028'
		];
		const next = seededRandom(11);
		for (let n = 0; n < 120; n++)
			lines.push(
				Array.from({ length: 1 + (next() % 60) }, () => pool[next() % pool.length]).join('')
			);
		const bytes = expectSameBytes(() => page(lines));
		const text = pdfText(bytes);
		expect(text).toContain('Zażółć gęślą jaźń');
		expect(text).toContain('tab');
		expect(text).not.toContain('stops the line');
	});

	it("leaves what it does not expect to jsPDF's handler", () => {
		const calls: unknown[] = [];
		const wrapped = memoised((p) => calls.push(p.text));
		wrapped({
			text: 'x',
			mutex: { activeFontKey: 'F1', fonts: { F1: { encoding: 'WinAnsiEncoding' } } }
		});
		wrapped({ text: 'x', mutex: {} });
		wrapped({ text: [['no position']], mutex: {} });
		expect(calls).toEqual(['x', 'x', [['no position']]]);
	});

	it("gives back what jsPDF's handler gives back for lines with positions, and for no lines", () => {
		for (const text of [
			[
				['at', 30, 40],
				['positions ś\t', 50, 60]
			],
			[],
			'',
			'ą'
		]) {
			const run = (fn: Handler) => {
				const w = new Writer('en', fonts, null);
				const font = (
					w.doc as unknown as { internal: { getFont(): { id: string } } }
				).internal.getFont();
				const mutex: { activeFontKey: string; fonts: object; isHex?: boolean } = {
					activeFontKey: font.id,
					fonts: { [font.id]: font }
				};
				const payload = { text: structuredClone(text), mutex } as Parameters<Handler>[0];
				fn(payload);
				return { text: payload.text, isHex: mutex.isHex };
			};
			expect(run(handlers.memoised!)).toEqual(run(handlers.jsPdf!));
		}
	});
});
