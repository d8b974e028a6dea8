import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAssessmentReport, drawAssessmentReport } from './assessment-report';
import { deflateSync } from 'node:zlib';
import { useDeflate } from './deflate';
import { useNodeDeflate } from './deflate-node';
import { loadFontsNode } from './fonts-node';
import { buildComparisonReport, drawComparisonReport } from './comparison-report';
import { fullInput } from './fixtures.test-util';
import { defaultFramework } from '$lib/domain/bundled';
import { scoreAssessment } from '$lib/domain/scoring';
import { pdfText } from './pdf-tools.test-util';

const fonts = await loadFontsNode();
const options = { lang: 'both', fonts, generatedAt: Date.UTC(2026, 10, 25) } as const;
const build = () => buildAssessmentReport(fullInput(), options);

/** Every stream of the PDF, decompressed, in order; and how many were FlateDecode. */
function streams(pdf: Uint8Array): { contents: string[]; flate: number } {
	const text = Buffer.from(pdf).toString('latin1');
	const contents: string[] = [];
	let flate = 0;
	for (const m of text.matchAll(/<<((?:(?!<<)[\s\S])*?)>>\s*stream\r?\n/g)) {
		const length = Number(/\/Length (\d+)/.exec(m[1]!)![1]);
		const start = m.index + m[0].length;
		const data = Buffer.from(text.slice(start, start + length), 'latin1');
		const deflated = m[1]!.includes('/FlateDecode');
		if (deflated) flate++;
		contents.push((deflated ? inflateSync(data) : data).toString('latin1'));
	}
	return { contents, flate };
}

afterEach(() => useDeflate(undefined));

describe('report compressor', () => {
	it("Node's zlib gives the same streams as jsPDF's own compressor, the same text", () => {
		const own = build();
		useNodeDeflate();
		const node = build();
		const a = streams(own);
		const b = streams(node);
		expect(a.flate).toBeGreaterThan(10); // page contents and fonts are compressed
		expect(b.flate).toBe(a.flate);
		expect(b.contents).toEqual(a.contents);
		expect(pdfText(node)).toBe(pdfText(own));
		expect(Buffer.from(node).equals(Buffer.from(own))).toBe(false); // another compressor ran
	});

	it('passes streams with other filters to jsPDF, and can be put back', () => {
		useDeflate(() => {
			throw new Error('called for a stream that is not FlateEncode alone');
		});
		const api = jsPDF.API as unknown as {
			processDataByFilters(d: string, f: string[]): { data: string; reverseChain: string };
		};
		expect(api.processDataByFilters('ab', ['ASCIIHexEncode'])).toEqual({
			data: '6162>',
			reverseChain: '/ASCIIHexDecode'
		});
		useDeflate(undefined);
		expect(streams(build()).flate).toBeGreaterThan(10);
	});
});

describe('report streams deflated beforehand (the worker)', () => {
	it('gives the same streams and text, with pages and fonts all compressed natively', async () => {
		const own = build();
		const left: number[] = []; // streams left to the synchronous compressor
		useDeflate((data) => {
			left.push(data.length);
			return deflateSync(data);
		});
		const w = drawAssessmentReport(fullInput(), options);
		const pages = w.doc.getNumberOfPages();
		const early = await w.outputAsync();
		const a = streams(own);
		const b = streams(early);
		expect(b.flate).toBe(a.flate);
		expect(b.contents).toEqual(a.contents);
		expect(pdfText(early)).toBe(pdfText(own));
		// every page, both fonts and their ToUnicode maps foreseen: nothing left
		expect(a.flate).toBe(pages + 4);
		expect(left).toEqual([]);
		// and jsPDF is as it was: a second output compresses everything itself
		left.length = 0;
		w.output();
		expect(left).toHaveLength(pages + 4);
	});

	it('gives the same streams for a comparison report (bar and radar charts)', async () => {
		const score = scoreAssessment(defaultFramework, fullInput().answers);
		const input = {
			framework: defaultFramework,
			entries: [
				{ label: 'Łódź 2025', score },
				{ label: 'Łódź 2026', score }
			],
			anonymised: false
		};
		const own = buildComparisonReport(input, options);
		const left: number[] = [];
		useDeflate((data) => {
			left.push(data.length);
			return deflateSync(data);
		});
		const early = await drawComparisonReport(input, options).outputAsync();
		expect(streams(early).contents).toEqual(streams(own).contents);
		expect(left).toEqual([]);
	});
});
