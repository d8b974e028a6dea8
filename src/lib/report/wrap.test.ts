import { describe, expect, it, vi } from 'vitest';
import { buildAssessmentReport } from './assessment-report';
import { loadFontsNode } from './fonts-node';
import { fullInput, teamInput } from './fixtures.test-util';
import { Writer } from './layout';
import { splitToWidth } from './wrap';
import { seededRandom } from './random.test-util';

/** Every wrap a report makes, with jsPDF's own lines for the same text, font and width. */
const seen = vi.hoisted(() => ({ calls: 0, differ: [] as unknown[] }));
vi.mock('./wrap', async (importOriginal) => {
	const wrap = await importOriginal<typeof import('./wrap')>();
	return {
		splitToWidth: (...args: Parameters<typeof wrap.splitToWidth>) => {
			const ours = wrap.splitToWidth(...args);
			const [doc, text, width] = args;
			const theirs = doc.splitTextToSize(text, width);
			seen.calls++;
			if (JSON.stringify(ours) !== JSON.stringify(theirs)) seen.differ.push({ text, ours, theirs });
			return ours;
		}
	};
});

const fonts = await loadFontsNode();

describe("the report's line wrapping", () => {
	it.each(['en', 'pl', 'both'] as const)(
		'%s: gives the lines jsPDF gives, for every text of a report',
		(lang) => {
			seen.calls = 0;
			seen.differ = [];
			buildAssessmentReport(fullInput(), { lang, fonts });
			buildAssessmentReport(teamInput(), { lang, fonts });
			expect(seen.calls).toBeGreaterThan(500);
			expect(seen.differ).toEqual([]);
		}
	);

	it('gives the lines jsPDF gives for random text: long words, runs of spaces, line breaks', () => {
		const pool = [
			...'abcdefghij ąęłśżźćńó ĄĘŁŚŻŹĆŃÓ WMmil1.,;–—„”',
			'  ',
			'\n',
			'\r\n',
			'https://bip.uml.lodz.pl/',
			'Rzecznikiem',
			'👋',
			'漢',
			'\t'
		];
		const next = seededRandom(5);
		const w = new Writer('both', fonts, pool);
		seen.calls = 0;
		seen.differ = [];
		let lines = 0;
		for (let n = 0; n < 400; n++) {
			const text = Array.from({ length: next() % 120 }, () => pool[next() % pool.length]).join('');
			w.font([7, 8.5, 9.5, 12, 15][n % 5]!, n % 2 === 1);
			w.doc.setCharSpace(n % 7 === 0 ? 0.3 : 0);
			lines += splitToWidth(w.doc, text, [2, 10, 25, 52, 80, 174][next() % 6]!).length;
		}
		expect(seen.calls).toBe(400);
		expect(lines).toBeGreaterThan(1500); // many texts wrapped, long words cut
		expect(seen.differ).toEqual([]);
	});
});
