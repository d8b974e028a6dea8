import { describe, expect, it } from 'vitest';
import { defaultFramework } from './bundled';
import { answerRows, csvCell, toCsv } from './csv';
import type { Answer, Assessment, City } from './assessment';

const HEADER = [
	'Miasto',
	'Ocena',
	'Element',
	'Obszar',
	'Id pytania',
	'Pytanie',
	'Poziom',
	'Opis poziomu',
	'Komentarz',
	'Dowody'
];

const city: City = {
	id: 'city000001',
	name: 'Łódź',
	country: 'Polska',
	notes: '',
	createdAt: 1,
	updatedAt: 1
};
const assessment: Assessment = {
	id: 'asse000001',
	cityId: city.id,
	frameworkId: defaultFramework.id,
	frameworkVersion: defaultFramework.version,
	label: 'Diagnoza 2026',
	status: 'draft',
	participants: '',
	createdAt: 1,
	updatedAt: 1
};
const answer = (
	questionId: string,
	value: Answer['value'],
	comment = '',
	evidence: string[] = []
): Answer => ({
	assessmentId: assessment.id,
	questionId,
	value,
	comment,
	evidence,
	updatedAt: 1,
	rev: 1
});

describe('csvCell', () => {
	it('quotes separators, quotes and new lines', () => {
		expect(csvCell('a;b', ';')).toBe('"a;b"');
		expect(csvCell('a;b', ',')).toBe('a;b');
		expect(csvCell('a,b', ',')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
		expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
		expect(csvCell(3)).toBe('3');
		expect(csvCell(null)).toBe('');
	});

	it('defuses formulas', () => {
		for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
			expect(csvCell(s).replace(/^"/, '')).toMatch(/^'/);
		expect(csvCell('=HYPERLINK("http://x")', ';')).toBe('"\'=HYPERLINK(""http://x"")"');
		expect(csvCell('plain = fine')).toBe('plain = fine');
	});
});

describe('toCsv bytes', () => {
	it('UTF-8 with BOM, ";" separator, Polish letters intact, CRLF rows', () => {
		const fw = defaultFramework;
		const rows = answerRows(
			{
				cities: [city],
				assessments: [assessment],
				answers: [
					answer('F1.2', 'na'),
					answer('F1.1', 3, 'Zażółć gęślą jaźń; "cytat"', ['uchwała nr 1', 'BIP'])
				]
			},
			(id, v) => (id === fw.id && v === fw.version ? fw : undefined),
			'pl',
			HEADER
		);
		const text = toCsv(rows, { separator: ';' });
		const bytes = new TextEncoder().encode(text);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = text.slice(1).split('\r\n');
		expect(lines[0]).toBe(HEADER.join(';'));
		// questions in framework order: F1.1 before F1.2
		expect(lines[1]!.startsWith('Łódź;Diagnoza 2026;')).toBe(true);
		expect(lines[1]).toContain(';F1.1;');
		expect(lines[1]).toContain(';3;');
		expect(lines[1]).toContain('"Zażółć gęślą jaźń; ""cytat"""');
		expect(lines[1]).toContain('"uchwała nr 1\nBIP"');
		const level3 = fw.scale.levels[3]!.label.pl;
		expect(lines[1]).toContain(level3);
		expect(text).toContain(';F1.2;');
		expect(text).toContain(fw.scale.special.find((s) => s.value === 'na')!.label.pl);
		// "ł" is C5 82 in UTF-8
		const idx = bytes.indexOf(0xc5);
		expect(bytes[idx + 1]).toBe(0x81); // Ł = C5 81
		expect(text.endsWith('\r\n')).toBe(true);
		expect(rows).toHaveLength(3);
	});

	it('can leave out the BOM and use commas', () => {
		const text = toCsv([['a', 'b,c']], { separator: ',', bom: false });
		expect(text).toBe('a,"b,c"\r\n');
	});
});
