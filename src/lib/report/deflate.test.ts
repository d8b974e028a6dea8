import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAssessmentReport } from './assessment-report';
import { useDeflate } from './deflate';
import { useNodeDeflate } from './deflate-node';
import { loadFontsNode } from './fonts-node';
import { fullInput } from './fixtures.test-util';
import { pdfText } from './pdf-tools.test-util';

const fonts = await loadFontsNode();
const build = () =>
	buildAssessmentReport(fullInput(), { lang: 'both', fonts, generatedAt: Date.UTC(2026, 10, 25) });

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
