/**
 * A version 1 export file made by the app before format version 2 existed
 * (tests/unit/fixtures/export-v1-assessment.json, exported through
 * db/export.ts on 2026-11-29): it must keep reading, checksum and all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExportText } from './read';

const text = readFileSync('tests/unit/fixtures/export-v1-assessment.json', 'utf8');

describe('a version 1 export file from app 0.2.0', () => {
	it('reads (a wrong checksum would be an error) and its answers intact', async () => {
		const r = await parseExportText(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.file.assessments.map((a) => a.id)).toEqual(['asmtv1fixture']);
		expect(r.file.answers.map((a) => [a.questionId, a.value])).toEqual([
			['F1.1', 3],
			['F1.2', 'na'],
			['F2.1', 1]
		]);
		expect(r.file.answers[0]?.comment).toBe('Zażółć gęślą jaźń „cytat” – 🇵🇱');
	});
});
